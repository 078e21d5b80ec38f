/**
 * How every entry point fails: errors users can fix become a message in their language; anything
 * else is logged with a short reference and the user sees that reference. Nothing is swallowed
 * silently: the log has the stack, the user has the reference.
 */
import type { Lang } from "../core/codes";
import { isUserError } from "../core/errors";
import { t } from "../core/i18n";
import { permissionMessageOf, userLang } from "./session";

/** A short reference that ties what the user sees to the Apps Script log. */
export function errorReference(): string {
  return `E${Date.now().toString(36).slice(-5).toUpperCase()}${Math.floor(Math.random() * 1296)
    .toString(36)
    .toUpperCase()
    .padStart(2, "0")}`;
}

/**
 * What of an error may go to the log: e-mail addresses, numbers and quoted text are masked, since an
 * error message can echo the data it failed on, and the log must hold no personal data. Quotes are
 * masked from the first opening mark to the last closing one, across lines, so nested quotes and
 * multi-line cells cannot leak; a quote left open is masked to the end. A single quote opens only
 * where a word does not continue (so "dell'intervistato" stays). Digits are masked even when glued to
 * letters ("tel3331234567").
 */
export function redacted(text: string): string {
  return text
    .replace(/[^\s@"'<>]+@[^\s@"'<>]+/g, "[email]")
    .replace(/"[\s\S]*"|"[\s\S]*$/g, "[testo]")
    .replace(/“[\s\S]*[”"]|“[\s\S]*$/g, "[testo]")
    .replace(/«[\s\S]*»|«[\s\S]*$/g, "[testo]")
    .replace(/(?<![\p{L}\p{N}])['‘][\s\S]*['’](?![\p{L}\p{N}])/gu, "[testo]")
    .replace(/\+?\d[\d .\-/]{4,}\d/g, "[numero]");
}

/** The user-facing message of any error; unexpected ones are logged with a reference (redacted). */
export function messageOf(error: unknown, lang: Lang, where: string): string {
  if (isUserError(error)) return t(lang, error.key, error.params);
  const ref = errorReference();
  const e = error as { name?: string; stack?: string; message?: string };
  const detail = e?.stack ?? `${e?.name ?? "Error"}: ${e?.message ?? String(error)}`;
  console.error(`[${ref}] ${where}: ${redacted(detail)}`);
  // A permission the user did not grant on Google's consent screen: say which, and how to grant it.
  return permissionMessageOf(error, lang) ?? t(lang, "unexpected", { ref });
}

/** Runs a function called from the sidebar: any failure reaches the sidebar's failure handler as a message. */
export function endpoint<T>(where: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw new Error(messageOf(error, userLang(), where));
  }
}

/** Runs a menu action: a failure is shown in a dialog instead of Apps Script's generic error. */
export function menuAction<T>(where: string, body: () => T): T | undefined {
  try {
    return body();
  } catch (error) {
    const message = messageOf(error, userLang(), where);
    SpreadsheetApp.getUi().alert(message);
    return undefined;
  }
}
