/**
 * What the form tells the user: field errors and their summary, the status line, the sending and
 * editing states. The summary sits next to the save button, where the user is, lists each field as a
 * link to it, and shrinks as the user fixes the fields: an error disappears as soon as its field is
 * valid.
 */
import { t } from "../core/i18n";
import { type FieldError, validateInterview } from "../core/interview";
import { h, idFor, setChildren } from "./dom";
import { fieldName } from "./fieldNames";
import { readForm } from "./formData";
import { alertBox, field, form, L, state, statusBox } from "./state";

/** The field errors on screen, and the messages that belong to no field. */
let shown: FieldError[] = [];
let general: string[] = [];

/** The control of a field path: an input, a select, or a group of checkboxes. */
function controlOf(path: string): HTMLElement | null {
  if (!path) return null;
  const byId = document.getElementById(idFor(path));
  return byId instanceof HTMLFieldSetElement ? byId : (field(path) ?? byId);
}

/** "Give an e-mail or a phone" is about both: the phone is marked with the e-mail. */
function partnerOf(error: FieldError): string | undefined {
  return /\.email$/.test(error.field) && error.message === t(state.lang, "emailOrPhone")
    ? error.field.replace(/\.email$/, ".phone")
    : undefined;
}

/** The field that shows an error: `reasons.evidence[0]` (one checkbox of a group) shows on its group. */
function fieldWithSlot(path: string): string {
  const hasSlot = (p: string) => Boolean(document.getElementById(`${idFor(p)}-error`));
  const parent = path.replace(/\[\d+\]$/, "");
  return !hasSlot(path) && parent !== path && hasSlot(parent) ? parent : path;
}

function mark(path: string, message: string): boolean {
  const slot = document.getElementById(`${idFor(path)}-error`);
  if (!slot) return false;
  slot.textContent = message;
  slot.hidden = false;
  controlOf(path)?.setAttribute("aria-invalid", "true");
  return true;
}

function unmark(path: string) {
  const slot = document.getElementById(`${idFor(path)}-error`);
  if (slot) {
    slot.hidden = true;
    slot.textContent = "";
  }
  controlOf(path)?.removeAttribute("aria-invalid");
}

function focusField(path: string) {
  const control = controlOf(path);
  const target =
    control instanceof HTMLFieldSetElement ? control.querySelector<HTMLElement>("input") : control;
  target?.scrollIntoView({ block: "center" });
  target?.focus();
}

function renderSummary() {
  const box = alertBox();
  if (!shown.length && !general.length) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const onlyGeneral = !shown.length;
  setChildren(
    box,
    h("p", { class: "summary-title" }, onlyGeneral ? general[0] : L("fixErrors", { count: shown.length })),
    ...general.slice(onlyGeneral ? 1 : 0).map((m) => h("p", {}, m)),
    shown.length
      ? h(
          "ul",
          { class: "error-links" },
          shown.map((error) =>
            h(
              "li",
              {},
              h(
                "a",
                {
                  href: `#${idFor(error.field)}`,
                  onclick: (event: Event) => {
                    event.preventDefault();
                    focusField(error.field);
                  },
                },
                `${fieldName(error.field)}: ${error.message}`,
              ),
            ),
          ),
        )
      : null,
  );
}

export function clearErrors() {
  form()
    .querySelectorAll<HTMLElement>(".field-error")
    .forEach((p) => {
      p.hidden = true;
      p.textContent = "";
    });
  for (const el of Array.from(form().querySelectorAll("[aria-invalid]"))) el.removeAttribute("aria-invalid");
  shown = [];
  general = [];
  renderSummary();
}

/** Shows errors next to their fields and in the summary by the save button, which takes the focus. */
export function showErrors(errors: FieldError[]) {
  clearErrors();
  for (const reported of errors) {
    const error = { ...reported, field: fieldWithSlot(reported.field) };
    if (error.field && mark(error.field, error.message)) {
      shown.push(error);
      const partner = partnerOf(error);
      if (partner) mark(partner, error.message);
    } else general.push(error.message);
  }
  renderSummary();
  const box = alertBox();
  box.scrollIntoView({ block: "center" });
  box.focus();
}

/**
 * After the user changed `path`: the errors of that field (and of its e-mail/phone partner) that the
 * form's validation no longer finds are removed. New errors wait for the next save.
 */
export function refreshErrors(path: string) {
  if (!shown.length || !state.ctx || !path) return;
  const touched = new Set([path, path.replace(/\.phone$/, ".email"), path.replace(/\.email$/, ".phone")]);
  const check = validateInterview(readForm(), { today: state.ctx.today, lang: state.lang });
  const still = new Set(check.ok ? [] : check.errors.map((e) => e.field));
  const fixed = shown.filter((e) => touched.has(e.field) && !still.has(e.field));
  if (!fixed.length) return;
  for (const error of fixed) {
    unmark(error.field);
    const partner = partnerOf(error);
    if (partner) unmark(partner);
  }
  shown = shown.filter((e) => !fixed.includes(e));
  renderSummary();
}

export function showStatus(text: string) {
  statusBox().textContent = text;
}

/** Announces a saved interview where the user will look next: the message takes focus and scroll. */
export function showSaved(text: string) {
  const status = statusBox();
  status.textContent = text;
  status.setAttribute("tabindex", "-1");
  const blank = document.getElementById("new-blank");
  if (blank) blank.hidden = false;
  status.scrollIntoView({ block: "center" });
  status.focus();
}

export function setSending(sending: boolean) {
  state.sending = sending;
  const button = document.getElementById("submit") as HTMLButtonElement;
  button.disabled = sending;
  button.textContent = sending ? L("sending") : state.editing ? L("saveChanges") : L("submit");
  form().setAttribute("aria-busy", String(sending));
}

export function setEditing(editing: { id: string; version: number } | undefined) {
  state.editing = editing;
  document.getElementById("form-title")!.textContent = editing ? L("editTitle", editing) : L("title");
  setSending(false);
}
