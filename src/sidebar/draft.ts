/**
 * The local draft: an unfinished form survives closing the sidebar. A draft of an edit keeps the
 * version it started from (the stored interview as loaded), so restoring it after someone else saved
 * a newer version merges three-way against that base instead of silently reverting their changes.
 */
import { showConflict } from "./conflict";
import { h } from "./dom";
import { setEditing, showStatus } from "./feedback";
import { formatWhen } from "./fieldNames";
import { fillForm, readForm } from "./formData";
import { DRAFT_PREFIX, type FormData, L, type Stored, state } from "./state";

interface Draft {
  savedAt: string;
  data: FormData;
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
 * Restores a draft. When it was made on an older version than the one just loaded, the user sees the
 * conflict view (their changes, what re-applying mine will change); a draft without its base cannot
 * be merged safely and is refused with a message.
 */
function restore(draft: Draft, banner: HTMLElement): void {
  const current = state.editing && state.loaded?.id === state.editing.id ? state.loaded : undefined;
  const older = Boolean(current && draft.editing && draft.editing.version !== current.version);
  if (older && !draft.loaded) {
    showStatus(L("draftRefused"));
    banner.querySelector<HTMLButtonElement>(".restore")?.remove();
    banner.querySelector<HTMLButtonElement>("button")?.focus();
    return;
  }
  if (typeof draft.data.submissionId === "string") state.submissionId = draft.data.submissionId;
  banner.hidden = true;
  if (older && current && draft.loaded && draft.editing) {
    state.loaded = draft.loaded;
    setEditing(draft.editing);
    fillForm(draft.data);
    showConflict(current, draft.data, { fromDraft: true });
    return;
  }
  if (draft.editing) setEditing(draft.editing);
  if (draft.loaded) state.loaded = draft.loaded;
  fillForm(draft.data);
  showStatus(L("draftRestored"));
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

export function offerDraft() {
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
      { type: "button", class: "restore", onclick: () => restore(draft, banner) },
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
