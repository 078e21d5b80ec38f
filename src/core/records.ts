/**
 * Plain rows of the sheet (header → cell value) to domain objects and back. The gateway turns sheet
 * ranges into these rows; everything here is pure.
 */
import {
  AREA_KINDS,
  type AreaKind,
  AUTHORITY_KINDS,
  CAUSES,
  type Cause,
  codeFromLabel,
  DECISION_LEVELS,
  type DecisionLevel,
  EVIDENCE,
  type Evidence,
  labelOf,
} from "./codes";
import type { ContactInput, InterviewInput, Scale } from "./interview";
import {
  CONTACT_COLUMNS,
  INTERVIEW_COLUMNS,
  REVIEW_STATES,
  type ReviewState,
  type RowOf,
  YES_MARK,
} from "./tabs";
import { regionFromText, regionName } from "./territory/regions";
import { foldName, isoDate } from "./text";

export type InterviewRow = RowOf<typeof INTERVIEW_COLUMNS>;
export type ContactRow = RowOf<typeof CONTACT_COLUMNS>;

/** Who and when, written by the server next to the answers. */
export interface InterviewMeta {
  id: string;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  submissionId: string;
  /** The review; a new interview is `Da verificare`. */
  review?: string;
  reviewNote?: string;
}

/** An interview as stored: the input plus its id and version. */
export type StoredInterview = Omit<InterviewInput, "submissionId"> & {
  id: string;
  version: number;
  submissionId: string;
  /** Who saved this version and when (ISO 8601: google.script.run carries no Date), for the conflict view. */
  updatedBy?: string;
  updatedAt?: string;
  /** The staff's review: shown by the form, never taken from it. */
  review?: string;
  reviewNote?: string;
};

/** What scoring needs of an interview row. */
export interface ScoringInterview {
  id: string;
  /** The interview's version (null when the cell is blank): which contacts are current. */
  version?: number | null;
  region: string;
  hardestArea: string;
  hardestAreaIstat: string;
  /** Q1's kind as chosen in the form ("" when the cell is blank): an Ambito is keyed apart. */
  hardestAreaKind?: AreaKind | "";
  evidence: Evidence[];
  /** Q2's causes (unknown labels dropped: they do not change scores, only the Perché and Riepilogo). */
  causes?: Cause[];
  severity: Scale;
  authorityName: string;
  authorityArea: string;
  interest: Scale;
  protocolArea: string;
  /** Marked `Verificata` by the staff: what counts when only verified interviews do. */
  verified?: boolean;
}

/** What scoring needs of a contact row. */
export interface ScoringContact {
  interviewId: string;
  /** The interview version the contact was written for (null for the first release's contacts). */
  interviewVersion?: number | null;
  name: string;
  role: string;
  organization: string;
  email: string;
  phone: string;
  decisionLevel: DecisionLevel;
  /** Marked as a possible Coordinatore d'area; undefined when the sheet does not say. */
  coordinatorCandidate?: boolean;
}

const joinLabels = (table: Record<string, { it: string; en: string }>, codes: readonly string[]) =>
  codes.map((c) => labelOf(table, c)).join(", ");

