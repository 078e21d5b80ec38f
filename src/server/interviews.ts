/**
 * The sidebar's write and read endpoints: submitInterview, getInterview, deleteInterview. Each reads
 * the tabs once, decides with core, and writes once per tab under the document lock.
 */
import { isUserError, UserError } from "../core/errors";
import { t } from "../core/i18n";
import { type FieldError, type InterviewInput, validateInterview } from "../core/interview";
import {
  type ContactRow,
  cellText,
  contactsToRows,
  interviewToRow,
  rowToStoredInterview,
  type StoredInterview,
} from "../core/records";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, type LOG_COLUMNS, SHEETS } from "../core/tabs";
import { findComuneByCode, findComuneByName } from "../core/territory/comuni";
import { accessOf, refusalFor } from "./access";
import { type Action, appendLog, auditLog } from "./auditLog";
import { messageOf } from "./entry";
import { withDocumentLock } from "./lock";
import { today, userEmail, userLang } from "./session";
import type { TableSnapshot } from "./workbook";
import { Workbook } from "./workbook";

export type SubmitResult =
  | { ok: true; id: string; version: number; created: boolean }
  | { ok: false; errors: FieldError[] }
  | { ok: false; conflict: true; current: StoredInterview };

const fail = (field: string, message: string): SubmitResult => ({ ok: false, errors: [{ field, message }] });

/** Checks Q1's ISTAT code against the region, or fills it when a comune's name matches. */
function resolveIstatCode(input: InterviewInput): FieldError | undefined {
  const area = input.hardestArea;
  if (area.istatCode) {
    if (!findComuneByCode(input.region, area.istatCode)) {
      return { field: "hardestArea.istatCode", message: t(userLang(), "invalidIstat") };
    }
  } else if (area.kind === "comune") {
    const comune = findComuneByName(input.region, area.name);
    if (comune) area.istatCode = comune.code;
  }
  return undefined;
}

