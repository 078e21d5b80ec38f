/**
 * Part of the workbook gateway: the reads and small writes the shell needs outside a `Table`, each a
 * named call, so no other server file touches a range. Each helper makes exactly the calls its callers
 * made before (the bench counts them).
 */
import { AUTOMATIC } from "../sheetCells";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every value of a tab's data range, in one call. */
export function allValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The last row holding content (0 for an empty tab). */
export function lastRowOf(sheet: Sheet): number {
  return sheet.getLastRow();
}

/** The last column holding content (0 for an empty tab). */
export function lastColumnOf(sheet: Sheet): number {
  return sheet.getLastColumn();
}

/** The first `width` cells of the header row, in one call. */
export function headerRow(sheet: Sheet, width: number): unknown[] {
  return sheet.getRange(1, 1, 1, width).getValues()[0];
}

/** One cell's value (1-based row and column). */
export function cellValue(sheet: Sheet, row: number, column: number): unknown {
  return sheet.getRange(row, column).getValue();
}

/** A block of values (1-based first row and column). */
export function blockValues(
  sheet: Sheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): unknown[][] {
  return sheet.getRange(row, column, rows, columns).getValues();
}

/** A column's cells from `row` down, `rows` long (1-based), as a range for validation or formats. */
export function columnCells(
  sheet: Sheet,
  row: number,
  column: number,
  rows: number,
): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(row, column, rows, 1);
}

/** Writes a one-column block (1-based first row and column) into cells first set to automatic format. */
export function writeAutomaticColumn(sheet: Sheet, row: number, column: number, values: unknown[][]): void {
  const range = sheet.getRange(row, column, values.length, 1);
  range.setNumberFormats(values.map(() => [AUTOMATIC]));
  range.setValues(values);
}
