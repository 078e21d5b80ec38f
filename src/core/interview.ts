/**
 * The interview as the form sends it (docs/contract.md) and its one validation, used by the sidebar
 * before sending and by the server before writing.
 */
import * as v from "valibot";
import {
  AREA_KINDS,
  type AreaKind,
  AUTHORITY_KINDS,
  type AuthorityKind,
  CAUSES,
  type Cause,
  codesOf,
  DECISION_LEVELS,
  type DecisionLevel,
  EVIDENCE,
  type Evidence,
  type Lang,
} from "./codes";
import { isMessageKey, t } from "./i18n";
import { REGIONS } from "./territory/regions";
import { cleanText, NAME_MAX, TEXT_MAX } from "./text";

export type Scale = 1 | 2 | 3 | 4 | 5;

export interface ContactInput {
  name: string;
  role: string;
  organization: string;
  email?: string;
  phone?: string;
  decisionLevel: DecisionLevel;
  notes?: string;
  /** A possible Coordinatore d'area, a social worker: Contatti's `Coordinatore d'area` reads "Sì". */
  coordinatorCandidate?: boolean;
}

export interface InterviewInput {
  submissionId: string;
  id?: string;
  version?: number;
  region: string;
  interviewDate: string;
  interviewer: string;
  interviewee: { name: string; role: string; organization: string };
  consent: boolean;
  hardestArea: { kind: AreaKind; name: string; istatCode?: string };
  reasons: { evidence: Evidence[]; causes: Cause[]; severity: Scale; explanation: string };
  interestedAuthority: { name: string; kind: AuthorityKind; area: string; interest: Scale; notes?: string };
  protocolArea: string;
  contacts: ContactInput[];
  notes?: string;
}

export interface FieldError {
  /** Path of the field, as the form's input names: `contacts[1].email`; empty for the whole input. */
  field: string;
  message: string;
}

export type Validation = { ok: true; value: InterviewInput } | { ok: false; errors: FieldError[] };

/** Largest accepted input, as JSON: ten full contacts and every free text at its cap fit well below. */
export const MAX_PAYLOAD_CHARS = 60_000;
export const MIN_INTERVIEW_DATE = "2018-01-01";
export const MAX_CONTACTS = 10;

/* Messages are message keys ("tooLong:200" carries its parameter); they are translated at the end. */
const text = (max: number, multiline = false) =>
  v.pipe(
    v.string("required"),
    v.transform((s: string) => cleanText(s, multiline)),
    v.nonEmpty("required"),
    v.maxLength(max, `tooLong:${max}`),
  );
const optionalText = (max: number, multiline = false) =>
  v.nullish(
    v.pipe(
      v.string("invalidInput"),
      v.transform((s: string) => cleanText(s, multiline)),
      v.maxLength(max, `tooLong:${max}`),
    ),
    "",
  );
const scale = v.pipe(
  v.union([v.number(), v.string()], "invalidScale"),
  v.transform((x: number | string) => (x === "" ? Number.NaN : Number(x))),
  v.integer("invalidScale"),
  v.minValue(1, "invalidScale"),
  v.maxValue(5, "invalidScale"),
);
/* An empty choice is "required"; an unknown one "not allowed". */
const picklist = <T extends string>(codes: T[]) =>
  v.pipe(
    v.string("required"),
    v.nonEmpty("required"),
    v.check((x) => (codes as string[]).includes(x), "invalidChoice"),
    v.transform((x) => x as T),
  );
const isRealDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};
const EMAIL_RE = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/;
const isPhone = (s: string) =>
  /^\+?[0-9 ()./-]+$/.test(s) && s.replace(/\D/g, "").length >= 6 && s.length <= 30;

const contactSchema = v.pipe(
  v.object(
    {
      name: text(NAME_MAX),
      role: text(NAME_MAX),
      organization: text(NAME_MAX),
      email: v.pipe(
        optionalText(NAME_MAX),
        v.check((s) => s === "" || EMAIL_RE.test(s), "invalidEmail"),
      ),
      phone: v.pipe(
        optionalText(40),
        v.check((s) => s === "" || isPhone(s), "invalidPhone"),
      ),
      decisionLevel: picklist(codesOf(DECISION_LEVELS)),
      notes: optionalText(TEXT_MAX, true),
      coordinatorCandidate: v.nullish(v.boolean("invalidInput")),
    },
    "invalidInput",
  ),
  v.forward(
    v.partialCheck([["email"], ["phone"]], (c) => Boolean(c.email || c.phone), "emailOrPhone"),
    ["email"],
  ),
);

