/**
 * The one gateway between the add-on and the spreadsheet: tabs are read and written by header name,
 * in batches, and grown before they are written (Google never grows a tab on setValues; a range past
 * its size throws). Nothing else in the shell touches ranges. Rules: dev/emulator/RULES.md.
 */
import { cellText } from "../core/cells";
import { UserError } from "../core/errors";
import { columnLetter, isBlankRow, locateColumns, readTable, requireColumns } from "../core/table";
import type { ColumnSpec, Columns, RowOf } from "../core/tabs";
import { lookalikeOf, refuseLookalike, tabNamesOf } from "./tabNames";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The number format of the cells the add-on writes for a column. Text goes into cells of automatic
 * format with a leading apostrophe (Google documents that it marks text there and is never shown);
 * plain-text cells ("@") are never written into, since what an apostrophe does there is undocumented.
 */
export const AUTOMATIC = "General";
export function formatOf(spec: ColumnSpec | undefined): string {
  return spec?.format ?? AUTOMATIC;
}

/**
 * What a cell receives for a value of a column. Sheets parses written strings as if typed (`=…`
 * becomes a formula, `007` a number): text gets a leading apostrophe, written only into cells the
 * gateway has just set to automatic format, where the apostrophe marks text and is never shown.
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

/** Consecutive runs of 0-based indexes: [[start, length], …]. */
export function runsOf(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].filter((i) => i >= 0).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/** Rows a tab grows by at least: one insert serves the next appends too (as the Sheets UI adds 1000). */
export const GROWTH_ROWS = 500;

/** Google's refusal to take a spreadsheet past its 10 million cells (RULES.md, R23). */
const CELL_LIMIT = /above the limit of [\d.,]+ cells/i;

/** Google's cell-limit error as words the user can act on; any other error as it is. */
function cellLimitAsUserError(error: unknown): unknown {
  return CELL_LIMIT.test(String((error as Error)?.message ?? error))
    ? new UserError("spreadsheetFull")
    : error;
}

/**
 * Makes a tab at least `rows` x `columns`, inserting rows/columns at its end (the only way to grow).
 * Near Google's 10 million cells a spare margin may not fit: then only the rows needed are added;
 * when even they do not fit, the user reads why (nothing of the operation was written yet).
 */
export function growSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) {
    const needed = rows - maxRows;
    try {
      sheet.insertRowsAfter(maxRows, Math.max(needed, GROWTH_ROWS));
    } catch (error) {
      if (!CELL_LIMIT.test(String((error as Error)?.message)) || needed >= GROWTH_ROWS)
        throw cellLimitAsUserError(error);
      try {
        sheet.insertRowsAfter(maxRows, needed);
      } catch (again) {
        throw cellLimitAsUserError(again);
      }
    }
  }
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    try {
      sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    } catch (error) {
      throw cellLimitAsUserError(error);
    }
  }
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

/** One column of a tab below its header: the cells and the last row holding a value. */
export interface ColumnValues {
  /** Texts of rows 2…, index 0 is row 2. */
  texts: string[];
  /** 1-based row of the last non-blank cell of the column (1 when none). */
  lastRow: number;
}

/** One tab read and written by header. */
export class Table<C extends Columns> {
  private header?: { at: Record<keyof C, number>; headers: unknown[] };
  private end?: number;

  constructor(
    readonly sheet: Sheet,
    readonly name: string,
    readonly columns: C,
    /** The add-on's own key column: rows are appended after its last value (never after stray content). */
    readonly anchor: keyof C,
    private readonly timeZone: () => string,
  ) {}

  /** Dates of date columns as YYYY-MM-DD in the spreadsheet's time zone (Google returns its midnight). */
  private normalize(values: unknown[][], at: Record<keyof C, number>): void {
    const dateColumns = (Object.keys(this.columns) as (keyof C)[])
      .filter((k) => this.columns[k].kind === "date" && at[k] >= 0)
      .map((k) => at[k]);
    if (dateColumns.length === 0) return;
    const zone = this.timeZone();
    for (let r = 1; r < values.length; r++) {
      for (const c of dateColumns) {
        const v = values[r][c];
        if (Object.prototype.toString.call(v) === "[object Date]")
          values[r][c] = Utilities.formatDate(v as Date, zone, "yyyy-MM-dd");
      }
    }
  }

  /** Reads the whole tab in one call; throws a UserError naming a required column that is missing. */
  read(
    required: readonly (keyof C)[] = Object.keys(this.columns) as (keyof C)[],
    only?: readonly (keyof C)[],
  ): TableSnapshot<C> {
    const values = this.sheet.getDataRange().getValues();
    const at = locateColumns(values[0] ?? [], this.columns);
    this.normalize(values, at);
    const { rows, rowNumbers } = readTable(values, this.columns, this.name, required, only);
    this.header = { at, headers: values[0] ?? [] };
    let end = 1;
    const anchorAt = at[this.anchor];
    if (anchorAt >= 0)
      for (let r = values.length - 1; r >= 1; r--)
        if (cellText(values[r][anchorAt]) !== "") {
          end = r + 1;
          break;
        }
    this.end = end;
    return { rows, rowNumbers, at, lastRow: values.length, headers: values[0] ?? [] };
  }

