/**
 * The form's controller: it owns the form's input and change listener (the ISTAT code, the errors
 * shown, the draft) and decides what follows a choice in a view (a conflict settled, a draft restored,
 * a duplicate opened, an outbox item taken back). The views below it render and read, and hear back
 * only through the callbacks given here.
 */
import { loadComuni, matchIstat } from "./comuni";
import { hideConflict, showConflict } from "./conflict";
import { onContactsChange } from "./contacts";
import { type Draft, newerThanDraft, offerDraft, saveDraft } from "./draft";
import { failureMessage } from "./failure";
import { refreshErrors, setEditing, showStatus } from "./feedback";
import { fillForm } from "./formData";
import { showReviewNote } from "./reviewNote";
import { call, type Stored } from "./server";
import { type FormValues, field, form, L, state } from "./state";

/** Fills the form with `values` and loads their region's comuni (for the suggestions and ISTAT code). */
export function loadIntoForm(values: FormValues): void {
  fillForm(values);
  void loadComuni(String(values.region ?? ""));
}

export function onRegionChange(): void {
  void loadComuni(field("region")?.value ?? "").catch((e: Error) => showStatus(failureMessage(e)));
}

/** The form's input and change listener. */
export function onFieldChange(event: Event): void {
  const target = event.target as HTMLInputElement;
  const name = target.name;
  if (name === "hardestArea.name" || name === "hardestArea.kind") matchIstat();
  if (name === "hardestArea.istatCode") delete target.dataset.auto;
  refreshErrors(name);
  // Once the next interview is under way, "start a blank one" would throw away what was typed.
  const blank = document.getElementById("new-blank");
  if (blank) blank.hidden = true;
  saveDraft();
}

/**
 * Listens to the form just built: the region (its comuni load first: a listener on the select runs
 * before the form's), every field, and the contacts added or removed.
 */
export function controlForm(): void {
  const element = form();
  field("region")?.addEventListener("change", onRegionChange);
  element.addEventListener("input", onFieldChange);
  element.addEventListener("change", onFieldChange);
  onContactsChange(saveDraft);
}

/** Opens a saved interview for editing (with the staff's review note). */
export async function openInterview(id: string): Promise<Stored> {
  const stored = await call("getInterview", id);
  state.loaded = stored;
  setEditing({ id: stored.id, version: stored.version });
  loadIntoForm(stored);
  showReviewNote(stored);
  return stored;
}

/** Opens the interview a new one looks like, in its place. */
export function openDuplicate(id: string): void {
  void openInterview(id).then(() => showStatus(L("duplicateOpened", { id })));
}

/**
 * Someone saved this interview since `state.loaded`: the conflict view, and on the user's choice the
 * form goes on editing their version with the chosen values (kept as the draft).
 */
export function settleConflict(current: Stored, mine: FormValues, fromDraft = false): void {
  showConflict(current, mine, {
    fromDraft,
    use: (values, choice) => {
      state.loaded = current;
      setEditing({ id: current.id, version: current.version });
      loadIntoForm(values);
      hideConflict();
      saveDraft();
      document.getElementById("submit")?.focus();
      if (choice === "reapplied") showStatus(L("conflictReapplied"));
    },
  });
}

/**
 * Puts a draft back in the form. A draft made on an older version than the one just loaded shows the
 * conflict view (their changes, what re-applying mine will change).
 */
function restoreDraft(draft: Draft): void {
  if (typeof draft.data.submissionId === "string") state.submissionId = draft.data.submissionId;
  const current = newerThanDraft(draft);
  if (current && draft.loaded && draft.editing) {
    state.loaded = draft.loaded;
    setEditing(draft.editing);
    loadIntoForm(draft.data);
    settleConflict(current, draft.data, true);
    return;
  }
  if (draft.editing) setEditing(draft.editing);
  if (draft.loaded) state.loaded = draft.loaded;
  loadIntoForm(draft.data);
  showStatus(L("draftRestored"));
}

/** Offers the draft this form kept, if any. */
export function offerSavedDraft(): void {
  offerDraft(restoreDraft);
}
