/**
 * Scheda regione: one region's report, printable on A4, in a modal dialog. getRegionReport reads the
 * tabs once, as "Genera shortlist contatti" does, and builds the same decision tabs in memory (the
 * Shortlist's and Coordinatori's current Stato included), then takes the region's part: it writes
 * nothing. showRegionReport asks which region (or takes the active row's) and opens the page.
 */

import { cellText } from "../core/cells";
import { buildDecisionTabs } from "../core/decisionTabs";
import { UserError } from "../core/errors";
import { t } from "../core/i18n";
import { buildRegionReport, type RegionReport } from "../core/regionReport";
import { SHEETS } from "../core/tabs";
import { regionFromText, regionName } from "../core/territory/regions";
import { requireWriter } from "./access";
import { readCoordinatorsTab } from "./coordinatorsTab";
import { sheetTimeZone, userEmail, userLang } from "./session";
import { readSettings } from "./settingsStore";
import { workbookToast } from "./setup";
import { readShortlistTab, valuesOf } from "./shortlistAction";
import { Workbook } from "./workbook";
import { cellValue, headerRow, lastColumnOf } from "./workbook/reads";

/** Marker in RegionReport.html replaced by the report's data (escaped so no sheet text can close the script). */
export const REPORT_MARKER = '<script id="coef-report" type="application/json">{}</script>';
/** The dialog's size in pixels: wide enough for the report's tables, the print dialog does the rest. */
export const REPORT_DIALOG = { width: 1000, height: 720 } as const;
/** Tabs whose rows carry a region in a `Regione` column: the active row there chooses the region. */
const TABS_WITH_REGION: readonly string[] = [
  SHEETS.shortlist,
  SHEETS.riepilogo,
  SHEETS.interviews,
  SHEETS.coordinators,
];

/** The report of one region (ISTAT code or name) among the regions in scope: plain data, no Date. */
export function getRegionReport(regionCode: string): RegionReport {
  const lang = userLang();
  const workbook = Workbook.active();
  requireWriter(workbook, userEmail(), lang);
  const region = regionFromText(regionCode);
  if (!region) throw new UserError("regionReportUnknown", { text: cellText(regionCode) });
  const settings = readSettings(workbook);
  if (!settings.regionsInScope.includes(region))
    throw new UserError("regionReportOutOfScope", { region: regionName(region) });
  const shortlistTab = readShortlistTab(workbook);
  const tabs = buildDecisionTabs({
    interviews: valuesOf(workbook, SHEETS.interviews),
    contacts: valuesOf(workbook, SHEETS.contacts),
    ambiti: valuesOf(workbook, SHEETS.ambiti),
    settings,
    previousHeaders: shortlistTab.headers,
    previous: shortlistTab.rows,
    coordinatorsTab: readCoordinatorsTab(workbook),
  });
  const now = new Date();
  const zone = sheetTimeZone();
  return buildRegionReport(tabs, settings, region, {
    date: Utilities.formatDate(now, zone, "dd/MM/yyyy"),
    time: Utilities.formatDate(now, zone, "HH:mm"),
  });
}

/** The region of the active row, when the active tab is one with a `Regione` column; else undefined. */
function activeRowRegion(): string | undefined {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  if (!TABS_WITH_REGION.includes(sheet.getName())) return undefined;
  const range = sheet.getActiveRange();
  const row = range ? range.getRow() : 0;
  const width = lastColumnOf(sheet);
  if (row < 2 || width < 1) return undefined;
  // Two rows read, the header and the active one, whatever the size of the tab.
  const header = headerRow(sheet, width);
  const at = header.findIndex((h) => cellText(h) === "Regione");
  if (at < 0) return undefined;
  return regionFromText(cellValue(sheet, row, at + 1));
}

/** The page: the built RegionReport.html with the report's data in place of the marker. */
export function regionReportPage(report: RegionReport): string {
  const page = HtmlService.createHtmlOutputFromFile("RegionReport").getContent();
  const json = JSON.stringify(report)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
  return page.replace(
    REPORT_MARKER,
    () => `<script id="coef-report" type="application/json">${json}</script>`,
  );
}

/** Menu *Scheda regione…*: the active row's region, or the one the user types; then the dialog. */
export function showRegionReport(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  let region = activeRowRegion();
  if (!region) {
    const answer = ui.prompt(
      t(lang, "regionReportPromptTitle"),
      t(lang, "regionReportPrompt"),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) {
      workbookToast(t(lang, "regionReportCancelled"));
      return;
    }
    const text = answer.getResponseText();
    region = regionFromText(text);
    if (!region) throw new UserError("regionReportUnknown", { text: cellText(text) });
  }
  const report = getRegionReport(region);
  const html = HtmlService.createHtmlOutput(regionReportPage(report))
    .setWidth(REPORT_DIALOG.width)
    .setHeight(REPORT_DIALOG.height);
  ui.showModalDialog(html, t(lang, "regionReportTitle", { region: report.region.name }));
}
