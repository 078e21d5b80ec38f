/**
 * A corrected re-send: after a failed save the user fixes the form and saves again with the same
 * submission id. Whatever the first attempt did (nothing, half, or all of it while the answer was
 * lost), the stored interview ends with the content last sent, once: the first attempt is completed
 * (its own Registro line), then, if what is stored differs from what was sent, the difference is
 * saved as an edit of the stored version (one more Registro line, for that effect). A re-send of the
 * same content changes nothing: the result of the first is returned.
 */
import type { InterviewInput } from "../core/interview";
import {
  contactsToRows,
  type InterviewMeta,
  interviewToRow,
  rowToStoredInterview,
  type StoredInterview,
} from "../core/records";
import type { Action } from "./auditLog";

/** The parts of an interview the user writes in the form (no id, version, review, or who/when). */
function contentOf(stored: StoredInterview): unknown {
  return [
    stored.region,
    stored.interviewDate,
    stored.interviewer,
    stored.interviewee,
    stored.consent,
    stored.hardestArea,
    stored.reasons,
    stored.interestedAuthority,
    stored.protocolArea,
    stored.contacts,
    stored.notes,
  ];
}

/** What the sheet would show for an input, read back as a stored interview (the same normalisation). */
function asStored(input: InterviewInput): StoredInterview {
  const now = new Date(0);
  const meta: InterviewMeta = {
    id: "",
    version: 1,
    createdAt: now,
    createdBy: "",
    updatedAt: now,
    updatedBy: "",
    submissionId: input.submissionId,
  };
  return rowToStoredInterview(
    interviewToRow(input, meta),
    contactsToRows("", input.region, input.contacts, 1),
  );
}

/** True when the stored interview already holds what the input says. */
export function holdsContent(stored: StoredInterview, input: InterviewInput): boolean {
  return JSON.stringify(contentOf(stored)) === JSON.stringify(contentOf(asStored(input)));
}

/** The latest effect of a submission in Registro (creazione or modifica), oldest lines first in `lines`. */
export function latestEffect(
  lines: readonly { action: Action; id: string; version: number | null }[],
): { id: string; version: number; created: boolean } | undefined {
  let created = false;
  let latest: { id: string; version: number } | undefined;
  for (const line of lines) {
    if (line.action !== "creazione" && line.action !== "modifica") continue;
    if (line.action === "creazione") created = true;
    latest = { id: line.id, version: line.version ?? 1 };
  }
  return latest ? { ...latest, created } : undefined;
}
