/** setupSpreadsheet: creates or repairs the tabs, headers, dropdowns and settings. Idempotent. */
import { t } from "../core/i18n";
import { cellText } from "../core/records";
import { defaultSettingsRows } from "../core/settings";
import { locateColumns } from "../core/table";
import {
  CONTACT_COLUMNS,
  type Columns,
  INTERVIEW_COLUMNS,
  LOG_COLUMNS,
  PARTNER_COLUMNS,
  SETTINGS_COLUMNS,
  SHEETS,
} from "../core/tabs";
import { appendLog, auditLog } from "./auditLog";
import { withDocumentLock } from "./lock";
import { userEmail, userLang } from "./session";
import { Workbook } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TECHNICAL_NOTE = "Colonna tecnica: la scrive il componente aggiuntivo CO.EFFICIENTI. Non modificarla.";

/**
 * Makes one tab match its columns: creates it when missing, adds missing headers after the existing
 * ones (user columns and data are kept), freezes the header, marks technical columns and sets dropdowns.
 */
export function prepareTab(workbook: Workbook, name: string, columns: Columns): Sheet {
  const sheet = workbook.find(name) ?? workbook.insert(name);
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const used = header.filter((h) => cellText(h) !== "").length === 0 ? 0 : width;
  const at = locateColumns(header, columns);
  const missing = Object.keys(columns).filter((k) => at[k] < 0);
  if (missing.length > 0) {
    sheet.getRange(1, used + 1, 1, missing.length).setValues([missing.map((k) => columns[k].header)]);
    missing.forEach((k, i) => {
      at[k] = used + i;
    });
  }
  sheet.setFrozenRows(1);
  const lastColumn = Math.max(used + missing.length, 1);
  sheet.getRange(1, 1, 1, lastColumn).setFontWeight("bold");
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const key of Object.keys(columns)) {
    const spec = columns[key];
    const column = at[key] + 1;
    const cells = sheet.getRange(2, column, rows, 1);
    const head = sheet.getRange(1, column);
    if (spec.technical) head.setBackground("#e8eaed").setFontColor("#5f6368").setNote(TECHNICAL_NOTE);
    if (spec.kind === "text" || spec.kind === "date") cells.setNumberFormat("@");
    else if (spec.format) cells.setNumberFormat(spec.format);
    if (spec.choices) {
      cells.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...spec.choices], true)
          .setAllowInvalid(false)
          .build(),
      );
    }
  }
  return sheet;
}

/** Creates/repairs every tab; adds the settings that are missing with their defaults. */
export function setupSpreadsheet(): void {
  const email = userEmail();
  withDocumentLock(() => {
    const workbook = Workbook.active();
    prepareTab(workbook, SHEETS.interviews, INTERVIEW_COLUMNS);
    prepareTab(workbook, SHEETS.contacts, CONTACT_COLUMNS);
    prepareTab(workbook, SHEETS.settings, SETTINGS_COLUMNS);
    prepareTab(workbook, SHEETS.partners, PARTNER_COLUMNS);
    prepareTab(workbook, SHEETS.log, LOG_COLUMNS);
    const settings = workbook.table(SHEETS.settings, SETTINGS_COLUMNS);
    const present = new Set(settings.read(["key"]).rows.map((r) => cellText(r.key)));
    const missing = defaultSettingsRows().filter((r) => !present.has(String(r.key)));
    if (missing.length) settings.append(missing);
    const log = auditLog(workbook);
    log.readHeader();
    appendLog(log, { who: email, action: "preparazione" });
  });
  workbookToast(t(userLang(), "setupDone"));
}

/** A short notice in the corner of the sheet. */
export function workbookToast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, "CO.EFFICIENTI", 8);
}
