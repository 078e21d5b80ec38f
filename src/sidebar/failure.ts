/**
 * What the form says when a call to the server fails. A browser signed in to several Google accounts
 * is a known Apps Script limitation: the call then fails with "PERMISSION_DENIED" or "a server error
 * occurred while reading from storage" (https://developers.google.com/apps-script/guides/support/troubleshooting#issues-multiple,
 * https://issuetracker.google.com/issues/69270374). The user reads what to do, not Google's words.
 */
import { h } from "./dom";
import { L } from "./state";

const SEVERAL_ACCOUNTS =
  /PERMISSION_DENIED|reading from storage|Authorization is required to perform that action|multiple accounts/i;

/** True when a failed call is the several-accounts limitation rather than an error of the add-on. */
export function isSeveralAccountsFailure(error: unknown): boolean {
  return SEVERAL_ACCOUNTS.test(String((error as Error)?.message ?? error ?? ""));
}

/** The message for a failed call; `kept` adds that what the user typed is still in the form. */
export function failureMessage(error: unknown, options: { kept?: boolean } = {}): string {
  if (isSeveralAccountsFailure(error))
    return options.kept ? `${L("severalAccounts")} ${L("severalAccountsKept")}` : L("severalAccounts");
  return L("connectionError", { message: String((error as Error)?.message ?? error) });
}

/**
 * A message as text with its Google addresses as links that open in a new tab (a sidebar cannot
 * navigate itself), so a user can follow "apri https://…" with one click. Only https addresses of
 * Google's own sites become links; everything else stays text.
 */
export function withLinks(message: string): (string | HTMLAnchorElement)[] {
  const parts: (string | HTMLAnchorElement)[] = [];
  let last = 0;
  for (const match of message.matchAll(/https:\/\/[^\s,;)»"]+/g)) {
    const url = match[0].replace(/[.:]+$/, "");
    const at = match.index ?? 0;
    let host = "";
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (!/(^|\.)google\.com$/.test(host)) continue;
    parts.push(message.slice(last, at));
    parts.push(h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url));
    last = at + url.length;
  }
  parts.push(message.slice(last));
  return parts.filter((p) => p !== "");
}