/** The Interviste row of an interview. */
export function interviewToRow(input: InterviewInput, meta: InterviewMeta): InterviewRow {
  return {
    id: meta.id,
    version: meta.version,
    region: regionName(input.region),
    interviewDate: input.interviewDate,
    interviewer: input.interviewer,
    intervieweeName: input.interviewee.name,
    intervieweeRole: input.interviewee.role,
    intervieweeOrganization: input.interviewee.organization,
    // Sì/No as everywhere a yes/no is shown (a boolean would read TRUE, or VERO, by the locale).
    consent: input.consent ? YES_MARK : "No",
    hardestAreaKind: labelOf(AREA_KINDS, input.hardestArea.kind),
    hardestArea: input.hardestArea.name,
    hardestAreaIstat: input.hardestArea.istatCode ?? "",
    evidence: joinLabels(EVIDENCE, input.reasons.evidence),
    causes: joinLabels(CAUSES, input.reasons.causes),
    severity: input.reasons.severity,
    explanation: input.reasons.explanation,
    authorityName: input.interestedAuthority.name,
    authorityKind: labelOf(AUTHORITY_KINDS, input.interestedAuthority.kind),
    authorityArea: input.interestedAuthority.area,
    interest: input.interestedAuthority.interest,
    authorityNotes: input.interestedAuthority.notes ?? "",
    protocolArea: input.protocolArea,
    notes: input.notes ?? "",
    createdAt: meta.createdAt,
    createdBy: meta.createdBy,
    updatedAt: meta.updatedAt,
    updatedBy: meta.updatedBy,
    submissionId: meta.submissionId,
    review: meta.review ?? REVIEW_STATES[0],
    reviewNote: meta.reviewNote ?? "",
  };
}

/** True when a cell says yes ("Sì", "si", "x", TRUE…): the Coordinatore d'area mark. */
export function isYes(value: unknown): boolean {
  return value === true || /^(si|yes|true|vero|x|1)$/.test(foldName(cellText(value)));
}

/** The review state a cell holds (matched ignoring case and accents), or "" for blank or unknown text. */
export function reviewOf(value: unknown): ReviewState | "" {
  const folded = foldName(cellText(value));
  return REVIEW_STATES.find((s) => foldName(s) === folded) ?? "";
}

/**
 * What a form save leaves in Verifica and Nota verifica: a new interview is `Da verificare`;
 * one marked `Da correggere` goes back to `Da verificare`, its note kept for the reviewer; any other
 * state stays as the staff set it. The form's input never decides it.
 */
export function reviewAfterSave(previous?: { review: unknown; reviewNote: unknown }): {
  review: string;
  reviewNote: string;
} {
  if (!previous) return { review: REVIEW_STATES[0], reviewNote: "" };
  const state = reviewOf(previous.review);
  const kept = cellText(previous.review);
  return {
    review: state === "Da correggere" || kept === "" ? REVIEW_STATES[0] : kept,
    reviewNote: cellText(previous.reviewNote),
  };
}

/** The Contatti rows of an interview's contacts. */
export function contactsToRows(
  interviewId: string,
  region: string,
  contacts: readonly ContactInput[],
  version: number,
): ContactRow[] {
  return contacts.map((c) => ({
    interviewId,
    region: regionName(region),
    name: c.name,
    role: c.role,
    organization: c.organization,
    email: c.email ?? "",
    phone: c.phone ?? "",
    decisionLevel: labelOf(DECISION_LEVELS, c.decisionLevel),
    notes: c.notes ?? "",
    interviewVersion: version,
    coordinatorCandidate: c.coordinatorCandidate ? YES_MARK : "",
  }));
}

