/**
 * The staff's review of interviews (SPEC 11): "Segna come verificata" and "Segna da correggere…" on the
 * selected rows of Interviste. Only staff (Partner role `staff`, or anyone while Partner is empty) may
 * review. Each action writes Verifica and Nota verifica of every selected row in one call, then one
 * Registro line (action `verifica` or `da correggere`, the ids comma-separated, their count), never a
 * name or a note. Writing the same values again is harmless, so the user's retry after a failure
 * (the same menu item on the same rows) ends as a run without failure.
 */
import type { Lang } from "../core/codes";
import { UserError } from "../core/errors";
import { t } from "../core/i18n";
import { INTERVIEW_COLUMNS, type ReviewState, SHEETS } from "../core/tabs";
import { cleanText, TEXT_MAX } from "../core/text";
import { accessOf } from "./access";
import { appendLog, auditLog, readyToAppend } from "./auditLog";
import { withDocumentLock } from "./lock";
import { rollForward } from "./rollForward";
import { userEmail, userLang } from "./session";
import { AUTOMATIC, toCell, type Workbook, Workbook as WorkbookClass } from "./workbook";

/** The rows a review acts on: sheet rows first … first + count - 1 of Interviste. */
export interface SelectedRows {
  first: number;
  count: number;
}

export type ReviewOutcome = { ok: true; ids: string[] } | { ok: false; message: string };

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
 * Marks the interviews of the selected rows: `Verificata` (the note is cleared: nothing is left to
 * correct) or `Da correggere` with the staff's note. Rows past the last id are ignored; a row without
 * an id, or whose id is typed in another row too, refuses the whole action and nothing is written.
 */
export function markInterviews(state: ReviewState, rows: SelectedRows, note = ""): ReviewOutcome {
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
    const first = Math.max(2, rows.first);
    const last = Math.min(rows.first + rows.count - 1, ids.lastRow);
    if (last < first) throw new UserError("noRowSelected");

    const selected: string[] = [];
    const withoutId: string[] = [];
    for (let r = first; r <= last; r++) {
      const id = ids.texts[r - 2] ?? "";
      if (!id) withoutId.push(String(r));
      else selected.push(id);
    }
    if (withoutId.length > 0)
      return {
        ok: false,
        message: t(lang, "reviewWithoutId", { rows: withoutId.join(", "), count: withoutId.length }),
      };
    for (const id of new Set(selected)) {
      const cells: string[] = [];
      ids.texts.forEach((text, i) => {
        if (text === id) cells.push(`${SHEETS.interviews}!${interviews.cellAddress(i + 2, "id")}`);
      });
      if (cells.length > 1)
        return { ok: false, message: t(lang, "duplicateId", { id, cells: cells.join(", ") }) };
    }

    // Registro is made ready before the first write: nothing is read after a write.
    const log = readyToAppend(auditLog(workbook));
    const count = last - first + 1;
    const stored = state === "Da correggere" ? reviewNoteOf(note) : "";
    const sheet = interviews.sheet;
    const spec = INTERVIEW_COLUMNS.review;
    const write = (column: number, line: unknown[]) => {
      // Text goes into cells just set to automatic format (the apostrophe marks it there).
      const range = sheet.getRange(first, column + 1, count, line.length);
      range.setNumberFormats(Array.from({ length: count }, () => line.map(() => AUTOMATIC)));
      range.setValues(Array.from({ length: count }, () => line));
    };
    const status = toCell(spec, state);
    const text = toCell(INTERVIEW_COLUMNS.reviewNote, stored);
    // Side by side (as Prepara il foglio puts them) both go in one call: all or nothing.
    if (at.reviewNote === at.review + 1) write(at.review, [status, text]);
    else if (at.review === at.reviewNote + 1) write(at.reviewNote, [text, status]);
    else {
      // Moved apart by hand: the note first, so a failure in between shows no new state without its note.
      write(at.reviewNote, [text]);
      write(at.review, [status]);
    }
    appendLog(log, {
      who: email,
      action: state === "Verificata" ? "verifica" : "da correggere",
      id: selected.join(", "),
      count: selected.length,
    });
    return { ok: true, ids: selected };
  });
}
