/**
 * Part of the workbook gateway: the rows of the user's selection (every selected range, from
 * `getActiveRangeList`) and which of them a filter or the user hides. Rules: dev/emulator/RULES.md
 * (R50–R52).
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The selected sheet rows (2…), each once, in order; none when the active tab is not Interviste. */
export function selectedRowNumbers(sheet: Sheet): number[] {
  const list = sheet.getActiveRangeList();
  const ranges = list ? list.getRanges() : [];
  if (ranges.length === 0) {
    const range = sheet.getActiveRange();
    if (range) ranges.push(range);
  }
  const rows = new Set<number>();
  for (const range of ranges) {
    const first = range.getRow();
    const count = range.getNumRows();
    for (let r = Math.max(2, first); r < first + count; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/** Rows hidden by the tab's filter (only rows inside it can be) or by hand, asked row by row. */
export function hiddenRows(sheet: Sheet, rows: readonly number[]): Set<number> {
  const filter = sheet.getFilter();
  let top = 0;
  let bottom = -1;
  if (filter) {
    const range = filter.getRange();
    top = range.getRow();
    bottom = range.getLastRow();
  }
  const hidden = new Set<number>();
  for (const r of rows) {
    if ((r >= top && r <= bottom && sheet.isRowHiddenByFilter(r)) || sheet.isRowHiddenByUser(r))
      hidden.add(r);
  }
  return hidden;
}
