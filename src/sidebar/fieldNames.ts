/**
 * What a field is called and how its value reads, for people: the conflict view and the error summary
 * speak of "Gravità della criticità: 4", never of `reasons.severity: 4`.
 */
import { AREA_KINDS, AUTHORITY_KINDS, CAUSES, DECISION_LEVELS, EVIDENCE, labelOf } from "../core/codes";
import type { LabelKey } from "./labels";
import { L, state } from "./state";

const FIELD_LABELS: Record<string, LabelKey> = {
  region: "region",
  interviewDate: "interviewDate",
  interviewer: "interviewer",
  "interviewee.name": "intervieweeName",
  "interviewee.role": "intervieweeRole",
  "interviewee.organization": "intervieweeOrganization",
  consent: "consent",
  "hardestArea.kind": "areaKind",
  "hardestArea.name": "areaName",
  "hardestArea.istatCode": "istatCode",
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
  contacts: "contacts",
  notes: "notes",
  review: "reviewState",
  reviewNote: "reviewNoteField",
};

const CONTACT_LABELS: Record<string, LabelKey> = {
  name: "contactName",
  role: "contactRole",
  organization: "contactOrganization",
  email: "contactEmail",
  phone: "contactPhone",
  decisionLevel: "decisionLevel",
  notes: "contactNotes",
};

const CODE_TABLES: Record<string, Record<string, { it: string; en: string }>> = {
  "hardestArea.kind": AREA_KINDS,
  "interestedAuthority.kind": AUTHORITY_KINDS,
  "reasons.evidence": EVIDENCE,
  "reasons.causes": CAUSES,
};

/** The name of a field for people, without the scale's explanation in brackets ("Gravità della criticità"). */
export function fieldName(path: string): string {
  const contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(path);
  if (contact && CONTACT_LABELS[contact[2]]) {
    return `${L(CONTACT_LABELS[contact[2]])} – ${L("contact", { n: Number(contact[1]) + 1 })}`;
  }
  const key = FIELD_LABELS[path];
  return key ? L(key).replace(/\s*\([^)]*\)$/, "") : path;
}

const locale = () => (state.lang === "en" ? "en-GB" : "it-IT");

/**
 * A whole number as the user's language writes it: 7.896 in Italian, 7,896 in English. Written out
 * because Intl leaves four-digit numbers ungrouped in Italian ("7896").
 */
export function formatNumber(value: number): string {
  const separator = state.lang === "en" ? "," : ".";
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A moment as 28/11/2026, 14:05; "" when it is not a date. */
export function formatWhen(value: unknown): string {
  const date = new Date(String(value ?? ""));
  return Number.isNaN(date.getTime())
    ? ""
    : date.toLocaleString(locale(), {
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      });
}

/** A value as the form shows it: labels for codes, the region's name, names of contacts, "(vuoto)". */
export function displayValue(path: string, value: unknown): string {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) {
    return L("empty");
  }
  if (typeof value === "boolean") return value ? L("yes") : L("no");
  const day = path === "interviewDate" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value)) : null;
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  if (path === "region") return state.ctx?.regions.find((r) => r.code === value)?.name ?? String(value);
  if (path === "contacts" && Array.isArray(value)) {
    return value
      .map((c) => {
        const contact = (c ?? {}) as Record<string, unknown>;
        const level = String(contact.decisionLevel ?? "");
        const levelLabel = level in DECISION_LEVELS ? labelOf(DECISION_LEVELS, level, state.lang) : "";
        return [contact.name, levelLabel].filter(Boolean).join(" – ") || L("empty");
      })
      .join("; ");
  }
  const table = CODE_TABLES[path];
  if (table) {
    const codes = Array.isArray(value) ? value : [value];
    return codes
      .map((c) => (String(c) in table ? labelOf(table, String(c), state.lang) : String(c)))
      .join(", ");
  }
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}
