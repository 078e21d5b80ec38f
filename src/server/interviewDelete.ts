/**
 * Reading one interview for the form (getInterview, describeInterview) and deleting it (the right to
 * erasure): the interview row, then its contacts, then the Registro line, as core/interviewPlan.ts
 * plans it; operations Google cut half-way are finished first (rollForward.ts).
 */
import { UserError } from "../core/errors";
import { requiredId } from "../core/interviewIds";
import { planDelete } from "../core/interviewPlan";
import type { StoredInterview } from "../core/records";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { accessOf, refusalFor } from "./access";
import { appendLog, auditLog, readyToAppend } from "./auditLog";
import { loadStored } from "./interviewRows";
import { Journal, type PendingDelete } from "./journal";
import { withDocumentLock } from "./lock";
import { finishedDeletions, rollForward } from "./rollForward";
import { userEmail, userLang } from "./session";
import { Workbook } from "./workbook";
import { type InterviewPlan, runPlan } from "./workbook/planRun";

/** The stored interview as the form's input, with its id and version (for editing). */
export function getInterview(id: string): StoredInterview {
  const wanted = requiredId(id);
  const workbook = Workbook.active();
  const found = loadStored(
    workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS),
    workbook.table(SHEETS.contacts, CONTACT_COLUMNS),
    wanted,
  );
  if (!found) throw new UserError("notFound", { id: wanted });
  return found.stored;
}

/** What the delete confirmation names: the interview's contacts, region, interviewee and date. */
export function describeInterview(id: string): {
  id: string;
  contacts: number;
  region: string;
  name: string;
  date: string;
} {
  const stored = getInterview(id);
  return {
    id,
    contacts: stored.contacts.length,
    region: stored.region,
    name: stored.interviewee.name,
    date: stored.interviewDate,
  };
}

/**
 * Finishes the operations Google cut half-way that this user may finish (rollForward.ts); returns the
 * ids of this user's own deletions it finished. The menu's Elimina calls it before anything else, so
 * a retry never acts on whatever row now sits where the deleted one was.
 */
export function completePendingDeletes(): string[] {
  const email = userEmail();
  const lang = userLang();
  return withDocumentLock(() => {
    const journal = new Journal();
    if (journal.pending.length === 0) return [];
    const workbook = Workbook.active();
    const outcome = rollForward(workbook, accessOf(workbook, email, lang), email, { journal });
    const mine = new Set(
      outcome.finished
        .filter((p) => !p.who || p.who.toLowerCase() === email.toLowerCase())
        .map((p) => p.opId),
    );
    return finishedDeletions({ ...outcome, finished: outcome.finished.filter((p) => mine.has(p.opId)) });
  });
}

/**
 * Deletes an interview and its contacts (the right to erasure of personal data) and records the
 * deletion in Registro. Partners may delete only interviews of their regions. `expectedRow`, when
 * given, is the row the user selected: the id must still be there, and only there.
 */
export function deleteInterview(
  id: string,
  expectedRow?: number,
): { ok: true; id: string; contacts: number } | { ok: false; message: string } {
  const lang = userLang();
  const email = userEmail();
  const wanted = requiredId(id);
  return withDocumentLock(() => {
    const workbook = Workbook.active();
    const access = accessOf(workbook, email, lang);
    const { journal } = rollForward(workbook, access, email);
    const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
    const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
    const found = loadStored(interviews, contacts, wanted);
    if (!found) throw new UserError("notFound", { id: wanted });
    // Rows moved while the user confirmed: refused, naming where the interview is now.
    if (expectedRow !== undefined && found.rowNumber !== expectedRow)
      throw new UserError("selectionMoved", { id: wanted, row: found.rowNumber });
    const refusal = refusalFor(access, found.stored.region, lang);
    if (refusal) return { ok: false as const, message: refusal };
    const log = auditLog(workbook);
    readyToAppend(log);
    const entry: PendingDelete = {
      op: "delete",
      opId: `del:${wanted}`,
      id: wanted,
      contacts: found.stored.contacts.length,
      regions: [found.stored.region].filter(Boolean),
      who: email,
    };
    journal.begin(entry);
    const plan: InterviewPlan = planDelete({
      row: found.rowNumber,
      contacts: found.all.map((c) => c.rowNumber),
    });
    runPlan(plan, { interviews, contacts }, () =>
      appendLog(log, {
        who: email,
        action: "eliminazione",
        id: wanted,
        count: entry.contacts,
        submissionId: entry.opId,
      }),
    );
    journal.end(entry.opId);
    return { ok: true as const, id: wanted, contacts: entry.contacts };
  });
}
