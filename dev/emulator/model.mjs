// The spreadsheet model: tabs of cells, and the Spreadsheet, Sheet and Range objects the bundle calls.
// Every public method call is counted by class and method, and can be made to fail (emu.injectFault).
import { columnLetters, parseA1 } from "../a1.mjs";
import { chartProblem, chartRecord, EmbeddedChart, EmbeddedChartBuilder } from "./charts.mjs";
import { checkCellGrowth, checkCellText } from "./limits.mjs";
import { activeRectangles, checkRows, rangeListOf, remapRows } from "./selection.mjs";
import { displayValue, isDate, parseTyped } from "./typing.mjs";

class Cell {
  constructor() {
    this.value = "";
    this.formula = "";
  }
}

export class SheetData {
  constructor(name, id) {
    this.name = name;
    this.id = id;
    this.rows = []; // rows[r][c] = Cell (0-based), sparse at the end
    this.maxRows = 1000;
    this.maxColumns = 26;
    this.frozenRows = 0;
    this.frozenColumns = 0;
    /** Embedded charts (charts.mjs): { id, type, ranges, position, options }. */
    this.charts = [];
    this.formats = new Map(); // "r,c" → number format
    this.validations = new Map(); // "r,c" → rule
    this.notes = new Map();
    this.styles = new Map(); // "r,c" → {bold, background, color}
    this.activeRange = { row: 1, col: 1, rows: 1, cols: 1 };
    /** Rows hidden by the user and by the tab's filter (R50): "r,0" → true, moved with their rows. */
    this.rowsHiddenByUser = new Map();
    this.rowsHiddenByFilter = new Map();
    /** The tab's filter (R50): its 1-based range, or null when the tab has none. */
    this.filter = null;
  }
  cell(r, c, create = false) {
    let row = this.rows[r];
    if (!row) {
      if (!create) return undefined;
      row = this.rows[r] = [];
    }
    if (!row[c] && create) row[c] = new Cell();
    return row[c];
  }
  lastRow() {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((c) => c && (c.value !== "" || c.formula))) return r + 1;
    }
    return 0;
  }
  /**
   * Moves every keyed map entry ("r,c") by a function of its coordinates (null drops it); the
   * hidden-row marks move by `moveRow` (by default as the row's first cell moves).
   */
  remapKeys(move, moveRow = (r) => move(r, 0)) {
    for (const name of ["formats", "validations", "notes", "styles"]) {
      const next = new Map();
      for (const [key, v] of this[name]) {
        const [r, c] = key.split(",").map(Number);
        const to = move(r, c);
        if (to) next.set(`${to[0]},${to[1]}`, v);
      }
      this[name] = next;
    }
    // Hidden rows move with their rows (R50).
    remapRows(this, moveRow);
  }
  /** Inserts `count` empty rows before 0-based row `at`; they take the formats of `inheritFrom` when given. */
  insertRows(at, count, inheritFrom) {
    if (at < this.rows.length) {
      const tail = this.rows.splice(at);
      for (let i = 0; i < count; i++) this.rows.push(undefined);
      this.rows.push(...tail);
    }
    // Rows inserted after the last row move nothing (the common case: a tab growing at its end).
    if (at < this.maxRows) this.remapKeys((r, c) => [r >= at ? r + count : r, c]);
    if (inheritFrom !== undefined && inheritFrom >= 0) {
      for (const name of ["formats", "validations"]) {
        for (let c = 0; c < this.maxColumns; c++) {
          const v = this[name].get(`${inheritFrom},${c}`);
          if (v === undefined) continue;
          for (let i = 0; i < count; i++) this[name].set(`${at + i},${c}`, v);
        }
      }
    }
    this.maxRows += count;
  }
  /** Inserts `count` empty columns before 0-based column `at`; formats and dropdowns move with their cells. */
  insertColumns(at, count, inheritFrom) {
    for (const row of this.rows) if (row && row.length > at) row.splice(at, 0, ...new Array(count));
    this.remapKeys((r, c) => [r, c >= at ? c + count : c]);
    if (inheritFrom !== undefined && inheritFrom >= 0) {
      for (const name of ["formats", "validations"]) {
        for (const [key, v] of [...this[name]]) {
          const [r, c] = key.split(",").map(Number);
          if (c !== inheritFrom) continue;
          for (let i = 0; i < count; i++) this[name].set(`${r},${at + i}`, v);
        }
      }
    }
    this.maxColumns += count;
  }
  lastColumn() {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] && (row[c].value !== "" || row[c].formula)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}

