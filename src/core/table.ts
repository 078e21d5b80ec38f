import { UserError } from "./errors";
import type { Columns, RowOf } from "./tabs";
import { foldName } from "./text";

/** Where each column is in a header row (0-based), -1 when absent. Headers match ignoring case and accents. */
export function locateColumns<C extends Columns>(
  headerRow: readonly unknown[],
  columns: C,
): Record<keyof C, number> {
  const folded = headerRow.map((h) => foldName(String(h ?? "")));
  const at = {} as Record<keyof C, number>;
  for (const key of Object.keys(columns) as (keyof C)[]) {
    const spec = columns[key];
    at[key] = folded.indexOf(foldName(spec.header));
    // A header of an earlier release ("Q2 Gravità", now "D2 Gravità") still names the column.
    for (const former of spec.formerly ?? []) if (at[key] < 0) at[key] = folded.indexOf(foldName(former));
  }
  return at;
}

/** Throws a UserError naming the first required column that the header row lacks. */
export function requireColumns<C extends Columns>(
  at: Record<keyof C, number>,
  columns: C,
  sheet: string,
  required: readonly (keyof C)[],
): void {
  for (const key of required) {
    if (at[key] < 0) throw new UserError("missingHeader", { sheet, header: columns[key].header });
  }
}

/** True when every cell of a row is blank. */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === "" || cell === null || cell === undefined);
}

/**
 * Visits each non-blank row of a range with its header as one reused object keyed by column key
 * (only the `only` columns are filled): for large sheets read once and parsed into something else, it
 * avoids making an object per row.
 */
export function forEachRow<C extends Columns>(
  values: readonly (readonly unknown[])[],
  columns: C,
  sheet: string,
  required: readonly (keyof C)[],
  only: readonly (keyof C)[],
  visit: (row: RowOf<C>, rowNumber: number) => void,
): void {
  const at = locateColumns(values[0] ?? [], columns);
  requireColumns(at, columns, sheet, required);
  const row = {} as RowOf<C>;
  for (let i = 1; i < values.length; i++) {
    const line = values[i];
    if (!line || isBlankRow(line)) continue;
    for (const key of only) row[key] = at[key] >= 0 ? line[at[key]] : "";
    visit(row, i + 1);
  }
}

/**
 * Turns a range with its header row into row objects keyed by column key, skipping blank rows.
 * `rowNumbers` gives each row's 1-based position within the range (the header is row 1).
 */
export function readTable<C extends Columns>(
  values: readonly (readonly unknown[])[],
  columns: C,
  sheet: string,
  required: readonly (keyof C)[] = Object.keys(columns) as (keyof C)[],
  /** Only these columns are read into the rows (the others are ""): large sheets, less garbage. */
  only?: readonly (keyof C)[],
): { rows: RowOf<C>[]; rowNumbers: number[]; at: Record<keyof C, number> } {
  const at = locateColumns(values[0] ?? [], columns);
  requireColumns(at, columns, sheet, required);
  const keys = (only ?? Object.keys(columns)) as (keyof C)[];
  const rows: RowOf<C>[] = [];
  const rowNumbers: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const line = values[i];
    if (!line || isBlankRow(line)) continue;
    const row = {} as RowOf<C>;
    for (const key of keys) row[key] = at[key] >= 0 ? line[at[key]] : "";
    rows.push(row);
    rowNumbers.push(i + 1);
  }
  return { rows, rowNumbers, at };
}

/**
 * A generated tab read back keyed by its own header texts (the staff may have added, moved or renamed
 * columns): its non-blank rows, the named headers, and the size of what was read.
 */
export function rowsByHeader(values: readonly (readonly unknown[])[]): {
  headers: string[];
  rows: Record<string, unknown>[];
  height: number;
  width: number;
} {
  const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h).trim()));
  const rows: Record<string, unknown>[] = [];
  for (const line of values.slice(1)) {
    if (isBlankRow(line)) continue;
    const row: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      if (h) row[h] = line[i];
    });
    rows.push(row);
  }
  return { headers: headers.filter(Boolean), rows, height: values.length, width: headers.length };
}

/** A1 letter(s) of a 1-based column number. */
export function columnLetter(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
