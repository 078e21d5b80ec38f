/**
 * The Riepilogo (docs/shortlist.md): how far the collection has come in each region in scope and what it found,
 * one row per region and a total row, plus the data tables of its two charts. Computed from the same
 * ranking as the Shortlist (rankAreas), so the first area and its Stabilità are the Shortlist's.
 */
import { cellText } from "./cells";
import { CAUSES, type Cause, codesOf, FOLLOW_UP_STATES, labelOf } from "./codes";
import { distinctContacts } from "./distinctContacts";
import { interestOnlyTable, interestWithoutCriticality } from "./interestOnly";
import { type AreaScore, type CauseCount, rankCauses } from "./scoring";
import type { ScoringContact, ScoringInterview } from "./scoringRows";
import type { ShortlistRow } from "./shortlist";
import { RIEPILOGO_COLUMNS, SHORTLIST_COLUMNS } from "./tabs";
import { byRegionName, regionFromText, regionName } from "./territory/regions";

export const TOTAL_LABEL = "Totale";
/**
 * The extra last column under `solo interviste verificate`: `Interviste` then counts the
 * verified interviews, and this one all of them, so the gap to review shows.
 */
export const ALL_INTERVIEWS_HEADER = "Interviste totali";

/** Follow-up states from least to most advanced; "Non interessato" is not progress and is left out. */
const PROGRESS_STATES: readonly string[] = FOLLOW_UP_STATES.filter((s) => s !== "Non interessato");

export interface RiepilogoInput {
  /** The ranking (rankAreas): positions and Stabilità. */
  scores: readonly AreaScore[];
  /** The interviews scored (their regions and causes). */
  interviews: readonly ScoringInterview[];
  /** Their current contacts; null when not read. */
  contacts: readonly ScoringContact[] | null;
  regionsInScope: readonly string[];
  /** Impostazioni `Obiettivo`: interviews wanted per region. */
  target: number;
  /** The Shortlist rows just built (buildShortlist), for Stato più avanzato. */
  shortlistRows?: readonly ShortlistRow[];
  /**
   * Every interview, verified or not, when only verified ones count (`interviews` then holds those):
   * the Riepilogo adds the column `Interviste totali`.
   */
  allInterviews?: readonly ScoringInterview[];
}

export interface Riepilogo {
  /** The headers of RIEPILOGO_COLUMNS, in order (then `Interviste totali` when only verified interviews count). */
  headers: string[];
  /** One row per region in scope (by name), then the total row; numbers unrounded, Avanzamento a fraction (0.6 = 60%). */
  rows: unknown[][];
  /** Chart 1, with its header: `Regione | Interviste | Obiettivo`, one row per region in scope. */
  progressChart: unknown[][];
  /** Chart 2 (stacked), with its header: `Regione | <cause> | …` (causes given at least once, in code-list order). */
  causesChart: unknown[][];
  /**
   * Interest without criticality, with its header: the areas of the regions in scope with an interested
   * authority (I > 0) that no interview named hardest (interestOnlyTable).
   */
  interestOnly: unknown[][];
}

/** "Lavoro (4), Casa (3), Lingua (2)": the three causes most given, with how often. */
function topCauses(causes: readonly CauseCount[]): string {
  return causes
    .slice(0, 3)
    .map((c) => `${labelOf(CAUSES, c.cause)} (${c.count})`)
    .join(", ");
}

function furthest(states: Iterable<string>): string {
  let best = -1;
  for (const state of states) best = Math.max(best, PROGRESS_STATES.indexOf(state));
  return best >= 0 ? PROGRESS_STATES[best] : "";
}

interface RegionTally {
  interviews: number;
  causes: Map<Cause, number>;
  contacts: ScoringContact[];
  states: string[];
}

/**
 * Builds the Riepilogo rows and chart tables. Contatti counts the distinct people (readiness's rules)
 * among the contacts of the region's interviews; Coordinatori the distinct ones marked as possible
 * Coordinatori d'area (blank while the sheet has no such mark). Aree citate: areas named in D1.
 */
