/**
 * Sending the interview: validated first with the same core module as the server, then
 * submitInterview; after saving, the form is emptied for the next interview (keeping region,
 * interviewer and date) and the success message takes the focus.
 */
import { validateInterview } from "../core/interview";
import { hideConflict } from "./conflict";
import { renderContacts } from "./contacts";
import { onRegionChange, openDuplicate, settleConflict } from "./controller";
import { clearDraft } from "./draft";
import { hideDuplicate, payloadOf, showDuplicate } from "./duplicate";
import { failureMessage } from "./failure";
import { clearErrors, setEditing, setSending, showErrors, showSaved, showStatus } from "./feedback";
import { readForm } from "./formData";
import { field, form, L, newSubmissionId, state, statusBox } from "./state";

/**
 * The date defaults to today and may not be later; a partner who may write one region only finds it
 * chosen (and its comuni loading), since there is nothing else to choose.
 */
export function setDefaults() {
  const date = field("interviewDate");
  if (date && !date.value) date.value = state.ctx?.today ?? "";
  if (date && state.ctx) date.max = state.ctx.today;
  const region = field("region");
  const allowed = state.ctx?.regions.filter((r) => r.allowed) ?? [];
  if (region && !region.value && allowed.length === 1) {
    region.value = allowed[0].code;
    onRegionChange();
  }
}

/** Enter in a one-line field must not send a half-filled interview; it submits only on the button. */
export function ignoreEnterInFields(event: Event) {
  const key = event as KeyboardEvent;
  const target = key.target as HTMLElement;
  if (key.key !== "Enter" || !(target instanceof HTMLInputElement)) return;
  if (target.type !== "submit" && target.type !== "button") key.preventDefault();
}

/**
 * Empties the form for the next interview. Region, interviewer and date stay unless `blank`: a
 * partner usually records several interviews of the same day in a row. After an edit the date does
 * not stay: the edited interview's date is not the next one's, which starts with today's.
 */
function resetForm(blank = false) {
  const names = state.editing
    ? (["region", "interviewer"] as const)
    : (["region", "interviewer", "interviewDate"] as const);
  const kept = blank ? [] : names.map((n) => [n, field(n)?.value ?? ""]);
  clearDraft();
  state.loaded = undefined;
  form().reset();
  for (const [name, value] of kept) {
    const el = field(name);
    if (el) el.value = value;
  }
  setEditing(undefined);
  state.submissionId = newSubmissionId();
  renderContacts([{}]);
  setDefaults();
  clearErrors();
  hideConflict();
  hideDuplicate();
}

/**
 * The form as it was emptied after a save: a second tap on Salva before anything changed (the user
 * unsure the first one took) keeps the saved message instead of listing every empty field as an error.
 */
let emptiedAfterSave: string | undefined;

/** The button after saving: a form with nothing kept. */
export function startBlank() {
  resetForm(true);
  showStatus("");
  document.getElementById("new-blank")!.hidden = true;
  field("region")?.focus();
}

/** Validates with core, sends, and shows the result: saved, errors, a conflict or a likely duplicate. */
export async function onSubmit(event: Event, confirmed = false) {
  event.preventDefault();
  if (state.sending || !state.ctx) return;
  const data = readForm();
  if (emptiedAfterSave !== undefined && emptiedAfterSave === JSON.stringify(data)) {
    statusBox().focus();
    return;
  }
  emptiedAfterSave = undefined;
  const check = validateInterview(data, { today: state.ctx.today, lang: state.lang });
  if (!check.ok) {
    showStatus("");
    showErrors(check.errors);
    return;
  }
  clearErrors();
  hideConflict();
  hideDuplicate();
  document.getElementById("new-blank")!.hidden = true;
  setSending(true);
  showStatus(L("sending"));
  try {
    const result = await state.send(payloadOf(data, confirmed) as typeof data);
    setSending(false);
    if (result.ok && "queued" in result) {
      resetForm();
      emptiedAfterSave = JSON.stringify(readForm());
      showSaved(result.message);
    } else if (result.ok) {
      const params = { id: result.id };
      const message = result.created ? L("saved", params) : L("updated", params);
      const kept = state.editing ? L("keptAfterEdit") : L("keptForNext");
      resetForm();
      emptiedAfterSave = JSON.stringify(readForm());
      showSaved(`${message} ${kept}`);
    } else if ("conflict" in result) {
      showStatus("");
      settleConflict(result.current, data);
    } else if ("duplicate" in result) {
      showStatus("");
      showDuplicate(result.duplicate, {
        open: openDuplicate,
        saveAnyway: () => void onSubmit(new Event("submit"), true),
      });
    } else {
      showStatus("");
      showErrors(result.errors);
    }
  } catch (error) {
    setSending(false);
    showStatus("");
    showErrors([{ field: "", message: failureMessage(error, { kept: true }) }]);
  }
}
