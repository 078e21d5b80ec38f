/**
 * The Scheda regione's data: one region's picture for a meeting, taken from the very tabs "Genera
 * shortlist contatti" builds (buildDecisionTabs), so its areas, numbers, positions, Perché and people
 * are the Shortlist's, the Coordinatori's and the Riepilogo's. Plain data only (no Date), so it
 * crosses google.script.run and prints the same everywhere.
 */
import { type ComuneReceipt, comuniReceipts, scoresByKey } from "./ambitoComuni";
import { cellText } from "./cells";
import { AREA_KINDS, labelOf } from "./codes";
import { NO_LONGER_NAMED } from "./coordinators";
import type { DecisionTabs } from "./decisionTabs";
import { type InterestOnlyArea, interestWithoutCriticality } from "./interestOnly";
import { type PositionRange, positionRanges } from "./positionRange";
import { reasonOf } from "./reason";
import { ALL_INTERVIEWS_HEADER } from "./riepilogo";
import type { Settings } from "./settings";
import { NO_AREA_NAMED, NO_INTERVIEWS } from "./shortlist";
import { WEIGHT_GRID } from "./stability";
import { COORDINATOR_COLUMNS, RIEPILOGO_COLUMNS, SHORTLIST_COLUMNS } from "./tabs";
import { REGIONS, regionFromText, regionName } from "./territory/regions";

/** An area of the region's Shortlist, as the Shortlist shows it, with where it moves over the weightings. */
export interface ReportArea {
  position: number;
  name: string;
  /** Comune, Ambito or Altro. */
  kind: string;
  score: number;
  /** 0–100; see Stabilità. */
  stability: number;
  /** Best and worst position over the 36 weightings. */
  bestPosition: number;
  worstPosition: number;
  criticality: number;
  interest: number;
  readiness: number | null;
  interviews: number;
  reason: string;
  authority: string;
  interviewIds: string[];
  /** For a declared Ambito: its comuni and what each received in D3 and D4. */
  comuni: ComuneReceipt[];
}

/** A person to call: a Shortlist row of the region, with the staff's follow-up. */
export interface ReportContact {
  position: number;
  area: string;
  name: string;
  role: string;
  organization: string;
  email: string;
  phone: string;
  decisionLevel: string;
  coordinator: boolean;
  status: string;
  owner: string;
  /** Ultimo contatto as YYYY-MM-DD (or as typed), "" when blank. */
  lastContact: string;
  nextStep: string;
}

/** A coordinator candidate of the region, as the Coordinatori tab lists them. */
export interface ReportCoordinator {
  areas: string;
  name: string;
  role: string;
  organization: string;
  email: string;
  phone: string;
  status: string;
}

/** A region's coverage for the map: interviews against the target. */
export interface RegionCoverage {
  code: string;
  name: string;
  inScope: boolean;
  /** Interviews counted (null for a region out of scope: no target there). */
  interviews: number | null;
  /** Interviews / target (0.6 = 60%), null when out of scope or without a target. */
  share: number | null;
}

/** When the Scheda was made, in the spreadsheet's time zone: "07/12/2026" and "02:58" ("" when unknown). */
export interface ReportMoment {
  date: string;
  time: string;
}

export interface RegionReport {
  region: { code: string; name: string };
  generated: ReportMoment;
  settings: {
    topN: number;
    target: number;
    /** Effective shares of the weights (they are divided by their sum). */
    weights: { criticality: number; interest: number; readiness: number };
    onlyNamedInD1: boolean;
    onlyVerified: boolean;
    weightings: number;
  };
  progress: { interviews: number; target: number; share: number | null; allInterviews: number | null };
  /** "(nessuna intervista)" or "(nessuna area citata in D1)" when the region has no area to show, else "". */
  placeholder: string;
  areas: ReportArea[];
  contacts: ReportContact[];
  coordinators: ReportCoordinator[];
  /** Causes given in the region's interviews, most given first. */
  causes: { label: string; count: number }[];
  interestOnly: InterestOnlyArea[];
  coverage: RegionCoverage[];
}

const SH = (key: keyof typeof SHORTLIST_COLUMNS) => SHORTLIST_COLUMNS[key].header;
const CO = (key: keyof typeof COORDINATOR_COLUMNS) => COORDINATOR_COLUMNS[key].header;
const numberOr = (value: unknown, fallback: number | null) => (typeof value === "number" ? value : fallback);

/**
 * Builds the Scheda of `region` (an ISTAT code among the regions in scope) from the decision tabs just
 * built for the whole sheet (with the current Shortlist and Coordinatori tabs as their previous rows,
 * so their Stato is the one the staff keep there), made at `generated`.
 */
