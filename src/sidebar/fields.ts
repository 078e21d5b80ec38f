/** Builders of the form's labelled controls, each with its error slot next to it. */
import { codesOf, labelOf } from "../core/codes";
import { NAME_MAX, TEXT_MAX } from "../core/text";
import { h, idFor } from "./dom";
import type { LabelKey } from "./labels";
import { L, state } from "./state";

export function errorSlot(path: string) {
  return h("p", { class: "field-error", id: `${idFor(path)}-error`, hidden: true });
}

/** A field's visible label; `suffix` (e.g. "– Contatto 2") is for screen readers and tests by label. */
export function fieldLabel(id: string, key: LabelKey, opts: { required?: boolean; suffix?: string }) {
  return h(
    "label",
    { for: id },
    L(key),
    opts.suffix ? h("span", { class: "sr-only" }, ` ${opts.suffix}`) : null,
    opts.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null,
  );
}

export function textField(
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
        maxlength: opts.max ?? TEXT_MAX,
        "aria-describedby": `${id}-error`,
      })
    : h("input", {
        id,
        name: path,
        type: opts.type ?? "text",
        maxlength: opts.type === "date" ? undefined : (opts.max ?? NAME_MAX),
        list: opts.list,
        readonly: opts.readonly,
        autocomplete: "off",
        "aria-describedby": opts.hint ? `${id}-hint ${id}-error` : `${id}-error`,
      });
  if (opts.required) control.setAttribute("aria-required", "true");
  return h(
    "div",
    { class: "field" },
    fieldLabel(id, key, opts),
    control,
    opts.hint ? h("p", { class: "hint", id: `${id}-hint` }, opts.hint) : null,
    errorSlot(path),
  );
}

export function selectField(
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

export function checkboxGroup(
  path: string,
  key: LabelKey,
  options: [string, string][],
  opts: { required?: boolean; hint?: string } = {},
) {
  const id = idFor(path);
  return h(
    "fieldset",
    {
      class: "group",
      id,
      "data-field": path,
      "aria-describedby": opts.hint ? `${id}-hint ${id}-error` : `${id}-error`,
    },
    h(
      "legend",
      {},
      L(key),
      // A group has no aria-required: screen readers hear "required" in its name instead of the star.
      opts.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null,
      opts.required ? h("span", { class: "sr-only" }, ` (${L("required")})`) : null,
    ),
    options.map(([value, text]) =>
      h("label", { class: "check" }, h("input", { type: "checkbox", name: path, value }), ` ${text}`),
    ),
    opts.hint ? h("p", { class: "hint", id: `${id}-hint` }, opts.hint) : null,
    errorSlot(path),
  );
}

export const options = (table: Record<string, { it: string; en: string }>) =>
  codesOf(table).map((code) => [code, labelOf(table, code, state.lang)] as [string, string]);
export const scale = (): [string, string][] => ["1", "2", "3", "4", "5"].map((n) => [n, n]);

export function question(n: string, text: string, note?: string) {
  return h(
    "div",
    { class: "question" },
    h("p", { class: "q-num" }, n),
    h("p", { class: "q-text", lang: "it" }, text),
    note ? h("p", { class: "hint", lang: "it" }, `¹ ${note}`) : null,
  );
}
