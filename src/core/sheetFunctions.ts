/**
 * The logic of the custom functions (docs/contract.md), over the plain values Sheets passes: a range
 * arrives as a 2-D array, a single cell as a scalar. The Apps Script wrappers only translate errors.
 */
import { currentScoringContacts } from "./contactVersions";
import { UserError } from "./errors";
import { countedInterviews, DEFAULT_WEIGHTS, scoreAreas, type Weights, weightedScore } from "./scoring";
import { scoringContactsOf, scoringInterviewsOf } from "./scoringRows";
import { DEFAULT_SETTINGS, isSettingsTable, type Settings, settingsFromValues } from "./settings";
import { CONTACT_COLUMNS, type Columns, INTERVIEW_COLUMNS, SHEETS } from "./tabs";
import type { AmbitiIndex } from "./territory/areaKey";
import { regionName } from "./territory/regions";
import { foldName } from "./text";

export type Matrix = unknown[][];

export const AREA_SCORES_HEADER = [
  "Regione",
  "Area",
  "Interviste",
  "Criticità",
  "Interesse",
  "Prontezza",
  "Punteggio",
  "Posizione",
];

/** A range or a single value as a 2-D array. */
export function toMatrix(value: unknown): Matrix {
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row : [row]));
  return [[value]];
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)
  );
}

/** A number from a cell: numbers, and text that reads as a number ("12,5", " 3 "); otherwise null. */
export function numberOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") {
    const text = value.trim().replace(",", ".");
    if (text === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
    return Number(text);
  }
  return null;
}

/** Reads weights from a range of 3 numbers (C, I, R) or 2 (C, I); missing gives the defaults. */
export function weightsOf(value: unknown): Weights {
  if (isMissing(value)) return DEFAULT_WEIGHTS;
  const numbers = toMatrix(value)
    .flat()
    .filter((x) => !isMissing(x))
    .map(numberOf);
  if ((numbers.length !== 3 && numbers.length !== 2) || numbers.some((n) => n === null || n < 0)) {
    throw new UserError("badWeights");
  }
  const [criticality, interest, readiness = 0] = numbers as number[];
  if (criticality + interest + readiness <= 0) throw new UserError("badWeights");
  return { criticality, interest, readiness };
}

/**
 * The weights and eligibility COEF_AREA_SCORES ranks with: from the weights argument when it is the
 * Impostazioni table with its header (`Impostazioni!A:D`, so that a change there recalculates the
 * formula); else weights from the argument's numbers (C; I; R or C; I) and eligibility from the
 * Impostazioni values the shell read (`settings`); else everything from `settings`; else the defaults.
 */
export function rankingSettingsOf(
  weights: unknown,
  settings?: unknown,
): Pick<Settings, "weights" | "onlyNamedInD1"> {
  if (isSettingsTable(weights)) return settingsFromValues(weights);
  const fromTab = isSettingsTable(settings) ? settingsFromValues(settings) : DEFAULT_SETTINGS;
  // Weights passed as numbers win; eligibility still follows Impostazioni when the shell read it.
  if (!isMissing(weights)) return { weights: weightsOf(weights), onlyNamedInD1: fromTab.onlyNamedInD1 };
  return fromTab;
}

/**
 * COEF_AREA_SCORES: the table of area scores, with its header row. Areas not named in D1 have a blank
 * Posizione and follow the ranked ones when `solo aree citate in D1` is on (docs/scoring.md). `settings`
 * is the Impostazioni tab's values (with header) read by the shell when no weights are passed.
 */
/** The tab whose headers a range carries, among the add-on's own (by its first row). */
function tabOfRange(values: Matrix): string | null {
  const header = new Set((values[0] ?? []).map((h) => foldName(String(h ?? ""))));
  const has = (columns: Columns, keys: string[]) =>
    keys.every((k) => header.has(foldName(columns[k].header)));
  if (has(INTERVIEW_COLUMNS, ["id", "intervieweeName"])) return SHEETS.interviews;
  if (has(CONTACT_COLUMNS, ["interviewId", "name"])) return SHEETS.contacts;
  if (header.has(foldName("Chiave")) && header.has(foldName("Valore"))) return SHEETS.settings;
  return null;
}

/**
 * The arguments of COEF_AREA_SCORES a message may name: the parameter's name for English messages, its
 * place and its Italian name for Italian ones (an Italian message names no English word).
 */
const ARGUMENTS = {
  interviews: { position: 1, it: "interviste" },
  contacts: { position: 2, it: "contatti" },
} as const;

/** Says which tab an argument should come from when it plainly comes from another of ours. */
function expectTab(values: Matrix, sheet: string, argument: keyof typeof ARGUMENTS): void {
  const found = tabOfRange(values);
  if (found && found !== sheet)
    throw new UserError("wrongTab", {
      argument,
      argomento: ARGUMENTS[argument].it,
      position: ARGUMENTS[argument].position,
      expected: sheet,
      found,
    });
}