export class DataValidationBuilder {
  constructor() {
    this.rule = { type: "list", values: [], allowInvalid: true, helpText: "" };
  }
  requireValueInList(values, showDropdown = true) {
    this.rule.values = [...values].map(String);
    this.rule.dropdown = showDropdown;
    return this;
  }
  setAllowInvalid(allow) {
    this.rule.allowInvalid = allow;
    return this;
  }
  setHelpText(text) {
    this.rule.helpText = text;
    return this;
  }
  build() {
    return { ...this.rule };
  }
}

export class Spreadsheet {
  constructor(emu) {
    this.emu = emu;
  }
  getSheetByName(name) {
    const data = this.emu.sheetData(name);
    return data ? new Sheet(this.emu, data) : null;
  }
  getSheets() {
    return this.emu.sheets.map((d) => new Sheet(this.emu, d));
  }
  insertSheet(name) {
    checkCellGrowth(this.emu, 1000 * 26); // R23: a new tab is 1000 x 26 cells
    return new Sheet(this.emu, this.emu.insertSheet(name ?? `Foglio${this.emu.nextSheetId}`));
  }
  deleteSheet(sheet) {
    this.emu.sheets = this.emu.sheets.filter((s) => s !== sheet.data);
    if (this.emu.activeSheet === sheet.data) this.emu.activeSheet = this.emu.sheets[0];
  }
  getActiveSheet() {
    return new Sheet(this.emu, this.emu.activeSheet);
  }
  setActiveSheet(sheet) {
    this.emu.activeSheet = sheet.data;
    return sheet;
  }
  getActiveRange() {
    return this.getActiveSheet().getActiveRange();
  }
  /** Google: the list of active ranges of the active sheet (R51). */
  getActiveRangeList() {
    return this.getActiveSheet().getActiveRangeList();
  }
  getSheetById(id) {
    const data = this.emu.sheets.find((s) => s.id === id);
    return data ? new Sheet(this.emu, data) : null;
  }
  toast(message, title, seconds) {
    this.emu.ui.toasts.push({ message, title, seconds });
  }
  getName() {
    return "CO.EFFICIENTI (locale)";
  }
  getId() {
    return this.emu.spreadsheetId ?? "local-spreadsheet";
  }
  getSpreadsheetTimeZone() {
    return this.emu.spreadsheetTimeZone;
  }
  getSpreadsheetLocale() {
    return this.emu.spreadsheetLocale;
  }
  setSpreadsheetLocale(locale) {
    this.emu.spreadsheetLocale = String(locale);
  }
}

