/**
 * The sidebar's write and read endpoints: submitInterview, getInterview, deleteInterview. Each reads
 * one column per tab (never a whole tab), decides with core, and writes in an order that leaves the
 * sheet consistent whichever call Google fails (SPEC section 9; see journal.ts):
 * - create: contacts (invisible without their interview), interview row, Registro line;
 * - edit: new contacts under the new version (invisible), the interview row switches to the new
 *   version in one call, then the old contacts go, then the Registro line;
 * - delete: the interview row (its contacts become invisible), the contacts, the Registro line.
 * A retry with the same submission id (or the same menu item) completes what the journal holds.
 */
import type { Lang } from "../core/codes";
import { isUserError, UserError } from "../core/errors";
import { t } from "../core/i18n";
import { rowsWithId, sameId } from "../core/ids";
import { type FieldError, type InterviewInput, validateInterview } from "../core/interview";
import {
  type ContactRow,
  cellText,
  contactsToRows,
  currentContacts,
  interviewToRow,
  rowToStoredInterview,
  type StoredInterview,
  versionOf,
} from "../core/records";
import { answersChanged, reviewAfterEdit, reviewChangedSince } from "../core/reviewEdit";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, type LOG_COLUMNS, SHEETS } from "../core/tabs";
import { findComuneByCode, findComuneByName } from "../core/territory/comuni";
import { type Access, accessOf, refusalFor } from "./access";
import { appendLog, auditLog, loggedLines, readyToAppend } from "./auditLog";
import { asksAboutDuplicates, type LikelyDuplicate, likelyDuplicate } from "./duplicates";
import { messageOf } from "./entry";
import { interviewId, interviewNumber, Journal, type PendingDelete } from "./journal";
import { withDocumentLock } from "./lock";
import { today, userEmail, userLang } from "./session";
import { requireBothDataTabs } from "./tabNames";
import { type Table, Workbook } from "./workbook";

export type SubmitResult =
  | { ok: true; id: string; version: number; created: boolean }
  | { ok: false; errors: FieldError[] }
  | { ok: false; conflict: true; current: StoredInterview }
  /** A new interview like an existing one (same region, interviewee, date): asked before saving. */
  | { ok: false; duplicate: LikelyDuplicate };

const fail = (field: string, message: string): SubmitResult => ({ ok: false, errors: [{ field, message }] });

type Interviews = Table<typeof INTERVIEW_COLUMNS>;
type Contacts = Table<typeof CONTACT_COLUMNS>;
type Log = Table<typeof LOG_COLUMNS>;

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

/**
 * Sheet rows whose id cell names the same interview as `text` (the one id rule of core/ids: case and
 * spaces ignored, so a look-alike counts as a duplicate instead of splitting an interview from its
 * contacts; an empty id names none).
 */
const rowsWith = rowsWithId;

/** The one row of an interview id; an id typed twice by hand is refused, naming its cells. */
function uniqueRow(interviews: Interviews, ids: readonly string[], id: string): number | null {
  const rows = rowsWith(ids, id);
  if (rows.length > 1) {
    throw new UserError("duplicateId", {
      id,
      cells: rows.map((r) => `${SHEETS.interviews}!${interviews.cellAddress(r, "id")}`).join(", "),
    });
  }
  return rows[0] ?? null;
}

/** The contact rows of an interview: every row with its id, and their rows in the sheet. */
function contactRowsOf(contacts: Contacts, id: string) {
  const column = contacts.readColumn("interviewId");
  const rowNumbers = rowsWith(column.texts, id);
  const rows = rowNumbers.length ? contacts.readRows(rowNumbers) : [];
  return rows.map((row, i) => ({ row, rowNumber: rowNumbers[i], version: versionOf(row.interviewVersion) }));
}

/** The contacts the interview shows at a version. */
function visibleContacts(all: ReturnType<typeof contactRowsOf>, version: number): ContactRow[] {
  return currentContacts(all, (c) => c.version, version).map((c) => c.row);
}

/** The interview row, its version and its visible contacts, or null. */
function loadStored(interviews: Interviews, contacts: Contacts, id: string) {
  const ids = interviews.readColumn("id");
  const rowNumber = uniqueRow(interviews, ids.texts, id);
  if (rowNumber === null) return null;
  const row = interviews.readRows([rowNumber])[0];
  const version = versionOf(row.version) ?? 1;
  const all = contactRowsOf(contacts, id);
  return {
    rowNumber,
    row,
    version,
    all,
    stored: { ...rowToStoredInterview(row, visibleContacts(all, version)), version },
  };
}

/** The earlier result of a submission id whose Registro line exists: it took effect already. */
function earlierResult(log: Log, submissionId: string) {
  for (const line of loggedLines(log, submissionId).reverse()) {
    if (line.action !== "creazione" && line.action !== "modifica") continue;
    return { id: line.id, version: line.version ?? 1, created: line.action === "creazione" };
  }
  return undefined;
}