  /** Reads only the header row; throws a UserError naming a required column that is missing. */
  readHeader(required: readonly (keyof C)[] = Object.keys(this.columns) as (keyof C)[]): {
    at: Record<keyof C, number>;
    headers: unknown[];
  } {
    if (!this.header) {
      const width = Math.max(1, this.sheet.getLastColumn());
      const headers = this.sheet.getRange(1, 1, 1, width).getValues()[0];
      this.header = { at: locateColumns(headers, this.columns), headers };
    }
    requireColumns(this.header.at, this.columns, this.name, required);
    return this.header;
  }

  /** The cells of one of our columns below the header, in one call (the only part of a tab that grows with N). */
  readColumn(key: keyof C): ColumnValues {
    const { at } = this.readHeader([key]);
    const last = this.sheet.getLastRow();
    const texts =
      last >= 2
        ? this.sheet
            .getRange(2, at[key] + 1, last - 1, 1)
            .getValues()
            .map((line) => cellText(line[0]))
        : [];
    let lastRow = 1;
    for (let i = texts.length - 1; i >= 0; i--)
      if (texts[i] !== "") {
        lastRow = i + 2;
        break;
      }
    if (key === this.anchor) this.end = lastRow;
    return { texts, lastRow };
  }

  /** Rows whose cell in a column is exactly `text`, found by Google's TextFinder (no column is read). */
  findRows(key: keyof C, text: string): number[] {
    const { at } = this.readHeader([key]);
    const last = this.sheet.getLastRow();
    if (last < 2 || !text) return [];
    return this.sheet
      .getRange(2, at[key] + 1, last - 1, 1)
      .createTextFinder(text)
      .matchCase(true)
      .matchEntireCell(true)
      .findAll()
      .map((range) => range.getRow());
  }

  /** Our columns of the given sheet rows, one call per contiguous run of rows. */
  readRows(rowNumbers: readonly number[]): RowOf<C>[] {
    const { at, headers } = this.readHeader([]);
    const width = Math.max(1, headers.length);
    const byRow = new Map<number, unknown[]>();
    for (const [start, length] of runsOf(rowNumbers.map((r) => r))) {
      const values = this.sheet.getRange(start, 1, length, width).getValues();
      this.normalize([headers as unknown[], ...values], at);
      values.forEach((line, i) => {
        byRow.set(start + i, line);
      });
    }
    return rowNumbers.map((r) => {
      const line = byRow.get(r) ?? [];
      const row = {} as RowOf<C>;
      for (const key of Object.keys(this.columns) as (keyof C)[])
        row[key] = at[key] >= 0 ? (line[at[key]] ?? "") : "";
      return row;
    });
  }

  /** Writes rows starting at a sheet row: per contiguous block of our columns, formats then values. */
  private write(startRow: number, rows: readonly Partial<RowOf<C>>[]): void {
    if (rows.length === 0) return;
    const { at } = this.readHeader([]);
    const keys = (Object.keys(this.columns) as (keyof C)[]).filter((k) => at[k] >= 0);
    const keyAt = new Map(keys.map((k) => [at[k], k]));
    const lastColumn = Math.max(...keys.map((k) => at[k] + 1));
    growSheet(this.sheet, startRow + rows.length - 1, lastColumn);
    for (const [start, length] of runsOf(keys.map((k) => at[k]))) {
      const formats: string[] = [];
      for (let c = start; c < start + length; c++) formats.push(formatOf(this.columns[keyAt.get(c)!]));
      const block = rows.map((row) => {
        const line: unknown[] = [];
        for (let c = start; c < start + length; c++) {
          const key = keyAt.get(c)!;
          line.push(toCell(this.columns[key], row[key]));
        }
        return line;
      });
      const range = this.sheet.getRange(startRow, start + 1, block.length, length);
      range.setNumberFormats(block.map(() => formats));
      range.setValues(block);
    }
  }

  /**
   * Appends rows after the last value of the anchor column. If hand-typed content sits in the rows
   * that would be written, they go after the tab's last row instead: nothing typed is overwritten.
   */
  append(rows: readonly Partial<RowOf<C>>[]): number {
    if (rows.length === 0) return 0;
    if (this.end === undefined) this.readColumn(this.anchor);
    let first = (this.end ?? 1) + 1;
    const { headers } = this.readHeader([]);
    const lastContent = this.sheet.getLastRow();
    if (lastContent >= first) {
      const width = Math.max(1, headers.length);
      const height = Math.min(rows.length, lastContent - first + 1);
      const target = this.sheet.getRange(first, 1, height, width).getValues();
      if (target.some((line) => !isBlankRow(line))) first = lastContent + 1;
    }
    this.write(first, rows);
    this.end = first + rows.length - 1;
    return first;
  }

