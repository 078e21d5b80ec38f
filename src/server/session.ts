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

/** The user's e-mail, or "" when Google does not disclose it (see README, known limits). */
export function userEmail(): string {
  try {
    return String(Session.getActiveUser().getEmail() ?? "").trim();
  } catch {
    return "";
  }
}

/** Today as YYYY-MM-DD in the script's time zone (Europe/Rome). */
export function today(): string {
  return Utilities.formatDate(new Date(), Session.getScriptTimeZone() || "Europe/Rome", "yyyy-MM-dd");
}
