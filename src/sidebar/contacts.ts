/**
 * The contacts of Q4: 1 to 10 blocks, added and removed. Adding or removing one changes the form
 * without an input event, so the controller hears of it through `onContactsChange`.
 */
import { DECISION_LEVELS } from "../core/codes";
import { MAX_CONTACTS } from "../core/interview";
import { h, idFor } from "./dom";
import { options, selectField, textField } from "./fields";
import { field, L, state } from "./state";

let contactsChanged: () => void = () => {};

/** What to do after a contact was added or removed (the controller keeps the draft). */
export function onContactsChange(listener: () => void): void {
  contactsChanged = listener;
}

export function contactBlock(i: number) {
  const p = (k: string) => `contacts[${i}].${k}`;
  const suffix = `– ${L("contact", { n: i + 1 })}`;
  return h(
    "fieldset",
    { class: "contact", "data-contact": i },
    h("legend", {}, L("contact", { n: i + 1 })),
    textField(p("name"), "contactName", { required: true, suffix }),
    textField(p("role"), "contactRole", { required: true, suffix }),
    textField(p("organization"), "contactOrganization", { required: true, suffix }),
    // The rule that ties the two fields is said before the first save, not only as an error after it.
    textField(p("email"), "contactEmail", { type: "email", suffix, hint: L("emailOrPhoneRule") }),
    phoneField(p("phone"), `${idFor(p("email"))}-hint`, suffix),
    selectField(p("decisionLevel"), "decisionLevel", options(DECISION_LEVELS), { required: true, suffix }),
    textField(p("notes"), "contactNotes", { multiline: true, suffix }),
    coordinatorCheckbox(p("coordinatorCandidate"), suffix),
    h(
      "button",
      {
        type: "button",
        class: "secondary remove-contact",
        "data-remove": i,
        onclick: () => removeContact(i),
      },
      L("removeContact", { n: i + 1 }),
    ),
  );
}

/** The phone field, described by the e-mail's hint too: the one rule covers both. */
function phoneField(path: string, ruleId: string, suffix: string) {
  const block = textField(path, "contactPhone", { type: "tel", suffix, max: 40 });
  block.querySelector("input")?.setAttribute("aria-describedby", `${ruleId} ${idFor(path)}-error`);
  return block;
}

/** The candidate mark (possible Coordinatore d'area): a real checkbox inside its label, so Space toggles it and readers name it. */
function coordinatorCheckbox(path: string, suffix: string) {
  const id = idFor(path);
  return h(
    "div",
    { class: "field" },
    h(
      "label",
      { class: "check", for: id },
      h("input", { type: "checkbox", id, name: path, "aria-describedby": `${id}-error` }),
      ` ${L("coordinatorCandidate")}`,
      h("span", { class: "sr-only" }, ` ${suffix}`),
    ),
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }),
  );
}

/** A contact's values as the form holds them: text fields, and the candidate mark only when set. */
export type ContactValues = Record<string, unknown>;

export function renderContacts(values: ContactValues[]) {
  const list = document.getElementById("contacts-list")!;
  list.replaceChildren(...values.map((_, i) => contactBlock(i)));
  state.contacts = values.length;
  values.forEach((contact, i) => {
    for (const [k, v] of Object.entries(contact)) {
      const el = field(`contacts[${i}].${k}`);
      if (!el) continue;
      if (el.type === "checkbox") el.checked = v === true;
      else el.value = v === undefined || v === null ? "" : String(v);
    }
  });
  list.querySelectorAll<HTMLButtonElement>(".remove-contact").forEach((b) => {
    b.disabled = values.length <= 1;
  });
  (document.getElementById("add-contact") as HTMLButtonElement).disabled = values.length >= MAX_CONTACTS;
}

export function readContacts(): ContactValues[] {
  const list: ContactValues[] = [];
  for (let i = 0; i < state.contacts; i++) {
    const c: ContactValues = {};
    for (const k of ["name", "role", "organization", "email", "phone", "decisionLevel", "notes"]) {
      c[k] = field(`contacts[${i}].${k}`)?.value ?? "";
    }
    // Only when checked: a contact reads as the server gives it back (the conflict view compares them).
    if (field(`contacts[${i}].coordinatorCandidate`)?.checked) c.coordinatorCandidate = true;
    list.push(c);
  }
  return list;
}

export function addContact() {
  const contacts = readContacts();
  if (contacts.length >= MAX_CONTACTS) return;
  contacts.push({});
  renderContacts(contacts);
  field(`contacts[${contacts.length - 1}].name`)?.focus();
  contactsChanged();
}

export function removeContact(i: number) {
  const contacts = readContacts();
  if (contacts.length <= 1) return;
  contacts.splice(i, 1);
  renderContacts(contacts);
  field(`contacts[${Math.min(i, contacts.length - 1)}].name`)?.focus();
  contactsChanged();
}
