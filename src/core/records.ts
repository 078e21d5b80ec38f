/**
 * An interview and its contacts as stored rows of Interviste and Contatti (header → cell value), and
 * back to the form's input for editing. The gateway turns sheet ranges into these rows; everything
 * here is pure. What scoring reads of the same rows is in scoringRows.ts, which contacts are current
 * in contactVersions.ts, how a single cell reads in cells.ts.
 */
import { cellText, isDateValue, isYes, yesNoText } from "./cells";
import { scaleOf, splitCodes } from "./codeCells";
import {
  AREA_KINDS,
  AUTHORITY_KINDS,
  CAUSES,
  type Cause,
  codeFromLabel,
  DECISION_LEVELS,
  EVIDENCE,
  labelOf,
} from "./codes";
import type { ContactInput, InterviewInput, Scale } from "./interview";
import { type CONTACT_COLUMNS, type INTERVIEW_COLUMNS, REVIEW_STATES, type RowOf, YES_MARK } from "./tabs";
import { regionFromText, regionName } from "./territory/regions";

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
    consent: yesNoText(input.consent),
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

/** Reads a stored interview back as the form's input, with its contacts (for editing). */
export function rowToStoredInterview(row: InterviewRow, contactRows: readonly ContactRow[]): StoredInterview {
  const version = Number(row.version);
  return {
    id: cellText(row.id),
    version: Number.isInteger(version) && version > 0 ? version : 1,
    submissionId: cellText(row.submissionId),
    updatedBy: cellText(row.updatedBy),
    updatedAt: isDateValue(row.updatedAt) ? row.updatedAt.toISOString() : cellText(row.updatedAt),
    region: regionFromText(row.region) ?? "",
    interviewDate: cellText(row.interviewDate),
    interviewer: cellText(row.interviewer),
    interviewee: {
      name: cellText(row.intervieweeName),
      role: cellText(row.intervieweeRole),
      organization: cellText(row.intervieweeOrganization),
    },
    consent: isYes(row.consent),
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
