/**
 * The interview form. It validates with the same core module as the server, talks to the server only
 * through the functions in src/main.ts, and keeps an unfinished form as a local draft.
 */
import {
  AREA_KINDS,
  AUTHORITY_KINDS,
  CAUSES,
  codesOf,
  DECISION_LEVELS,
  EVIDENCE,
  type Lang,
  labelOf,
} from "../core/codes";
import { type FieldError, MAX_CONTACTS, validateInterview } from "../core/interview";
import { foldName } from "../core/text";
import { h, idFor } from "./dom";
import { type LabelKey, label, QUESTIONS } from "./labels";
import { changedPaths, reapply, valueAt } from "./merge";

interface Region {
  code: string;
  name: string;
  pilot: boolean;
  inScope: boolean;
  allowed: boolean;
}
interface Context {
  lang: Lang;
  user: string;
  today: string;
  regions: Region[];
  dataset: { source: string; date: string; count: number };
  refusal?: string;
}
interface Comune {
  code: string;
  name: string;
  province: string;
}
type Stored = Record<string, unknown> & { id: string; version: number };
type Result =
  | { ok: true; id: string; version: number; created: boolean }
  | { ok: false; errors: FieldError[]; conflict?: undefined }
  | { ok: false; conflict: true; current: Stored };

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a server function through google.script.run as a promise. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error)) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}

const DRAFT_PREFIX = "coefficienti:draft:";
const state = {
  lang: "it" as Lang,
  ctx: undefined as Context | undefined,
  editing: undefined as { id: string; version: number } | undefined,
  /** The interview as loaded for editing: the base of a three-way merge on conflict. */
  loaded: undefined as Stored | undefined,
  submissionId: newSubmissionId(),
  sending: false,
  comuni: new Map<string, Comune[]>(),
  contacts: 0,
};
const L = (key: LabelKey, params?: Record<string, string | number>) => label(state.lang, key, params);

