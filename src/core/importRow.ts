/**
 * One row of Importa read into the form's input and checked by the form's own validation: labels or
 * codes where they are unambiguous (a region by name or ISTAT code, "Dati statistici" or
 * `dati_statistici`, Sì/No/yes/1…), dates as YYYY-MM-DD or GG/MM/AAAA, and each error said by the
 * column it comes from. Pure: the shell reads the tab and writes what this decides.
 */
import { cellText, dateCellText, yesNoOf } from "./cells";
import {
  AREA_KINDS,
  AUTHORITY_KINDS,
  CAUSES,
  codeFromLabel,
  DECISION_LEVELS,
  EVIDENCE,
  type Lang,
} from "./codes";
import { t } from "./i18n";
import { CONTACT_SLOT_FIELDS, IMPORT_COLUMNS, IMPORT_CONTACT_SLOTS, slotKey } from "./importColumns";
import { byColumn } from "./importErrors";
import { type InterviewInput, validateInterview } from "./interview";
import { idInText } from "./interviewIds";
import { interviewKey } from "./likelyDuplicates";
import { INTERVIEW_COLUMNS } from "./tabs";
import { findComuneByCode, findComuneByName } from "./territory/comuni";
import { regionFromText } from "./territory/regions";
import { foldName } from "./text";

export type ImportRow = Record<string, unknown>;

/** What a row of Importa is: nothing to do, a repeated header, errors by column, or an interview. */
export type ParsedRow =
  | { kind: "blank" }
  | { kind: "header" }
  | { kind: "invalid"; errors: { column: string; message: string }[]; identity: string }
  | { kind: "valid"; input: InterviewInput; key: string; identity: string };

/**
 * A consent cell as the form's checkbox: yes or no as every yes/no cell is read (yesNoOf), and also a
 * clear yes in words ("Sì, acconsento"); other text as is (the error then says it was not understood).
 */
export function consentOf(value: unknown): unknown {
  const text = cellText(value);
  const folded = foldName(text);
  // A mark such as "✓" folds to nothing but is not blank: said as not understood, not read as no.
  if (text !== "" && folded === "") return text;
  return yesNoOf(value) ?? (yesInWords(folded) ? true : text);
}

/* A yes said in words: "Sì, acconsento", "Si, ho letto l'informativa", "Yes, I agree". */
const YES_FIRST = new Set(["si", "yes"]);
/* Words that take the yes back ("Sì, ma non acconsento"): such a cell is not read as yes. */
const TAKEN_BACK = new Set(["no", "non", "not", "nessun", "nessuno", "mai", "never", "rifiuto", "rifiuta"]);

/** True for a folded text that starts with Sì/Yes and has no word taking it back. */
function yesInWords(folded: string): boolean {
  const [first, ...rest] = folded.split(" ");
  return YES_FIRST.has(first) && rest.length > 0 && !rest.some((word) => TAKEN_BACK.has(word));
}

/** A date cell as YYYY-MM-DD (see dateCellText); anything else as written, for the validation to refuse. */
export const importDateOf = dateCellText;

export { columnOfField } from "./importErrors";

/** A code list's cell as codes: known labels or codes become codes, unknown pieces stay as written. */
function codesOf(table: Record<string, { it: string; en: string }>, value: unknown): string[] {
  return cellText(value)
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => codeFromLabel(table, part) ?? part)
    .filter((code, i, all) => all.indexOf(code) === i);
}

/** One choice: its code when the label or code is known, else the text as written ("" when blank). */
function choiceOf(table: Record<string, { it: string; en: string }>, value: unknown): string {
  const text = cellText(value);
  return text ? (codeFromLabel(table, text) ?? text) : "";
}

/** A 1–5 cell: numbers as they are, text trimmed (the validation refuses anything else). */
const scaleOf = (value: unknown) => (typeof value === "number" ? value : cellText(value));

/** An ISTAT code read as a number loses its leading zeros (72006 is 072006). */
const istatOf = (value: unknown) => cellText(value).replace(/^(\d{1,5})$/, (d) => d.padStart(6, "0"));

const slotCells = (row: ImportRow, slot: number) =>
  CONTACT_SLOT_FIELDS.map(([field]) => cellText(row[slotKey(slot, field)]));

/** True when a row holds nothing to import (the outcome column aside). */
export function isBlankImportRow(row: ImportRow): boolean {
  for (const key of IMPORT_KEYS) {
    const value = row[key];
    if (value !== "" && value !== null && value !== undefined && cellText(value) !== "") return false;
  }
  return true;
}
const IMPORT_KEYS = Object.keys(IMPORT_COLUMNS).filter((k) => k !== "outcome");

/** True when a row repeats the header (a CSV imported with its header row below ours). */
export function isRepeatedHeader(row: ImportRow): boolean {
  let same = 0;
  for (const key of HEADER_PROBES)
    if (typeof row[key] === "string" && foldName(row[key] as string) === foldName(IMPORT_COLUMNS[key].header))
      same++;
  return same >= 2;
}
/* A few columns whose header no answer repeats: a row holding two of them is a header row. */
const HEADER_PROBES = ["region", "interviewDate", "intervieweeName", "severity"];

