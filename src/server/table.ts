/**
 * One tab read and written by header, part of the workbook gateway (workbook.ts). Rows are written
 * as the write planner says (core/writePlan.ts): each row whole in one call, the user's own cells
 * between the add-on's columns carried as they were read.
 */
import { cellText } from "../core/cells";
import { columnLetter, isBlankRow, locateColumns, readTable, requireColumns } from "../core/table";
import type { Columns, RowOf } from "../core/tabs";
import { type CellRead, hasGaps, planRows, runsOf, type WriteStep } from "../core/writePlan";
import { formatOf, growSheet, toCell } from "./sheetCells";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  /** What rows read before a write hold, user's cells included (only when a user column sits between ours). */
  private readonly held = new Map<number, CellRead[]>();

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

  /** True when a user's column sits between two of ours: a row written then carries the user's cells. */
  private gaps(): boolean {
    const { at } = this.readHeader([]);
    return hasGaps((Object.keys(this.columns) as (keyof C)[]).map((k) => at[k]));
  }

  /** Keeps what rows hold (values, formulas, formats) so that writing them carries the user's cells. */
  private hold(start: number, values: unknown[][], formulas: string[][], formats: string[][]): void {
    values.forEach((line, i) => {
      this.held.set(
        start + i,
        line.map((value, c) => ({ value, formula: formulas[i]?.[c] ?? "", format: formats[i]?.[c] })),
      );
    });
  }

  /** Reads rows whole (values, formulas, formats), for a write that must carry the user's cells. */
  private readWhole(start: number, length: number): void {
    const width = Math.max(1, this.readHeader([]).headers.length);
    const range = this.sheet.getRange(start, 1, length, width);
    this.hold(start, range.getValues(), range.getFormulas(), range.getNumberFormats());
  }

  /**
   * Our columns of the given sheet rows, one call per contiguous run of rows; when a user's column
   * sits between ours, also the rows' formulas and formats (two calls per run), kept for their write.
   */
  readRows(rowNumbers: readonly number[]): RowOf<C>[] {
    const { at, headers } = this.readHeader([]);
    const width = Math.max(1, headers.length);
    const gaps = this.gaps();
    const byRow = new Map<number, unknown[]>();
    for (const [start, length] of runsOf(rowNumbers.map((r) => r))) {
      const range = this.sheet.getRange(start, 1, length, width);
      const values = range.getValues();
      if (gaps)
        this.hold(
          start,
          values.map((line) => [...line]),
          range.getFormulas(),
          range.getNumberFormats(),
        );
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

  /**
   * Writes rows starting at a sheet row as the planner says (core/writePlan.ts): formats of our
   * columns, then each row whole in one call, the user's cells between ours carried as they were.
   * Rows the sheet holds that were not read before are read here first.
   */
  private write(startRow: number, rows: readonly Partial<RowOf<C>>[]): void {
    if (rows.length === 0) return;
    const { at } = this.readHeader([]);
    const keys = (Object.keys(this.columns) as (keyof C)[]).filter((k) => at[k] >= 0);
    const lastColumn = Math.max(...keys.map((k) => at[k] + 1));
    growSheet(this.sheet, startRow + rows.length - 1, lastColumn);
    const gaps = this.gaps();
    if (gaps) {
      const lastContent = this.sheet.getLastRow();
      const missing: number[] = [];
      for (let r = startRow; r < startRow + rows.length && r <= lastContent; r++)
        if (!this.held.has(r)) missing.push(r);
      for (const [start, length] of runsOf(missing)) this.readWhole(start, length);
    }
    const steps = planRows({
      startRow,
      columns: keys.map((k) => ({ at: at[k], format: formatOf(this.columns[k]) })),
      rows: rows.map((row) => keys.map((k) => toCell(this.columns[k], row[k]))),
      current: rows.map((_, i) => (gaps ? this.held.get(startRow + i) : undefined)),
    });
    let last: { key: string; range: GoogleAppsScript.Spreadsheet.Range } | undefined;
    for (const step of steps) {
      // Formats and values of the same rectangle (columns side by side) share one range.
      const key = `${step.row},${step.column},${step.cells.length},${step.cells[0].length}`;
      if (last?.key !== key)
        last = {
          key,
          range: this.sheet.getRange(step.row, step.column, step.cells.length, step.cells[0].length),
        };
      this.run(last.range, step);
    }
    // What the rows hold now is what was written (formulas and formats of the user's cells kept).
    for (let r = startRow; r < startRow + rows.length; r++) this.held.delete(r);
  }

  /** One call of a plan, through Google's batch setters. */
  private run(range: GoogleAppsScript.Spreadsheet.Range, step: WriteStep): void {
    if (step.kind === "formats") range.setNumberFormats(step.cells as string[][]);
    else range.setValues(step.cells);
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
    // Rows below moved up: what was held of them no longer says where they are.
    this.held.clear();
    if (this.end !== undefined) this.end -= rowNumbers.filter((r) => r <= (this.end ?? 0)).length;
  }

  /** A1 address of a row's cell in a column, for messages. */
  cellAddress(rowNumber: number, key: keyof C): string {
    const column = this.readHeader([]).at[key];
    return `${columnLetter(column + 1)}${rowNumber}`;
  }
}