class Sheet {
  constructor(emu, data) {
    this.emu = emu;
    this.data = data;
  }
  getName() {
    return this.data.name;
  }
  setName(name) {
    this.data.name = name;
    return this;
  }
  getSheetId() {
    return this.data.id;
  }
  getParent() {
    return new Spreadsheet(this.emu);
  }
  getRange(a, b, c, d) {
    if (typeof a === "string") {
      const ref = parseA1(a);
      if (!ref) throw new Error(`Range not found: ${a}`);
      const lastRow = ref.lastRow ?? this.data.maxRows;
      const lastCol = ref.lastCol ?? this.data.maxColumns;
      return new Range(this.emu, this.data, ref.row, ref.col, lastRow - ref.row + 1, lastCol - ref.col + 1);
    }
    return new Range(this.emu, this.data, a, b, c ?? 1, d ?? 1);
  }
  getDataRange() {
    return new Range(
      this.emu,
      this.data,
      1,
      1,
      Math.max(1, this.data.lastRow()),
      Math.max(1, this.data.lastColumn()),
    );
  }
  getLastRow() {
    return this.data.lastRow();
  }
  getLastColumn() {
    return this.data.lastColumn();
  }
  getMaxRows() {
    return this.data.maxRows;
  }
  getMaxColumns() {
    return this.data.maxColumns;
  }
  setFrozenRows(n) {
    if (n >= this.data.maxRows) throw new Error("Sorry, it is not possible to freeze all visible rows.");
    this.emu.countWrite(0);
    this.data.frozenRows = n;
  }
  getFrozenRows() {
    return this.data.frozenRows;
  }
  /** Google: all visible columns cannot be frozen, as all rows cannot (R3, R16). */
  setFrozenColumns(n) {
    if (!Number.isInteger(n) || n < 0) throw new Error("Invalid argument: columns");
    if (n >= this.data.maxColumns)
      throw new Error("Sorry, it is not possible to freeze all visible columns.");
    this.emu.countWrite(0);
    this.data.frozenColumns = n;
  }
  getFrozenColumns() {
    return this.data.frozenColumns;
  }
  // ---- embedded charts (charts.mjs, R15): built locally, saved by insertChart / updateChart
  chartContext() {
    const emu = this.emu;
    return {
      rangeOf: (r) => {
        const data = emu.sheets.find((s) => s.id === r.sheetId);
        if (!data) throw new Error("The chart's range is on a sheet that no longer exists.");
        return new Range(emu, data, r.row, r.col, r.rows, r.cols);
      },
      recordOfRange: (range) => {
        if (!(range instanceof Range))
          throw new Error("Invalid argument: range (a Range of this spreadsheet)");
        return { sheetId: range.data.id, row: range.row, col: range.col, rows: range.rows, cols: range.cols };
      },
    };
  }
  newChart() {
    return new EmbeddedChartBuilder(this.chartContext());
  }
  getCharts() {
    this.emu.countRead(0);
    return this.data.charts.map((c) => new EmbeddedChart(this.chartContext(), c));
  }
  /** Checks a chart about to be saved on this tab (Google's rules, and the stricter guesses of R15). */
  checkChart(chart) {
    if (!(chart instanceof EmbeddedChart)) throw new Error("Invalid argument: chart (an EmbeddedChart)");
    const record = chart.record;
    if (!record.type) throw new Error("The chart has no type: call setChartType(Charts.ChartType…).");
    const problem = chartProblem(record, new Map(this.emu.sheets.map((s) => [s.id, s])), this.data);
    if (problem)
      throw new Error(
        problem.includes("outside")
          ? "The coordinates of the range are outside the dimensions of the sheet."
          : problem,
      );
    return record;
  }
  insertChart(chart) {
    const record = this.checkChart(chart);
    if (record.id !== null && this.emu.sheets.some((s) => s.charts.some((c) => c.id === record.id)))
      throw new Error("This chart is already in the spreadsheet: save its changes with updateChart.");
    this.emu.countWrite(0);
    this.emu.nextChartId = Math.max(
      this.emu.nextChartId ?? 1,
      ...this.emu.sheets.flatMap((s) => s.charts.map((c) => c.id + 1)),
    );
    this.data.charts.push(chartRecord({ ...record, id: this.emu.nextChartId++ }));
  }
  updateChart(chart) {
    const record = this.checkChart(chart);
    const at = this.data.charts.findIndex((c) => c.id === record.id);
    if (record.id === null || at < 0)
      throw new Error("The chart is not on this sheet: insert it with insertChart.");
    this.emu.countWrite(0);
    this.data.charts[at] = chartRecord(record);
  }
  removeChart(chart) {
    const id = chart instanceof EmbeddedChart ? chart.record.id : null;
    const at = this.data.charts.findIndex((c) => c.id === id);
    if (id === null || at < 0) throw new Error("The chart is not on this sheet.");
    this.emu.countWrite(0);
    this.data.charts.splice(at, 1);
  }
  /** Google: appendRow adds a row after the last row with content, growing the tab when needed (R2). */
  appendRow(values) {
    const row = this.data.lastRow() + 1;
    const rows = Math.max(row, this.data.maxRows);
    const columns = Math.max(values.length, this.data.maxColumns);
    checkCellGrowth(this.emu, rows * columns - this.data.maxRows * this.data.maxColumns); // R23
    if (row > this.data.maxRows) this.data.maxRows = row;
    if (values.length > this.data.maxColumns) this.data.maxColumns = values.length;
    new Range(this.emu, this.data, row, 1, 1, values.length).writeTyped([values]);
    return this;
  }
  insertRowsAfter(after, count) {
    if (!(after >= 1 && after <= this.data.maxRows && count >= 1))
      throw new Error("Those rows are out of bounds.");
    checkCellGrowth(this.emu, count * this.data.maxColumns); // R23
    this.emu.countWrite(0);
    this.data.insertRows(after, count, this.emu.insertedInherit ? after - 1 : undefined);
    return this;
  }
  insertRowsBefore(before, count) {
    if (!(before >= 1 && before <= this.data.maxRows && count >= 1))
      throw new Error("Those rows are out of bounds.");
    checkCellGrowth(this.emu, count * this.data.maxColumns); // R23
    this.emu.countWrite(0);
    this.data.insertRows(before - 1, count, this.emu.insertedInherit ? before - 1 + count : undefined);
    return this;
  }
  insertRowAfter(after) {
    return this.insertRowsAfter(after, 1);
  }
  insertColumnsAfter(after, count) {
    if (!(after >= 1 && after <= this.data.maxColumns && count >= 1))
      throw new Error("Those columns are out of bounds.");
    checkCellGrowth(this.emu, count * this.data.maxRows); // R23
    this.emu.countWrite(0);
    this.data.insertColumns(after, count, this.emu.insertedInherit ? after - 1 : undefined);
    return this;
  }
  insertColumnsBefore(before, count) {
    if (!(before >= 1 && before <= this.data.maxColumns && count >= 1))
      throw new Error("Those columns are out of bounds.");
    checkCellGrowth(this.emu, count * this.data.maxRows); // R23
    this.emu.countWrite(0);
    this.data.insertColumns(before - 1, count, this.emu.insertedInherit ? before - 1 + count : undefined);
    return this;
  }
  /** Google: rows past the tab throw; the last non-frozen rows cannot all be deleted (R3). */
  deleteRows(start, count) {
    if (start < 1 || count < 1 || start + count - 1 > this.data.maxRows)
      throw new Error("Those rows are out of bounds.");
    if (start <= this.data.frozenRows + 1 && start + count - 1 >= this.data.maxRows)
      throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    this.emu.countWrite(0);
    this.data.rows.splice(start - 1, count);
    this.data.remapKeys((r, c) => (r < start - 1 ? [r, c] : r >= start - 1 + count ? [r - count, c] : null));
    this.data.maxRows -= count;
  }
  deleteRow(row) {
    this.deleteRows(row, 1);
  }
  clear() {
    this.emu.countWrite(0);
    this.data.rows = [];
    this.data.formats.clear();
    this.data.validations.clear();
    return this;
  }
  clearContents() {
    this.emu.countWrite(0);
    this.data.rows = [];
    return this;
  }
  activate() {
    this.emu.activeSheet = this.data;
    return this;
  }
  getActiveRange() {
    const a = this.data.activeRange;
    return new Range(this.emu, this.data, a.row, a.col, a.rows, a.cols);
  }
  // ---- hidden rows, filters and several selected ranges (selection.mjs, R50–R52)
  /** Google: every range of the selection; getActiveRange gives only the last of them (R51). */
  getActiveRangeList() {
    return rangeListOf(
      this.emu,
      activeRectangles(this.data),
      (r) => new Range(this.emu, this.data, r.row, r.col, r.rows, r.cols),
    );
  }
  getRangeList(a1Notations) {
    return rangeListOf(
      this.emu,
      a1Notations.map((a1) => this.getRange(a1)),
      (r) => r,
    );
  }
  hideRows(rowIndex, numRows = 1) {
    checkRows(this.data, rowIndex, numRows);
    this.emu.countWrite(0);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.data.rowsHiddenByUser.set(`${r - 1},0`, true);
  }
  showRows(rowIndex, numRows = 1) {
    checkRows(this.data, rowIndex, numRows);
    this.emu.countWrite(0);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.data.rowsHiddenByUser.delete(`${r - 1},0`);
  }
  /** Google: "Returns whether the given row is hidden by the user." (R50) */
  isRowHiddenByUser(rowPosition) {
    checkRows(this.data, rowPosition, 1);
    this.emu.countRead(0);
    return this.data.rowsHiddenByUser.has(`${rowPosition - 1},0`);
  }
  /** Google: "Returns whether the given row is hidden by a filter (not a filter view)." (R50) */
  isRowHiddenByFilter(rowPosition) {
    checkRows(this.data, rowPosition, 1);
    this.emu.countRead(0);
    return this.data.rowsHiddenByFilter.has(`${rowPosition - 1},0`);
  }
  /** Google: the tab's filter, or null when it has none (R50). */
  getFilter() {
    this.emu.countRead(0);
    const f = this.data.filter;
    if (!f) return null;
    const range = new Range(this.emu, this.data, f.row, f.col, f.rows, f.cols);
    return { getRange: () => range };
  }
}

