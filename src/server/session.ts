/** Who is calling, in which language, and what day it is where the project works. */
import type { Lang } from "../core/codes";
import { UserError } from "../core/errors";
import { langOf, t } from "../core/i18n";
import {
  EMAIL_SCOPE,
  emailAuthorizationUrl,
  type Identity,
  readIdentity,
  scopeOfPermissionError,
} from "./consent";

/** The user's UI language (Italian unless the locale is English); Italian when it cannot be known. */
export function userLang(): Lang {
  try {
    return langOf(Session.getActiveUserLocale());
  } catch {
    return "it";
  }
}

/**
 * The user's e-mail, or "" when Google does not disclose it (users of other domains; see the README's known limits).
 * When the user did not grant the e-mail permission (Google's granular consent) it throws the
 * UserError that says how to grant it: every writing action asks for the e-mail before its first
 * write, so nothing is written. A call failing for another reason is not taken for an anonymous user:
 * it fails the operation, which the user retries.
 */
export function userEmail(): string {
  const who = identity();
  if (who.emailRefused) throw emailPermissionError();
  return who.email;
}

/** Who the user is, never throwing for a refused e-mail permission (for the form and for checks). */
export function identity(): Identity {
  return readIdentity();
}

/** The message for a refused e-mail permission, in the user's language. */
export function emailPermissionMessage(lang: Lang): string {
  const url = emailAuthorizationUrl();
  const how = url ? t(lang, "emailPermissionLink", { url }) : t(lang, "emailPermissionRevoke");
  return t(lang, "emailPermission", { how });
}

/**
 * The message for Google's permission error on a scope the user did not grant, or undefined for any
 * other error: the e-mail scope says why it is needed; the others say which permission is missing.
 */
export function permissionMessageOf(error: unknown, lang: Lang): string | undefined {
  const scope = scopeOfPermissionError(error);
  if (!scope) return undefined;
  if (scope === EMAIL_SCOPE) return emailPermissionMessage(lang);
  const permission = /\/auth\/spreadsheets(\.currentonly)?$/.test(scope)
    ? t(lang, "scopeSheets")
    : t(lang, "scopeOther", { scope });
  return t(lang, "scopePermission", { permission, how: t(lang, "emailPermissionRevoke") });
}

function emailPermissionError(): UserError {
  // The message is built here (with the link Google gives) and carried whole.
  return new UserError("refused", { reason: emailPermissionMessage(userLang()) });
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

/**
 * The part of a draft's key that ties it to this spreadsheet and this user: two Sheets (or two
 * accounts on one computer) never see each other's drafts. Without an e-mail, Google's temporary key
 * for the user stands in (it names no one).
 */
export function draftScope(email: string): string {
  let spreadsheet = "";
  try {
    spreadsheet = SpreadsheetApp.getActiveSpreadsheet().getId();
  } catch {
    spreadsheet = "";
  }
  let user = email.toLowerCase();
  if (!user) {
    try {
      user = `~${Session.getTemporaryActiveUserKey()}`;
    } catch {
      user = "~";
    }
  }
  return `${spreadsheet}:${user}`;
}
