/**
 * The sidebar's write and read endpoints: submitInterview, getInterview, deleteInterview. Each reads
 * one column per tab (never a whole tab), decides with core, and writes in an order that leaves the
 * sheet consistent whichever call Google fails (the order is planned in core/interviewPlan.ts; see
 * also journal.ts and rollForward.ts):
 * - create: contacts (invisible without their interview), interview row, Registro line;
 * - edit: new contacts under the new version (invisible), the interview row switches to the new
 *   version in one call, then the old contacts go, then the Registro line;
 * - delete: the interview row (its contacts become invisible), the contacts, the Registro line.
 * A retry with the same submission id (or the same menu item) completes what the journal holds, with
 * the content it sends (resend.ts); any other write of a user allowed to finishes it (rollForward.ts).
 */
import { cellText } from "../core/cells";
import type { Lang } from "../core/codes";
import { isUserError } from "../core/errors";
import { t } from "../core/i18n";
import { type FieldError, type InterviewInput, validateInterview } from "../core/interview";
import { interviewId, interviewNumber } from "../core/interviewIds";
import { planCreate, planEdit } from "../core/interviewPlan";
import { contactsToRows, interviewToRow, type StoredInterview } from "../core/records";
import { answersChanged, reviewAfterEdit, reviewChangedSince } from "../core/reviewEdit";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, type LOG_COLUMNS, SHEETS } from "../core/tabs";
import { findComuneByCode, findComuneByName } from "../core/territory/comuni";
import { type Access, accessOf, refusalFor } from "./access";
import { appendLog, auditLog, loggedLines, readyToAppend } from "./auditLog";
import { asksAboutDuplicates, type LikelyDuplicate, likelyDuplicate } from "./duplicates";
import { messageOf } from "./entry";
import { contactRowsOf, loadStored } from "./interviewRows";
import type { Journal } from "./journal";
import { withDocumentLock } from "./lock";
import { holdsContent, latestEffect } from "./resend";
import { rollForward } from "./rollForward";
import { today, userEmail, userLang } from "./session";
import { requireBothDataTabs } from "./tabNames";
import { type Table, Workbook } from "./workbook";
import { type InterviewPlan, runPlan } from "./workbook/planRun";

export type SubmitResult =
  | { ok: true; id: string; version: number; created: boolean }
  | { ok: false; errors: FieldError[] }
  | { ok: false; conflict: true; current: StoredInterview }
  /** A new interview like an existing one (same region, interviewee, date): asked before saving. */
  | { ok: false; duplicate: LikelyDuplicate };

