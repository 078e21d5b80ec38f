/**
 * Roll forward: an operation Google cut half-way (it stays in the journal) is finished by the next
 * writing operation of anyone allowed to do it — any save, any menu item that writes, Prepara il
 * foglio — before that operation reads anything, not only by the same retry. Each entry ends as a
 * fault-free run would have left it:
 * - a create whose interview row exists took effect: its Registro line is written if missing; one
 *   without its row did not: its contacts (invisible, but personal data) are removed;
 * - an edit whose interview switched to the new version took effect: the old contacts go and its
 *   Registro line is written if missing; one that did not switch is dropped with its staged contacts;
 * - a deletion whose interview row is gone is finished (its contacts go, its Registro line); one cut
 *   before it removed anything is dropped, never left armed for someone else's Elimina.
 * An entry is finished only by a user allowed to write every region it touches (staff, or everyone
 * while Partner is empty, for entries of an earlier release that name none). When someone other than
 * who began it finishes it, the Registro line names both.
 */
import { cellText } from "../core/cells";
import { versionOf } from "../core/contactVersions";
import { isUserError } from "../core/errors";
import { planSettle } from "../core/interviewPlan";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import type { Access } from "./access";
import { type Action, appendLog, auditLog, loggedLines, readyToAppend } from "./auditLog";
import { settleImport } from "./importJournal";
import { contactRowsOf, rowsWith } from "./interviewRows";
import { Journal, type Pending } from "./journal";
import type { Workbook } from "./workbook";
import { type InterviewPlan, runPlan } from "./workbook/planRun";

export interface RollForward {
  journal: Journal;
  /** Entries finished (they had taken effect). */
  finished: Pending[];
  /** Entries dropped (they had not taken effect: what they had staged is removed). */
  dropped: Pending[];
}

/** True when the user may finish the entry: allowed to write every region it touches. */
export function mayFinish(access: Access, entry: Pending): boolean {
  if (access.refusal) return false;
  if (access.regions === null) return true;
  const regions = entry.regions;
  if (!regions || regions.length === 0) return false;
  return regions.every((r) => access.regions?.has(r));
}

/** Who the Registro names for an operation: who began it and, when someone else finished it, them too. */
export function finisherOf(entry: Pending, email: string): string {
  const began = entry.who ?? "";
  if (!began || began.toLowerCase() === email.toLowerCase()) return email || began;
  return `${began} (completata da ${email || "un utente che Google non identifica"})`;
}

const ACTION: Record<Pending["op"], Action> = {
  create: "creazione",
  edit: "modifica",
  delete: "eliminazione",
  import: "importazione",
};

/** Finishes or drops one entry: "finished" when it had taken effect; "kept" when it cannot be told. */
function settle(
  workbook: Workbook,
  journal: Journal,
  entry: Pending,
  email: string,
): "finished" | "dropped" | "kept" {
  const interviewSheet = workbook.find(SHEETS.interviews);
  // Without Interviste (renamed or removed) nothing tells what took effect: the entry waits.
  if (!interviewSheet) return "kept";
  if (entry.op === "import") return settleImport(workbook, journal, entry, finisherOf(entry, email));
  const contactSheet = workbook.find(SHEETS.contacts);
  const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const contacts = contactSheet ? workbook.table(SHEETS.contacts, CONTACT_COLUMNS) : null;
  const rows = rowsWith(interviews.readColumn("id").texts, entry.id);
  const own = contacts ? contactRowsOf(contacts, entry.id) : [];
  const logSheet = workbook.find(SHEETS.log);
  const logged = logSheet ? loggedLines(auditLog(workbook), entry.opId) : [];
  let tookEffect: boolean;
  let remove: number[];
  let count = 0;
  let version: number | undefined;
  if (entry.op === "create") {
    tookEffect = rows.length > 0;
    remove = tookEffect ? [] : own.map((c) => c.rowNumber);
    count = own.length;
    version = 1;
  } else if (entry.op === "edit") {
    const current = rows.length > 0 ? versionOf(interviews.readRows([rows[0]])[0].version) : null;
    tookEffect = current === entry.version;
    // Taken effect: the old contacts go. Not: the staged ones go (the interview still shows the old).
    remove = own.filter((c) => (c.version === entry.version) !== tookEffect).map((c) => c.rowNumber);
    count = own.filter((c) => c.version === entry.version).length;
    version = entry.version;
  } else {
    tookEffect = rows.length === 0;
    remove = tookEffect ? own.map((c) => c.rowNumber) : [];
    count = entry.contacts;
  }
  // Registro is made ready before the first write (nothing is read after a write).
  const log = tookEffect && logged.length === 0 ? readyToAppend(auditLog(workbook)) : null;
  const plan: InterviewPlan = planSettle({ remove: contacts ? remove : [], log: log !== null });
  runPlan(plan, { interviews, contacts }, () => {
    if (log)
      appendLog(log, {
        who: finisherOf(entry, email),
        action: ACTION[entry.op],
        id: entry.id,
        version,
        count,
        submissionId: entry.opId,
      });
  });
  journal.end(entry.opId);
  return tookEffect ? "finished" : "dropped";
}

/**
 * Settles every journal entry the user may finish (all but `except`, the operation the caller is
 * about to resume itself). Entries the user may not finish stay for someone who may.
 */
export function rollForward(
  workbook: Workbook,
  access: Access,
  email: string,
  options: { journal?: Journal; except?: string } = {},
): RollForward {
  const journal = options.journal ?? new Journal();
  const outcome: RollForward = { journal, finished: [], dropped: [] };
  for (const entry of [...journal.pending]) {
    if (entry.opId === options.except || !mayFinish(access, entry)) continue;
    let settled: ReturnType<typeof settle>;
    try {
      settled = settle(workbook, journal, entry, email);
    } catch (error) {
      // A tab without the columns that tell what took effect (a header renamed by hand): the entry
      // waits, and the operation goes on (Prepara il foglio, which gives headers back, included).
      if (!isUserError(error)) throw error;
      settled = "kept";
    }
    if (settled === "finished") outcome.finished.push(entry);
    else if (settled === "dropped") outcome.dropped.push(entry);
  }
  return outcome;
}

/** The ids of the deletions a roll forward finished (for the message of the menu's Elimina). */
export function finishedDeletions(outcome: RollForward): string[] {
  return outcome.finished.filter((p) => p.op === "delete").map((p) => cellText(p.id));
}