  /** Overwrites one of our columns from row 2 down, in one call (formats, then values). */
  writeColumn(key: keyof C, values: readonly unknown[]): void {
    if (values.length === 0) return;
    const { at } = this.readHeader([key]);
    growSheet(this.sheet, values.length + 1, at[key] + 1);
    const range = this.sheet.getRange(2, at[key] + 1, values.length, 1);
    range.setNumberFormats(values.map(() => [formatOf(this.columns[key])]));
    range.setValues(values.map((v) => [toCell(this.columns[key], v)]));
  }

  /** Overwrites our columns of consecutive sheet rows from `startRow`; the user's own columns are left alone. */
  overwrite(startRow: number, rows: readonly Partial<RowOf<C>>[]): void {
    this.write(startRow, rows);
  }

  /** Overwrites our columns of one sheet row; the user's own columns are left alone. */
  update(rowNumber: number, row: Partial<RowOf<C>>): void {
    this.write(rowNumber, [row]);
  }

  /**
   * Deletes sheet rows, bottom-up, one call per contiguous block. Google refuses to delete all the
   * non-frozen rows of a tab, so a blank row is added at the end first when that would happen.
   */
  deleteRows(rowNumbers: readonly number[]): void {
    if (rowNumbers.length === 0) return;
    const runs = runsOf(rowNumbers.map((r) => r - 1)).reverse();
    const maxRows = this.sheet.getMaxRows();
    const frozen = this.sheet.getFrozenRows();
    const keep = maxRows - frozen - rowNumbers.filter((r) => r > frozen).length;
    if (keep <= 0) this.sheet.insertRowsAfter(maxRows, 1);
    for (const [start, length] of runs) this.sheet.deleteRows(start + 1, length);
    if (this.end !== undefined) this.end -= rowNumbers.filter((r) => r <= (this.end ?? 0)).length;
  }

  /** A1 address of a row's cell in a column, for messages. */
  cellAddress(rowNumber: number, key: keyof C): string {
    const column = this.readHeader([]).at[key];
    return `${columnLetter(column + 1)}${rowNumber}`;
  }
}

/** The active spreadsheet and its tabs, each looked up once per call. */
export class Workbook {
  private readonly sheets = new Map<string, Sheet | null>();
  private zone?: string;
  private names?: string[];

  constructor(readonly spreadsheet: Spreadsheet) {}

  static active(): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  /** The spreadsheet's time zone (File → Settings), which may differ from the script's. */
  timeZone(): string {
    if (!this.zone) this.zone = this.spreadsheet.getSpreadsheetTimeZone() || "Europe/Rome";
    return this.zone;
  }

  /**
   * The tab, or null when it does not exist. A missing tab present under a look-alike name (renamed
   * by hand) is a UserError naming it (tabNames.ts), so nothing reads an empty tab or makes a new one.
   */
  find(name: string): Sheet | null {
    if (!this.sheets.has(name)) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (!sheet) {
        this.names ??= tabNamesOf(this.spreadsheet);
        const found = lookalikeOf(this.names, name);
        if (found) refuseLookalike(name, found);
      }
      this.sheets.set(name, sheet);
    }
    return this.sheets.get(name) ?? null;
  }

  /** Creates a tab (it must not exist). */
  insert(name: string): Sheet {
    const sheet = this.spreadsheet.insertSheet(name);
    this.sheets.set(name, sheet);
    return sheet;
  }

  private tableOf<C extends Columns>(sheet: Sheet, name: string, columns: C): Table<C> {
    const anchor = Object.keys(columns)[0] as keyof C;
    return new Table(sheet, name, columns, anchor, () => this.timeZone());
  }

  /** The tab as a table; a missing tab is a UserError pointing at "Prepara il foglio". */
  table<C extends Columns>(name: string, columns: C): Table<C> {
    const sheet = this.find(name);
    if (!sheet) throw new UserError("missingSheet", { sheet: name });
    return this.tableOf(sheet, name, columns);
  }

  /** The tab as a table, created with its headers when missing (tabs are created on first use). */
  ensureTable<C extends Columns>(name: string, columns: C): Table<C> {
    let sheet = this.find(name);
    if (!sheet) {
      sheet = this.insert(name);
      writeHeaders(sheet, Object.values(columns), 1);
      sheet.setFrozenRows(1);
    }
    return this.tableOf(sheet, name, columns);
  }
}

/** Writes header cells from a column (growing the tab first): literal text in automatic cells. */
export function writeHeaders(sheet: Sheet, specs: readonly ColumnSpec[], fromColumn: number): void {
  if (specs.length === 0) return;
  growSheet(sheet, 1, fromColumn + specs.length - 1);
  const range = sheet.getRange(1, fromColumn, 1, specs.length);
  range.setNumberFormats([specs.map(() => AUTOMATIC)]);
  range.setValues([specs.map((c) => toCell(undefined, c.header))]);
}
