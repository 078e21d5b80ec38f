/**
 * The phone form: the sidebar's form, served by the web app (doGet), with an outbox. An interview
 * saved without a connection (the browser says it is offline, or google.script.run fails on the
 * network) is kept on the device, shown as "in attesa di invio", and sent when the connection
 * returns: on the browser's `online` event, when the page opens again, every half minute while
 * something waits, and on "Invia ora". Each interview keeps its submission id, so the server stores it
 * once however many times it arrives. Nothing leaves the phone's outbox before the server stored it or
 * the user removed it (after confirming): a refusal the user can correct goes back into the form and
 * stays queued meanwhile; one only the staff can remove (the Partner tab) is tried again; a likely
 * duplicate found when it arrives is asked about; an interview deleted in the sheet is not sent again.
 */
import { h, setChildren } from "./dom";
import { showStatus } from "./feedback";
import { fieldName, formatWhen } from "./fieldNames";
import { readForm } from "./formData";
import {
  dedupeOutbox,
  identicalInOutbox,
  keepInOutbox,
  markBlocked,
  markDuplicate,
  markGone,
  markRefused,
  noteAttempt,
  type OutboxItem,
  readOutbox,
  removeFromOutbox,
  replaceData,
  sendAsNew,
} from "./outbox";
import { type PhoneKey, phoneLabel } from "./phoneLabels";
import { call, callInstead, type Result, type ServerReply } from "./server";
import { type FormValues, state, statusBox } from "./state";

const RETRY_MS = 30_000;
const P = (key: PhoneKey, params?: Record<string, string | number>) => phoneLabel(state.lang, key, params);

let flushing = false;
let sendingNow: string | undefined;
let timer: number | undefined;
/** The item whose removal the user is asked to confirm. */
let confirming: string | undefined;
/** The item taken back into the form ("Correggi nel modulo"), while the form still holds it. */
let correcting: string | undefined;

/** The phone's server answer: an interview the sheet no longer has is marked `gone` (webApp.ts). */
type PhoneResult = ServerReply<"submitPhoneInterview">;

/** A failure of the connection rather than of the server: the interview waits on the device. */
export function isNetworkFailure(error: unknown): boolean {
  if (navigator.onLine === false) return true;
  const e = error as { name?: string; message?: string } | undefined;
  return (
    e?.name === "NetworkError" ||
    /NetworkError|HTTP 0\b|Failed to fetch|network|connessione assente/i.test(String(e?.message ?? ""))
  );
}

/**
 * Keeps the interview on the device; a browser that refuses storage gets the form kept and told why.
 * It keeps its "ask if duplicate" mark: the server checks when it arrives, and the outbox asks then.
 * The very same interview already waiting is not kept twice.
 */
function keep(data: FormValues): Result {
  const inFormNow = correcting;
  correcting = undefined;
  const user = state.ctx?.user ?? "";
  // Only an item that will be sent counts: not one deleted in the sheet, a likely duplicate, a refusal.
  if (identicalInOutbox(data, user, inFormNow)) {
    removeFromOutbox(String(data.submissionId ?? ""));
    renderOutbox();
    return { ok: true, queued: true, message: P("queuedSame") };
  }
  if (!keepInOutbox(data, user)) throw new Error(P("noStorage"));
  renderOutbox();
  scheduleRetry();
  return { ok: true, queued: true, message: P("queued") };
}

/** How the phone form sends: straight to the server when it can, else into the outbox. */
async function phoneSend(data: FormValues): Promise<Result> {
  if (navigator.onLine === false) return keep(data);
  try {
    const result = await call("submitInterview", data);
    // An item taken back into the form leaves the outbox once its correction is stored.
    if (result.ok) {
      correcting = undefined;
      removeFromOutbox(String(data.submissionId ?? ""));
      renderOutbox();
    }
    return result;
  } catch (error) {
    if (isNetworkFailure(error)) return keep(data);
    throw error;
  }
}

/** The server's reasons in a few words: each field named once, at most three, as the form names them. */
function refusalText(errors: { field: string; message: string }[]): string {
  const lines = [
    ...new Set(errors.map((e) => (e.field ? `${fieldName(e.field)}: ${e.message}` : e.message))),
  ];
  return lines.length > 3 ? `${lines.slice(0, 3).join(" ")} (+${lines.length - 3})` : lines.join(" ");
}

