/**
 * Stabilità (docs/scoring.md): how much an area's place in the shortlist depends on the weights. Each region's
 * eligible areas are ranked again under 36 weight triples; an area's Stabilità is the share of triples
 * under which it is in the top N. This is the robustness check a composite indicator owes its readers
 * (OECD/JRC handbook, uncertainty and sensitivity analysis), done on a grid anyone can recount.
 */
import {
  type AreaScore,
  compareAreas,
  round9,
  type ScoringOptions,
  scoreAreas,
  type Weights,
  weightedScore,
} from "./scoring";
import type { ScoringContact, ScoringInterview } from "./scoringRows";

/**
 * The 36 weight triples (wC, wI, wR), each weight in {0.1, 0.2, …, 0.8}, summing to 1. Weights are kept
 * in tenths (integers summing to 10): the weighted score divides by their sum, so the scores are
 * exactly those of the decimal weights, without 0.1 + 0.2 drifting.
 */
export const WEIGHT_GRID: readonly Weights[] = (() => {
  const grid: Weights[] = [];
  for (let c = 1; c <= 8; c++)
    for (let i = 1; i <= 8; i++) {
      const r = 10 - c - i;
      if (r >= 1 && r <= 8) grid.push({ criticality: c, interest: i, readiness: r });
    }
  return grid;
})();

/**
 * Sets `stability` (0–100) on every eligible area: 100 × (triples under which its position is ≤
 * topN) / 36, positions counted among the eligible areas of its region with the tie-breaks of
 * the ranking (score, then C, I, mentions, name). Areas that are not eligible keep null.
 */
export function applyStability(scores: readonly AreaScore[], topN: number): void {
  const byRegion = new Map<string, AreaScore[]>();
  for (const area of scores) {
    if (!area.eligible) {
      area.stability = null;
      continue;
    }
    const list = byRegion.get(area.region);
    if (list) list.push(area);
    else byRegion.set(area.region, [area]);
  }
  for (const areas of byRegion.values()) {
    const hits = stabilityCounts(areas, topN);
    areas.forEach((area, i) => {
      area.stability = (100 * hits[i]) / WEIGHT_GRID.length;
    });
  }
}

/** For each area of one region, under how many triples it is in the top N. */
function stabilityCounts(areas: readonly AreaScore[], topN: number): number[] {
  const count = areas.length;
  if (count <= topN) return areas.map(() => WEIGHT_GRID.length);
  // Every tie-break after the score is the same under all triples: order by them once (a score of 0
  // for all makes compareAreas fall through to them), then each triple sorts by score, then that order.
  const base = areas.map((_, i) => i);
  const flat = areas.map((a) => ({ ...a, score: 0 }));
  base.sort((x, y) => compareAreas(flat[x], flat[y]));
  const tieRank = new Int32Array(count);
  base.forEach((areaIndex, rank) => {
    tieRank[areaIndex] = rank;
  });
  const hits = new Array<number>(count).fill(0);
  const scores = new Float64Array(count);
  const order = areas.map((_, i) => i);
  for (const weights of WEIGHT_GRID) {
    for (let i = 0; i < count; i++) {
      const a = areas[i];
      scores[i] = round9(weightedScore(a.criticality, a.interest, a.readiness, weights));
    }
    order.sort((x, y) => scores[y] - scores[x] || tieRank[x] - tieRank[y]);
    for (let p = 0; p < topN; p++) hits[order[p]]++;
  }
  return hits;
}

/** What ranking needs from Impostazioni (see Settings). */
export interface RankingSettings {
  weights: Weights;
  topN: number;
  onlyNamedInD1: boolean;
}

/**
 * The ranking the Shortlist and the Riepilogo show: scores, eligibility and positions (scoreAreas)
 * with Stabilità for the top N. One call, so both tabs always agree.
 */
export function rankAreas(
  interviews: readonly ScoringInterview[],
  contacts: readonly ScoringContact[] | null,
  settings: RankingSettings,
  options: Omit<ScoringOptions, "eligibleOnly"> = {},
): AreaScore[] {
  const scores = scoreAreas(interviews, contacts, settings.weights, {
    ...options,
    eligibleOnly: settings.onlyNamedInD1,
  });
  applyStability(scores, settings.topN);
  return scores;
}