export function buildRiepilogo(input: RiepilogoInput): Riepilogo {
  const regions = [...input.regionsInScope].sort(byRegionName);
  const tally = new Map<string, RegionTally>();
  for (const region of regions)
    tally.set(region, { interviews: 0, causes: new Map(), contacts: [], states: [] });

  const regionOfInterview = new Map<string, string>();
  // Rows with the same Cause cell share one array (codeCells.ts): count the arrays, then their causes.
  const causeLists = new Map<string, Map<readonly Cause[], number>>();
  for (const iv of input.interviews) {
    const t = tally.get(iv.region);
    if (!t) continue;
    if (input.contacts) regionOfInterview.set(iv.id, iv.region);
    t.interviews++;
    if (!iv.causes?.length) continue;
    let lists = causeLists.get(iv.region);
    if (!lists) {
      lists = new Map();
      causeLists.set(iv.region, lists);
    }
    lists.set(iv.causes, (lists.get(iv.causes) ?? 0) + 1);
  }
  for (const [region, lists] of causeLists) {
    const causes = (tally.get(region) as RegionTally).causes;
    for (const [list, n] of lists) for (const cause of list) causes.set(cause, (causes.get(cause) ?? 0) + n);
  }
  let coordinatorsKnown = false;
  for (const c of input.contacts ?? []) {
    const region = regionOfInterview.get(c.interviewId);
    if (region === undefined) continue;
    tally.get(region)?.contacts.push(c);
    if (c.coordinatorCandidate !== undefined) coordinatorsKnown = true;
  }
  for (const row of input.shortlistRows ?? []) {
    const region = regionFromText(row[SHORTLIST_COLUMNS.region.header]);
    if (region) tally.get(region)?.states.push(cellText(row[SHORTLIST_COLUMNS.status.header]));
  }

  const areasByRegion = new Map<string, AreaScore[]>();
  for (const area of input.scores) {
    const list = areasByRegion.get(area.region);
    if (list) list.push(area);
    else areasByRegion.set(area.region, [area]);
  }

  const allByRegion = new Map<string, number>();
  for (const iv of input.allInterviews ?? [])
    allByRegion.set(iv.region, (allByRegion.get(iv.region) ?? 0) + 1);
  const withAll = input.allInterviews !== undefined;

  const rows: unknown[][] = [];
  const totals = { interviews: 0, target: 0, areas: 0, contacts: 0, coordinators: 0 };
  const allCauses = new Map<Cause, number>();
  const allStates: string[] = [];
  for (const region of regions) {
    const t = tally.get(region) as RegionTally;
    const areas = areasByRegion.get(region) ?? [];
    const first = areas.find((a) => a.position === 1);
    const people = distinctContacts(t.contacts);
    const coordinators = people.filter((p) => p.coordinatorCandidate === true).length;
    const named = areas.filter((a) => a.hardest.interviews > 0).length;
    rows.push([
      regionName(region),
      t.interviews,
      input.target,
      input.target > 0 ? t.interviews / input.target : "",
      named,
      first?.name ?? "",
      first?.score ?? "",
      first?.stability ?? "",
      input.contacts === null ? "" : people.length,
      coordinatorsKnown ? coordinators : "",
      furthest(t.states),
      topCauses(rankCauses(t.causes)),
      ...(withAll ? [allByRegion.get(region) ?? 0] : []),
    ]);
    totals.interviews += t.interviews;
    totals.target += input.target;
    totals.areas += named;
    totals.contacts += people.length;
    totals.coordinators += coordinators;
    for (const [cause, n] of t.causes) allCauses.set(cause, (allCauses.get(cause) ?? 0) + n);
    allStates.push(...t.states);
  }
  rows.push([
    TOTAL_LABEL,
    totals.interviews,
    totals.target,
    totals.target > 0 ? totals.interviews / totals.target : "",
    totals.areas,
    "",
    "",
    "",
    input.contacts === null ? "" : totals.contacts,
    coordinatorsKnown ? totals.coordinators : "",
    furthest(allStates),
    topCauses(rankCauses(allCauses)),
    ...(withAll ? [regions.reduce((n, r) => n + (allByRegion.get(r) ?? 0), 0)] : []),
  ]);

  const progressChart: unknown[][] = [
    [RIEPILOGO_COLUMNS.region.header, RIEPILOGO_COLUMNS.interviews.header, RIEPILOGO_COLUMNS.target.header],
    ...regions.map((r) => [regionName(r), tally.get(r)?.interviews ?? 0, input.target]),
  ];
  // Only causes given somewhere make a series; with none at all, every cause (a chart needs series).
  const used = codesOf(CAUSES).filter((c) => allCauses.has(c));
  const series = used.length ? used : codesOf(CAUSES);
  const causesChart: unknown[][] = [
    [RIEPILOGO_COLUMNS.region.header, ...series.map((c) => labelOf(CAUSES, c))],
    ...regions.map((r) => [regionName(r), ...series.map((c) => tally.get(r)?.causes.get(c) ?? 0)]),
  ];

  return {
    headers: [
      ...Object.values(RIEPILOGO_COLUMNS).map((c) => c.header),
      ...(withAll ? [ALL_INTERVIEWS_HEADER] : []),
    ],
    rows,
    progressChart,
    causesChart,
    interestOnly: interestOnlyTable(interestWithoutCriticality(input.scores, regions)),
  };
}