/** A version cell as a positive integer, or null when blank or unusable (contacts of the first release). */
export function versionOf(value: unknown): number | null {
  const n = typeof value === "number" ? value : Number(cellText(value));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * The contacts that belong to an interview at its version. Contacts written for another version are
 * an edit in progress (not yet switched) or left over from the previous version (not yet removed);
 * contacts without a version come from the first release and count while none has the interview's
 * version.
 */
export function currentContacts<T>(
  contacts: readonly T[],
  contactVersion: (contact: T) => number | null,
  interviewVersion: number,
): T[] {
  const matching = contacts.filter((c) => contactVersion(c) === interviewVersion);
  return matching.length > 0 ? matching : contacts.filter((c) => contactVersion(c) === null);
}

/**
 * Scoring contacts of the interviews as they are now (see currentContacts), others dropped, in their
 * sheet order (the order that decides a person's first-seen details). Two passes over the contacts and
 * no list per interview: large sheets are read on every recalculation.
 */
export function currentScoringContacts<C extends { interviewId: string; interviewVersion?: number | null }>(
  interviews: readonly { id: string; version?: number | null }[],
  contacts: readonly C[],
): C[] {
  const versionOfInterview = new Map<string, number | null>();
  for (const interview of interviews)
    if (!versionOfInterview.has(interview.id))
      versionOfInterview.set(interview.id, interview.version ?? null);
  // Interviews with at least one contact of their own version: their unversioned contacts are old.
  const versioned = new Set<string>();
  for (const c of contacts) {
    const version = versionOfInterview.get(c.interviewId);
    if (version !== undefined && version !== null && c.interviewVersion === version)
      versioned.add(c.interviewId);
  }
  const out: C[] = [];
  for (const c of contacts) {
    const version = versionOfInterview.get(c.interviewId);
    if (version === undefined) continue;
    const own = c.interviewVersion ?? null;
    if (own === null ? !versioned.has(c.interviewId) : own === version) out.push(c);
  }
  return out;
}

/** A cell as text: numbers and booleans as typed, dates as YYYY-MM-DD, blanks as "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Object.prototype.toString.call(value) === "[object Date]") return isoDate(value as Date);
  return String(value).trim();
}

function splitCodes<T extends Record<string, { it: string; en: string }>>(table: T, value: unknown) {
  const codes: (keyof T & string)[] = [];
  const unknown: string[] = [];
  const text = cellText(value);
  if (!text) return { codes, unknown };
  for (const piece of text.split(/[,;\n]/)) {
    const part = piece.trim();
    if (!part) continue;
    const code = codeFromLabel(table, part);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part.trim());
  }
  return { codes, unknown };
}

/*
 * Scoring reads the same few code lists on every row of a large sheet: each distinct cell text is split
 * once per table (bounded), and the rows share the resulting arrays, which scoring never changes.
 */
const CODE_CACHE = new WeakMap<
  object,
  Map<string, { codes: readonly string[]; unknown: readonly string[] }>
>();
function scoringCodes<T extends Record<string, { it: string; en: string }>>(table: T, value: unknown) {
  let byText = CODE_CACHE.get(table);
  if (!byText) {
    byText = new Map();
    CODE_CACHE.set(table, byText);
  }
  const text = typeof value === "string" ? value : cellText(value);
  let found = byText.get(text);
  if (!found) {
    found = splitCodes(table, text);
    if (byText.size > 5_000) byText.clear();
    byText.set(text, found);
  }
  return found as { codes: (keyof T & string)[]; unknown: string[] };
}

function scaleOf(value: unknown): Scale | undefined {
  const n = typeof value === "number" ? value : Number(cellText(value).replace(",", "."));
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Scale) : undefined;
}

/** Reads a stored interview back as the form's input, with its contacts (for editing). */
export function rowToStoredInterview(row: InterviewRow, contactRows: readonly ContactRow[]): StoredInterview {
  const version = Number(row.version);
  return {
    id: cellText(row.id),
    version: Number.isInteger(version) && version > 0 ? version : 1,
    submissionId: cellText(row.submissionId),
    updatedBy: cellText(row.updatedBy),
    updatedAt:
      Object.prototype.toString.call(row.updatedAt) === "[object Date]"
        ? (row.updatedAt as Date).toISOString()
        : cellText(row.updatedAt),
    region: regionFromText(row.region) ?? "",
    interviewDate: cellText(row.interviewDate),
    interviewer: cellText(row.interviewer),
    interviewee: {
      name: cellText(row.intervieweeName),
      role: cellText(row.intervieweeRole),
      organization: cellText(row.intervieweeOrganization),
    },
    consent: row.consent === true || /^(true|vero|si|sì|yes|x)$/i.test(cellText(row.consent)),
    hardestArea: {
      kind: codeFromLabel(AREA_KINDS, row.hardestAreaKind) ?? "altro",
      name: cellText(row.hardestArea),
      istatCode: cellText(row.hardestAreaIstat),
    },
    reasons: {
      evidence: splitCodes(EVIDENCE, row.evidence).codes,
      causes: splitCodes(CAUSES, row.causes).codes as Cause[],
      severity: scaleOf(row.severity) ?? (0 as Scale),
      explanation: cellText(row.explanation),
    },
    interestedAuthority: {
      name: cellText(row.authorityName),
      kind: codeFromLabel(AUTHORITY_KINDS, row.authorityKind) ?? "altro",
      area: cellText(row.authorityArea),
      interest: scaleOf(row.interest) ?? (0 as Scale),
      notes: cellText(row.authorityNotes),
    },
    protocolArea: cellText(row.protocolArea),
    contacts: contactRows.map((c) => ({
      name: cellText(c.name),
      role: cellText(c.role),
      organization: cellText(c.organization),
      email: cellText(c.email),
      phone: cellText(c.phone),
      decisionLevel: codeFromLabel(DECISION_LEVELS, c.decisionLevel) ?? "altro",
      notes: cellText(c.notes),
      // Only when marked, so that contacts read back as the form sends them (the conflict view compares).
      ...(isYes(c.coordinatorCandidate) ? { coordinatorCandidate: true } : {}),
    })),
    notes: cellText(row.notes),
    review: cellText(row.review),
    reviewNote: cellText(row.reviewNote),
  };
}