/** An item saved by another account on this phone waits for that account: it is sent with its rights. */
const otherUser = (item: OutboxItem) => Boolean(item.user) && item.user !== (state.ctx?.user ?? "");
/** The item now in the form, being corrected: it waits for the form's save. */
const inForm = (item: OutboxItem) => item.submissionId === correcting && correcting === state.submissionId;
const sendable = (item: OutboxItem) =>
  !item.refused && !item.duplicate && !item.gone && !otherUser(item) && !inForm(item);

/** The Partner tab refuses (not listed, its region, the tab renamed): only the staff can change that. */
const staffRefusal = (errors: { field: string }[]) =>
  errors.length > 0 && errors.every((e) => e.field === "region");

function scheduleRetry() {
  window.clearTimeout(timer);
  if (readOutbox().some(sendable)) timer = window.setTimeout(() => void flushOutbox(), RETRY_MS);
}

/** Sends what waits, one at a time; stops at the first network failure (the rest waits with it). */
export async function flushOutbox(): Promise<void> {
  if (flushing || navigator.onLine === false) return;
  flushing = true;
  const sent: string[] = [];
  try {
    dedupeOutbox(correcting);
    for (const item of readOutbox()) {
      // One whose removal the user is asked to confirm waits for the answer.
      if (!sendable(item) || item.submissionId === confirming) continue;
      sendingNow = item.submissionId;
      renderOutbox();
      try {
        const result: PhoneResult = await call("submitInterview", item.data);
        if (result.ok) {
          removeFromOutbox(item.submissionId);
          sent.push(result.id);
        } else if ("duplicate" in result) {
          markDuplicate(item.submissionId, result.duplicate);
        } else if ("conflict" in result) {
          markRefused(item.submissionId, P("outboxConflict"));
        } else if (result.gone) {
          markGone(item.submissionId, refusalText(result.errors));
        } else if (staffRefusal(result.errors)) {
          markBlocked(item.submissionId, refusalText(result.errors));
        } else if (result.errors.some((e) => e.field)) {
          // The data are at fault (a field, the region not allowed): the user corrects them in the form.
          markRefused(item.submissionId, refusalText(result.errors));
        } else {
          // The sheet was busy or could not be reached: nothing was written, it is tried again later.
          noteAttempt(item.submissionId, refusalText(result.errors));
        }
      } catch (error) {
        if (isNetworkFailure(error)) break;
        noteAttempt(item.submissionId, (error as Error)?.message ?? String(error));
      }
    }
  } finally {
    flushing = false;
    sendingNow = undefined;
    renderOutbox();
    scheduleRetry();
  }
  if (sent.length) showStatus(P("queuedSent", { count: sent.length, ids: sent.join(", ") }));
}

/** How a refused interview goes back into the form (the controller's): set when the outbox is shown. */
let takeBack: (values: FormValues) => void = () => {};

/**
 * Takes a refused interview back into the form, with its submission id, to be corrected and saved.
 * It stays in the outbox meanwhile (a reload or a closed tab loses nothing): the corrected save
 * replaces it, or stores it and removes it.
 */
function correct(item: OutboxItem) {
  const kept = keepCorrections();
  takeBack(readOutbox().find((i) => i.submissionId === item.submissionId)?.data ?? item.data);
  state.submissionId = item.submissionId;
  correcting = item.submissionId;
  confirming = undefined;
  renderOutbox();
  showStatus(kept ?? P("outboxInForm"));
  document.querySelector<HTMLElement>("#interview-form input, #interview-form select")?.focus();
}

/**
 * The form holds another item being corrected: what the user typed there goes back into that item
 * (it keeps its state), so taking a second one into the form loses nothing.
 */
function keepCorrections(): string | undefined {
  if (!correcting || correcting !== state.submissionId) return undefined;
  const previous = readOutbox().find((i) => i.submissionId === correcting);
  if (!previous) return undefined;
  const data = readForm();
  replaceData(previous.submissionId, data);
  return P("outboxKeptCorrections", whatOf({ ...previous, data }));
}

/** Removes an item from the phone, once the user confirmed (its personal data leave the device). */
function discard(item: OutboxItem) {
  removeFromOutbox(item.submissionId);
  confirming = undefined;
  renderOutbox();
  showStatus(P("outboxRemoved", { what: P("outboxItem", whatOf(item)) }));
}

/** Where an item stands, in the user's words ("in attesa di invio", "non inviata: …"). */
function stateText(item: OutboxItem): string {
  if (item.gone) return P("outboxGone", { reason: item.gone });
  if (item.duplicate)
    return P("outboxDuplicate", {
      id: item.duplicate.id,
      name: item.duplicate.interviewee,
      date: dayOf(item.duplicate.date),
    });
  if (inForm(item)) return P("outboxInForm");
  if (item.refused) return P("outboxRefused", { reason: item.refused });
  if (otherUser(item)) return P("outboxOtherUser", { user: item.user ?? "" });
  if (item.submissionId === sendingNow) return P("outboxSending");
  if (item.blocked) return P("outboxBlocked", { reason: item.blocked });
  if (item.lastError) return P("outboxRetrying", { reason: item.lastError });
  return P("outboxPending");
}