/** The next interview id: one more than the highest ever issued, deleted ones included (from Registro). */
function nextInterviewId(ids: Iterable<string>): string {
  let max = 0;
  for (const id of ids) {
    const m = /^INT-(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `INT-${String(max + 1).padStart(5, "0")}`;
}

function contactsOf(snapshot: TableSnapshot<typeof CONTACT_COLUMNS>, id: string) {
  const rows: ContactRow[] = [];
  const rowNumbers: number[] = [];
  snapshot.rows.forEach((row, i) => {
    if (cellText(row.interviewId) === id) {
      rows.push(row);
      rowNumbers.push(snapshot.rowNumbers[i]);
    }
  });
  return { rows, rowNumbers };
}

/** The earlier result of a submission id, if this submission was already stored. */
function earlierResult(
  log: TableSnapshot<typeof LOG_COLUMNS>,
  submissionId: string,
): { id: string; version: number; created: boolean } | undefined {
  for (let i = log.rows.length - 1; i >= 0; i--) {
    const row = log.rows[i];
    if (cellText(row.submissionId) !== submissionId) continue;
    const action = cellText(row.action) as Action;
    if (action !== "creazione" && action !== "modifica") continue;
    return { id: cellText(row.id), version: Number(row.version) || 1, created: action === "creazione" };
  }
  return undefined;
}

/**
 * Creates or updates an interview. Never throws for user errors: bad input gives field errors, a
 * stale version the conflict with the current values, a busy sheet a "retry" message; in every one of
 * those cases nothing is written. A submissionId seen before returns the first result.
 */
export function submitInterview(raw: unknown): SubmitResult {
  const lang = userLang();
  try {
    const validation = validateInterview(raw, { today: today(), lang });
    if (!validation.ok) return { ok: false, errors: validation.errors };
    const input = validation.value;
    const istatError = resolveIstatCode(input);
    if (istatError) return { ok: false, errors: [istatError] };
    const email = userEmail();

    return withDocumentLock((): SubmitResult => {
      const workbook = Workbook.active();
      const access = accessOf(workbook, email, lang);
      const refusal = refusalFor(access, input.region, lang);
      if (refusal) return fail("region", refusal);

      const interviews = workbook.ensureTable(SHEETS.interviews, INTERVIEW_COLUMNS);
      const contacts = workbook.ensureTable(SHEETS.contacts, CONTACT_COLUMNS);
      const log = auditLog(workbook);
      const stored = interviews.read();
      const logged = log.read(["id", "action", "version", "submissionId"]);

      const earlier = earlierResult(logged, input.submissionId);
      if (earlier) return { ok: true, ...earlier };

      const now = new Date();
      if (input.id) {
        const index = stored.rows.findIndex((r) => cellText(r.id) === input.id);
        if (index < 0) return fail("", t(lang, "notFound", { id: input.id }));
        const row = stored.rows[index];
        const contactSnapshot = contacts.read();
        const own = contactsOf(contactSnapshot, input.id);
        const current = rowToStoredInterview(row, own.rows);
        const oldRefusal = refusalFor(access, current.region, lang);
        if (oldRefusal) return fail("region", oldRefusal);
        if (current.version !== input.version) return { ok: false, conflict: true, current };
        const version = current.version + 1;
        interviews.update(
          stored.rowNumbers[index],
          interviewToRow(input, {
            id: input.id,
            version,
            createdAt: row.createdAt as Date,
            createdBy: cellText(row.createdBy),
            updatedAt: now,
            updatedBy: email,
            submissionId: input.submissionId,
          }),
        );
        contacts.deleteRows(own.rowNumbers);
        contacts.append(contactsToRows(input.id, input.region, input.contacts));
        appendLog(log, {
          who: email,
          action: "modifica",
          id: input.id,
          version,
          count: input.contacts.length,
          submissionId: input.submissionId,
        });
        return { ok: true, id: input.id, version, created: false };
      }

      const sameSubmission = stored.rows.find((r) => cellText(r.submissionId) === input.submissionId);
      if (sameSubmission) {
        return {
          ok: true,
          id: cellText(sameSubmission.id),
          version: Number(sameSubmission.version) || 1,
          created: true,
        };
      }
      const id = nextInterviewId([
        ...stored.rows.map((r) => cellText(r.id)),
        ...logged.rows.map((r) => cellText(r.id)),
      ]);
      interviews.append([
        interviewToRow(input, {
          id,
          version: 1,
          createdAt: now,
          createdBy: email,
          updatedAt: now,
          updatedBy: email,
          submissionId: input.submissionId,
        }),
      ]);
      contacts.readHeader();
      contacts.append(contactsToRows(id, input.region, input.contacts));
      appendLog(log, {
        who: email,
        action: "creazione",
        id,
        version: 1,
        count: input.contacts.length,
        submissionId: input.submissionId,
      });
      return { ok: true, id, version: 1, created: true };
    });
  } catch (error) {
    if (isUserError(error)) return fail("", messageOf(error, lang, "submitInterview"));
    throw new Error(messageOf(error, lang, "submitInterview"));
  }
}

function findStored(workbook: Workbook, id: string) {
  const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
  const stored = interviews.read();
  const index = stored.rows.findIndex((r) => cellText(r.id) === id);
  if (index < 0) throw new UserError("notFound", { id });
  const contactSnapshot = contacts.read();
  const own = contactsOf(contactSnapshot, id);
  return {
    interviews,
    contacts,
    rowNumber: stored.rowNumbers[index],
    contactRowNumbers: own.rowNumbers,
    interview: rowToStoredInterview(stored.rows[index], own.rows),
  };
}

/** The stored interview as the form's input, with its id and version (for editing). */
export function getInterview(id: string): StoredInterview {
  return findStored(Workbook.active(), String(id ?? "").trim()).interview;
}

/** The contacts count of an interview, for the delete confirmation. */
export function describeInterview(id: string): { id: string; contacts: number; region: string } {
  const found = findStored(Workbook.active(), id);
  return { id, contacts: found.contactRowNumbers.length, region: found.interview.region };
}

/**
 * Deletes an interview and its contacts (the right to erasure of personal data) and records the
 * deletion in Registro. Partners may delete only interviews of their regions.
 */
export function deleteInterview(
  id: string,
): { ok: true; id: string; contacts: number } | { ok: false; message: string } {
  const lang = userLang();
  const email = userEmail();
  return withDocumentLock(() => {
    const workbook = Workbook.active();
    const found = findStored(workbook, String(id ?? "").trim());
    const refusal = refusalFor(accessOf(workbook, email, lang), found.interview.region, lang);
    if (refusal) return { ok: false as const, message: refusal };
    const log = auditLog(workbook);
    log.readHeader();
    found.contacts.deleteRows(found.contactRowNumbers);
    found.interviews.deleteRows([found.rowNumber]);
    appendLog(log, {
      who: email,
      action: "eliminazione",
      id: found.interview.id,
      count: found.contactRowNumbers.length,
    });
    return { ok: true as const, id: found.interview.id, contacts: found.contactRowNumbers.length };
  });
}
