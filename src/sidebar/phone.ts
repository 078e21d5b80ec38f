/**
 * The phone form: the sidebar's form, served by the web app (doGet), with an outbox. An interview
 * saved without a connection (the browser says it is offline, or google.script.run fails on the
 * network) is kept on the device, shown as "in attesa di invio", and sent when the connection
 * returns: on the browser's `online` event, when the page opens again, every half minute while
 * something waits, and on "Invia ora". Each interview keeps its submission id, so the server stores it
 * once however many times it arrives.
 */
import { h, setChildren } from "./dom";
import { showStatus } from "./feedback";
import { fieldName, formatWhen } from "./fieldNames";
import {
  keepInOutbox,
  markRefused,
  noteAttempt,
  type OutboxItem,
  readOutbox,
  removeFromOutbox,
} from "./outbox";
import { type PhoneKey, phoneLabel } from "./phoneLabels";
import { call, callInstead, type Result } from "./server";
import { type FormValues, state } from "./state";

const RETRY_MS = 30_000;
const P = (key: PhoneKey, params?: Record<string, string | number>) => phoneLabel(state.lang, key, params);

let flushing = false;
let sendingNow: string | undefined;
let timer: number | undefined;

/** A failure of the connection rather than of the server: the interview waits on the device. */
export function isNetworkFailure(error: unknown): boolean {
  if (navigator.onLine === false) return true;
  const e = error as { name?: string; message?: string } | undefined;
  return (
    e?.name === "NetworkError" ||
    /NetworkError|HTTP 0\b|Failed to fetch|network|connessione assente/i.test(String(e?.message ?? ""))
  );
}

/** Keeps the interview on the device; a browser that refuses storage gets the form kept and told why. */
function keep(data: FormValues): Result {
  // Sent later, when nobody is there to answer: a likely duplicate is not asked about then.
  const { askIfDuplicate: _asked, ...kept } = data as FormValues & { askIfDuplicate?: boolean };
  if (!keepInOutbox(kept as FormValues, state.ctx?.user ?? "")) throw new Error(P("noStorage"));
  renderOutbox();
  scheduleRetry();
  return { ok: true, queued: true, message: P("queued") };
}

/** How the phone form sends: straight to the server when it can, else into the outbox. */
async function phoneSend(data: FormValues): Promise<Result> {
  if (navigator.onLine === false) return keep(data);
  try {
    return await call("submitInterview", data);
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
const sendable = (item: OutboxItem) => !item.refused && !otherUser(item);

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
    for (const item of readOutbox()) {
      if (!sendable(item)) continue;
      sendingNow = item.submissionId;
      renderOutbox();
      try {
        const result = await call("submitInterview", item.data);
        if (result.ok) {
          removeFromOutbox(item.submissionId);
          sent.push(result.id);
        } else if ("conflict" in result || "duplicate" in result) {
          markRefused(item.submissionId, "");
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

/** Takes a refused interview back into the form, with its submission id, to be corrected and saved. */
function correct(item: OutboxItem) {
  removeFromOutbox(item.submissionId);
  takeBack(item.data);
  state.submissionId = item.submissionId;
  renderOutbox();
  document.querySelector<HTMLElement>("#interview-form input, #interview-form select")?.focus();
}

/** Where an item stands, in the user's words ("in attesa di invio", "non inviata: …"). */
function stateText(item: OutboxItem): string {
  if (item.refused) return P("outboxRefused", { reason: item.refused });
  if (otherUser(item)) return P("outboxOtherUser", { user: item.user ?? "" });
  if (item.submissionId === sendingNow) return P("outboxSending");
  if (item.lastError) return P("outboxRetrying", { reason: item.lastError });
  return P("outboxPending");
}

function itemText(item: OutboxItem): string {
  const interviewee = (item.data.interviewee ?? {}) as { name?: string };
  const date = String(item.data.interviewDate ?? "").replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1");
  const what = P("outboxItem", { name: interviewee.name || "—", date: date || formatWhen(item.savedAt) });
  const where = stateText(item);
  return `${what} — ${where}`;
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
              item.refused && !otherUser(item)
                ? h(
                    "button",
                    { type: "button", class: "secondary", onclick: () => correct(item) },
                    P("outboxFix"),
                  )
                : null,
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
