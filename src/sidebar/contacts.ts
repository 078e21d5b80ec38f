/** The contacts of Q4: 1 to 10 blocks, added and removed. */
import { DECISION_LEVELS } from "../core/codes";
import { MAX_CONTACTS } from "../core/interview";
import { h } from "./dom";
import { saveDraft } from "./draft";
import { options, selectField, textField } from "./fields";
import { field, L, state } from "./state";

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
    textField(p("email"), "contactEmail", { type: "email", suffix }),
    textField(p("phone"), "contactPhone", { type: "tel", suffix, max: 40 }),
    selectField(p("decisionLevel"), "decisionLevel", options(DECISION_LEVELS), { required: true, suffix }),
    textField(p("notes"), "contactNotes", { multiline: true, suffix }),
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

export function renderContacts(values: Record<string, string>[]) {
  const list = document.getElementById("contacts-list")!;
  list.replaceChildren(...values.map((_, i) => contactBlock(i)));
  state.contacts = values.length;
  values.forEach((contact, i) => {
    for (const [k, v] of Object.entries(contact)) {
      const el = field(`contacts[${i}].${k}`);
      if (el) el.value = v ?? "";
    }
  });
  list.querySelectorAll<HTMLButtonElement>(".remove-contact").forEach((b) => {
    b.disabled = values.length <= 1;
  });
  (document.getElementById("add-contact") as HTMLButtonElement).disabled = values.length >= MAX_CONTACTS;
}

export function readContacts(): Record<string, string>[] {
  const list: Record<string, string>[] = [];
  for (let i = 0; i < state.contacts; i++) {
    const c: Record<string, string> = {};
    for (const k of ["name", "role", "organization", "email", "phone", "decisionLevel", "notes"]) {
      c[k] = field(`contacts[${i}].${k}`)?.value ?? "";
    }
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
  saveDraft();
}

export function removeContact(i: number) {
  const contacts = readContacts();
  if (contacts.length <= 1) return;
  contacts.splice(i, 1);
  renderContacts(contacts);
  field(`contacts[${Math.min(i, contacts.length - 1)}].name`)?.focus();
  saveDraft();
}
