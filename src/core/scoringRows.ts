/**
 * The rows scoring reads: Interviste and Contatti values, as a range passes them to a custom function
 * or the shell reads them for the decision tabs, parsed into what scoring needs. Rows that cannot be
 * used are skipped and counted, the first one named by its cell. One parser for every scoring reader.
 */
import { cellText, isYes } from "./cells";
import { scaleOf, sharedCodes } from "./codeCells";
import {
  AREA_KINDS,
  type AreaKind,
  CAUSES,
  type Cause,
  codeFromLabel,
  DECISION_LEVELS,
  type DecisionLevel,
  EVIDENCE,
  type Evidence,
} from "./codes";
import { versionOf } from "./contactVersions";
import type { Scale } from "./interview";
import type { ContactRow, InterviewRow } from "./records";
import { reviewOf } from "./reviewEdit";
import { columnLetter, forEachRow, locateColumns } from "./table";
import { CONTACT_COLUMNS, type Columns, INTERVIEW_COLUMNS, type RowOf, SHEETS } from "./tabs";
import { regionFromText } from "./territory/regions";
import { foldName } from "./text";

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
  const evidence = sharedCodes(EVIDENCE, row.evidence);
  if (evidence.unknown.length) return { problem: INTERVIEW_COLUMNS.evidence.header };
  return {
    id,
    version: versionOf(row.version),
    region,
    hardestArea: cellText(row.hardestArea),
    hardestAreaIstat: cellText(row.hardestAreaIstat).replace(/^(\d{1,5})$/, (d) => d.padStart(6, "0")),
    hardestAreaKind: codeFromLabel(AREA_KINDS, row.hardestAreaKind) ?? "",
    evidence: evidence.codes,
    causes: sharedCodes(CAUSES, row.causes).codes as Cause[],
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
    // Left out when the tab has no such column (a sheet not prepared since): counts stay blank.
    ...(row.coordinatorCandidate === undefined
      ? {}
      : { coordinatorCandidate: isYes(row.coordinatorCandidate) }),
  };
}

/** The Interviste columns a range must have for scoring. */
export const INTERVIEW_REQUIRED = [
  "id",
  "region",
  "hardestArea",
  "evidence",
  "severity",
  "authorityArea",
  "interest",
  "protocolArea",
] as const;
const CONTACT_REQUIRED = ["interviewId", "name", "decisionLevel"] as const;
/** The Interviste columns scoring reads. */
export const SCORING_COLUMNS = [
  ...INTERVIEW_REQUIRED,
  "hardestAreaIstat",
  "hardestAreaKind",
  "causes",
  "authorityName",
  "version",
  "review",
] as const;
const CONTACT_READ = [
  "interviewId",
  "name",
  "role",
  "organization",
  "email",
  "phone",
  "decisionLevel",
  "interviewVersion",
  "coordinatorCandidate",
] as const;

/** Rows scoring could not use: how many, and where the first one is ("Interviste!7 (D2 Gravità)"). */
export interface Skipped {
  count: number;
  first: string;
}

type Values = readonly (readonly unknown[])[];

function parseRows<C extends Columns, T>(
  values: Values,
  columns: C,
  sheet: string,
  required: readonly (keyof C)[],
  only: readonly (keyof C)[],
  parse: (row: RowOf<C>) => T | { problem: string } | null,
): { items: T[]; skipped: Skipped } {
  const items: T[] = [];
  const skipped: Skipped = { count: 0, first: "" };
  forEachRow(values, columns, sheet, required, only, (row, rowNumber) => {
    const parsed = parse(row);
    if (parsed === null) return;
    if (typeof parsed === "object" && "problem" in (parsed as object)) {
      if (skipped.count++ === 0) {
        // The offending cell, as an A1 address the user can go to: "Interviste!O7 (D2 Gravità)".
        const header = (parsed as { problem: string }).problem;
        const column = (values[0] ?? []).findIndex((h) => foldName(String(h ?? "")) === foldName(header));
        skipped.first = `${sheet}!${columnLetter(column + 1)}${rowNumber} (${header})`;
      }
    } else items.push(parsed as T);
  });
  return { items, skipped };
}

/** Parses Interviste values with their header; rows with bad values are skipped and counted. */
export function scoringInterviewsOf(values: Values): { interviews: ScoringInterview[]; skipped: Skipped } {
  const { items, skipped } = parseRows(
    values,
    INTERVIEW_COLUMNS,
    SHEETS.interviews,
    INTERVIEW_REQUIRED,
    SCORING_COLUMNS,
    (row) => rowToScoringInterview(row as InterviewRow),
  );
  return { interviews: items, skipped };
}

/**
 * Parses Contatti values with their header; rows with bad values are skipped and counted. A tab
 * without `Coordinatore d'area` (not prepared since) says nothing about candidates: its contacts have
 * no coordinatorCandidate.
 */
export function scoringContactsOf(values: Values): { contacts: ScoringContact[]; skipped: Skipped } {
  const saysCandidates = locateColumns(values[0] ?? [], CONTACT_COLUMNS).coordinatorCandidate >= 0;
  const { items, skipped } = parseRows(
    values,
    CONTACT_COLUMNS,
    SHEETS.contacts,
    CONTACT_REQUIRED,
    saysCandidates ? CONTACT_READ : CONTACT_READ.filter((k) => k !== "coordinatorCandidate"),
    (row) => rowToScoringContact(row as ContactRow),
  );
  return { contacts: items, skipped };
}
