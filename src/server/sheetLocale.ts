/**
 * The spreadsheet's locale decides how Sheets shows numbers: the add-on's "0.0" format reads 40,0 in
 * an Italian spreadsheet and 40.0 in an English one (File → Settings → Locale; R60 in
 * dev/emulator/RULES.md, https://support.google.com/docs/answer/58515). The add-on's tabs speak
 * Italian, so Prepara il foglio, run by an Italian user on a spreadsheet of another locale, sets the
 * Italian one and says so; an English user's spreadsheet keeps its own.
 */
import type { Lang } from "../core/codes";
import { t } from "../core/i18n";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ITALIAN_LOCALE = "it_IT";

/** The locale to replace ("" when none): read before Prepara writes anything. */
export function localeToReplace(spreadsheet: Spreadsheet, lang: Lang): string {
  if (lang !== "it") return "";
  const locale = String(spreadsheet.getSpreadsheetLocale() ?? "");
  return /^it(_|$)/i.test(locale) ? "" : locale || "?";
}

/** Sets the Italian locale when `from` says one is to be replaced, with a notice for the user. */
export function useItalianLocale(
  spreadsheet: Spreadsheet,
  from: string,
  lang: Lang,
  notices: string[],
): void {
  if (!from) return;
  spreadsheet.setSpreadsheetLocale(ITALIAN_LOCALE);
  notices.push(t(lang, "localeSet", { from }));
}
