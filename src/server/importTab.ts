/** The Importa tab, made by Prepara il foglio: Interviste's answer headers, five contacts, the outcome. */

import { IMPORT_COLUMNS } from "../core/importColumns";
import { locateColumns } from "../core/table";
import type { Columns } from "../core/tabs";
import { columnCells, headerRow, lastColumnOf } from "./workbook/reads";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Importa's columns as Prepara il foglio makes them (52: the tab grows past Google's 26 columns
 * before its headers are written), without the rejecting dropdowns: see importDropdowns.
 */
export function importColumnsForSetup(): Columns {
  const columns: Columns = {};
  for (const [key, spec] of Object.entries(IMPORT_COLUMNS)) {
    columns[key] = { ...spec, choices: undefined };
    if (PLAIN_TEXT.test(key))
      // Plain text, so that a typed "+39 080 …" is not taken for a formula nor 072006 for a number.
      // The add-on never writes these cells, and Prepara il foglio's repair of the first release's
      // plain-text columns (text columns only) must leave them as they are: hence not "text" here.
      columns[key] = { header: spec.header, kind: "number", format: "@" };
  }
  return columns;
}

/** Importa's columns whose cells are plain text: phones and the ISTAT code. */
const PLAIN_TEXT = /^(c\dphone|hardestAreaIstat)$/;

/**
 * Importa's dropdowns offer Interviste's lists but only warn: rows pasted from a form or a CSV may
 * hold codes ("16", "dirigente") or other spellings the import accepts, and a dropdown that rejects
 * would refuse them; the import checks every value itself.
 */
export function importDropdowns(sheet: Sheet): void {
  const header = headerRow(sheet, Math.max(1, lastColumnOf(sheet)));
  const at = locateColumns(header, IMPORT_COLUMNS);
  const rows = sheet.getMaxRows() - 1;
  for (const [key, spec] of Object.entries(IMPORT_COLUMNS)) {
    if (!spec.choices || at[key] < 0) continue;
    columnCells(sheet, 2, at[key] + 1, rows).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...spec.choices], true)
        .setAllowInvalid(true)
        .build(),
    );
  }
}
