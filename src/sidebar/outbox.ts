/**
 * The phone form's outbox: interviews saved without a connection, kept on the device (localStorage)
 * until the server has stored them. An item leaves the outbox only once the server answered ok for its
 * submission id, so a reply lost on the way makes it be sent again, and the server, which knows that
 * id, stores it once; or when the user removes it from the phone, after confirming. Taking an item
 * back into the form to correct it leaves it here: the corrected save replaces it (same submission id).
 */
import type { Duplicate } from "./server";
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
  /** Refused for a reason only the staff can remove (the Partner tab): it waits and is tried again. */
  blocked?: string;
  /** The server found a likely duplicate: it waits until the user sends it as new or removes it. */
  duplicate?: Duplicate;
  /** The server answered that its interview no longer exists (deleted in the sheet): it is not sent again. */
  gone?: string;
}

/** What an item holds apart from its identity: two items with the same content are the same interview. */
function contentOf(item: { data: FormValues; user?: string }): string {
  const {
    submissionId: _id,
    askIfDuplicate: _ask,
    ...rest
  } = item.data as FormValues & {
    askIfDuplicate?: unknown;
  };
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify([item.user ?? "", sorted(rest)]);
}

/**
 * An item that will still be sent as it is: waiting, or tried again. Not one that will not be sent
 * (deleted in the sheet), held as a likely duplicate, refused, or `skip` (the one being corrected).
 */
const willBeSent = (i: OutboxItem, skip?: string) =>
  !i.gone && !i.duplicate && !i.refused && i.submissionId !== skip;

/** An item that will be sent with the very same content (another submission id), if any. */
export function identicalInOutbox(data: FormValues, user = "", skip?: string): OutboxItem | undefined {
  const wanted = contentOf({ data, user });
  return readOutbox().find(
    (i) => i.submissionId !== data.submissionId && willBeSent(i, skip) && contentOf(i) === wanted,
  );
}

/**
 * Leaves one item of each content (the oldest) among those that will be sent: the same interview
 * queued twice is sent once. An item that will not be sent as it is never hides another copy.
 */
export function dedupeOutbox(skip?: string): void {
  const items = readOutbox();
  const seen = new Set<string>();
  const kept = items.filter((i) => {
    if (!willBeSent(i, skip)) return true;
    const key = contentOf(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (kept.length !== items.length) writeOutbox(kept);
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

/** Removes an item (after the server stored it, or when the user removed it from the phone). */
export function removeFromOutbox(submissionId: string): void {
  writeOutbox(readOutbox().filter((i) => i.submissionId !== submissionId));
}

/** Notes why the last try failed though the data were not at fault; the item keeps waiting. */
export function noteAttempt(submissionId: string, lastError: string): void {
  writeOutbox(readOutbox().map((i) => (i.submissionId === submissionId ? { ...i, lastError } : i)));
}

/** Changes one item (its state after a try); the others stay as they are. */
function update(submissionId: string, change: (item: OutboxItem) => OutboxItem): void {
  writeOutbox(readOutbox().map((i) => (i.submissionId === submissionId ? change(i) : i)));
}

/** Puts the form's corrections back into an item, which keeps its state (and its submission id). */
export function replaceData(submissionId: string, data: FormValues): void {
  update(submissionId, (i) => {
    // The likely-duplicate check the first save asked for still holds (the form does not carry it).
    const ask = (i.data as { askIfDuplicate?: unknown }).askIfDuplicate;
    return {
      ...i,
      data: ask === undefined ? { ...data, submissionId } : { ...data, askIfDuplicate: ask, submissionId },
    };
  });
}

/** Marks an item refused by the server, with the reason shown to the user. */
export function markRefused(submissionId: string, reason: string): void {
  update(submissionId, (i) => ({ ...i, refused: reason }));
}

/** Marks an item refused for a reason the staff removes (Partner): it keeps being tried. */
export function markBlocked(submissionId: string, reason: string): void {
  update(submissionId, ({ lastError: _e, ...i }) => ({ ...i, blocked: reason }));
}

/** Marks an item the server thinks already stored under another id: the user decides. */
export function markDuplicate(submissionId: string, duplicate: Duplicate): void {
  update(submissionId, ({ lastError: _e, blocked: _b, ...i }) => ({ ...i, duplicate }));
}

/** Marks an item whose interview the sheet no longer has: it is not sent again. */
export function markGone(submissionId: string, reason: string): void {
  update(submissionId, ({ lastError: _e, blocked: _b, ...i }) => ({ ...i, gone: reason }));
}

/** The user chose to send a likely duplicate as a new interview: sent without the check. */
export function sendAsNew(submissionId: string): void {
  update(submissionId, ({ duplicate: _d, ...i }) => {
    const { askIfDuplicate: _ask, ...data } = i.data as FormValues & { askIfDuplicate?: unknown };
    return { ...i, data: data as FormValues };
  });
}
