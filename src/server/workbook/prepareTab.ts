/**
 * Part of the workbook gateway: prepares a tab of named columns ("Prepara il foglio"): finds or
 * creates it, restores a blank header over a column still holding data, renames headers of an earlier
 * release, adds missing columns, and sets bold headers, notes, formats and dropdowns (values the staff
 * added to a dropdown stay in it). Rules: dev/emulator/RULES.md.
 */
/** setupSpreadsheet: creates or repairs the tabs, headers, dropdowns and settings. Idempotent. */

import { cellText } from "../../core/cells";
import { columnChoices } from "../../core/dropdowns";
import { UserError } from "../../core/errors";
import { headerNotesOf } from "../../core/headerNotes";
import { t } from "../../core/i18n";
import { columnLetter, locateColumns } from "../../core/table";
import type { Columns } from "../../core/tabs";
import { foldName } from "../../core/text";
import { userLang } from "../session";
import { formatOf, growSheet, type Workbook, writeHeaders } from "../workbook";
import { repairPlainTextColumns } from "./textRepair";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TECHNICAL_NOTE = "Colonna tecnica: la scrive il componente aggiuntivo CO.EFFICIENTI. Non modificarla.";

/** True when column `c` is where `key` belongs: next to the nearest of ours before or after it. */
function inPlaceOf(columns: Columns, at: Record<string, number>, key: string, c: number): boolean {
  const keys = Object.keys(columns);
  const i = keys.indexOf(key);
  const before = keys
    .slice(0, i)
    .reverse()
    .find((k) => at[k] >= 0);
  const after = keys.slice(i + 1).find((k) => at[k] >= 0);
  return (before !== undefined && at[before] === c - 1) || (after !== undefined && at[after] === c + 1);
}

/**
 * Makes one tab match its columns: creates it when missing, adds missing headers after the existing
 * ones (user columns and data are kept), freezes the header, marks technical columns, sets number
 * formats and dropdowns on the column's cells, and repairs plain-text columns of older sheets.
 */
/**
 * A header deleted by hand leaves its data in a blank-headed column. When exactly one of our headers
 * is missing and exactly one blank-headed column holds data, and that column sits where the missing
 * one belongs (beside the column that comes before it or after it), that column gets the header back
 * (its values are not orphaned); when it is not that certain (it may be a column of the user's own),
 * the user is asked to name the columns and nothing is named for them.
 */
function restoreBlankHeader(
  sheet: Sheet,
  name: string,
  columns: Columns,
  header: unknown[],
  at: Record<string, number>,
  missing: string[],
): string | undefined {
  const blank = header.map((h, i) => (cellText(h) === "" ? i : -1)).filter((i) => i >= 0);
  const last = sheet.getLastRow();
  if (blank.length === 0 || missing.length === 0 || last < 2) return undefined;
  const withData = blank.filter((c) =>
    sheet
      .getRange(2, c + 1, last - 1, 1)
      .getValues()
      .some((line) => cellText(line[0]) !== ""),
  );
  if (withData.length === 0) return undefined;
  const key = missing[0];
  if (withData.length > 1 || missing.length > 1 || !inPlaceOf(columns, at, key, withData[0])) {
    throw new UserError("blankHeader", {
      sheet: name,
      columns: withData.map((c) => columnLetter(c + 1)).join(", "),
      headers: missing.map((k) => `"${columns[k].header}"`).join(", "),
    });
  }
  writeHeaders(sheet, [columns[key]], withData[0] + 1);
  at[key] = withData[0];
  missing.splice(0, 1);
  return t(userLang(), "headerRestored", {
    sheet: name,
    column: columnLetter(withData[0] + 1),
    header: columns[key].header,
  });
}

/**
 * The dropdown values of each choice column: the add-on's list, then the values the tab holds outside
 * it (the staff extended the dropdown), kept and named in a notice by their cells. One read of the tab,
 * only when it has rows below the header.
 */
function keptDropdownValues(
  sheet: Sheet,
  name: string,
  columns: Columns,
  at: Record<string, number>,
  notices: string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const keys = Object.keys(columns).filter((k) => columns[k].choices && at[k] >= 0);
  if (keys.length === 0 || sheet.getLastRow() < 2) return out;
  const values = sheet.getDataRange().getValues().slice(1);
  const cells: string[] = [];
  for (const key of keys) {
    const kept = columnChoices(
      columns[key].choices ?? [],
      values.map((line) => line[at[key]]),
    );
    out.set(key, kept.values);
    for (const row of kept.outsideRows) cells.push(`${name}!${columnLetter(at[key] + 1)}${row}`);
  }
  if (cells.length) notices.push(t(userLang(), "keptOutsideList", { cells: cells.join(", ") }));
  return out;
}

export function prepareTab(
  workbook: Workbook,
  name: string,
  columns: Columns,
  notices: string[] = [],
): Sheet {
  const sheet = workbook.find(name) ?? workbook.insert(name);
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const used = header.filter((h) => cellText(h) !== "").length === 0 ? 0 : width;
  const at = locateColumns(header, columns) as Record<string, number>;
  const missing = Object.keys(columns).filter((k) => at[k] < 0);
  const restored = used > 0 ? restoreBlankHeader(sheet, name, columns, header, at, missing) : undefined;
  if (restored) notices.push(restored);
  // Headers of an earlier release (found by their former name) take the current one: one name per concept.
  for (const key of Object.keys(columns)) {
    const spec = columns[key];
    if (at[key] >= 0 && foldName(cellText(header[at[key]])) !== foldName(spec.header))
      writeHeaders(sheet, [spec], at[key] + 1);
  }
  if (missing.length > 0) {
    writeHeaders(
      sheet,
      missing.map((k) => columns[k]),
      used + 1,
    );
    missing.forEach((k, i) => {
      at[k] = used + i;
    });
  }
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  const lastColumn = Math.max(used + missing.length, 1);
  sheet.getRange(1, 1, 1, lastColumn).setFontWeight("bold");
  repairPlainTextColumns(sheet, name, columns, at);
  growSheet(sheet, 2, lastColumn);
  // Each header says what goes in its column (users' own columns keep their notes).
  const headerRow = sheet.getRange(1, 1, 1, lastColumn);
  const notes = headerRow.getNotes()[0];
  const explained = headerNotesOf(name, columns);
  for (const key of Object.keys(columns)) {
    const text = [explained[key], columns[key].technical ? TECHNICAL_NOTE : ""].filter(Boolean).join("\n\n");
    if (text) notes[at[key]] = text;
  }
  headerRow.setNotes([notes]);
  const rows = sheet.getMaxRows() - 1;
  // Values the staff added to a dropdown stay in it (dropdowns.ts): read once, before the dropdowns.
  const data = keptDropdownValues(sheet, name, columns, at, notices);
  for (const key of Object.keys(columns)) {
    const spec = columns[key];
    const column = at[key] + 1;
    const cells = sheet.getRange(2, column, rows, 1);
    if (spec.technical) sheet.getRange(1, column).setBackground("#e8eaed").setFontColor("#5f6368");
    cells.setNumberFormat(formatOf(spec));
    if (spec.choices) {
      cells.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(data.get(key) ?? [...spec.choices], true)
          .setAllowInvalid(false)
          .build(),
      );
    }
  }
  return sheet;
}