/** A day as the user reads it: GG/MM/AAAA (an ISO day from the form or the server). */
const dayOf = (iso: unknown) => String(iso ?? "").replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1");

function whatOf(item: OutboxItem): { name: string; date: string } {
  const interviewee = (item.data.interviewee ?? {}) as { name?: string };
  const date = dayOf(item.data.interviewDate);
  return { name: interviewee.name || "—", date: date || formatWhen(item.savedAt) };
}

function itemText(item: OutboxItem): string {
  return `${P("outboxItem", whatOf(item))} — ${stateText(item)}`;
}

const button = (text: string, onclick: () => void, cls: string | undefined = "secondary") =>
  h("button", { type: "button", class: cls, onclick }, text);

/** What the user can do with an item: correct it, send a likely duplicate as new, remove it (confirmed). */
function itemActions(item: OutboxItem) {
  if (otherUser(item)) return [];
  if (confirming === item.submissionId)
    return [
      h("p", { class: "outbox-confirm", role: "alert" }, P("outboxRemoveAsk", whatOf(item))),
      button(P("outboxRemoveYes"), () => discard(item), undefined),
      button(P("outboxRemoveNo"), () => {
        confirming = undefined;
        renderOutbox();
        scheduleRetry();
      }),
    ];
  const ask = () => {
    confirming = item.submissionId;
    renderOutbox();
  };
  const remove = button(P("outboxRemove"), ask);
  if (item.gone) return [remove];
  if (item.duplicate)
    return [
      button(P("outboxSendAsNew"), () => {
        sendAsNew(item.submissionId);
        renderOutbox();
        void flushOutbox();
      }),
      remove,
    ];
  if ((item.refused || item.blocked) && !inForm(item))
    return [button(P("outboxFix"), () => correct(item)), remove];
  if (item.refused || item.blocked) return [remove];
  return [];
}

/** The outbox as the user sees it, under the title: what waits, in what state, and "Invia ora". */
export function renderOutbox(): void {
  const box = document.getElementById("outbox");
  if (!box) return;
  const items = readOutbox();
  const waiting = items.filter(sendable).length;
  box.hidden = items.length === 0 && navigator.onLine !== false;
  setChildren(
    box,
    h("h2", { id: "outbox-title" }, P("outboxTitle")),
    navigator.onLine === false ? h("p", { class: "hint" }, P("offlineNow")) : null,
    waiting ? h("p", { id: "outbox-count" }, P("outboxCount", { count: waiting })) : null,
    items.length
      ? h(
          "ul",
          { class: "outbox-items" },
          items.map((item) =>
            h(
              "li",
              { "data-submission": item.submissionId },
              h("span", {}, itemText(item)),
              ...itemActions(item),
            ),
          ),
        )
      : null,
    // "Invia ora" only where it can work: online, with something to send.
    waiting && navigator.onLine !== false
      ? h(
          "button",
          {
            type: "button",
            id: "outbox-send",
            class: "secondary",
            disabled: flushing,
            onclick: () => void flushOutbox(),
          },
          P("outboxSendNow"),
        )
      : null,
  );
}

/** Switches the form to the phone: its web-app entry points, its sending, its outbox. */
export function enablePhone(): void {
  document.documentElement.classList.add("phone");
  callInstead("getFormContext", "getPhoneFormContext");
  callInstead("submitInterview", "submitPhoneInterview");
  state.send = phoneSend;
  window.addEventListener("online", () => {
    // "Nessuna connessione…" no longer holds: the outbox says where each interview stands.
    if (statusBox().textContent === P("queued")) showStatus("");
    renderOutbox();
    void flushOutbox();
  });
  window.addEventListener("offline", () => renderOutbox());
}

/**
 * After the form is built: the outbox under the title, and what waits is sent now. `fill` puts a
 * refused interview back into the form when the user chooses to correct it.
 */
export function showOutbox(fill: (values: FormValues) => void): void {
  takeBack = fill;
  const title = document.getElementById("form-title");
  if (!title || document.getElementById("outbox")) return;
  title.after(
    h("section", { id: "outbox", "aria-labelledby": "outbox-title", "aria-live": "polite", hidden: true }),
  );
  renderOutbox();
  void flushOutbox();
}
