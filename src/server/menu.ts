/** The add-on menu and the actions that open the sidebar or act on the selected row. */
import { t } from "../core/i18n";
import { readableDate } from "../core/readableDate";
import { regionName } from "../core/territory/regions";
import { accessOf, refusalFor } from "./access";
import { menuAction, messageOf } from "./entry";
import { completePendingDeletes, deleteInterview, describeInterview } from "./interviews";
import { markInterviews, type ReviewOutcome, reviewNoteOf, reviewRefusal } from "./review";
import { hiddenNotice, readSelectedInterviews } from "./selection";
import { userEmail, userLang } from "./session";
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
    .addItem(t(lang, "menuVerify"), "markSelectedVerified")
    .addItem(t(lang, "menuToFix"), "markSelectedToCorrect")
    .addSeparator()
    .addItem(t(lang, "menuShortlist"), "generateShortlist")
    .addItem(t(lang, "menuRegionReport"), "showRegionReport")
    .addItem(t(lang, "menuImport"), "importInterviews")
    .addItem(t(lang, "menuSetup"), "setupSpreadsheet")
    .addItem(t(lang, "menuCheck"), "checkInstallation")
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

/** The id of the first visible selected interview of Interviste, or a UserError saying what to select. */
export function selectedInterviewId(): string {
  return selectedInterview().id;
}

/** The id and sheet row of the first visible selected interview of Interviste (hidden rows left out). */
export function selectedInterview(): { id: string; row: number; hidden: number[] } {
  const selection = readSelectedInterviews();
  return { id: selection.ids[0], row: selection.rows[0], hidden: selection.hidden };
}

export function showInterviewSidebarAction(): void {
  menuAction("showInterviewSidebar", () => openSidebar({}));
}

/** The refusal for writing the region of an interview, checked before any form or question opens. */
function refusalForRegion(region: string): string | undefined {
  const lang = userLang();
  return refusalFor(accessOf(Workbook.active(), userEmail(), lang), region, lang);
}

export function editSelectedInterviewAction(): void {
  menuAction("editSelectedInterview", () => {
    const id = selectedInterviewId();
    const refusal = refusalForRegion(describeInterview(id).region);
    if (refusal) {
      SpreadsheetApp.getUi().alert(refusal);
      return;
    }
    openSidebar({ editId: id });
  });
}

export function deleteSelectedInterviewAction(): void {
  menuAction("deleteSelectedInterview", () => {
    const lang = userLang();
    const ui = SpreadsheetApp.getUi();
    // A deletion Google cut half-way is completed first, and nothing else is deleted this time: the
    // selected row may now hold another interview.
    const completed = completePendingDeletes();
    if (completed.length > 0) {
      workbookToast(completed.map((id) => t(lang, "pendingDeleteDone", { id })).join(" "));
      return;
    }
    const { id, row, hidden } = selectedInterview();
    const described = describeInterview(id);
    const refusal = refusalForRegion(described.region);
    if (refusal) {
      ui.alert(refusal);
      return;
    }
    const answer = ui.alert(
      t(lang, "deleteConfirm", {
        id,
        count: described.contacts,
        name: described.name,
        region: regionName(described.region),
        date: readableDate(described.date),
      }) + hiddenNotice(lang, hidden),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) {
      workbookToast(t(lang, "deleteCancelled"));
      return;
    }
    const result = deleteInterview(id, row);
    if (!result.ok) ui.alert(result.message);
    else workbookToast(t(lang, "deleted", { id: result.id, count: result.contacts }));
  });
}

function reportReview(result: ReviewOutcome, done: "reviewVerified" | "reviewToFixDone"): void {
  if (!result.ok) SpreadsheetApp.getUi().alert(result.message);
  else {
    const lang = userLang();
    workbookToast(
      t(lang, done, { count: result.ids.length, ids: result.ids.join(", ") }) +
        hiddenNotice(lang, result.hidden),
    );
  }
}

export function markSelectedVerifiedAction(): void {
  menuAction("markSelectedVerified", () => {
    reportReview(markInterviews("Verificata", readSelectedInterviews()), "reviewVerified");
  });
}

export function markSelectedToCorrectAction(): void {
  menuAction("markSelectedToCorrect", () => {
    const lang = userLang();
    const ui = SpreadsheetApp.getUi();
    // The selected ids are read before the note is asked for; the review finds them again then.
    const rows = readSelectedInterviews();
    // A partner is told before being asked for a note that would not be kept.
    const refusal = reviewRefusal(Workbook.active(), userEmail(), lang);
    if (refusal) {
      ui.alert(refusal);
      return;
    }
    const answer = ui.prompt(t(lang, "reviewPromptTitle"), t(lang, "reviewPrompt"), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) {
      workbookToast(t(lang, "reviewCancelled"));
      return;
    }
    const note = reviewNoteOf(answer.getResponseText());
    if (!note) {
      ui.alert(t(lang, "reviewNoteRequired"));
      return;
    }
    reportReview(markInterviews("Da correggere", rows, note), "reviewToFixDone");
  });
}