/** The next interview id: past the counter and past every id in the sheet (and in Registro for older sheets). */
function nextNumber(journal: Journal, ids: readonly string[], log: Log): number {
  let max = journal.counter ?? 0;
  for (const id of ids) max = Math.max(max, interviewNumber(id) ?? 0);
  if (journal.counter === null) {
    // Sheets of the first release kept no counter: deleted ids live only in Registro.
    for (const id of log.readColumn("id").texts) max = Math.max(max, interviewNumber(id) ?? 0);
  }
  return max + 1;
}

function create(
  workbook: Workbook,
  journal: Journal,
  log: Log,
  input: InterviewInput,
  email: string,
): SubmitResult & { ok: true } {
  // A new empty Interviste (or Contatti) is never made beside the other's data.
  requireBothDataTabs((name) => workbook.find(name) !== null);
  const interviews = workbook.ensureTable(SHEETS.interviews, INTERVIEW_COLUMNS);
  const contacts = workbook.ensureTable(SHEETS.contacts, CONTACT_COLUMNS);
  interviews.readHeader();
  contacts.readHeader();
  readyToAppend(log);
  const ids = interviews.readColumn("id");
  const pending = journal.find(input.submissionId);
  let id: string;
  if (pending && pending.op === "create") id = pending.id;
  else {
    const n = nextNumber(journal, ids.texts, log);
    id = interviewId(n);
    journal.begin({ op: "create", opId: input.submissionId, id }, n);
  }
  const own = contactRowsOf(contacts, id);
  if (own.length !== input.contacts.length) {
    // A single write is all or nothing, so a half-written create left either none or all of them.
    contacts.deleteRows(own.map((c) => c.rowNumber));
    contacts.append(contactsToRows(id, input.region, input.contacts, 1));
  }
  if (!ids.texts.includes(id)) {
    const now = new Date();
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
  }
  appendLog(log, {
    who: email,
    action: "creazione",
    id,
    version: 1,
    count: input.contacts.length,
    submissionId: input.submissionId,
  });
  journal.end(input.submissionId);
  return { ok: true, id, version: 1, created: true };
}

function edit(
  workbook: Workbook,
  journal: Journal,
  log: Log,
  access: Access,
  input: InterviewInput & { id: string },
  email: string,
  lang: Lang,
  seen: { review?: unknown; reviewNote?: unknown } = {},
): SubmitResult {
  const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
  interviews.readHeader();
  contacts.readHeader();
  readyToAppend(log);
  const found = loadStored(interviews, contacts, input.id);
  if (!found) return fail("", t(lang, "notFound", { id: input.id }));
  const oldRefusal = refusalFor(access, found.stored.region, lang);
  if (oldRefusal) return fail("region", oldRefusal);

  const pending = journal.find(input.submissionId);
  const resuming = pending?.op === "edit" && pending.id === input.id;
  let target: number;
  if (pending && pending.op === "edit" && resuming) {
    target = pending.version;
    if (found.version !== target && found.version !== target - 1)
      return { ok: false, conflict: true, current: found.stored };
  } else {
    if (found.version !== input.version) return { ok: false, conflict: true, current: found.stored };
    // The staff reviewed it since the form opened: shown to the user before anything is saved.
    if (reviewChangedSince(seen, found.row)) return { ok: false, conflict: true, current: found.stored };
    target = found.version + 1;
    journal.begin({ op: "edit", opId: input.submissionId, id: input.id, version: target });
  }

  // The rows of the contacts to remove once the interview has switched to the new version.
  let stale = found.all.filter((c) => c.version !== target).map((c) => c.rowNumber);
  if (found.version !== target) {
    // Contacts already under the new version: this attempt's own (when resuming) or an abandoned
    // attempt's, which are replaced.
    const staged = found.all.filter((c) => c.version === target).map((c) => c.rowNumber);
    if (!resuming || staged.length !== input.contacts.length) {
      if (staged.length > 0) {
        contacts.deleteRows(staged);
        // Rows below a deleted row move up (computed, not read again: no read after a write).
        stale = stale.map((r) => r - staged.filter((d) => d < r).length);
      }
      contacts.append(contactsToRows(input.id, input.region, input.contacts, target));
    }
    interviews.update(
      found.rowNumber,
      interviewToRow(input, {
        id: input.id,
        version: target,
        createdAt: found.row.createdAt as Date,
        createdBy: cellText(found.row.createdBy),
        updatedAt: new Date(),
        updatedBy: email,
        submissionId: input.submissionId,
        // Verifica is the staff's: kept, except that a corrected interview, or a verified one whose
        // answers changed, goes back to Da verificare.
        ...reviewAfterEdit(found.row, answersChanged(found.stored, input)),
      }),
    );
  }
  contacts.deleteRows(stale);
  appendLog(log, {
    who: email,
    action: "modifica",
    id: input.id,
    version: target,
    count: input.contacts.length,
    submissionId: input.submissionId,
  });
  journal.end(input.submissionId);
  return { ok: true, id: input.id, version: target, created: false };
}