/** A row that scoring cannot use, and why (the header of the offending column). */
export interface RowProblem {
  row: number;
  column: string;
}

/**
 * Reads what scoring needs from an Interviste row, or the column that makes it unusable (an unknown
 * region, a severity or interest outside 1–5). Rows without an id are blank rows and give null.
 */
export function rowToScoringInterview(row: InterviewRow): ScoringInterview | { problem: string } | null {
  const id = cellText(row.id);
  if (!id) return null;
  const region = regionFromText(row.region);
  if (!region) return { problem: INTERVIEW_COLUMNS.region.header };
  const severity = scaleOf(row.severity);
  if (!severity) return { problem: INTERVIEW_COLUMNS.severity.header };
  const interest = scaleOf(row.interest);
  if (!interest) return { problem: INTERVIEW_COLUMNS.interest.header };
  const evidence = scoringCodes(EVIDENCE, row.evidence);
  if (evidence.unknown.length) return { problem: INTERVIEW_COLUMNS.evidence.header };
  return {
    id,
    version: versionOf(row.version),
    region,
    hardestArea: cellText(row.hardestArea),
    hardestAreaIstat: cellText(row.hardestAreaIstat).replace(/^(\d{1,5})$/, (d) => d.padStart(6, "0")),
    hardestAreaKind: codeFromLabel(AREA_KINDS, row.hardestAreaKind) ?? "",
    evidence: evidence.codes,
    causes: scoringCodes(CAUSES, row.causes).codes as Cause[],
    severity,
    authorityName: cellText(row.authorityName),
    authorityArea: cellText(row.authorityArea),
    interest,
    protocolArea: cellText(row.protocolArea),
    verified: reviewOf(row.review) === "Verificata",
  };
}

/** Reads what scoring needs from a Contatti row; blank rows give null, unusable rows a problem. */
export function rowToScoringContact(row: ContactRow): ScoringContact | { problem: string } | null {
  const interviewId = cellText(row.interviewId);
  const name = cellText(row.name);
  if (!interviewId && !name) return null;
  if (!interviewId) return { problem: CONTACT_COLUMNS.interviewId.header };
  const decisionLevel = codeFromLabel(DECISION_LEVELS, row.decisionLevel);
  if (!decisionLevel) return { problem: CONTACT_COLUMNS.decisionLevel.header };
  return {
    interviewId,
    interviewVersion: versionOf(row.interviewVersion),
    name,
    role: cellText(row.role),
    organization: cellText(row.organization),
    email: cellText(row.email),
    phone: cellText(row.phone),
    decisionLevel,
    // Undefined when the tab has no such column (a sheet not prepared since): counts stay blank.
    coordinatorCandidate:
      row.coordinatorCandidate === undefined ? undefined : isYes(row.coordinatorCandidate),
  };
}
