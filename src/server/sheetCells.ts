/**
 * What the add-on's cells receive (number format and value as Sheets parses it) and how a tab grows
 * before it is written: Google never grows a tab on setValues, and a range past its size throws.
 */
import { UserError } from "../core/errors";
import type { ColumnSpec } from "../core/tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