export function buildRegionReport(
  tabs: DecisionTabs,
  settings: Settings,
  region: string,
  generated: ReportMoment = { date: "", time: "" },
): RegionReport {
  const name = regionName(region);
  const inRegion = (row: Record<string, unknown>, header: string) => regionFromText(row[header]) === region;
  const byKey = scoresByKey(tabs.scores);

  const eligible = tabs.scores.filter((a) => a.region === region && a.position !== null);
  eligible.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const ranges = positionRanges(eligible);
  const rangeOf = new Map<string, PositionRange>(eligible.map((a, i) => [a.key, ranges[i]]));
  const shortlistRows = tabs.shortlist.rows.filter((row) => inRegion(row, SH("region")));

  const areas: ReportArea[] = eligible
    .filter((a) => (a.position ?? 0) <= settings.topN)
    .map((a) => {
      const range = rangeOf.get(a.key) as PositionRange;
      return {
        position: a.position as number,
        name: a.name,
        kind: labelOf(AREA_KINDS, a.kind),
        score: a.score,
        stability: a.stability ?? 0,
        bestPosition: range.best,
        worstPosition: range.worst,
        criticality: a.criticality,
        interest: a.interest,
        readiness: a.readiness,
        interviews: a.interviews,
        reason: reasonOf(a, comuniReceipts(a, byKey)),
        authority: a.authority,
        interviewIds: [...a.interviewIds],
        comuni: comuniReceipts(a, byKey),
      };
    });

  const contacts: ReportContact[] = shortlistRows
    .filter((row) => typeof row[SH("position")] === "number" && cellText(row[SH("contact")]))
    .map((row) => ({
      position: row[SH("position")] as number,
      area: cellText(row[SH("area")]),
      name: cellText(row[SH("contact")]),
      role: cellText(row[SH("role")]),
      organization: cellText(row[SH("organization")]),
      email: cellText(row[SH("email")]),
      phone: cellText(row[SH("phone")]),
      decisionLevel: cellText(row[SH("decisionLevel")]),
      coordinator: cellText(row[SH("coordinator")]) !== "",
      status: cellText(row[SH("status")]),
      owner: cellText(row[SH("owner")]),
      lastContact: cellText(row[SH("lastContact")]),
      nextStep: cellText(row[SH("nextStep")]),
    }));

  const coordinators: ReportCoordinator[] = tabs.coordinators.rows
    .filter((row) => inRegion(row, CO("region")) && cellText(row[CO("areas")]) !== NO_LONGER_NAMED)
    .map((row) => ({
      areas: cellText(row[CO("areas")]),
      name: cellText(row[CO("name")]),
      role: cellText(row[CO("role")]),
      organization: cellText(row[CO("organization")]),
      email: cellText(row[CO("email")]),
      phone: cellText(row[CO("phone")]),
      status: cellText(row[CO("status")]),
    }));

  const headers = tabs.riepilogo.headers;
  const column = (header: string) => headers.indexOf(header);
  const rowOf = (code: string) => tabs.riepilogo.rows.find((r) => r[0] === regionName(code));
  const line = rowOf(region) ?? [];
  const interviews = numberOr(line[column(RIEPILOGO_COLUMNS.interviews.header)], 0) as number;
  const all = column(ALL_INTERVIEWS_HEADER);

  const causesHeader = tabs.riepilogo.causesChart[0] ?? [];
  const causesLine = tabs.riepilogo.causesChart.find((r) => r[0] === name) ?? [];
  const causes = causesHeader
    .slice(1)
    .map((label, i) => ({ label: String(label), count: numberOr(causesLine[i + 1], 0) as number }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);

  const inScope = new Set(settings.regionsInScope);
  const coverage: RegionCoverage[] = REGIONS.map((r) => {
    const row = inScope.has(r.code) ? rowOf(r.code) : undefined;
    return {
      code: r.code,
      name: r.name,
      inScope: inScope.has(r.code),
      interviews: row ? (numberOr(row[column(RIEPILOGO_COLUMNS.interviews.header)], 0) as number) : null,
      share: row ? numberOr(row[column(RIEPILOGO_COLUMNS.progress.header)], null) : null,
    };
  });

  const w = settings.weights;
  const total = w.criticality + w.interest + w.readiness;
  const share = (x: number) => (total > 0 ? x / total : 0);
  const firstArea = cellText(shortlistRows[0]?.[SH("area")]);
  return {
    region: { code: region, name },
    generated: { ...generated },
    settings: {
      topN: settings.topN,
      target: settings.target,
      weights: {
        criticality: share(w.criticality),
        interest: share(w.interest),
        readiness: share(w.readiness),
      },
      onlyNamedInD1: settings.onlyNamedInD1,
      onlyVerified: settings.onlyVerified,
      weightings: WEIGHT_GRID.length,
    },
    progress: {
      interviews,
      target: settings.target,
      share: settings.target > 0 ? interviews / settings.target : null,
      allInterviews: all >= 0 ? (numberOr(line[all], 0) as number) : null,
    },
    placeholder: firstArea === NO_INTERVIEWS || firstArea === NO_AREA_NAMED ? firstArea : "",
    areas,
    contacts,
    coordinators,
    causes,
    interestOnly: interestWithoutCriticality(tabs.scores, [region]),
    coverage,
  };
}