export function areaScoresTable(
  interviews: unknown,
  contacts?: unknown,
  weights?: unknown,
  settings?: unknown,
  ambiti?: AmbitiIndex,
): Matrix {
  const interviewValues = toMatrix(interviews);
  if (interviewValues.length === 0 || isMissing(interviews))
    throw new UserError("needsHeaderRange", { sheet: SHEETS.interviews });
  const ranking = rankingSettingsOf(weights, settings);
  expectTab(interviewValues, SHEETS.interviews, "interviews");
  if (!isMissing(contacts)) expectTab(toMatrix(contacts), SHEETS.contacts, "contacts");
  const parsed = scoringInterviewsOf(interviewValues);
  // Impostazioni `solo interviste verificate`: the other interviews do not count at all.
  const tab = isSettingsTable(weights) ? weights : isSettingsTable(settings) ? settings : null;
  parsed.interviews = countedInterviews(
    parsed.interviews,
    tab ? settingsFromValues(tab).onlyVerified : false,
  );
  // Only the contacts of each interview's current version count (an edit in progress shows none of its own).
  const contactList = isMissing(contacts)
    ? null
    : currentScoringContacts(parsed.interviews, scoringContactsOf(toMatrix(contacts)).contacts);
  const scores = scoreAreas(parsed.interviews, contactList, ranking.weights, {
    eligibleOnly: ranking.onlyNamedInD1,
    ambiti,
  });
  return [
    AREA_SCORES_HEADER,
    ...scores.map((a) => [
      regionName(a.region),
      a.name,
      a.interviews,
      a.criticality,
      a.interest,
      a.readiness ?? "",
      a.score,
      a.position ?? "",
    ]),
  ];
}

function sameShape(matrices: Matrix[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const m of matrices) {
    if (m.length === 1 && m[0].length === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = m.length;
      cols = m[0].length;
    } else if (m.length !== rows || m[0].length !== cols) {
      throw new UserError("shapeMismatch");
    }
  }
  return { rows, cols };
}

const at = (m: Matrix, r: number, c: number) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c]);

/** COEF_SCORE: the weighted score, element-wise; blank or non-number inputs give blank outputs. */
export function scoreCells(
  criticality: unknown,
  interest: unknown,
  readiness: unknown,
  weights?: unknown,
): Matrix {
  const w = weightsOf(weights);
  const inputs = [toMatrix(criticality), toMatrix(interest), toMatrix(readiness)];
  const { rows, cols } = sameShape(inputs);
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const [x, y, z] = inputs.map((m) => numberOf(at(m, r, c)));
      line.push(x === null || y === null || z === null ? "" : weightedScore(x, y, z, w));
    }
    out.push(line);
  }
  return out;
}

/** The first index of a sorted list where `reached` holds (it holds from there on), by bisection. */
function firstIndex(list: readonly number[], reached: (x: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** COEF_RANK: rank within each group, highest = 1, ties share the lowest number, blanks stay blank. */
export function rankCells(values: unknown, groups?: unknown): Matrix {
  const v = toMatrix(values);
  const g = isMissing(groups) ? null : toMatrix(groups);
  if (g && (g.length !== v.length || g[0].length !== v[0].length)) throw new UserError("shapeMismatch");
  const byGroup = new Map<string, number[]>();
  for (let r = 0; r < v.length; r++) {
    for (let c = 0; c < v[r].length; c++) {
      const n = numberOf(v[r][c]);
      if (n === null) continue;
      const group = g ? String(g[r][c] ?? "") : "";
      const list = byGroup.get(group);
      if (list) list.push(n);
      else byGroup.set(group, [n]);
    }
  }
  for (const list of byGroup.values()) list.sort((a, b) => b - a); // descending: rank = values above + 1
  return v.map((row, r) =>
    row.map((cell, c) => {
      const n = numberOf(cell);
      if (n === null) return "";
      const list = byGroup.get(g ? String(g[r][c] ?? "") : "")!;
      return firstIndex(list, (x) => x <= n) + 1;
    }),
  );
}

/** COEF_NORMALIZE: minmax (0–100), zscore or rank (percent rank), optionally inverted. */
export function normalizeCells(values: unknown, method?: unknown, direction?: unknown): Matrix {
  const m = isMissing(method) ? "minmax" : String(method).trim().toLowerCase();
  if (m !== "minmax" && m !== "zscore" && m !== "rank")
    throw new UserError("badMethod", { method: String(method) });
  const d = isMissing(direction) ? 1 : numberOf(direction);
  if (d !== 1 && d !== -1) throw new UserError("badDirection", { direction: String(direction) });
  const v = toMatrix(values);
  const numbers: number[] = [];
  for (const row of v)
    for (const cell of row) {
      const n = numberOf(cell);
      if (n !== null) numbers.push(n * d);
    }
  const count = numbers.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of numbers) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = numbers.reduce((s, x) => s + x, 0) / (count || 1);
  const sd = Math.sqrt(numbers.reduce((s, x) => s + (x - mean) ** 2, 0) / (count || 1));
  const sorted = [...numbers].sort((a, b) => a - b);
  const below = (x: number) => firstIndex(sorted, (y) => y >= x);
  return v.map((row) =>
    row.map((cell) => {
      const raw = numberOf(cell);
      if (raw === null) return "";
      const x = raw * d;
      if (m === "minmax") return max === min ? 50 : ((x - min) / (max - min)) * 100;
      if (m === "zscore") return sd === 0 ? 0 : (x - mean) / sd;
      return count === 1 ? 50 : (below(x) / (count - 1)) * 100;
    }),
  );
}