/** The form's input of a row, before validation, and the slot (1..5) of each contact it holds. */
export function rawInputOf(row: ImportRow): { raw: Record<string, unknown>; slots: number[] } {
  const text = (key: string) => cellText(row[key]);
  const slots: number[] = [];
  const contacts: Record<string, unknown>[] = [];
  for (let slot = 1; slot <= IMPORT_CONTACT_SLOTS; slot++) {
    if (slotCells(row, slot).every((c) => c === "")) continue;
    slots.push(slot);
    const cell = (field: (typeof CONTACT_SLOT_FIELDS)[number][0]) => cellText(row[slotKey(slot, field)]);
    contacts.push({
      name: cell("name"),
      role: cell("role"),
      organization: cell("organization"),
      email: cell("email"),
      phone: cell("phone"),
      decisionLevel: choiceOf(DECISION_LEVELS, cell("decisionLevel")),
    });
  }
  const raw: Record<string, unknown> = {
    // Replaced by the row's own id once valid (see parseImportRow).
    submissionId: "imp-pending",
    region: regionFromText(text("region")) ?? text("region"),
    interviewDate: importDateOf(row.interviewDate),
    interviewer: text("interviewer"),
    interviewee: {
      name: text("intervieweeName"),
      role: text("intervieweeRole"),
      organization: text("intervieweeOrganization"),
    },
    consent: consentOf(row.consent),
    hardestArea: {
      kind: choiceOf(AREA_KINDS, row.hardestAreaKind),
      name: text("hardestArea"),
      istatCode: istatOf(row.hardestAreaIstat),
    },
    reasons: {
      evidence: codesOf(EVIDENCE, row.evidence),
      causes: codesOf(CAUSES, row.causes),
      severity: scaleOf(row.severity),
      explanation: text("explanation"),
    },
    interestedAuthority: {
      name: text("authorityName"),
      kind: choiceOf(AUTHORITY_KINDS, row.authorityKind),
      area: text("authorityArea"),
      interest: scaleOf(row.interest),
      notes: text("authorityNotes"),
    },
    protocolArea: text("protocolArea"),
    contacts,
    notes: text("notes"),
  };
  return { raw, slots };
}

/**
 * A short, stable digest of a text (two 32-bit FNV-1a hashes): the same answers always give the
 * same submission id, so a row imported once is recognised by what it says, wherever it moved.
 */
export function digest(text: string): string {
  const length = text.length;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c ^ (i & 0xff), 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
/* Looked up once: a global lookup per character is slow where the bundle runs in its own context. */
const imul = Math.imul;

/** The submission id of an imported interview: `imp-` and the digest of its validated answers. */
export function importSubmissionId(input: InterviewInput): string {
  const { submissionId: _ignored, ...answers } = input;
  return `imp-${digest(JSON.stringify(answers))}`;
}

/**
 * Reads and checks one Importa row: blank, a repeated header, errors by column (in the user's
 * language), or the validated interview with its submission id derived from its answers.
 */
export function parseImportRow(row: ImportRow, options: { today: string; lang: Lang }): ParsedRow {
  if (isBlankImportRow(row)) return { kind: "blank" };
  if (isRepeatedHeader(row)) return { kind: "header" };
  const { raw, slots } = rawInputOf(row);
  const validation = validateInterview(raw, options);
  // Who, where and when, read as the validation reads them: what a likely duplicate shares.
  const person = raw.interviewee as { name: string };
  const identity = interviewKey(String(raw.region), person.name, String(raw.interviewDate));
  if (!validation.ok)
    return { kind: "invalid", errors: byColumn(validation.errors, raw, slots, options.lang), identity };
  const input = validation.value;
  // As the form's save does: a given ISTAT code must be a comune of the region; a comune's name fills it.
  const area = input.hardestArea;
  if (area.istatCode) {
    if (!findComuneByCode(input.region, area.istatCode))
      return {
        kind: "invalid",
        errors: [
          { column: INTERVIEW_COLUMNS.hardestAreaIstat.header, message: t(options.lang, "invalidIstat") },
        ],
        identity,
      };
  } else if (area.kind === "comune") {
    const comune = findComuneByName(input.region, area.name);
    if (comune) area.istatCode = comune.code;
  }
  input.submissionId = importSubmissionId(input);
  return { kind: "valid", input, key: input.submissionId, identity };
}

/** The interview id an Esito importazione cell names ("Importata: INT-00042"), or "". */
export function outcomeId(outcome: unknown): string {
  return idInText(cellText(outcome));
}

/**
 * The interview an Esito importazione says the row was imported as ("Importata: INT-…", "Già
 * importata: INT-…", "In importazione: INT-…"), or "" for any other text: an error, a likely
 * duplicate's warning, a note typed by the user.
 */
export function claimedId(outcome: unknown): string {
  const claims = /^(Importata|Già importata|In importazione|Imported|Already imported|Importing)\b/i;
  return claims.test(cellText(outcome)) ? outcomeId(outcome) : "";
}

/**
 * True when an Esito importazione says the row is being imported ("In importazione: INT-…"): written
 * before its interview, so that a run Google cuts in between never imports the row a second time.
 */
export function isInProgressOutcome(outcome: unknown): boolean {
  return /^(In importazione|Importing):/i.test(cellText(outcome));
}

/** The errors of a row as one Esito importazione text, column by column. */
export function invalidOutcome(errors: readonly { column: string; message: string }[], lang: Lang): string {
  const parts = errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message));
  return t(lang, "importInvalid", { errors: parts.join(" · ") });
}
