/**
 * The local draft: an unfinished form survives closing the sidebar. A draft of an edit keeps the
 * version it started from (the stored interview as loaded), so restoring it after someone else saved
 * a newer version merges three-way against that base instead of silently reverting their changes.
 * This module keeps, finds and offers the draft; putting it back in the form is the caller's.
 */
import { h } from "./dom";
import { showStatus } from "./feedback";
import { formatWhen } from "./fieldNames";
import { readForm } from "./formData";
import type { Stored } from "./server";
import { DRAFT_PREFIX, type FormValues, L, state } from "./state";

export interface Draft {
  savedAt: string;
  data: FormValues;
  editing?: { id: string; version: number };
  /** The stored interview the edits started from: the base of the three-way merge. */
  loaded?: Stored;
}

/**
 * A draft belongs to one spreadsheet and one user (the server's form context says whose): two Sheets
 * open in one browser, or two accounts on one computer, never see each other's drafts.
 */
function draftKey(): string | undefined {
  const scope = state.ctx?.draftScope;
  return scope ? `${DRAFT_PREFIX}${scope}:${state.editing?.id ?? "new"}` : undefined;
}

/** The browser's local storage, or undefined when it refuses it (blocked site data, some private modes). */
function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = `${DRAFT_PREFIX}probe`;
    store.setItem(probe, "1");
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

/** Says, once and politely, that this browser keeps no drafts; the form goes on working without them. */
function showDraftsOff(): void {
  if (document.getElementById("drafts-off")) return;
  const note = h("p", { id: "drafts-off", class: "hint", "aria-live": "polite" }, L("draftsOff"));
  (document.getElementById("draft-banner") ?? document.getElementById("form-title"))?.after(note);
}

let draftTimer: number | undefined;
export function saveDraft() {
  window.clearTimeout(draftTimer);
  draftTimer = window.setTimeout(() => {
    const key = draftKey();
    if (!key) return;
    try {
      const draft: Draft = {
        savedAt: new Date().toISOString(),
        data: readForm(),
        editing: state.editing,
        loaded: state.editing ? state.loaded : undefined,
      };
      const store = storage();
      if (!store) throw new Error("no storage");
      store.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage refused or full: the form still works, only without a draft, and says so.
      showDraftsOff();
    }
  }, 250);
}

export function clearDraft() {
  window.clearTimeout(draftTimer);
  const key = draftKey();
  if (!key) return;
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}

function readDraft(): Draft | undefined {
  const key = draftKey();
  const store = storage();
  if (!key || !store) return undefined;
  try {
    const draft = JSON.parse(store.getItem(key) ?? "null");
    return draft && typeof draft === "object" && draft.data ? (draft as Draft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The version just loaded for editing when the draft was made on an older one (someone saved since):
 * restoring it then means the conflict view, which needs the draft's base.
 */
export function newerThanDraft(draft: Draft): Stored | undefined {
  const current = state.editing && state.loaded?.id === state.editing.id ? state.loaded : undefined;
  return current && draft.editing && draft.editing.version !== current.version ? current : undefined;
}

/**
 * The restore button: a draft of an older version without its base cannot be merged safely and is
 * refused with a message; any other is handed to `restore`.
 */
function onRestore(draft: Draft, banner: HTMLElement, restore: (draft: Draft) => void): void {
  if (newerThanDraft(draft) && !draft.loaded) {
    showStatus(L("draftRefused"));
    banner.querySelector<HTMLButtonElement>(".restore")?.remove();
    banner.querySelector<HTMLButtonElement>("button")?.focus();
    return;
  }
  banner.hidden = true;
  restore(draft);
}

/**
 * Drafts of earlier versions were kept under a key without their spreadsheet and user: nobody can say
 * whose they are, so they are never offered, and the personal data in them is removed.
 */
function removeUnscopedDrafts(store: Storage): void {
  const unscoped = new RegExp(`^${DRAFT_PREFIX}(new|INT-\\d+)$`);
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key && unscoped.test(key)) store.removeItem(key);
  }
}

/** Offers the draft kept for this form, if any: `restore` puts it back when the user asks. */
export function offerDraft(restore: (draft: Draft) => void) {
  const store = storage();
  if (!store) {
    showDraftsOff();
    return;
  }
  removeUnscopedDrafts(store);
  const draft = readDraft();
  if (!draft) return;
  const banner = document.getElementById("draft-banner")!;
  const when = formatWhen(draft.savedAt);
  banner.hidden = false;
  banner.replaceChildren(
    h("p", {}, L("draftFound", { when })),
    h(
      "button",
      { type: "button", class: "restore", onclick: () => onRestore(draft, banner, restore) },
      L("draftRestore"),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () => {
          clearDraft();
          banner.hidden = true;
          showStatus("");
        },
      },
      L("draftDiscard"),
    ),
  );
}
