/**
 * The interviews the user selected in Interviste, by id. Google gives every selected range
 * (`getActiveRangeList`; `getActiveRange` is only the last one) and says, row by row, whether a row is
 * hidden by a filter or by hand: hidden rows are left out and named. The ids are read first, before any
 * dialog; the action finds them again at write time (findSelected), so rows moved in between by a
 * colleague never make it act on another interview. Rules: dev/emulator/RULES.md (R50–R52).
 */
import type { Lang } from "../core/codes";
import { UserError } from "../core/errors";
import { t } from "../core/i18n";
import { distinctIds, rowsOfIds } from "../core/interviewIds";
import { INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { Workbook } from "./workbook";
import { hiddenRows, selectedRowNumbers } from "./workbook/selectedRows";

/** What the user selected: the ids of the visible selected rows, those rows, and the hidden ones. */
export interface SelectedInterviews {
  ids: string[];
  rows: number[];
  hidden: number[];
}

/**
 * Reads the selection of Interviste: the ids of its visible rows (rows past the last id ignored).
 * Throws a UserError when nothing usable is selected: another tab, no interview, only hidden rows, or
 * a visible selected row without an id.
 */
export function readSelectedInterviews(): SelectedInterviews {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  if (sheet.getName() !== SHEETS.interviews) throw new UserError("noRowSelected");
  const table = new Workbook(spreadsheet).table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const ids = table.readColumn("id");
  const rows = selectedRowNumbers(sheet).filter((r) => r <= ids.lastRow);
  if (rows.length === 0) throw new UserError("noRowSelected");
  const hidden = hiddenRows(sheet, rows);
  const visible = rows.filter((r) => !hidden.has(r));
  if (visible.length === 0) throw new UserError("selectionAllHidden");
  const withoutId = visible.filter((r) => !(ids.texts[r - 2] ?? "").trim());
  if (withoutId.length > 0)
    throw new UserError("reviewWithoutId", { rows: withoutId.join(", "), count: withoutId.length });
  return {
    ids: distinctIds(visible.map((r) => ids.texts[r - 2])),
    rows: visible,
    hidden: rows.filter((r) => hidden.has(r)),
  };
}

/**
 * Finds the selected interviews again at write time, in the id column just read: the row of each id
 * now (it may have moved). An id no longer there, or in more than one row, refuses the whole action.
 */
export function findSelected(
  texts: readonly string[],
  ids: readonly string[],
  cellOf: (row: number) => string,
  lang: Lang,
): { ok: true; rows: number[] } | { ok: false; message: string } {
  const found = rowsOfIds(texts, ids);
  if (found.ok) return found;
  if (found.reason === "empty") return { ok: false, message: t(lang, "emptyId") };
  if (found.reason === "gone") return { ok: false, message: t(lang, "selectionGone", { id: found.id }) };
  return {
    ok: false,
    message: t(lang, "duplicateId", {
      id: found.id,
      cells: found.rows.map((r) => `${SHEETS.interviews}!${cellOf(r)}`).join(", "),
    }),
  };
}

/** The sentence saying which selected rows were hidden and left alone ("" when none). */
export function hiddenNotice(lang: Lang, hidden: readonly number[]): string {
  return hidden.length
    ? ` ${t(lang, "selectionHidden", { rows: hidden.join(", "), count: hidden.length })}`
    : "";
}
