/**
 * A new interview that looks like one already saved (same region, interviewee and date): before
 * saving, the form says so next to the save button, offers to open the existing interview, or to save
 * this one as new anyway. The first save asks the server to check (`askIfDuplicate`); the confirmed
 * one does not. Also here: the Verifica the form opened with travels with an edit (`reviewSeen`), so
 * the server can show a change of the staff's review before saving over it.
 */
import { regionName } from "../core/territory/regions";
import { h, setChildren } from "./dom";
import type { Duplicate } from "./server";
import { L, state } from "./state";

/** The payload as sent: a new interview asks about duplicates unless confirmed; an edit says what Verifica it saw. */
export function payloadOf(data: Record<string, unknown>, confirmed: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (!state.editing && !confirmed) out.askIfDuplicate = true;
  const loaded = state.loaded;
  if (state.editing && loaded && typeof loaded.review === "string") {
    out.reviewSeen = loaded.review;
    out.reviewNoteSeen = typeof loaded.reviewNote === "string" ? loaded.reviewNote : "";
  }
  return out;
}

export function hideDuplicate() {
  const box = document.getElementById("duplicate");
  if (!box) return;
  box.hidden = true;
  box.removeAttribute("role");
  box.replaceChildren();
}

export interface DuplicateChoice {
  /** Opens the interview already saved, in place of this one. */
  open: (id: string) => void;
  /** Sends the form again, confirmed. */
  saveAnyway: () => void;
}

/** Shows the likely duplicate and what the user may do about it. */
export function showDuplicate(existing: Duplicate, choice: DuplicateChoice) {
  let box = document.getElementById("duplicate");
  if (!box) {
    box = h("div", { id: "duplicate", class: "conflict", hidden: true });
    // Next to the save button, where the user is (before the conflict box when the page has one).
    const conflict = document.getElementById("conflict");
    const submit = document.querySelector('button[type="submit"]');
    if (conflict) conflict.before(box);
    else if (submit) submit.after(box);
    else document.body.append(box);
  }
  const shown = box;
  shown.hidden = false;
  shown.setAttribute("role", "alert");
  setChildren(
    shown,
    h(
      "p",
      { id: "duplicate-message", class: "conflict-title", tabindex: "-1" },
      L("duplicateFound", {
        id: existing.id,
        region: regionName(existing.region),
        name: existing.interviewee,
        date: existing.date,
      }),
    ),
    h("p", {}, L("duplicateAsk")),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          hideDuplicate();
          choice.open(existing.id);
        },
      },
      L("duplicateOpen"),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () => {
          hideDuplicate();
          choice.saveAnyway();
        },
      },
      L("duplicateSave"),
    ),
  );
  const message = document.getElementById("duplicate-message");
  message?.focus();
  message?.scrollIntoView({ block: "center" });
}
