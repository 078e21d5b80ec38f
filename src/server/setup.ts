/** setupSpreadsheet: creates or repairs the tabs, headers, dropdowns and settings. Idempotent. */

import { cellText } from "../core/cells";
import { columnChoices } from "../core/dropdowns";
import { UserError } from "../core/errors";
import { headerNotesOf } from "../core/headerNotes";
import { t } from "../core/i18n";
import { interviewNumber, looksLikeInterviewId } from "../core/interviewIds";
import { defaultSettingsRows } from "../core/settings";
import { columnLetter, locateColumns } from "../core/table";
import {
  AMBITI_COLUMNS,
  CONTACT_COLUMNS,
  type Columns,
  INTERVIEW_COLUMNS,
  LOG_COLUMNS,
  PARTNER_COLUMNS,
  SETTINGS_COLUMNS,
  SHEETS,
} from "../core/tabs";
import { foldName } from "../core/text";
import { requireWriter } from "./access";
import { appendLog, auditLog } from "./auditLog";
import { importColumnsForSetup, importDropdowns } from "./importTab";
import { withDocumentLock } from "./lock";
import { rollForward } from "./rollForward";
import { userEmail, userLang } from "./session";
import { localeToReplace, useItalianLocale } from "./sheetLocale";
import { repairPlainTextColumns } from "./textRepair";
import { formatOf, growSheet, type Workbook, Workbook as WorkbookClass, writeHeaders } from "./workbook";

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

/** The highest interview number in a tab's column (ids of the first release, hand-typed ones). */
function highestNumber(
  workbook: Workbook,
  name: string,
  columns: Columns,
  key: string,
  notices?: string[],
): number {
  const table = workbook.table(name, columns);
  let max = 0;
  table.readColumn(key).texts.forEach((id, i) => {
    const n = interviewNumber(id);
    if (n !== null) max = Math.max(max, n);
    else if (notices && looksLikeInterviewId(id))
      notices.push(t(userLang(), "absurdId", { id, cell: `${name}!${table.cellAddress(i + 2, key)}` }));
  });
  return max;
}

/** Creates/repairs every tab; adds the settings that are missing with their defaults. */
export function setupSpreadsheet(): void {
  const email = userEmail();
  const notices: string[] = [];
  const lang = userLang();
  withDocumentLock(() => {
    const workbook = WorkbookClass.active();
    const access = requireWriter(workbook, email, lang);
    // Read before any write (the roll forward may write): the locale to replace, if any.
    const foreignLocale = localeToReplace(workbook.spreadsheet, lang);
    // Every tab looked up before the first write: a renamed one refuses the whole run (tabNames.ts).
    for (const name of Object.values(SHEETS)) workbook.find(name);
    // Operations cut half-way are finished first (by a user allowed to), as by any write.
    const { journal } = rollForward(workbook, access, email);
    prepareTab(workbook, SHEETS.interviews, INTERVIEW_COLUMNS, notices);
    prepareTab(workbook, SHEETS.contacts, CONTACT_COLUMNS, notices);
    prepareTab(workbook, SHEETS.settings, SETTINGS_COLUMNS, notices);
    prepareTab(workbook, SHEETS.partners, PARTNER_COLUMNS, notices);
    prepareTab(workbook, SHEETS.log, LOG_COLUMNS, notices);
    // Optional for staff to fill: declared Ambiti, their other names and comuni (docs/scoring.md).
    prepareTab(workbook, SHEETS.ambiti, AMBITI_COLUMNS, notices);
    // Interviews collected elsewhere are pasted here (Importa interviste…).
    importDropdowns(prepareTab(workbook, SHEETS.import, importColumnsForSetup(), notices));
    const settings = workbook.table(SHEETS.settings, SETTINGS_COLUMNS);
    const { rows, rowNumbers } = settings.read(["key", "name"]);
    const defaults = defaultSettingsRows();
    // Names follow the current wording (e.g. "Regione inclusa"); keys and values are the user's.
    const nameOf = new Map(defaults.map((d) => [String(d.key), String(d.name)]));
    const names: unknown[] = [];
    let renamed = false;
    rows.forEach((row, i) => {
      const name = nameOf.get(cellText(row.key)) ?? row.name;
      renamed ||= cellText(row.name) !== cellText(name);
      names[rowNumbers[i] - 2] = name;
    });
    if (renamed)
      settings.writeColumn(
        "name",
        Array.from(names, (n) => n ?? ""),
      );
    const present = new Set(rows.map((r) => cellText(r.key)));
    const missing = defaults.filter((r) => !present.has(String(r.key)));
    if (missing.length) settings.append(missing);
    // Ids are never reused: the counter starts past every id the sheet and its Registro hold.
    journal.raiseCounter(
      Math.max(
        highestNumber(workbook, SHEETS.interviews, INTERVIEW_COLUMNS, "id", notices),
        highestNumber(workbook, SHEETS.log, LOG_COLUMNS, "id"),
      ),
    );
    // Numbers read 40,0 as in Italian (the spreadsheet's locale decides it).
    useItalianLocale(workbook.spreadsheet, foreignLocale, lang, notices);
    // The first thing a new user sees is where the interviews go.
    workbook.find(SHEETS.interviews)?.activate();
    // The Registro line is the last write: it exists exactly when the preparation took effect.
    const log = auditLog(workbook);
    log.readHeader();
    appendLog(log, { who: email, action: "preparazione" });
  });
  workbookToast([t(lang, "setupDone"), ...notices].join(" "));
}

/** A short notice in the corner of the sheet. */
export function workbookToast(message: string): void {
  // A notice that Google fails to show must not turn a done operation into an error the user retries.
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, "CO.EFFICIENTI", 8);
  } catch (error) {
    console.warn(`toast: ${(error as Error)?.message ?? error}`);
  }
}