class Range {
  constructor(emu, data, row, col, rows, cols) {
    // Google: a range must lie inside the tab; only appendRow and insert… grow a tab (RULES.md, R1).
    if (
      !(row >= 1 && col >= 1 && rows >= 1 && cols >= 1) ||
      row + rows - 1 > data.maxRows ||
      col + cols - 1 > data.maxColumns
    ) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    this.emu = emu;
    this.data = data;
    this.row = row;
    this.col = col;
    this.rows = rows;
    this.cols = cols;
  }
  forEachCell(fn) {
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) fn(this.row - 1 + r, this.col - 1 + c, r, c);
  }
  getValues() {
    this.emu.countRead(this.rows * this.cols);
    const out = [];
    for (let r = 0; r < this.rows; r++) {
      const line = [];
      for (let c = 0; c < this.cols; c++) {
        const v = this.data.cell(this.row - 1 + r, this.col - 1 + c)?.value ?? "";
        line.push(isDate(v) ? new Date(v.getTime()) : v);
      }
      out.push(line);
    }
    return out;
  }
  getDisplayValues() {
    return this.getValues().map((line, r) =>
      line.map((v, c) =>
        displayValue(
          v,
          this.data.formats.get(`${this.row - 1 + r},${this.col - 1 + c}`),
          this.emu.spreadsheetTimeZone,
          this.emu.spreadsheetLocale,
        ),
      ),
    );
  }
  getNumberFormats() {
    this.emu.countRead(this.rows * this.cols);
    const out = [];
    for (let r = 0; r < this.rows; r++) {
      const line = [];
      for (let c = 0; c < this.cols; c++)
        line.push(this.data.formats.get(`${this.row - 1 + r},${this.col - 1 + c}`) ?? "General");
      out.push(line);
    }
    return out;
  }
  /** A TextFinder over this range (Range.createTextFinder). */
  createTextFinder(text) {
    return new TextFinder(this, String(text));
  }
  getValue() {
    return this.getValues()[0][0];
  }
  getFormulas() {
    this.emu.countRead(this.rows * this.cols);
    const out = [];
    for (let r = 0; r < this.rows; r++) {
      const line = [];
      for (let c = 0; c < this.cols; c++)
        line.push(this.data.cell(this.row - 1 + r, this.col - 1 + c)?.formula ?? "");
      out.push(line);
    }
    return out;
  }
  writeTyped(values) {
    if (
      !Array.isArray(values) ||
      values.length !== this.rows ||
      values.some((l) => !Array.isArray(l) || l.length !== this.cols)
    ) {
      const got = Array.isArray(values) ? `${values.length} x ${values[0]?.length}` : typeof values;
      throw new Error(
        `The number of rows or columns in the data does not match the range: data ${got}, range ${this.rows} x ${this.cols}.`,
      );
    }
    const options = { timeZone: this.emu.spreadsheetTimeZone, apostrophe: this.emu.apostropheInPlainText };
    // Google refuses the whole call when one text is longer than a cell holds (R22).
    for (const line of values) for (const v of line) checkCellText(v);
    const parsed = values.map((line, r) =>
      line.map((v, c) => {
        if (v !== null && typeof v === "object" && !isDate(v))
          throw new Error(`Cannot convert ${Array.isArray(v) ? "an array" : "an object"} to a cell value.`);
        return parseTyped(v, this.data.formats.get(`${this.row - 1 + r},${this.col - 1 + c}`), options);
      }),
    );
    // Validation is checked for the whole write before anything changes, as Sheets refuses the call.
    parsed.forEach((line, r) =>
      line.forEach((p, c) => {
        const rule = this.data.validations.get(`${this.row - 1 + r},${this.col - 1 + c}`);
        if (!rule || rule.allowInvalid || p.formula || p.value === "") return;
        if (!rule.values.includes(displayValue(p.value, undefined, this.emu.spreadsheetTimeZone))) {
          const a1 = `${columnLetters(this.col + c)}${this.row + r}`;
          throw new Error(
            `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
          );
        }
      }),
    );
    parsed.forEach((line, r) =>
      line.forEach((p, c) => {
        const cell = this.data.cell(this.row - 1 + r, this.col - 1 + c, true);
        cell.value = p.value;
        cell.formula = p.formula ?? "";
      }),
    );
    this.emu.countWrite(this.rows * this.cols);
  }
  setValues(values) {
    this.writeTyped(values);
    return this;
  }
  setValue(value) {
    this.writeTyped(Array.from({ length: this.rows }, () => Array.from({ length: this.cols }, () => value)));
    return this;
  }
  clearContent() {
    this.emu.countWrite(this.rows * this.cols);
    this.forEachCell((r, c) => {
      const cell = this.data.cell(r, c);
      if (cell) {
        cell.value = "";
        cell.formula = "";
      }
    });
    return this;
  }
  setNumberFormat(format) {
    this.emu.countWrite(0);
    this.forEachCell((r, c) => this.data.formats.set(`${r},${c}`, format));
    return this;
  }
  setNumberFormats(formats) {
    if (
      !Array.isArray(formats) ||
      formats.length !== this.rows ||
      formats.some((l) => l.length !== this.cols)
    )
      throw new Error("The number of rows or columns in the data does not match the range.");
    this.emu.countWrite(0);
    this.forEachCell((r, c, i, j) => this.data.formats.set(`${r},${c}`, formats[i][j]));
    return this;
  }
  getNotes() {
    this.emu.countRead(this.rows * this.cols);
    const out = [];
    for (let r = 0; r < this.rows; r++) {
      const line = [];
      for (let c = 0; c < this.cols; c++)
        line.push(this.data.notes.get(`${this.row - 1 + r},${this.col - 1 + c}`) ?? "");
      out.push(line);
    }
    return out;
  }
  setNotes(notes) {
    if (!Array.isArray(notes) || notes.length !== this.rows || notes.some((l) => l.length !== this.cols))
      throw new Error("The number of rows or columns in the data does not match the range.");
    this.emu.countWrite(0);
    this.forEachCell((r, c, i, j) =>
      notes[i][j]
        ? this.data.notes.set(`${r},${c}`, String(notes[i][j]))
        : this.data.notes.delete(`${r},${c}`),
    );
    return this;
  }
  getNote() {
    return this.data.notes.get(`${this.row - 1},${this.col - 1}`) ?? "";
  }
  getNumberFormat() {
    return this.data.formats.get(`${this.row - 1},${this.col - 1}`) ?? "General";
  }
  setDataValidation(rule) {
    this.emu.countWrite(0);
    this.forEachCell((r, c) =>
      rule ? this.data.validations.set(`${r},${c}`, rule) : this.data.validations.delete(`${r},${c}`),
    );
    return this;
  }
  getDataValidation() {
    return this.data.validations.get(`${this.row - 1},${this.col - 1}`) ?? null;
  }
  style(key, value) {
    this.emu.countWrite(0);
    this.forEachCell((r, c) =>
      this.data.styles.set(`${r},${c}`, { ...this.data.styles.get(`${r},${c}`), [key]: value }),
    );
    return this;
  }
  setFontWeight(weight) {
    return this.style("bold", weight === "bold");
  }
  /** Range.setFontWeights: one weight ("bold", "normal" or null) per cell, in one call. */
  setFontWeights(weights) {
    if (
      !Array.isArray(weights) ||
      weights.length !== this.rows ||
      weights.some((l) => l.length !== this.cols)
    )
      throw new Error("The number of rows or columns in the data does not match the range.");
    this.emu.countWrite(0);
    this.forEachCell((r, c, i, j) =>
      this.data.styles.set(`${r},${c}`, {
        ...this.data.styles.get(`${r},${c}`),
        bold: weights[i][j] === "bold",
      }),
    );
    return this;
  }
  setBackground(color) {
    return this.style("background", color);
  }
  setFontColor(color) {
    return this.style("color", color);
  }
  setNote(note) {
    this.emu.countWrite(0);
    this.forEachCell((r, c) => this.data.notes.set(`${r},${c}`, note));
    return this;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getLastRow() {
    return this.row + this.rows - 1;
  }
  getSheet() {
    return new Sheet(this.emu, this.data);
  }
  getA1Notation() {
    const start = `${columnLetters(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1
      ? start
      : `${start}:${columnLetters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
}

/** Range.createTextFinder: finds cells whose displayed text matches (whole cell, case as set). */
class TextFinder {
  constructor(range, text) {
    this.emu = range.emu;
    this.range = range;
    this.text = text;
    this.entire = false;
    this.caseSensitive = false;
    this.data = range.data;
  }
  matchEntireCell(flag) {
    this.entire = Boolean(flag);
    return this;
  }
  matchCase(flag) {
    this.caseSensitive = Boolean(flag);
    return this;
  }
  findAll() {
    const out = [];
    const want = this.caseSensitive ? this.text : this.text.toLowerCase();
    const { row, col, rows, cols } = this.range;
    const last = Math.min(row + rows - 1, this.data.rows.length);
    for (let r = row - 1; r < last; r++) {
      for (let c = col - 1; c < col + cols - 1; c++) {
        const cell = this.data.cell(r, c);
        if (!cell || (cell.value === "" && !cell.formula)) continue;
        let shown = displayValue(
          cell.value,
          this.data.formats.get(`${r},${c}`),
          this.emu.spreadsheetTimeZone,
          this.emu.spreadsheetLocale,
        );
        if (!this.caseSensitive) shown = shown.toLowerCase();
        if (this.entire ? shown === want : shown.includes(want))
          out.push(new Range(this.emu, this.data, r + 1, c + 1, 1, 1));
      }
    }
    this.emu.countRead(out.length);
    return out;
  }
  findNext() {
    return this.findAll()[0] ?? null;
  }
}

// Count every public method call of the spreadsheet objects, by class and method, and let tests inject
// failures into any of them.
for (const [cls, name] of /** @type {[any, string][]} */ ([
  [Spreadsheet, "Spreadsheet"],
  [Sheet, "Sheet"],
  [Range, "Range"],
  [TextFinder, "TextFinder"],
])) {
  for (const method of Object.getOwnPropertyNames(cls.prototype)) {
    if (
      method === "constructor" ||
      method === "forEachCell" ||
      method === "chartContext" ||
      method === "checkChart" ||
      method === "writeTyped" ||
      method === "style" ||
      method === "matchEntireCell" ||
      method === "matchCase"
    )
      continue;
    const original = cls.prototype[method];
    cls.prototype[method] = function counted(...args) {
      const sheetName = this.data?.name;
      this.emu.hit(`${name}.${method}`, sheetName);
      return original.apply(this, args);
    };
  }
}