function interviewSchema(today: string) {
  return v.pipe(
    v.object(
      {
        submissionId: v.pipe(
          v.string("invalidSubmission"),
          v.regex(/^[A-Za-z0-9_-]{8,100}$/, "invalidSubmission"),
        ),
        id: v.nullish(
          v.pipe(v.string("invalidSubmission"), v.regex(/^[A-Za-z0-9_-]{1,60}$/, "invalidSubmission")),
        ),
        version: v.nullish(
          v.pipe(v.number("invalidVersion"), v.integer("invalidVersion"), v.minValue(1, "invalidVersion")),
        ),
        region: v.picklist(
          REGIONS.map((r) => r.code),
          "invalidRegion",
        ),
        interviewDate: v.pipe(
          v.string("required"),
          v.trim(),
          v.nonEmpty("required"),
          v.check(isRealDate, "invalidDate"),
          v.check((d) => d >= MIN_INTERVIEW_DATE, "dateTooOld"),
          v.check((d) => d <= today, "dateInFuture"),
        ),
        interviewer: text(NAME_MAX),
        interviewee: v.object(
          { name: text(NAME_MAX), role: text(NAME_MAX), organization: text(NAME_MAX) },
          "invalidInput",
        ),
        consent: v.literal(true, "consentRequired"),
        hardestArea: v.object(
          {
            kind: picklist(codesOf(AREA_KINDS)),
            name: text(NAME_MAX),
            istatCode: v.pipe(optionalText(6), v.regex(/^(\d{6})?$/, "invalidIstat")),
          },
          "invalidInput",
        ),
        reasons: v.object(
          {
            evidence: v.nullish(v.array(picklist(codesOf(EVIDENCE)), "invalidChoice"), []),
            causes: v.pipe(
              v.array(picklist(codesOf(CAUSES)), "causesRequired"),
              v.minLength(1, "causesRequired"),
            ),
            severity: scale,
            explanation: text(TEXT_MAX, true),
          },
          "invalidInput",
        ),
        interestedAuthority: v.object(
          {
            name: text(NAME_MAX),
            kind: picklist(codesOf(AUTHORITY_KINDS)),
            area: text(NAME_MAX),
            interest: scale,
            notes: optionalText(TEXT_MAX, true),
          },
          "invalidInput",
        ),
        protocolArea: text(NAME_MAX),
        contacts: v.pipe(
          v.array(contactSchema, "contactsCount"),
          v.minLength(1, "contactsCount"),
          v.maxLength(MAX_CONTACTS, "contactsCount"),
        ),
        notes: optionalText(TEXT_MAX, true),
      },
      "invalidInput",
    ),
    v.forward(
      v.partialCheck([["id"], ["version"]], (x) => !x.id || typeof x.version === "number", "invalidVersion"),
      ["version"],
    ),
  );
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = "";
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === "number") path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function translate(message: string, lang: Lang): string {
  const [key, param] = message.split(":");
  return isMessageKey(key) ? t(lang, key, { max: param ?? "" }) : message;
}

/**
 * Validates and cleans an interview input: trims text, removes control characters, checks every
 * rule of docs/contract.md and returns the typed value or one error per field, in the user's language.
 * `today` (YYYY-MM-DD) is passed in so the check of future dates is deterministic.
 */
export function validateInterview(raw: unknown, options: { today: string; lang: Lang }): Validation {
  let size = 0;
  try {
    size = JSON.stringify(raw ?? null).length;
  } catch {
    return { ok: false, errors: [{ field: "", message: t(options.lang, "invalidInput") }] };
  }
  if (size > MAX_PAYLOAD_CHARS) {
    return { ok: false, errors: [{ field: "", message: t(options.lang, "payloadTooLarge") }] };
  }
  const result = v.safeParse(interviewSchema(options.today), raw, { abortPipeEarly: true });
  if (result.success) {
    const value = result.output as InterviewInput;
    if (!value.id) {
      delete value.id;
      delete value.version;
    }
    return { ok: true, value };
  }
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const field = pathOf(issue);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: translate(issue.message, options.lang) });
  }
  return { ok: false, errors: withContactRule(errors, raw, options.lang) };
}

const blank = (x: unknown) => x === undefined || x === null || (typeof x === "string" && x.trim() === "");

/**
 * Adds the e-mail-or-phone rule of each contact that has neither, when another error of the contact
 * stopped the schema before it (an empty save lists every error at once). Each goes where the form
 * shows it: after the contact's name, role and organization errors, before the rest.
 */
function withContactRule(errors: FieldError[], raw: unknown, lang: Lang): FieldError[] {
  const contacts = (raw as { contacts?: unknown })?.contacts;
  if (!Array.isArray(contacts)) return errors;
  const out = [...errors];
  contacts.forEach((contact, i) => {
    if (!contact || typeof contact !== "object") return;
    const c = contact as { email?: unknown; phone?: unknown };
    const field = `contacts[${i}].email`;
    if (!blank(c.email) || !blank(c.phone) || out.some((e) => e.field === field)) return;
    const prefix = `contacts[${i}].`;
    const before = new Set(["name", "role", "organization"].map((k) => prefix + k));
    let at = out.findIndex(
      (e) =>
        (e.field.startsWith(prefix) && !before.has(e.field)) ||
        contactIndex(e.field) > i ||
        e.field === "notes",
    );
    if (at < 0) at = out.length;
    out.splice(at, 0, { field, message: t(lang, "emailOrPhone") });
  });
  return out;
}

/** The contact an error path belongs to ("contacts[2].email" → 2), or -1. */
function contactIndex(path: string): number {
  const m = /^contacts\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : -1;
}
