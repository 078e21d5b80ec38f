// Several selected ranges (RangeList), rows hidden by the user or by a filter: the parts of Google's
// model that selected-row actions depend on (RULES.md, R50–R52).

/** The rectangles of a tab's selection: the ranges selected together, the active range last (R51). */
export function activeRectangles(data) {
  const list = data.activeRanges;
  // A click (emu.select, or a test setting activeRange) replaces a multiple selection.
  if (Array.isArray(list) && list.length > 0 && list[list.length - 1] === data.activeRange) return list;
  return [data.activeRange];
}

/** Moves the hidden-row marks with their rows, as remapKeys moves formats ("r,0" keys). */
export function remapRows(data, move) {
  for (const name of ["rowsHiddenByUser", "rowsHiddenByFilter"]) {
    if (!data[name]) continue;
    const next = new Map();
    for (const [key, v] of data[name]) {
      const r = Number(key.split(",")[0]);
      const to = move(r, 0);
      if (to) next.set(`${to[0]},0`, v);
    }
    data[name] = next;
  }
}

/** Google: a row position outside the tab throws. */
export function checkRows(data, rowIndex, numRows) {
  if (
    !(Number.isInteger(rowIndex) && rowIndex >= 1 && numRows >= 1 && rowIndex + numRows - 1 <= data.maxRows)
  )
    throw new Error("Those rows are out of bounds.");
}

/** A RangeList over ranges (Google: `getRanges()` returns them in selection order). Counted as calls. */
export function rangeListOf(emu, items, toRange) {
  const ranges = items.map(toRange);
  return {
    getRanges() {
      emu.hit("RangeList.getRanges");
      return [...ranges];
    },
    activate() {
      emu.hit("RangeList.activate");
      const sheet = ranges[0]?.data;
      if (!sheet) return this;
      sheet.activeRanges = ranges.map((r) => ({ row: r.row, col: r.col, rows: r.rows, cols: r.cols }));
      sheet.activeRange = sheet.activeRanges[sheet.activeRanges.length - 1];
      emu.activeSheet = sheet;
      return this;
    },
  };
}

/** Test helpers on the emulator: select several ranges, hide rows by hand, filter rows out. */
export const selectionHelpers = {
  /** Selects several ranges of a tab at once (ctrl-click), the last one active. */
  selectRanges(name, a1List, parseA1) {
    const data = this.sheetData(name);
    data.activeRanges = a1List.map((a1) => {
      const ref = parseA1(a1);
      return {
        row: ref.row,
        col: ref.col,
        rows: (ref.lastRow ?? ref.row) - ref.row + 1,
        cols: (ref.lastCol ?? ref.col) - ref.col + 1,
      };
    });
    data.activeRange = data.activeRanges[data.activeRanges.length - 1];
    this.activeSheet = data;
  },
  /** Rows hidden by hand (right-click → Nascondi riga). */
  hideRowsByHand(name, first, count = 1) {
    const data = this.sheetData(name);
    for (let r = first; r < first + count; r++) data.rowsHiddenByUser.set(`${r - 1},0`, true);
  },
  /** A filter on the tab that hides the given rows (1-based); an empty list removes the filter. */
  filterOut(name, rows) {
    const data = this.sheetData(name);
    data.rowsHiddenByFilter = new Map(rows.map((r) => [`${r - 1},0`, true]));
    data.filter = rows.length
      ? { row: 1, col: 1, rows: Math.max(1, data.lastRow()), cols: Math.max(1, data.lastColumn()) }
      : null;
  },
};
