/**
 * The staff's review of interviews (docs/using.md): "Segna come verificata" and "Segna da correggere…" on the
 * selected interviews of Interviste, by id. Only staff (Partner role `staff`, or anyone while Partner is empty) may
 * review. Each action writes Verifica and Nota verifica of each run of selected rows in one call, as
 * core/reviewPlan.ts plans it (the cells a user put between the two carried unchanged), then one
 * Registro line (action `verifica` or `da correggere`, the ids comma-separated, their count), never a
 * name or a note. Writing the same values again is harmless, so the user's retry after a failure
 * (the same menu item on the same rows) ends as a run without failure.
 */
import type { Lang } from "../core/codes";
import { UserError } from "../core/errors";
import { t } from "../core/i18n";
import { planReview, reviewApart, reviewSpan } from "../core/reviewPlan";
import { INTERVIEW_COLUMNS, type ReviewState, SHEETS } from "../core/tabs";
import { cleanText, TEXT_MAX } from "../core/text";
import { accessOf } from "./access";
import { appendLog, auditLog, readyToAppend } from "./auditLog";
import { withDocumentLock } from "./lock";
import { rollForward } from "./rollForward";
import { findSelected, type SelectedInterviews } from "./selection";
import { userEmail, userLang } from "./session";
import { AUTOMATIC, toCell, type Workbook, Workbook as WorkbookClass } from "./workbook";
import { readCarried, runReviewPlan } from "./workbook/planRun";

export type ReviewOutcome = { ok: true; ids: string[]; hidden: number[] } | { ok: false; message: string };

/** Why the user may not review, or undefined when they may (staff, or everyone while Partner is empty). */
export function reviewRefusal(workbook: Workbook, email: string, lang: Lang): string | undefined {
  const access = accessOf(workbook, email, lang);
  if (access.refusal) return access.refusal;
  return access.regions === null ? undefined : t(lang, "reviewStaffOnly");
}

/** The note of a correction request as stored: trimmed, control characters removed, capped. */
export function reviewNoteOf(text: string): string {
  return cleanText(String(text ?? ""), true).slice(0, TEXT_MAX);
}

/**
 * Marks the selected interviews, found again by id at write time (rows moved since the selection
 * was read still get the right interviews): `Verificata` (the note is cleared: nothing is left to
 * correct) or `Da correggere` with the staff's note. An id no longer in the tab, or typed in another
 * row too, refuses the whole action and nothing is written. Hidden rows were left out of the
 * selection (selection.ts) and are named in the message.
 */
export function markInterviews(state: ReviewState, selection: SelectedInterviews, note = ""): ReviewOutcome {
  const lang = userLang();
  const email = userEmail();
  return withDocumentLock((): ReviewOutcome => {
    const workbook = WorkbookClass.active();
    const refusal = reviewRefusal(workbook, email, lang);
    if (refusal) return { ok: false, message: refusal };
    // A reviewer is staff (may write every region): operations cut half-way are finished first.
    rollForward(workbook, { regions: null }, email);
    const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
    const { at } = interviews.readHeader(["id", "review", "reviewNote"]);
    const ids = interviews.readColumn("id");
    if (selection.ids.length === 0) throw new UserError("noRowSelected");
    const found = findSelected(ids.texts, selection.ids, (r) => interviews.cellAddress(r, "id"), lang);
    if (!found.ok) return found;

    // Registro is made ready before the first write: nothing is read after a write.
    const log = readyToAppend(auditLog(workbook));
    const stored = state === "Da correggere" ? reviewNoteOf(note) : "";
    const sheet = interviews.sheet;
    const cells = { review: at.review, reviewNote: at.reviewNote };
    const span = reviewSpan(cells);
    // Moved apart by hand: the cells between them are read first, to be written back as they are.
    const current = reviewApart(cells) ? readCarried(sheet, found.rows, span.first, span.last) : new Map();
    // Text goes into cells just set to automatic format (the apostrophe marks it there).
    const plan = planReview({
      rows: found.rows,
      at: cells,
      review: { value: toCell(INTERVIEW_COLUMNS.review, state), format: AUTOMATIC },
      reviewNote: { value: toCell(INTERVIEW_COLUMNS.reviewNote, stored), format: AUTOMATIC },
      current,
    });
    runReviewPlan(sheet, plan, () =>
      appendLog(log, {
        who: email,
        action: state === "Verificata" ? "verifica" : "da correggere",
        id: selection.ids.join(", "),
        count: selection.ids.length,
      }),
    );
    return { ok: true, ids: selection.ids, hidden: selection.hidden };
  });
}
