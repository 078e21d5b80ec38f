/**
 * The one gateway between the add-on and the spreadsheet: tabs are read whole in one call and written
 * in one call per contiguous block of our columns, always by header name. Nothing else in the shell
 * touches ranges.
 */
import { UserError } from "../core/errors";
import { columnLetter, locateColumns, readTable, requireColumns } from "../core/table";
import type { ColumnSpec, Columns, RowOf } from "../core/tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * What a cell receives for a value of a column. Sheets parses written strings as if typed (`=…`
 * becomes a formula, `007` a number): user text gets a leading apostrophe, which Sheets keeps as
 * "this is text" and never shows or returns.
 */
export function toCell(spec: ColumnSpec | undefined, value: unknown): unknown {
  if (value === undefined || value === null || value === "") return "";
  if (Object.prototype.toString.call(value) === "[object Date]") return value;
  if (typeof value === "number" || typeof value === "boolean") {
    return spec?.kind === "text" ? `'${String(value)}` : value;
  }
  const text = String(value);
  if (spec && spec.kind !== "text" && spec.kind !== "date") return text;
  return `'${text}`;
}

/** Consecutive runs of 0-based column indexes: [[start, length], …]. */
function runsOf(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].filter((i) => i >= 0).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

export interface TableSnapshot<C extends Columns> {
  rows: RowOf<C>[];
  /** 1-based sheet row of each row. */
  rowNumbers: number[];
  /** 0-based column of each of our columns, -1 when absent. */
  at: Record<keyof C, number>;
  /** Number of rows in the sheet's data range, header included. */
  lastRow: number;
  headers: unknown[];
}

/** One tab read and written by header. */
export class Table<C extends Columns> {
  private snapshot?: TableSnapshot<C>;

  constructor(
    readonly sheet: Sheet,
    readonly name: string,
    readonly columns: C,
  ) {}

  /** Reads the whole tab in one call; throws a UserError naming a required column that is missing. */
  read(
    required: readonly (keyof C)[] = Object.keys(this.columns) as (keyof C)[],
    only?: readonly (keyof C)[],
  ): TableSnapshot<C> {
    const values = this.sheet.getDataRange().getValues();
    const { rows, rowNumbers, at } = readTable(values, this.columns, this.name, required, only);
    this.snapshot = { rows, rowNumbers, at, lastRow: values.length, headers: values[0] ?? [] };
    return this.snapshot;
  }

  /** Reads only the header row (for tabs we append to without looking at their rows). */
  readHeader(required: readonly (keyof C)[] = Object.keys(this.columns) as (keyof C)[]): TableSnapshot<C> {
    const sheet = this.sheet;
    const width = Math.max(1, sheet.getLastColumn());
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0];
    const at = locateColumns(headers, this.columns);
    requireColumns(at, this.columns, this.name, required);
    this.snapshot = { rows: [], rowNumbers: [], at, lastRow: sheet.getLastRow(), headers };
    return this.snapshot;
  }

  private current(): TableSnapshot<C> {
    return this.snapshot ?? this.readHeader();
  }

  /** Writes rows starting at a sheet row, one setValues per contiguous block of our columns. */
  private write(startRow: number, rows: readonly Partial<RowOf<C>>[]): void {
    if (rows.length === 0) return;
    const { at } = this.current();
    const keys = (Object.keys(this.columns) as (keyof C)[]).filter((k) => at[k] >= 0);
    const keyAt = new Map(keys.map((k) => [at[k], k]));
    for (const [start, length] of runsOf(keys.map((k) => at[k]))) {
      const block = rows.map((row) => {
        const line: unknown[] = [];
        for (let c = start; c < start + length; c++) {
          const key = keyAt.get(c)!;
          line.push(toCell(this.columns[key], row[key]));
        }
        return line;
      });
      this.sheet.getRange(startRow, start + 1, block.length, length).setValues(block);
    }
  }

  /** Appends rows after the last row of the tab. */
  append(rows: readonly Partial<RowOf<C>>[]): number {
    const snapshot = this.current();
    const first = snapshot.lastRow + 1;
    this.write(first, rows);
    snapshot.lastRow += rows.length;
    return first;
  }

  /** Overwrites our columns of one sheet row; the user's own columns are left alone. */
  update(rowNumber: number, row: Partial<RowOf<C>>): void {
    this.write(rowNumber, [row]);
  }

  /** Deletes sheet rows, bottom-up, one call per contiguous block. */
  deleteRows(rowNumbers: readonly number[]): void {
    const runs = runsOf(rowNumbers.map((r) => r - 1)).reverse();
    for (const [start, length] of runs) this.sheet.deleteRows(start + 1, length);
    if (this.snapshot) this.snapshot.lastRow -= rowNumbers.length;
  }

  /** A1 address of a row's cell in a column, for messages. */
  cellAddress(rowNumber: number, key: keyof C): string {
    const column = this.current().at[key];
    return `${columnLetter(column + 1)}${rowNumber}`;
  }
}

/** The active spreadsheet and its tabs, each looked up once per call. */
export class Workbook {
  private readonly sheets = new Map<string, Sheet | null>();

  constructor(readonly spreadsheet: Spreadsheet) {}

  static active(): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  /** The tab, or null when it does not exist. */
  find(name: string): Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.spreadsheet.getSheetByName(name));
    return this.sheets.get(name) ?? null;
  }

  /** Creates a tab (it must not exist). */
  insert(name: string): Sheet {
    const sheet = this.spreadsheet.insertSheet(name);
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** The tab as a table; a missing tab is a UserError pointing at "Prepara il foglio". */
  table<C extends Columns>(name: string, columns: C): Table<C> {
    const sheet = this.find(name);
    if (!sheet) throw new UserError("missingSheet", { sheet: name });
    return new Table(sheet, name, columns);
  }

  /** The tab as a table, created with its headers when missing (tabs are created on first use). */
  ensureTable<C extends Columns>(name: string, columns: C): Table<C> {
    let sheet = this.find(name);
    if (!sheet) {
      sheet = this.insert(name);
      const headers = Object.values(columns).map((c) => c.header);
      sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
      sheet.setFrozenRows(1);
    }
    return new Table(sheet, name, columns);
  }
}
