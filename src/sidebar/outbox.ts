/**
 * The phone form's outbox: interviews saved without a connection, kept on the device (localStorage)
 * until the server has stored them. An item leaves the outbox only once the server answered ok for its
 * submission id, so a reply lost on the way makes it be sent again, and the server, which knows that
 * id, stores it once.
 */
import type { FormValues } from "./state";

export const OUTBOX_KEY = "coefficienti:outbox";

export interface OutboxItem {
  submissionId: string;
  savedAt: string;
  data: FormValues;
  /** Who saved it (the signed-in user Google named): only they may send it, under their permissions. */
  user?: string;
  /** Why the server refused it (the user corrects it in the form); absent while it waits to be sent. */
  refused?: string;
  /** What went wrong on the last try when it was not the data (a busy sheet, a server error): it waits. */
  lastError?: string;
}

/** The items on the device; [] when there are none or the browser refuses storage. */
export function readOutbox(): OutboxItem[] {
  try {
    const items = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? "[]");
    return Array.isArray(items)
      ? items.filter((i) => i && typeof i.submissionId === "string" && i.data && typeof i.data === "object")
      : [];
  } catch {
    return [];
  }
}

/** Writes the items; false when the browser refuses (private mode, storage full). */
export function writeOutbox(items: OutboxItem[]): boolean {
  try {
    if (items.length === 0) localStorage.removeItem(OUTBOX_KEY);
    else localStorage.setItem(OUTBOX_KEY, JSON.stringify(items));
    return true;
  } catch {
    return false;
  }
}

/** Adds (or replaces, by submission id) an interview; false when it could not be kept. */
export function keepInOutbox(data: FormValues, user = ""): boolean {
  const submissionId = String(data.submissionId ?? "");
  if (!submissionId) return false;
  const items = readOutbox().filter((i) => i.submissionId !== submissionId);
  items.push({ submissionId, savedAt: new Date().toISOString(), data, user });
  if (!writeOutbox(items)) return false;
  // A browser may accept the write and keep nothing (storage quota of 0): read it back.
  return readOutbox().some((i) => i.submissionId === submissionId);
}

/** Removes an item (after the server stored it, or when the user takes it back into the form). */
export function removeFromOutbox(submissionId: string): void {
  writeOutbox(readOutbox().filter((i) => i.submissionId !== submissionId));
}

/** Notes why the last try failed though the data were not at fault; the item keeps waiting. */
export function noteAttempt(submissionId: string, lastError: string): void {
  writeOutbox(readOutbox().map((i) => (i.submissionId === submissionId ? { ...i, lastError } : i)));
}

/** Marks an item refused by the server, with the reason shown to the user. */
export function markRefused(submissionId: string, reason: string): void {
  writeOutbox(readOutbox().map((i) => (i.submissionId === submissionId ? { ...i, refused: reason } : i)));
}
