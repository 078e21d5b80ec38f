/** The local draft: an unfinished form survives closing the sidebar. */
import { h } from "./dom";
import { setEditing, showStatus } from "./feedback";
import { fillForm, readForm } from "./formData";
import { DRAFT_PREFIX, type FormData, L, type Stored, state } from "./state";

function draftKey() {
  return DRAFT_PREFIX + (state.editing?.id ?? "new");
}

let draftTimer: number | undefined;
export function saveDraft() {
  window.clearTimeout(draftTimer);
  draftTimer = window.setTimeout(() => {
    try {
      localStorage.setItem(
        draftKey(),
        JSON.stringify({ savedAt: new Date().toISOString(), data: readForm(), editing: state.editing }),
      );
    } catch {
      /* storage unavailable (private mode): the form still works, only without a draft */
    }
  }, 250);
}

export function clearDraft() {
  window.clearTimeout(draftTimer);
  try {
    localStorage.removeItem(draftKey());
  } catch {
    /* nothing to clear */
  }
}

export function offerDraft() {
  let draft:
    | { savedAt: string; data: FormData; editing?: { id: string; version: number }; loaded?: Stored }
    | undefined;
  try {
    draft = JSON.parse(localStorage.getItem(draftKey()) ?? "null") ?? undefined;
  } catch {
    draft = undefined;
  }
  if (!draft?.data) return;
  const banner = document.getElementById("draft-banner")!;
  const when = new Date(draft.savedAt).toLocaleString(state.lang === "en" ? "en-GB" : "it-IT");
  banner.hidden = false;
  banner.replaceChildren(
    h("p", {}, L("draftFound", { when })),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          if (typeof draft?.data.submissionId === "string") state.submissionId = draft.data.submissionId;
          if (draft?.editing) setEditing(draft.editing);
          if (draft?.loaded) state.loaded = draft.loaded;
          fillForm(draft!.data);
          banner.hidden = true;
          showStatus(L("draftRestored"));
        },
      },
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
        },
      },
      L("draftDiscard"),
    ),
  );
}
