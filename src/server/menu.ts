/** The add-on menu and the actions that open the sidebar or act on the selected row. */
import { UserError } from "../core/errors";
import { t } from "../core/i18n";
import { cellText } from "../core/records";
import { INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { menuAction, messageOf } from "./entry";
import { deleteInterview, describeInterview } from "./interviews";
import { userLang } from "./session";
import { workbookToast } from "./setup";
import { Workbook } from "./workbook";

/** Marker in Sidebar.html replaced by the data the sidebar starts with (e.g. the interview to edit). */
export const BOOT_MARKER = '<script id="coef-boot" type="application/json">{}</script>';

/**
 * Builds the menu. Runs in AuthMode.NONE too, so it reads no sheet and no properties; only the
 * user's locale, which needs no authorization, chooses the language.
 */
export function buildMenu(): void {
  const lang = userLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, "menuNew"), "showInterviewSidebar")
    .addItem(t(lang, "menuEdit"), "editSelectedInterview")
    .addItem(t(lang, "menuDelete"), "deleteSelectedInterview")
    .addSeparator()
    .addItem(t(lang, "menuShortlist"), "generateShortlist")
    .addItem(t(lang, "menuSetup"), "setupSpreadsheet")
    .addToUi();
}

/** buildMenu for onOpen: a failure there can show no dialog (AuthMode.NONE), so it is logged with a reference. */
export function buildMenuSafely(): void {
  try {
    buildMenu();
  } catch (error) {
    messageOf(error, "it", "onOpen");
  }
}

/** Opens the sidebar; `boot` reaches the page as JSON (escaped so no sheet text can close the script). */
export function openSidebar(boot: Record<string, unknown>): void {
  const page = HtmlService.createHtmlOutputFromFile("Sidebar").getContent();
  const json = JSON.stringify(boot)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026");
  const html = HtmlService.createHtmlOutput(
    page.replace(BOOT_MARKER, () => `<script id="coef-boot" type="application/json">${json}</script>`),
  ).setTitle(t(userLang(), "sidebarTitle"));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The id of the interview on the active row of Interviste, or a UserError saying what to select. */
export function selectedInterviewId(): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const range = sheet.getActiveRange();
  const row = range ? range.getRow() : 0;
  if (sheet.getName() !== SHEETS.interviews || row < 2) throw new UserError("noRowSelected");
  const table = new Workbook(spreadsheet).table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const { at } = table.readHeader(["id"]);
  const id = cellText(sheet.getRange(row, at.id + 1).getValue());
  if (!id) throw new UserError("noRowSelected");
  return id;
}

export function showInterviewSidebarAction(): void {
  menuAction("showInterviewSidebar", () => openSidebar({}));
}

export function editSelectedInterviewAction(): void {
  menuAction("editSelectedInterview", () => openSidebar({ editId: selectedInterviewId() }));
}

export function deleteSelectedInterviewAction(): void {
  menuAction("deleteSelectedInterview", () => {
    const lang = userLang();
    const ui = SpreadsheetApp.getUi();
    const id = selectedInterviewId();
    const { contacts } = describeInterview(id);
    const answer = ui.alert(t(lang, "deleteConfirm", { id, count: contacts }), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) {
      workbookToast(t(lang, "deleteCancelled"));
      return;
    }
    const result = deleteInterview(id);
    if (!result.ok) ui.alert(result.message);
    else workbookToast(t(lang, "deleted", { id: result.id, count: result.contacts }));
  });
}
