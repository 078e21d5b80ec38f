/**
 * The phone form: the same script deployed as a web app (doGet). It serves the sidebar's form at a
 * phone's width and its calls go through the same server functions as the sidebar's, run as a web
 * app execution: no editor UI there (RULES.md, R40), the spreadsheet the script is bound to (R41), the
 * script lock instead of the document lock (R42), the viewport set with addMetaTag (R43).
 */
import { isUserError, UserError } from "../core/errors";
import { t } from "../core/i18n";
import { messageOf } from "./entry";
import { type FormContext, getFormContext } from "./formContext";
import { type SubmitResult, submitInterview } from "./interviews";
import { asWebAppExecution } from "./lock";
import { BOOT_MARKER } from "./menu";
import { userLang } from "./session";

/** The viewport of a phone page: its own width, no zoom-out to a desktop layout (R43). */
export const PHONE_VIEWPORT = "width=device-width, initial-scale=1";

/** The boot data that turns the sidebar's page into the phone form (src/sidebar/phone.ts). */
const PHONE_BOOT = '<script id="coef-boot" type="application/json">{"phone":true}</script>';

/**
 * The page doGet returns: the sidebar's very page (the same form, the same script), marked as the
 * phone form so its phone styles and its outbox apply. The viewport goes through addMetaTag: Google
 * ignores meta tags written in the HTML file (R43).
 */
export function phoneFormPage(): GoogleAppsScript.HTML.HtmlOutput {
  const page = HtmlService.createHtmlOutputFromFile("Sidebar")
    .getContent()
    .replace(BOOT_MARKER, () => PHONE_BOOT)
    .replace(/<html\b([^>]*)>/i, (_whole, attrs: string) => `<html${attrs} class="phone">`);
  return HtmlService.createHtmlOutput(page)
    .setTitle(t(userLang(), "phoneTitle"))
    .addMetaTag("viewport", PHONE_VIEWPORT);
}

/**
 * The spreadsheet the web app writes: the one its script is bound to. A web app of a standalone
 * script has none, and Google may refuse it to the currentonly permission (R41, R45): both are said in
 * words, never as an internal error.
 */
function requireSpreadsheet(): void {
  let spreadsheet: unknown;
  try {
    spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  } catch (error) {
    if (/permission/i.test(String((error as Error)?.message))) throw new UserError("phoneNoAccess");
    throw error;
  }
  if (!spreadsheet) throw new UserError("phoneNoSheet");
}

/** getFormContext for the phone form. */
export function phoneFormContext(): FormContext {
  return asWebAppExecution(() => {
    try {
      requireSpreadsheet();
    } catch (error) {
      throw new Error(messageOf(error, userLang(), "getPhoneFormContext"));
    }
    return getFormContext();
  });
}

/** The phone's answer: `gone` when the interview of this submission was stored, then deleted. */
export type PhoneSubmitResult = SubmitResult & { gone?: true };

/** True when a message is the "interview not found" one (in either language), whatever its id. */
function isNotFound(message: string): boolean {
  return (["it", "en"] as const).some((lang) => {
    const [before, after] = t(lang, "notFound", { id: "\u0000" }).split("\u0000");
    return message.startsWith(before) && message.endsWith(after ?? "");
  });
}

/**
 * submitInterview for the phone form: the same path, once per submission id, under the script lock.
 * An outbox item sent again after its reply was lost, whose interview was deleted meanwhile, is told
 * so with `gone`: the phone then stops sending it and offers to remove it.
 */
export function submitPhoneInterview(input: unknown): PhoneSubmitResult {
  const result = submitOnce(input);
  if (!result.ok && "errors" in result && result.errors.some((e) => !e.field && isNotFound(e.message)))
    return { ...result, gone: true };
  return result;
}

function submitOnce(input: unknown): SubmitResult {
  return asWebAppExecution(() => {
    try {
      requireSpreadsheet();
    } catch (error) {
      if (isUserError(error))
        return { ok: false, errors: [{ field: "", message: messageOf(error, userLang(), "submit") }] };
      throw new Error(messageOf(error, userLang(), "submitPhoneInterview"));
    }
    return submitInterview(input);
  });
}
