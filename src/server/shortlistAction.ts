/**
 * generateShortlist: reads the tabs once, builds the Shortlist and the Riepilogo with core
 * (buildDecisionTabs), then writes each tab with its own function, shows the Shortlist and writes the
 * Registro line last. Every read happens before the first write (no flush). A tab added later (the
 * Coordinatori) gets its own read… and write… functions beside these.
 */

import type { Lang } from "../core/codes";
import { buildDecisionTabs } from "../core/decisionTabs";
import { keptChoices } from "../core/dropdowns";
import { t } from "../core/i18n";
import { readableDateTime } from "../core/readableDate";
import { generationNote, type Shortlist, type ShortlistRow } from "../core/shortlist";
import { rowsByHeader } from "../core/table";
import { COORDINATOR_COLUMNS, type ColumnSpec, SHEETS, SHORTLIST_COLUMNS } from "../core/tabs";
import { requireWriter } from "./access";
import { appendLog, auditLog, readyToAppend } from "./auditLog";
import { readCoordinatorsTab, writeCoordinatorsTab } from "./coordinatorsTab";
import { withDocumentLock } from "./lock";
import { readRiepilogoTab, writeRiepilogo } from "./riepilogoAction";
import { rollForward } from "./rollForward";
import { sheetTime, userEmail, userLang } from "./session";
import { readSettings } from "./settingsStore";
import { workbookToast } from "./setup";
import { requireBothDataTabs } from "./tabNames";
import { Workbook } from "./workbook";
import { headedBlock, writeGeneratedTab } from "./workbook/generatedTab";
import { allValues } from "./workbook/reads";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Header row and the first three columns (Regione, Posizione, Area) stay in view (docs/shortlist.md). */
const FROZEN_ROWS = 1;
const FROZEN_COLUMNS = 3;

/** The values of a tab in one call, or null when the tab does not exist yet. */
export function valuesOf(workbook: Workbook, name: string): unknown[][] | null {
  const sheet = workbook.find(name);
  return sheet ? allValues(sheet) : null;
}

/** What the Shortlist tab holds before the write: its rows by header (follow-up kept), extent, frozen panes. */
interface ShortlistTab {
  sheet: Sheet | null;
  headers: string[];
  rows: ShortlistRow[];
  height: number;
  width: number;
  frozen: { rows: number; columns: number };
}

export function readShortlistTab(workbook: Workbook): ShortlistTab {
  const sheet = workbook.find(SHEETS.shortlist);
  if (!sheet) return { sheet, headers: [], rows: [], height: 0, width: 0, frozen: { rows: 0, columns: 0 } };
  return {
    sheet,
    ...rowsByHeader(allValues(sheet)),
    frozen: { rows: sheet.getFrozenRows(), columns: sheet.getFrozenColumns() },
  };
}

const SPEC_BY_HEADER = new Map<string, ColumnSpec>(
  Object.values(SHORTLIST_COLUMNS).map((c) => [c.header, c]),
);

/**
 * Writes the Shortlist in one block over the previous one (blanks where it held more), through the
 * one writer of generated tabs (workbook/generatedTab.ts: growth, formats and dropdowns before the
 * values); Stato gets its dropdown, the first three columns stay frozen, A1 the note.
 */
function writeShortlist(workbook: Workbook, tab: ShortlistTab, shortlist: Shortlist, note: string): Sheet {
  const height = Math.max(shortlist.rows.length + 1, tab.height);
  const width = Math.max(shortlist.headers.length, tab.width, FROZEN_COLUMNS);
  const sheet = tab.sheet ?? workbook.insert(SHEETS.shortlist);
  const { headers, rows } = shortlist;
  const status = SHORTLIST_COLUMNS.status;
  writeGeneratedTab(sheet, {
    ...headedBlock(headers, rows, (h) => SPEC_BY_HEADER.get(h), height, width),
    growRows: height + 1,
    clearDropdowns: true,
    dropdown: {
      column: headers.indexOf(status.header) + 1,
      rows: Math.max(rows.length, 1),
      choices: keptChoices(status.choices, headers, rows, status.header).values,
      allowInvalid: false,
    },
    frozen: {
      rows: FROZEN_ROWS,
      columns: FROZEN_COLUMNS,
      hadRows: tab.frozen.rows,
      hadColumns: tab.frozen.columns,
    },
    boldHeader: headers.length,
    // When it was generated and with which weights (docs/shortlist.md), on the header cell A1.
    noteA1: note,
  });
  return sheet;
}

