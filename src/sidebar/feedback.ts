/** What the form tells the user: field errors, the status line, the sending and editing states. */
import type { FieldError } from "../core/interview";
import { h, idFor } from "./dom";
import { alertBox, field, form, L, state, statusBox } from "./state";

export function clearErrors() {
  form()
    .querySelectorAll<HTMLElement>(".field-error")
    .forEach((p) => {
      p.hidden = true;
      p.textContent = "";
    });
  for (const el of Array.from(form().querySelectorAll("[aria-invalid]"))) el.removeAttribute("aria-invalid");
  alertBox().replaceChildren();
  alertBox().hidden = true;
}

export function showErrors(errors: FieldError[]) {
  clearErrors();
  let first: HTMLElement | null = null;
  const general: string[] = [];
  for (const error of errors) {
    const slot = document.getElementById(`${idFor(error.field)}-error`);
    const target = error.field ? (field(error.field) ?? document.getElementById(idFor(error.field))) : null;
    if (slot && error.field) {
      slot.textContent = error.message;
      slot.hidden = false;
      target?.setAttribute("aria-invalid", "true");
      first ??= target as HTMLElement | null;
    } else general.push(error.message);
  }
  const box = alertBox();
  box.hidden = false;
  box.replaceChildren(
    h(
      "p",
      {},
      general.length && general.length === errors.length
        ? general[0]
        : L("fixErrors", { count: errors.length }),
    ),
    ...general.filter((_, i) => !(i === 0 && general.length === errors.length)).map((m) => h("p", {}, m)),
  );
  if (first) first.focus();
  else box.focus();
}

export function showStatus(text: string) {
  statusBox().textContent = text;
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
