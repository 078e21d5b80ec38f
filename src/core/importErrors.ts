/**
 * The errors of an Importa row said by the column they come from: the form's field paths mapped to
 * Importa's headers, a refused choice named with the values allowed, a consent cell not understood
 * said as such. Pure.
 */
import { AREA_KINDS, AUTHORITY_KINDS, CAUSES, DECISION_LEVELS, EVIDENCE, type Lang, labelOf } from "./codes";
import { t } from "./i18n";
import { CONTACT_SLOT_FIELDS, IMPORT_COLUMNS, slotHeader } from "./importColumns";
import type { FieldError } from "./interview";
import { INTERVIEW_COLUMNS } from "./tabs";

/** The form's field paths (`interviewee.name`) → Interviste's column keys (`intervieweeName`). */
const FIELD_COLUMNS: Record<string, string> = {
  region: "region",
  interviewDate: "interviewDate",
  interviewer: "interviewer",
  "interviewee.name": "intervieweeName",
  "interviewee.role": "intervieweeRole",
  "interviewee.organization": "intervieweeOrganization",
  consent: "consent",
  "hardestArea.kind": "hardestAreaKind",
  "hardestArea.name": "hardestArea",
  "hardestArea.istatCode": "hardestAreaIstat",
  "reasons.evidence": "evidence",
  "reasons.causes": "causes",
  "reasons.severity": "severity",
  "reasons.explanation": "explanation",
  "interestedAuthority.name": "authorityName",
  "interestedAuthority.kind": "authorityKind",
  "interestedAuthority.area": "authorityArea",
  "interestedAuthority.interest": "interest",
  "interestedAuthority.notes": "authorityNotes",
  protocolArea: "protocolArea",
  notes: "notes",
};

/** The Importa header a form field's error belongs to (`contacts[1].email` → `Contatto 3 Email` when slot 2 is empty). */
export function columnOfField(field: string, slots: readonly number[]): string {
  const contact = /^contacts\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (contact) {
    const slot = slots[Number(contact[1])] ?? Number(contact[1]) + 1;
    const known = CONTACT_SLOT_FIELDS.find(([f]) => f === contact[2]);
    return slotHeader(slot, known ? known[0] : "name");
  }
  if (field === "contacts") return slotHeader(1, "name");
  const key = FIELD_COLUMNS[field.replace(/\[\d+\]$/, "")];
  return key ? IMPORT_COLUMNS[key].header : "";
}

/** The code list of a choice column of Importa (by its header), or null. */
function choicesOf(column: string): Record<string, { it: string; en: string }> | null {
  if (column === INTERVIEW_COLUMNS.evidence.header) return EVIDENCE;
  if (column === INTERVIEW_COLUMNS.causes.header) return CAUSES;
  if (column === INTERVIEW_COLUMNS.hardestAreaKind.header) return AREA_KINDS;
  if (column === INTERVIEW_COLUMNS.authorityKind.header) return AUTHORITY_KINDS;
  if (/^Contatto \d+ Livello decisionale$/.test(column)) return DECISION_LEVELS;
  return null;
}

/** The labels a choice column accepts, said after its error (no dropdown shows them while importing). */
function allowedOf(column: string, lang: Lang): string {
  const table = choicesOf(column);
  if (!table) return "";
  return ` ${t(lang, "importAllowed", {
    list: Object.keys(table)
      .map((c) => labelOf(table, c, lang))
      .join(", "),
  })}`;
}

/** The value at a form field's path in the raw input (`contacts[0].decisionLevel`, `reasons.evidence[1]`). */
function valueAt(raw: Record<string, unknown>, field: string): unknown {
  let value: unknown = raw;
  for (const part of field.split(/[.[\]]+/).filter(Boolean))
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** A value as an error names it: a long one shortened (the Esito is a message, not a copy of the cell). */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

/** The form's errors as errors by Importa column, one per column, naming the values it refused. */
export function byColumn(
  errors: readonly FieldError[],
  raw: Record<string, unknown>,
  slots: readonly number[],
  lang: Lang,
) {
  const out: { column: string; message: string }[] = [];
  const refused = new Map<string, string[]>();
  for (const error of errors) {
    const column = columnOfField(error.field, slots);
    const value = valueAt(raw, error.field);
    if (error.message === t(lang, "invalidChoice") && typeof value === "string" && value !== "") {
      const values = refused.get(column) ?? [];
      if (!values.includes(value)) values.push(value);
      refused.set(column, values);
    }
    if (out.some((e) => e.column === column)) continue;
    // A consent cell that is neither yes nor no: said as not understood, not as refused.
    const unclear = error.field === "consent" && typeof value === "string" && value !== "";
    out.push({
      column,
      message: unclear
        ? t(lang, "importConsentUnclear", { value: shown(value) })
        : error.message + allowedOf(column, lang),
    });
  }
  for (const e of out) {
    const values = refused.get(e.column);
    if (values)
      e.message += ` ${t(lang, "importRefusedValues", {
        values: values.map((v) => `"${shown(v)}"`).join(", "),
        count: values.length,
      })}`;
  }
  return out;
}