function newSubmissionId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `S${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

const form = () => document.getElementById("interview-form") as HTMLFormElement;
const statusBox = () => document.getElementById("status") as HTMLElement;
const alertBox = () => document.getElementById("alert") as HTMLElement;
const field = (name: string) => form().querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);

// ---------------------------------------------------------------- building the form

function errorSlot(path: string) {
  return h("p", { class: "field-error", id: `${idFor(path)}-error`, hidden: true });
}

/** A field's visible label; `suffix` (e.g. "– Contatto 2") is for screen readers and tests by label. */
function fieldLabel(id: string, key: LabelKey, opts: { required?: boolean; suffix?: string }) {
  return h(
    "label",
    { for: id },
    L(key),
    opts.suffix ? h("span", { class: "sr-only" }, ` ${opts.suffix}`) : null,
    opts.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null,
  );
}

function textField(
  path: string,
  key: LabelKey,
  opts: {
    required?: boolean;
    type?: string;
    multiline?: boolean;
    max?: number;
    list?: string;
    hint?: string;
    readonly?: boolean;
    suffix?: string;
  } = {},
) {
  const id = idFor(path);
  const control = opts.multiline
    ? h("textarea", {
        id,
        name: path,
        rows: 3,
        maxlength: opts.max ?? 2000,
        "aria-describedby": `${id}-error`,
      })
    : h("input", {
        id,
        name: path,
        type: opts.type ?? "text",
        maxlength: opts.type === "date" ? undefined : (opts.max ?? 200),
        list: opts.list,
        readonly: opts.readonly,
        autocomplete: "off",
        "aria-describedby": `${id}-error`,
      });
  if (opts.required) control.setAttribute("aria-required", "true");
  return h(
    "div",
    { class: "field" },
    fieldLabel(id, key, opts),
    control,
    opts.hint ? h("p", { class: "hint" }, opts.hint) : null,
    errorSlot(path),
  );
}

function selectField(
  path: string,
  key: LabelKey,
  options: [string, string][],
  opts: { required?: boolean; suffix?: string } = {},
) {
  const id = idFor(path);
  return h(
    "div",
    { class: "field" },
    fieldLabel(id, key, opts),
    h(
      "select",
      {
        id,
        name: path,
        "aria-describedby": `${id}-error`,
        "aria-required": opts.required ? "true" : undefined,
      },
      h("option", { value: "" }, L("choose")),
      options.map(([value, text]) => h("option", { value }, text)),
    ),
    errorSlot(path),
  );
}

function checkboxGroup(path: string, key: LabelKey, options: [string, string][]) {
  const id = idFor(path);
  return h(
    "fieldset",
    { class: "group", id, "data-field": path, "aria-describedby": `${id}-error` },
    h("legend", {}, L(key)),
    options.map(([value, text]) =>
      h("label", { class: "check" }, h("input", { type: "checkbox", name: path, value }), ` ${text}`),
    ),
    errorSlot(path),
  );
}

const options = (table: Record<string, { it: string; en: string }>) =>
  codesOf(table).map((code) => [code, labelOf(table, code, state.lang)] as [string, string]);
const scale = (): [string, string][] => ["1", "2", "3", "4", "5"].map((n) => [n, n]);

function question(n: string, text: string, note?: string) {
  return h(
    "div",
    { class: "question" },
    h("p", { class: "q-num" }, n),
    h("p", { class: "q-text", lang: "it" }, text),
    note ? h("p", { class: "hint", lang: "it" }, `¹ ${note}`) : null,
  );
}

function contactBlock(i: number) {
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

function renderContacts(values: Record<string, string>[]) {
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

function readContacts(): Record<string, string>[] {
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

function addContact() {
  const contacts = readContacts();
  if (contacts.length >= MAX_CONTACTS) return;
  contacts.push({});
  renderContacts(contacts);
  field(`contacts[${contacts.length - 1}].name`)?.focus();
  saveDraft();
}

function removeContact(i: number) {
  const contacts = readContacts();
  if (contacts.length <= 1) return;
  contacts.splice(i, 1);
  renderContacts(contacts);
  field(`contacts[${Math.min(i, contacts.length - 1)}].name`)?.focus();
  saveDraft();
}

function regionOptions(ctx: Context) {
  return ctx.regions.map((r) => {
    const marks = [r.pilot ? L("pilot") : "", r.allowed ? "" : L("notAllowed")].filter(Boolean);
    return h(
      "option",
      { value: r.code, disabled: !r.allowed },
      marks.length ? `${r.name} (${marks.join(", ")})` : r.name,
    );
  });
}

function buildForm(ctx: Context) {
  const regionId = idFor("region");
  const root = document.getElementById("app")!;
  root.replaceChildren(
    h("h1", { id: "form-title" }, L("title")),
    h("p", { class: "hint", hidden: !ctx.user }, ctx.user ? L("user", { user: ctx.user }) : ""),
    h("div", { id: "draft-banner", hidden: true }),
    h("div", { id: "conflict", hidden: true }),
    h(
      "form",
      { id: "interview-form", novalidate: true, onsubmit: onSubmit, oninput: onChange, onchange: onChange },
      h(
        "section",
        {},
        h("h2", {}, L("sectionInterview")),
        h(
          "div",
          { class: "field" },
          h(
            "label",
            { for: regionId },
            L("region"),
            h("span", { class: "req", "aria-hidden": "true" }, " *"),
          ),
          h(
            "select",
            {
              id: regionId,
              name: "region",
              "aria-required": "true",
              "aria-describedby": `${regionId}-error`,
              onchange: onRegionChange,
            },
            h("option", { value: "" }, L("chooseRegion")),
            regionOptions(ctx),
          ),
          errorSlot("region"),
        ),
        textField("interviewDate", "interviewDate", { type: "date", required: true }),
        textField("interviewer", "interviewer", { required: true }),
        textField("interviewee.name", "intervieweeName", { required: true }),
        textField("interviewee.role", "intervieweeRole", { required: true }),
        textField("interviewee.organization", "intervieweeOrganization", { required: true }),
        h(
          "div",
          { class: "field" },
          h(
            "label",
            { class: "check", for: idFor("consent") },
            h("input", {
              type: "checkbox",
              id: idFor("consent"),
              name: "consent",
              "aria-describedby": `${idFor("consent")}-error`,
            }),
            ` ${L("consent")}`,
            h("span", { class: "req", "aria-hidden": "true" }, " *"),
          ),
          errorSlot("consent"),
        ),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q1")),
        question("1.", QUESTIONS.q1),
        selectField("hardestArea.kind", "areaKind", options(AREA_KINDS), { required: true }),
        textField("hardestArea.name", "areaName", { required: true, list: "comuni-list" }),
        textField("hardestArea.istatCode", "istatCode", { max: 6, hint: L("dataset", ctx.dataset) }),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q2")),
        question("2.", QUESTIONS.q2),
        checkboxGroup("reasons.evidence", "evidence", options(EVIDENCE)),
        checkboxGroup("reasons.causes", "causes", options(CAUSES)),
        selectField("reasons.severity", "severity", scale(), { required: true }),
        textField("reasons.explanation", "explanation", { multiline: true, required: true }),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q3")),
        question("3.", QUESTIONS.q3 + "¹", QUESTIONS.q3note),
        textField("interestedAuthority.name", "authorityName", { required: true }),
        selectField("interestedAuthority.kind", "authorityKind", options(AUTHORITY_KINDS), {
          required: true,
        }),
        textField("interestedAuthority.area", "authorityArea", { required: true, list: "comuni-list" }),
        selectField("interestedAuthority.interest", "interest", scale(), { required: true }),
        textField("interestedAuthority.notes", "authorityNotes", { multiline: true }),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q4")),
        question("4.", QUESTIONS.q4),
        textField("protocolArea", "protocolArea", { required: true, list: "comuni-list" }),
        h("h3", { id: "contacts-title" }, L("contacts")),
        h("div", { id: "contacts-list", "data-field": "contacts", "aria-labelledby": "contacts-title" }),
        errorSlot("contacts"),
        h(
          "button",
          { type: "button", id: "add-contact", class: "secondary", onclick: addContact },
          L("addContact"),
        ),
      ),
      h("section", {}, textField("notes", "notes", { multiline: true })),
      h("datalist", { id: "comuni-list" }),
      h("div", { class: "actions" }, h("button", { type: "submit", id: "submit" }, L("submit"))),
    ),
  );
  renderContacts([{}]);
  setDefaults();
}

function setDefaults() {
  const date = field("interviewDate");
  if (date && !date.value) date.value = state.ctx?.today ?? "";
  if (date && state.ctx) date.max = state.ctx.today;
}

// ---------------------------------------------------------------- reading and filling

type FormData = Record<string, unknown>;

function readForm(): FormData {
  const value = (name: string) => field(name)?.value ?? "";
  const checked = (name: string) =>
    Array.from(form().querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map(
      (c) => c.value,
    );
  const num = (name: string) => (value(name) === "" ? "" : Number(value(name)));
  const data: FormData = {
    submissionId: state.submissionId,
    region: value("region"),
    interviewDate: value("interviewDate"),
    interviewer: value("interviewer"),
    interviewee: {
      name: value("interviewee.name"),
      role: value("interviewee.role"),
      organization: value("interviewee.organization"),
    },
    consent: (field("consent") as HTMLInputElement | null)?.checked === true,
    hardestArea: {
      kind: value("hardestArea.kind"),
      name: value("hardestArea.name"),
      istatCode: value("hardestArea.istatCode"),
    },
    reasons: {
      evidence: checked("reasons.evidence"),
      causes: checked("reasons.causes"),
      severity: num("reasons.severity"),
      explanation: value("reasons.explanation"),
    },
    interestedAuthority: {
      name: value("interestedAuthority.name"),
      kind: value("interestedAuthority.kind"),
      area: value("interestedAuthority.area"),
      interest: num("interestedAuthority.interest"),
      notes: value("interestedAuthority.notes"),
    },
    protocolArea: value("protocolArea"),
    contacts: readContacts(),
    notes: value("notes"),
  };
  if (state.editing) {
    data.id = state.editing.id;
    data.version = state.editing.version;
  }
  return data;
}

function fillForm(data: FormData) {
  const get = (path: string): unknown =>
    path
      .split(".")
      .reduce<unknown>(
        (o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined),
        data,
      );
  const set = (name: string) => {
    const el = field(name);
    const v = get(name);
    if (el) el.value = v === undefined || v === null ? "" : String(v);
  };
  const region = field("region");
  if (region) region.value = String(data.region ?? "");
  [
    "interviewDate",
    "interviewer",
    "interviewee.name",
    "interviewee.role",
    "interviewee.organization",
    "hardestArea.kind",
    "hardestArea.name",
    "hardestArea.istatCode",
    "reasons.severity",
    "reasons.explanation",
    "interestedAuthority.name",
    "interestedAuthority.kind",
    "interestedAuthority.area",
    "interestedAuthority.interest",
    "interestedAuthority.notes",
    "protocolArea",
    "notes",
  ].forEach(set);
  (field("consent") as HTMLInputElement).checked = data.consent === true;
  for (const group of ["reasons.evidence", "reasons.causes"]) {
    const chosen = (get(group) as string[] | undefined) ?? [];
    form()
      .querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)
      .forEach((c) => {
        c.checked = chosen.includes(c.value);
      });
  }
  const contacts =
    Array.isArray(data.contacts) && data.contacts.length ? (data.contacts as Record<string, string>[]) : [{}];
  renderContacts(contacts.slice(0, MAX_CONTACTS));
  void loadComuni(String(data.region ?? ""));
}

// ---------------------------------------------------------------- errors and messages

function clearErrors() {
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

function showErrors(errors: FieldError[]) {
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

function showStatus(text: string) {
  statusBox().textContent = text;
}

// ---------------------------------------------------------------- drafts

function draftKey() {
  return DRAFT_PREFIX + (state.editing?.id ?? "new");
}

let draftTimer: number | undefined;
function saveDraft() {
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

function clearDraft() {
  window.clearTimeout(draftTimer);
  try {
    localStorage.removeItem(draftKey());
  } catch {
    /* nothing to clear */
  }
}

function offerDraft() {
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

// ---------------------------------------------------------------- comuni

async function loadComuni(region: string) {
  const list = document.getElementById("comuni-list");
  if (!list || !region) return;
  let comuni = state.comuni.get(region);
  if (!comuni) {
    comuni = await call<Comune[]>("getComuni", region);
    state.comuni.set(region, comuni);
  }
  if (field("region")?.value !== region) return;
  list.replaceChildren(
    ...comuni.map((c) => h("option", { value: c.name }, `${c.name} (${c.province}) ${c.code}`)),
  );
  matchIstat();
}

function matchIstat() {
  const kind = field("hardestArea.kind")?.value;
  const name = foldName(field("hardestArea.name")?.value ?? "");
  const code = field("hardestArea.istatCode");
  if (!code) return;
  const comuni = state.comuni.get(field("region")?.value ?? "") ?? [];
  const match = kind === "comune" ? comuni.find((c) => foldName(c.name) === name) : undefined;
  if (match) {
    code.value = match.code;
    code.dataset.auto = "1";
  } else if (code.dataset.auto) {
    code.value = "";
    delete code.dataset.auto;
  }
}

function onRegionChange() {
  void loadComuni(field("region")?.value ?? "").catch((e: Error) =>
    showStatus(L("connectionError", { message: e.message })),
  );
}

function onChange(event: Event) {
  const name = (event.target as HTMLInputElement).name;
  if (name === "hardestArea.name" || name === "hardestArea.kind") matchIstat();
  if (name === "hardestArea.istatCode") delete (event.target as HTMLInputElement).dataset.auto;
  saveDraft();
}

// ---------------------------------------------------------------- submitting

function setSending(sending: boolean) {
  state.sending = sending;
  const button = document.getElementById("submit") as HTMLButtonElement;
  button.disabled = sending;
  button.textContent = sending ? L("sending") : state.editing ? L("saveChanges") : L("submit");
  form().setAttribute("aria-busy", String(sending));
}

function setEditing(editing: { id: string; version: number } | undefined) {
  state.editing = editing;
  document.getElementById("form-title")!.textContent = editing ? L("editTitle", editing) : L("title");
  setSending(false);
}

function resetForm() {
  clearDraft();
  state.loaded = undefined;
  form().reset();
  setEditing(undefined);
  state.submissionId = newSubmissionId();
  renderContacts([{}]);
  setDefaults();
  clearErrors();
}

async function onSubmit(event: Event) {
  event.preventDefault();
  if (state.sending || !state.ctx) return;
  const data = readForm();
  const check = validateInterview(data, { today: state.ctx.today, lang: state.lang });
  if (!check.ok) {
    showStatus("");
    showErrors(check.errors);
    return;
  }
  clearErrors();
  hideConflict();
  setSending(true);
  showStatus(L("sending"));
  try {
    const result = await call<Result>("submitInterview", data);
    setSending(false);
    if (result.ok) {
      const params = { id: result.id, version: result.version };
      const message = result.created ? L("saved", params) : L("updated", params);
      resetForm();
      showStatus(message);
    } else if (result.conflict) {
      showStatus("");
      showConflict(result.current, data);
    } else {
      showStatus("");
      showErrors(result.errors);
    }
  } catch (error) {
    setSending(false);
    showStatus("");
    showErrors([{ field: "", message: L("connectionError", { message: (error as Error).message }) }]);
  }
}

function hideConflict() {
  const box = document.getElementById("conflict")!;
  box.hidden = true;
  box.removeAttribute("role");
}

const display = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((v) =>
          v && typeof v === "object" ? String((v as Record<string, unknown>).name ?? "") : String(v),
        )
        .join(", ")
    : value === undefined || value === null
      ? ""
      : String(value);

/**
 * Someone saved this interview since it was loaded: show what they changed, and offer to re-apply my
 * edits on their version (a three-way merge) or to load their version as it is.
 */
function showConflict(current: Stored, mine: FormData) {
  const box = document.getElementById("conflict")!;
  const original = (state.loaded ?? current) as FormData;
  const theirs = changedPaths(original, current);
  box.hidden = false;
  // An alert only while shown, so the form has one live alert region at a time.
  box.setAttribute("role", "alert");
  box.replaceChildren(
    h("p", { class: "conflict-title" }, L("conflictTitle", { version: current.version })),
    h("p", { hidden: theirs.length === 0 }, L("conflictChanged")),
    h(
      "ul",
      {},
      theirs.slice(0, 20).map((k) => h("li", {}, h("code", {}, k), `: ${display(valueAt(current, k))}`)),
    ),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          const merged = reapply(original, mine, current);
          state.loaded = current;
          setEditing({ id: current.id, version: current.version });
          fillForm(merged);
          hideConflict();
          showStatus(L("conflictReapplied", { version: current.version }));
          saveDraft();
        },
      },
      L("conflictReapply"),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () => {
          state.loaded = current;
          setEditing({ id: current.id, version: current.version });
          fillForm(current);
          hideConflict();
          saveDraft();
        },
      },
      L("conflictUseCurrent"),
    ),
  );
  box.setAttribute("tabindex", "-1");
  box.focus();
}

// ---------------------------------------------------------------- start

async function start() {
  const app = document.getElementById("app")!;
  app.textContent = label("it", "loading");
  let boot: { editId?: string } = {};
  try {
    boot = JSON.parse(document.getElementById("coef-boot")?.textContent || "{}");
  } catch {
    boot = {};
  }
  try {
    const ctx = await call<Context>("getFormContext");
    state.ctx = ctx;
    state.lang = ctx.lang;
    document.documentElement.lang = ctx.lang;
    buildForm(ctx);
    if (ctx.refusal) showErrors([{ field: "", message: ctx.refusal }]);
    if (boot.editId) {
      const stored = await call<Stored>("getInterview", boot.editId);
      state.loaded = stored;
      setEditing({ id: stored.id, version: stored.version });
      fillForm(stored);
    }
    offerDraft();
  } catch (error) {
    app.replaceChildren(
      h("p", { role: "alert" }, label(state.lang, "connectionError", { message: (error as Error).message })),
    );
  }
}

void start();