const fail = (field: string, message: string): SubmitResult => ({ ok: false, errors: [{ field, message }] });

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
    journal.begin({ op: "create", opId: input.submissionId, id, regions: [input.region], who: email }, n);
  }
  const own = contactRowsOf(contacts, id);
  const exists = ids.texts.includes(id);
  const now = new Date();
  // Until the interview row exists its contacts are invisible: a resumed create writes them again
  // as this attempt sends them (the user may have corrected one), whatever the cut attempt left.
  const plan: InterviewPlan = planCreate({
    exists,
    staged: own.map((c) => c.rowNumber),
    contacts: contactsToRows(id, input.region, input.contacts, 1),
    interview: interviewToRow(input, {
      id,
      version: 1,
      createdAt: now,
      createdBy: email,
      updatedAt: now,
      updatedBy: email,
      submissionId: input.submissionId,
    }),
  });
  runPlan(plan, { interviews, contacts }, () =>
    appendLog(log, {
      who: email,
      action: "creazione",
      id,
      version: 1,
      count: own.length > 0 && exists ? own.length : input.contacts.length,
      submissionId: input.submissionId,
    }),
  );
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
    const regions = [...new Set([found.stored.region, input.region])].filter(Boolean);
    journal.begin({
      op: "edit",
      opId: input.submissionId,
      id: input.id,
      version: target,
      regions,
      who: email,
    });
  }

  // Contacts already under the new version (a cut attempt's, invisible until the switch) are
  // replaced by this attempt's, as it sends them; the others go once the interview has switched.
  const switched = found.version === target;
  const plan: InterviewPlan = planEdit({
    row: found.rowNumber,
    switched,
    staged: found.all.filter((c) => c.version === target).map((c) => c.rowNumber),
    stale: found.all.filter((c) => c.version !== target).map((c) => c.rowNumber),
    contacts: contactsToRows(input.id, input.region, input.contacts, target),
    interview: interviewToRow(input, {
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
  });
  // A cut attempt that had switched already keeps the contacts it wrote (a correction follows).
  const count = switched ? found.all.filter((c) => c.version === target).length : input.contacts.length;
  runPlan(plan, { interviews, contacts }, () =>
    appendLog(log, {
      who: email,
      action: "modifica",
      id: input.id,
      version: target,
      count,
      submissionId: input.submissionId,
    }),
  );
  journal.end(input.submissionId);
  return { ok: true, id: input.id, version: target, created: false };
}

/**
 * A submission seen before (a retry or a corrected re-send): its cut attempt is completed first, then
 * what is stored is compared with what was sent now; a difference is saved as an edit of the version
 * that submission produced (a conflict if someone else changed the interview since).
 */
function resubmit(
  workbook: Workbook,
  journal: Journal,
  log: Log,
  access: Access,
  input: InterviewInput,
  email: string,
  lang: Lang,
): SubmitResult | undefined {
  const lines = loggedLines(log, input.submissionId);
  const pending = journal.find(input.submissionId);
  let effect = latestEffect(lines);
  if (pending && (pending.op === "create" || pending.op === "edit")) {
    const done = lines.some(
      (l) =>
        l.id === pending.id &&
        (pending.op === "create" ? l.action === "creazione" : l.version === pending.version),
    );
    if (done) journal.end(input.submissionId);
    else {
      const resumed =
        pending.op === "create"
          ? create(workbook, journal, log, input, email)
          : edit(workbook, journal, log, access, { ...input, id: pending.id }, email, lang);
      if (!resumed.ok) return resumed;
      effect = {
        id: resumed.id,
        version: resumed.version,
        created: resumed.created || lines.some((l) => l.action === "creazione"),
      };
    }
  }
  if (!effect) return undefined;
  const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
  const found = loadStored(interviews, contacts, effect.id);
  if (!found) return fail("", t(lang, "notFound", { id: effect.id }));
  if (holdsContent(found.stored, input))
    return { ok: true, id: effect.id, version: found.version, created: effect.created };
  if (found.version !== effect.version) return { ok: false, conflict: true, current: found.stored };
  const corrected = edit(
    workbook,
    journal,
    log,
    access,
    { ...input, id: effect.id, version: found.version },
    email,
    lang,
  );
  return corrected.ok ? { ...corrected, created: effect.created } : corrected;
}

/** The Verifica the form opened with (`reviewSeen`, `reviewNoteSeen`), when the form sends it. */
function reviewSeenIn(raw: unknown): { review?: unknown; reviewNote?: unknown } {
  const r = (raw ?? {}) as { reviewSeen?: unknown; reviewNoteSeen?: unknown };
  return typeof r.reviewSeen === "string" ? { review: r.reviewSeen, reviewNote: r.reviewNoteSeen } : {};
}

/**
 * Creates or updates an interview. Never throws for user errors: bad input gives field errors, a
 * stale version the conflict with the current values, a busy sheet a "retry" message; in every one of
 * those cases nothing is written. Operations other users' writes left cut half-way are finished first
 * (when this user may). A submissionId seen before ends with the content sent last: its cut attempt is
 * completed, and a correction saved once (see resubmit).
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
      const log = auditLog(workbook);
      const { journal } = rollForward(workbook, access, email, { except: input.submissionId });
      const again = resubmit(workbook, journal, log, access, input, email, lang);
      if (again) return again;
      // The form asks first when a new interview looks like one already saved.
      if (!input.id && asksAboutDuplicates(raw)) {
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

export { completePendingDeletes, deleteInterview, describeInterview, getInterview } from "./interviewDelete";
