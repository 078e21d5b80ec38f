/**
 * The one gateway between the add-on and the spreadsheet: tabs are read and written by header name,
 * in batches, and grown before they are written (Google never grows a tab on setValues; a range past
 * its size throws). Nothing else in the shell touches ranges: the rest of the gateway is this file,
 * table.ts, sheetCells.ts and src/server/workbook/ (test/unit/workbook-gateway.test.ts checks it).
 * Rules: dev/emulator/RULES.md.
 */
import { UserError } from "../core/errors";
import type { ColumnSpec, Columns } from "../core/tabs";
import { AUTOMATIC, growSheet, toCell } from "./sheetCells";
import { Table } from "./table";
import { lookalikeOf, refuseLookalike, tabNamesOf } from "./tabNames";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Consecutive runs of 0-based indexes: [[start, length], …] (the write planner's rule). */
export { runsOf } from "../core/writePlan";
export { AUTOMATIC, formatOf, GROWTH_ROWS, growSheet, toCell } from "./sheetCells";
export { type ColumnValues, Table, type TableSnapshot } from "./table";

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