/** The cells of both tabs whose Stato is outside the add-on's list (kept, and offered by the dropdown). */
function valuesOutsideLists(tabs: ReturnType<typeof buildDecisionTabs>): string[] {
  const cells = (name: string, outside: string[]) => outside.map((cell) => `${name}!${cell}`);
  return [
    ...cells(
      SHEETS.shortlist,
      keptChoices(
        SHORTLIST_COLUMNS.status.choices,
        tabs.shortlist.headers,
        tabs.shortlist.rows,
        SHORTLIST_COLUMNS.status.header,
      ).outside,
    ),
    ...cells(
      SHEETS.coordinators,
      keptChoices(
        COORDINATOR_COLUMNS.status.choices,
        tabs.coordinators.headers,
        tabs.coordinators.rows,
        COORDINATOR_COLUMNS.status.header,
      ).outside,
    ),
  ];
}

/**
 * The line of the header note about rows skipped for bad values ("" when none): it stays on the tab,
 * where the toast does not.
 */
function skippedLine(lang: Lang, skipped: { count: number; first: string }): string {
  return skipped.count > 0
    ? `\n${t(lang, "skippedNote", { count: skipped.count, first: skipped.first })}`
    : "";
}

/**
 * Builds the Shortlist and the Riepilogo. Everything is computed before the first write, and each tab
 * goes in one block, so a failure leaves the previous Shortlist as it was. Stato, Referente, Ultimo
 * contatto, Prossimo passo and Note (and any column the staff added) are kept for the same region +
 * area + contact. The Shortlist is shown when done.
 */
export function generateShortlist(): { regions: number; areas: number; contacts: number; skipped: number } {
  const lang = userLang();
  const email = userEmail();
  const outcome = withDocumentLock(() => {
    const workbook = Workbook.active();
    const access = requireWriter(workbook, email, lang);
    // Never a silent empty Shortlist: a renamed or removed Interviste is named (tabNames.ts).
    requireBothDataTabs((name) => workbook.find(name) !== null);
    // Operations cut half-way are finished first: no deleted interview's data reaches the Shortlist.
    rollForward(workbook, access, email);
    const settings = readSettings(workbook);
    const shortlistTab = readShortlistTab(workbook);
    const riepilogoTab = readRiepilogoTab(workbook);
    const coordinatorsTab = readCoordinatorsTab(workbook);
    const tabs = buildDecisionTabs({
      interviews: valuesOf(workbook, SHEETS.interviews),
      contacts: valuesOf(workbook, SHEETS.contacts),
      ambiti: valuesOf(workbook, SHEETS.ambiti),
      settings,
      previousHeaders: shortlistTab.headers,
      previous: shortlistTab.rows,
      coordinatorsTab,
    });
    // The header note: time of generation, weights, areas per region, eligibility.
    // The note is in Italian, as the Shortlist's headers are; dates as people read them (GG/MM/AAAA).
    const note =
      generationNote(settings, readableDateTime(sheetTime(new Date()), "it")) +
      skippedLine(lang, tabs.skipped);
    // Registro is made ready before the first write, so that nothing is read after a write.
    const log = readyToAppend(auditLog(workbook));

    const shortlistSheet = writeShortlist(workbook, shortlistTab, tabs.shortlist, note);
    writeRiepilogo(workbook, riepilogoTab, tabs.riepilogo);
    writeCoordinatorsTab(workbook, coordinatorsTab, tabs.coordinators);
    shortlistSheet.activate();

    appendLog(log, { who: email, action: "shortlist", count: tabs.shortlist.rows.length });
    return { ...tabs.shortlist.counts, skipped: tabs.skipped, outside: valuesOutsideLists(tabs) };
  });
  const when = readableDateTime(sheetTime(new Date()), lang);
  let message = t(lang, "shortlistDone", {
    when,
    regions: outcome.regions,
    areas: outcome.areas,
    contacts: outcome.contacts,
  });
  // The toast's contacts are not the Riepilogo's: it says what each counts.
  if (outcome.contacts > 0) message += ` ${t(lang, "contactsCounted")}`;
  if (outcome.skipped.count > 0) {
    message += ` ${t(lang, "skippedRows", { count: outcome.skipped.count, first: outcome.skipped.first })}`;
  }
  if (outcome.outside.length > 0)
    message += ` ${t(lang, "keptOutsideList", { cells: outcome.outside.join(", ") })}`;
  workbookToast(message);
  return {
    regions: outcome.regions,
    areas: outcome.areas,
    contacts: outcome.contacts,
    skipped: outcome.skipped.count,
  };
}
