/** Who is calling, in which language, and what day it is where the project works. */
import type { Lang } from "../core/codes";
import { langOf } from "../core/i18n";

/** The user's UI language (Italian unless the locale is English); Italian when it cannot be known. */
export function userLang(): Lang {
  try {
    return langOf(Session.getActiveUserLocale());
  } catch {
    return "it";
  }
}

/**
 * The user's e-mail, or "" when Google does not disclose it (users of other domains; see README).
 * A failing call is not taken for an anonymous user: it fails the operation, which the user retries.
 */
export function userEmail(): string {
  return String(Session.getActiveUser().getEmail() ?? "").trim();
}

/** The spreadsheet's time zone (it may differ from the script's Europe/Rome; RULES.md, R5). */
export function sheetTimeZone(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || "Europe/Rome";
  } catch {
    return Session.getScriptTimeZone() || "Europe/Rome";
  }
}

/** Today as YYYY-MM-DD in the spreadsheet's time zone. */
export function today(): string {
  return Utilities.formatDate(new Date(), sheetTimeZone(), "yyyy-MM-dd");
}

/** A moment as YYYY-MM-DD HH:mm in the spreadsheet's time zone, for messages. */
export function sheetTime(date: Date): string {
  return Utilities.formatDate(date, sheetTimeZone(), "yyyy-MM-dd HH:mm");
}
