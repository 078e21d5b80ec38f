/**
 * How rows the add-on writes reach the sheet: a pure plan, from what was read, of the calls that
 * write them. The add-on's columns of a tab need not be side by side (users insert their own columns
 * anywhere); the values of the rows still go in ONE call over the span from the first of the add-on's
 * columns to the last, the user's cells inside it written back exactly as they were read. So a fault
 * between two calls never shows half a row: the number formats of the add-on's columns (invisible
 * until the values come) go first, one call per side-by-side run, then the values, all at once.
 */

/** A user's cell as read: its value, its formula ("" for none) and its number format. */
export interface CellRead {
  value: unknown;
  formula?: string;
  format?: string;
}

/** One call of a plan: number formats or values of a rectangle (1-based row and column). */
export interface WriteStep {
  kind: "formats" | "values";
  row: number;
  column: number;
  cells: unknown[][];
}

export interface RowsToWrite {
  /** 1-based sheet row of the first row. */
  startRow: number;
  /** The add-on's columns present in the tab: 0-based position and the number format its cells get. */
  columns: readonly { at: number; format: string }[];
  /** For each row, the value of each column (in `columns` order), already as the cell receives it. */
  rows: readonly (readonly unknown[])[];
  /** What each row holds now, by 0-based column (undefined: a blank row, nothing of the user's). */
  current: readonly (readonly (CellRead | undefined)[] | undefined)[];
}

/** Plain text ("@"): what is written is kept as it is, so a user's text goes back without a mark. */
export const PLAIN_TEXT = "@";

const isDate = (v: unknown) => Object.prototype.toString.call(v) === "[object Date]";

/**
 * What a user's cell receives so that it reads back as it was: its formula when it has one; a text
 * with the leading apostrophe that marks text in a cell that is not plain text (written as typed it
 * would turn "007" into a number or "=x" into a formula); anything else as it is.
 */
export function carryCell(cell: CellRead | undefined): unknown {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === undefined || v === null || v === "") return "";
  if (isDate(v) || typeof v === "number" || typeof v === "boolean") return v;
  const text = String(v);
  return cell.format === PLAIN_TEXT ? text : `'${text}`;
}

/** Consecutive runs of 0-based indexes: [[start, length], …]. */
export function runsOf(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].filter((i) => i >= 0).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/** True when a user's column sits between two of the add-on's: rows then carry the user's cells. */
export function hasGaps(columns: readonly number[]): boolean {
  return runsOf(columns).length > 1;
}

/**
 * The calls that write the rows: formats per run of the add-on's columns (the user's cells keep their
 * own), then every row's values over the whole span in one call, the user's cells carried unchanged.
 */
export function planRows(input: RowsToWrite): WriteStep[] {
  const { startRow, columns, rows, current } = input;
  if (rows.length === 0 || columns.length === 0) return [];
  const byColumn = new Map(columns.map((c, i) => [c.at, i]));
  const steps: WriteStep[] = [];
  for (const [start, length] of runsOf(columns.map((c) => c.at))) {
    const formats: string[] = [];
    for (let c = start; c < start + length; c++) formats.push(columns[byColumn.get(c)!].format);
    steps.push({ kind: "formats", row: startRow, column: start + 1, cells: rows.map(() => [...formats]) });
  }
  const first = Math.min(...columns.map((c) => c.at));
  const last = Math.max(...columns.map((c) => c.at));
  const cells = rows.map((row, r) => {
    const line: unknown[] = [];
    for (let c = first; c <= last; c++) {
      const own = byColumn.get(c);
      line.push(own !== undefined ? row[own] : carryCell(current[r]?.[c]));
    }
    return line;
  });
  steps.push({ kind: "values", row: startRow, column: first + 1, cells });
  return steps;
}

/** A sheet's values as a plain grid (0-based), for what a plan's prefix leaves. */
export type Grid = unknown[][];

/**
 * The values a grid shows after the first `k` steps of a plan (formats are not values: they change
 * nothing a reader sees). A written text's marking apostrophe is taken as the sheet takes it.
 */
export function applyPrefix(grid: Grid, steps: readonly WriteStep[], k: number): Grid {
  const out = grid.map((line) => [...line]);
  for (const step of steps.slice(0, k)) {
    if (step.kind !== "values") continue;
    step.cells.forEach((line, r) => {
      if (!out[step.row - 1 + r]) out[step.row - 1 + r] = [];
      const row = out[step.row - 1 + r];
      line.forEach((v, c) => {
        row[step.column - 1 + c] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      });
    });
  }
  return out;
}
