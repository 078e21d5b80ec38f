/**
 * The best and the worst position an area takes over the 36 weightings of Stabilità: the same grid,
 * the same eligible areas and tie-breaks, so "2ª–4ª" beside a Stabilità of 50 says where the area
 * moves when the weights change.
 */
import { type AreaScore, compareAreas, round9, weightedScore } from "./scoring";
import { WEIGHT_GRID } from "./stability";

export interface PositionRange {
  best: number;
  worst: number;
}

/**
 * For each eligible area of one region (in the order given), its best and worst position over the 36
 * weight triples. Positions count the eligible areas only, ordered by score, then by the tie-breaks of
 * the ranking (criticality, interest, mentions, name), which no weighting changes.
 */
export function positionRanges(areas: readonly AreaScore[]): PositionRange[] {
  const count = areas.length;
  const flat = areas.map((a) => ({ ...a, score: 0 }));
  const base = areas.map((_, i) => i).sort((x, y) => compareAreas(flat[x], flat[y]));
  const tieRank = new Int32Array(count);
  base.forEach((areaIndex, rank) => {
    tieRank[areaIndex] = rank;
  });
  const ranges = areas.map(() => ({ best: Number.POSITIVE_INFINITY, worst: 0 }));
  const scores = new Float64Array(count);
  const order = areas.map((_, i) => i);
  for (const weights of WEIGHT_GRID) {
    for (let i = 0; i < count; i++) {
      const a = areas[i];
      scores[i] = round9(weightedScore(a.criticality, a.interest, a.readiness, weights));
    }
    order.sort((x, y) => scores[y] - scores[x] || tieRank[x] - tieRank[y]);
    order.forEach((areaIndex, p) => {
      const range = ranges[areaIndex];
      range.best = Math.min(range.best, p + 1);
      range.worst = Math.max(range.worst, p + 1);
    });
  }
  return ranges;
}
