/** setupSpreadsheet: creates or repairs the tabs, headers, dropdowns and settings. Idempotent. */

import { cellText } from "../core/cells";
import { t } from "../core/i18n";
import { interviewNumber, looksLikeInterviewId } from "../core/interviewIds";
import { defaultSettingsRows } from "../core/settings";
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
import { requireWriter } from "./access";
import { appendLog, auditLog } from "./auditLog";
import { importColumnsForSetup, importDropdowns } from "./importTab";
import { withDocumentLock } from "./lock";
import { rollForward } from "./rollForward";
import { userEmail, userLang } from "./session";
import { localeToReplace, useItalianLocale } from "./sheetLocale";
import { type Workbook, Workbook as WorkbookClass } from "./workbook";
import { prepareTab } from "./workbook/prepareTab";

export { prepareTab };

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