/** The Verifica the form opened with (`reviewSeen`, `reviewNoteSeen`), when the form sends it. */
function reviewSeenIn(raw: unknown): { review?: unknown; reviewNote?: unknown } {
  const r = (raw ?? {}) as { reviewSeen?: unknown; reviewNoteSeen?: unknown };
  return typeof r.reviewSeen === "string" ? { review: r.reviewSeen, reviewNote: r.reviewNoteSeen } : {};
}

/**
 * Creates or updates an interview. Never throws for user errors: bad input gives field errors, a
 * stale version the conflict with the current values, a busy sheet a "retry" message; in every one of
 * those cases nothing is written. A submissionId seen before returns the first result; one whose
 * first attempt Google cut half-way is completed.
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
      const journal = new Journal();
      const log = auditLog(workbook);
      const earlier = earlierResult(log, input.submissionId);
      if (earlier) {
        journal.end(input.submissionId);
        return { ok: true, ...earlier };
      }
      // The form asks first when a new interview looks like one already saved (not on a retry).
      if (!input.id && asksAboutDuplicates(raw) && !journal.find(input.submissionId)) {
        const existing = likelyDuplicate(workbook, input);
        if (existing) return { ok: false, duplicate: existing };
      }
      if (input.id)
        return edit(
          workbook,
          journal,
          log,
          access,
          { ...input, id: input.id },
          email,
          lang,
          reviewSeenIn(raw),
        );
      return create(workbook, journal, log, input, email);
    });
  } catch (error) {
    if (isUserError(error)) return fail("", messageOf(error, lang, "submitInterview"));
    throw new Error(messageOf(error, lang, "submitInterview"));
  }
}

/** The stored interview as the form's input, with its id and version (for editing). */
export function getInterview(id: string): StoredInterview {
  if (!sameId(id)) throw new UserError("emptyId");
  const workbook = Workbook.active();
  const found = loadStored(
    workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS),
    workbook.table(SHEETS.contacts, CONTACT_COLUMNS),
    String(id ?? "").trim(),
  );
  if (!found) throw new UserError("notFound", { id: String(id ?? "").trim() });
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

/** Completes a deletion the journal holds: the interview row, then its contacts, then the Registro line. */
function completeDelete(workbook: Workbook, journal: Journal, entry: PendingDelete, email: string): void {
  const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
  const log = auditLog(workbook);
  readyToAppend(log);
  const interviewRows = rowsWith(interviews.readColumn("id").texts, entry.id);
  const contactRows = rowsWith(contacts.readColumn("interviewId").texts, entry.id);
  interviews.deleteRows(interviewRows);
  contacts.deleteRows(contactRows);
  if (loggedLines(log, entry.opId).length === 0)
    appendLog(log, {
      who: email,
      action: "eliminazione",
      id: entry.id,
      count: entry.contacts,
      submissionId: entry.opId,
    });
  journal.end(entry.opId);
}

/**
 * Completes the deletions Google cut half-way (the journal holds them); returns their ids. The menu
 * calls it before anything else, so a retry never acts on whatever row now sits where the deleted
 * one was.
 */
export function completePendingDeletes(): string[] {
  const email = userEmail();
  return withDocumentLock(() => {
    const journal = new Journal();
    const deletes = journal.pending.filter((p): p is PendingDelete => p.op === "delete");
    if (deletes.length === 0) return [];
    const workbook = Workbook.active();
    for (const entry of deletes) completeDelete(workbook, journal, entry, email);
    return deletes.map((d) => d.id);
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
  const wanted = String(id ?? "").trim();
  if (!wanted) throw new UserError("emptyId");
  return withDocumentLock(() => {
    const workbook = Workbook.active();
    const journal = new Journal();
    for (const entry of journal.pending)
      if (entry.op === "delete") completeDelete(workbook, journal, entry, email);
    const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
    const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
    const found = loadStored(interviews, contacts, wanted);
    if (!found) throw new UserError("notFound", { id: wanted });
    // Rows moved while the user confirmed: refused, naming where the interview is now.
    if (expectedRow !== undefined && found.rowNumber !== expectedRow)
      throw new UserError("selectionMoved", { id: wanted, row: found.rowNumber });
    const refusal = refusalFor(accessOf(workbook, email, lang), found.stored.region, lang);
    if (refusal) return { ok: false as const, message: refusal };
    const log = auditLog(workbook);
    readyToAppend(log);
    const entry: PendingDelete = {
      op: "delete",
      opId: `del:${wanted}`,
      id: wanted,
      contacts: found.stored.contacts.length,
    };
    journal.begin(entry);
    interviews.deleteRows([found.rowNumber]);
    contacts.deleteRows(found.all.map((c) => c.rowNumber));
    appendLog(log, {
      who: email,
      action: "eliminazione",
      id: wanted,
      count: entry.contacts,
      submissionId: entry.opId,
    });
    journal.end(entry.opId);
    return { ok: true as const, id: wanted, contacts: entry.contacts };
  });
}
