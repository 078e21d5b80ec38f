// A local stand-in for the Apps Script services Coefficienti uses, behaving like Google Sheets where it
// matters: 1-based ranges, getValues types, "" for empty cells, strings parsed as if typed on
// setValue(s)/appendRow (a leading apostrophe keeps text), data validation enforced, a document lock
// that can time out, a settable user and locale, and a count of every service call by method.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { columnLetters, parseA1 } from "./a1.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(root, "dist");

const isDate = (v) => Object.prototype.toString.call(v) === "[object Date]";

/** What Sheets stores when a string is typed into a cell: text, a number, a boolean, a date or a formula. */
export function parseTyped(input, numberFormat) {
  if (input === null || input === undefined) return { value: "" };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (input === "") return { value: "" };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  if (numberFormat === "@") return { value: input };
  const t = input.trim();
  if (/^[+-]?\d[\d ]*(\.\d+)?([eE][+-]?\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t))
    return { value: Number(t.replace(/ /g, "")) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (d) return { value: new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3])) };
  return { value: input };
}

/** How Sheets would display a value with a number format. */
export function displayValue(value, format) {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    const p = (n) => String(n).padStart(2, "0");
    const day = `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`;
    if (format && /h/.test(format)) return `${day} ${p(value.getHours())}:${p(value.getMinutes())}`;
    return day;
  }
  if (typeof value === "number") {
    const m = /^0(?:\.(0+))?$/.exec(format ?? "");
    if (m) return value.toFixed(m[1] ? m[1].length : 0);
    return String(Math.round(value * 1e10) / 1e10);
  }
  return String(value);
}

class Cell {
  constructor() {
    this.value = "";
    this.formula = "";
  }
}

class SheetData {
  constructor(name, id) {
    this.name = name;
    this.id = id;
    this.rows = []; // rows[r][c] = Cell (0-based), sparse at the end
    this.maxRows = 1000;
    this.maxColumns = 26;
    this.frozenRows = 0;
    this.formats = new Map(); // "r,c" → number format
    this.validations = new Map(); // "r,c" → rule
    this.notes = new Map();
    this.styles = new Map(); // "r,c" → {bold, background, color}
    this.activeRange = { row: 1, col: 1, rows: 1, cols: 1 };
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

const BUTTON = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
const BUTTON_SET = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };

/** An in-memory spreadsheet with the Apps Script services around it. */
export class Emulator {
  constructor(options = {}) {
    this.user = options.user ?? "staff@coefficienti.example";
    this.locale = options.locale ?? "it";
    this.timeZone = "Europe/Rome";
    this.distDir = options.distDir ?? DIST;
    this.sheets = [];
    this.nextSheetId = 1;
    this.activeSheet = null;
    this.calls = new Map();
    this.faults = [];
    this.lockBusy = false; // true: every tryLock times out; a function: decides per call
    this.lockHeld = false;
    this.ui = { menus: [], sidebars: [], alerts: [], toasts: [], dialogs: [] };
    this.alertResponse = BUTTON.YES;
    this.logs = [];
    this.evaluateFormula = null; // set by the preview to compute =COEF_… cells
    this.insertSheet("Foglio1");
  }

  // ------------------------------------------------------------- bookkeeping

  /** Counts a call and throws an injected fault when one matches. */
  hit(method, sheetName) {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    for (const fault of this.faults) {
      if (fault.method !== method) continue;
      if (fault.sheet && fault.sheet !== sheetName) continue;
      if ((fault.skip ?? 0) > 0) {
        fault.skip--;
        continue;
      }
      if ((fault.times ?? 1) <= 0) continue;
      fault.times = (fault.times ?? 1) - 1;
      throw new Error(fault.message ?? `Injected failure in ${method}`);
    }
  }
  resetCalls() {
    this.calls = new Map();
  }
  totalCalls(filter = () => true) {
    let total = 0;
    for (const [method, n] of this.calls) if (filter(method)) total += n;
    return total;
  }
  /** Makes the next matching call throw: { method: "Range.setValues", sheet?: "Shortlist", skip?, times? }. */
  injectFault(fault) {
    this.faults.push({ times: 1, ...fault });
  }

  // ------------------------------------------------------------- sheets

  sheetData(name) {
    return this.sheets.find((s) => s.name === name);
  }
  insertSheet(name) {
    if (this.sheetData(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const data = new SheetData(name, this.nextSheetId++);
    this.sheets.push(data);
    this.activeSheet = data;
    return data;
  }
  /** Values of a tab as a 2-D array (test helper, not counted). */
  valuesOf(name) {
    const data = this.sheetData(name);
    if (!data) return undefined;
    const rows = data.lastRow();
    const cols = data.lastColumn();
    const out = [];
    for (let r = 0; r < rows; r++) {
      const line = [];
      for (let c = 0; c < cols; c++) line.push(data.cell(r, c)?.value ?? "");
      out.push(line);
    }
    return out;
  }
  /** Rows of a tab as objects keyed by header (test helper). */
  recordsOf(name) {
    const values = this.valuesOf(name) ?? [];
    const [header = [], ...rows] = values;
    return rows.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i]])));
  }
  /** Every formula in the workbook (test helper): [{sheet, a1, formula}]. */
  formulas() {
    const out = [];
    for (const s of this.sheets) {
      s.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (cell?.formula)
            out.push({ sheet: s.name, a1: `${columnLetters(c + 1)}${r + 1}`, formula: cell.formula });
        }),
      );
    }
    return out;
  }
  /** Types into a cell as a user would (test and preview helper, not counted). */
  typeInto(name, a1, text) {
    const data = this.sheetData(name) ?? this.insertSheet(name);
    const ref = parseA1(a1);
    const cell = data.cell(ref.row - 1, ref.col - 1, true);
    const parsed = parseTyped(text, data.formats.get(`${ref.row - 1},${ref.col - 1}`));
    cell.value = parsed.value;
    cell.formula = parsed.formula ?? "";
  }
  /**
   * Rearranges the columns of a tab as a user dragging columns would: `order` lists, for each new
   * column, the old 1-based column it comes from (0 for a new empty column). Values, formats,
   * dropdowns, notes and styles move with their column.
   */
  rearrangeColumns(name, order) {
    const data = this.sheetData(name);
    data.rows = data.rows.map((row) => (row ? order.map((old) => (old ? row[old - 1] : undefined)) : row));
    const remap = (map) => {
      const next = new Map();
      for (const [key, v] of map) {
        const [r, c] = key.split(",").map(Number);
        const to = order.indexOf(c + 1);
        if (to >= 0) next.set(`${r},${to}`, v);
      }
      return next;
    };
    data.formats = remap(data.formats);
    data.validations = remap(data.validations);
    data.notes = remap(data.notes);
    data.styles = remap(data.styles);
    data.maxColumns = Math.max(data.maxColumns, order.length);
  }
  /** Inserts an empty column before a 1-based column. */
  insertColumnBefore(name, column) {
    const width = Math.max(this.sheetData(name).lastColumn(), column);
    const order = [];
    for (let c = 1; c <= width; c++) {
      if (c === column) order.push(0);
      order.push(c);
    }
    this.rearrangeColumns(name, order);
  }
  /** Moves a 1-based column to the end. */
  moveColumnToEnd(name, column) {
    const width = this.sheetData(name).lastColumn();
    const order = [];
    for (let c = 1; c <= width; c++) if (c !== column) order.push(c);
    order.push(column);
    this.rearrangeColumns(name, order);
  }

  /** Selects a cell of a tab, as a click would. */
  select(name, a1) {
    const data = this.sheetData(name);
    const ref = parseA1(a1);
    data.activeRange = { row: ref.row, col: ref.col, rows: 1, cols: 1 };
    this.activeSheet = data;
  }

  // ------------------------------------------------------------- persistence

  toJSON() {
    const encode = (v) => (isDate(v) ? { $date: v.toISOString() } : v);
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        id: s.id,
        frozenRows: s.frozenRows,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        cells: s.rows.flatMap((row, r) =>
          (row ?? []).flatMap((cell, c) =>
            cell && (cell.value !== "" || cell.formula)
              ? [[r, c, encode(cell.value), cell.formula || undefined]]
              : [],
          ),
        ),
        formats: [...s.formats],
        validations: [...s.validations],
        notes: [...s.notes],
        styles: [...s.styles],
      })),
      active: this.activeSheet?.name,
    };
  }
  static fromJSON(json, options) {
    const emu = new Emulator(options);
    emu.sheets = [];
    for (const s of json.sheets) {
      const data = new SheetData(s.name, s.id);
      data.frozenRows = s.frozenRows;
      data.maxRows = s.maxRows;
      data.maxColumns = s.maxColumns;
      for (const [r, c, v, f] of s.cells) {
        const cell = data.cell(r, c, true);
        cell.value = v && typeof v === "object" && "$date" in v ? new Date(v.$date) : v;
        cell.formula = f ?? "";
      }
      data.formats = new Map(s.formats);
      data.validations = new Map(s.validations);
      data.notes = new Map(s.notes);
      data.styles = new Map(s.styles);
      emu.sheets.push(data);
      emu.nextSheetId = Math.max(emu.nextSheetId, s.id + 1);
    }
    emu.activeSheet = emu.sheetData(json.active) ?? emu.sheets[0];
    return emu;
  }

  // ------------------------------------------------------------- services

  /** The global object the bundle runs in (what gas-local gets). */
  globals() {
    const spreadsheet = new Spreadsheet(this);
    const ui = new Ui(this);
    const logger =
      (level) =>
      (...args) => {
        this.logs.push({ level, text: args.map(String).join(" ") });
      };
    return {
      SpreadsheetApp: {
        getActive: () => (this.hit("SpreadsheetApp.getActive"), spreadsheet),
        getActiveSpreadsheet: () => (this.hit("SpreadsheetApp.getActiveSpreadsheet"), spreadsheet),
        getUi: () => ui,
        flush: () => this.hit("SpreadsheetApp.flush"),
        newDataValidation: () => new DataValidationBuilder(),
        AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" },
      },
      LockService: { getDocumentLock: () => new Lock(this), getScriptLock: () => new Lock(this) },
      Session: {
        getActiveUser: () => ({ getEmail: () => this.user }),
        getEffectiveUser: () => ({ getEmail: () => this.user }),
        getActiveUserLocale: () => this.locale,
        getScriptTimeZone: () => this.timeZone,
      },
      HtmlService: {
        createHtmlOutputFromFile: (name) =>
          new HtmlOutput(
            readFileSync(join(this.distDir, name.endsWith(".html") ? name : `${name}.html`), "utf8"),
          ),
        createHtmlOutput: (html = "") => new HtmlOutput(String(html)),
      },
      Utilities: {
        getUuid: () => randomUUID(),
        formatDate: (date, timeZone, pattern) => formatDate(date, timeZone, pattern),
        sleep: () => {},
      },
      Logger: { log: logger("log") },
      console: { log: logger("log"), info: logger("info"), warn: logger("warn"), error: logger("error") },
    };
  }

  /** Loads dist/Code.js into a fresh context on this emulator, as Apps Script does on every call. */
  loadBundle() {
    const gas = require("gas-local");
    return gas.require(this.distDir, this.globals(), { filter: (f) => f.endsWith("Code.js") });
  }
}

/** Utilities.formatDate for the patterns used here (yyyy MM dd HH mm ss). */
export function formatDate(date, timeZone, pattern) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return pattern
    .replace("yyyy", parts.year)
    .replace("MM", parts.month)
    .replace("dd", parts.day)
    .replace("HH", parts.hour)
    .replace("mm", parts.minute)
    .replace("ss", parts.second);
}

class Lock {
  constructor(emu) {
    this.emu = emu;
    this.held = false;
  }
  tryLock(ms) {
    const busy = typeof this.emu.lockBusy === "function" ? this.emu.lockBusy(ms) : this.emu.lockBusy;
    if (busy || this.emu.lockHeld) return false;
    this.emu.lockHeld = true;
    this.held = true;
    return true;
  }
  waitLock(ms) {
    if (!this.tryLock(ms))
      throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock() {
    return this.held;
  }
  releaseLock() {
    if (this.held) {
      this.held = false;
      this.emu.lockHeld = false;
    }
  }
}

class HtmlOutput {
  constructor(content) {
    this.content = content;
    this.title = "";
    this.width = 300;
  }
  getContent() {
    return this.content;
  }
  setTitle(title) {
    this.title = title;
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(width) {
    this.width = width;
    return this;
  }
  append(html) {
    this.content += html;
    return this;
  }
}

class Menu {
  constructor(emu, title) {
    this.emu = emu;
    this.title = title;
    this.items = [];
  }
  addItem(caption, functionName) {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.items.push({ separator: true });
    return this;
  }
  addToUi() {
    this.emu.ui.menus = this.emu.ui.menus.filter((m) => m.title !== this.title);
    this.emu.ui.menus.push({ title: this.title, items: this.items });
  }
}

class Ui {
  constructor(emu) {
    this.emu = emu;
    this.Button = BUTTON;
    this.ButtonSet = BUTTON_SET;
  }
  createAddonMenu() {
    return new Menu(this.emu, "CO.EFFICIENTI");
  }
  createMenu(title) {
    return new Menu(this.emu, title);
  }
  alert(titleOrMessage, messageOrButtons, buttons) {
    const isSet = (x) => Object.values(BUTTON_SET).includes(x);
    const titled = typeof messageOrButtons === "string" && !isSet(messageOrButtons);
    const message = titled ? messageOrButtons : titleOrMessage;
    const set = titled ? buttons : messageOrButtons;
    this.emu.ui.alerts.push({ message, buttons: set ?? BUTTON_SET.OK });
    return set === BUTTON_SET.YES_NO || set === BUTTON_SET.YES_NO_CANCEL || set === BUTTON_SET.OK_CANCEL
      ? this.emu.alertResponse
      : BUTTON.OK;
  }
  showSidebar(html) {
    this.emu.ui.sidebars.push({ title: html.getTitle(), html: html.getContent() });
  }
  showModalDialog(html, title) {
    this.emu.ui.dialogs.push({ title, html: html.getContent() });
  }
}

class DataValidationBuilder {
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

class Spreadsheet {
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
  toast(message, title, seconds) {
    this.emu.ui.toasts.push({ message, title, seconds });
  }
  getName() {
    return "CO.EFFICIENTI (locale)";
  }
  getId() {
    return "local-spreadsheet";
  }
  getSpreadsheetTimeZone() {
    return this.emu.timeZone;
  }
  getSpreadsheetLocale() {
    return "it_IT";
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
    this.data.frozenRows = n;
  }
  getFrozenRows() {
    return this.data.frozenRows;
  }
  appendRow(values) {
    const row = this.data.lastRow() + 1;
    new Range(this.emu, this.data, row, 1, 1, values.length).writeTyped([values]);
    return this;
  }
  deleteRows(start, count) {
    if (start < 1 || count < 1) throw new Error("Those rows are out of bounds.");
    this.data.rows.splice(start - 1, count);
    const shift = (map) => {
      const next = new Map();
      for (const [key, v] of map) {
        const [r, c] = key.split(",").map(Number);
        if (r < start - 1) next.set(key, v);
        else if (r >= start - 1 + count) next.set(`${r - count},${c}`, v);
      }
      return next;
    };
    this.data.formats = shift(this.data.formats);
    this.data.validations = shift(this.data.validations);
    this.data.notes = shift(this.data.notes);
    this.data.styles = shift(this.data.styles);
  }
  deleteRow(row) {
    this.deleteRows(row, 1);
  }
  clear() {
    this.data.rows = [];
    this.data.formats.clear();
    this.data.validations.clear();
    return this;
  }
  clearContents() {
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
}

class Range {
  constructor(emu, data, row, col, rows, cols) {
    if (!(row >= 1 && col >= 1 && rows >= 1 && cols >= 1)) {
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
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
      line.map((v, c) => displayValue(v, this.data.formats.get(`${this.row - 1 + r},${this.col - 1 + c}`))),
    );
  }
  getValue() {
    return this.getValues()[0][0];
  }
  getFormulas() {
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
    const parsed = values.map((line, r) =>
      line.map((v, c) => parseTyped(v, this.data.formats.get(`${this.row - 1 + r},${this.col - 1 + c}`))),
    );
    // Validation is checked for the whole write before anything changes, as Sheets refuses the call.
    parsed.forEach((line, r) =>
      line.forEach((p, c) => {
        const rule = this.data.validations.get(`${this.row - 1 + r},${this.col - 1 + c}`);
        if (!rule || rule.allowInvalid || p.formula || p.value === "") return;
        if (!rule.values.includes(displayValue(p.value))) {
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
    this.data.maxRows = Math.max(this.data.maxRows, this.row + this.rows - 1);
    this.data.maxColumns = Math.max(this.data.maxColumns, this.col + this.cols - 1);
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
    this.forEachCell((r, c) => this.data.formats.set(`${r},${c}`, format));
    return this;
  }
  setNumberFormats(formats) {
    this.forEachCell((r, c, i, j) => this.data.formats.set(`${r},${c}`, formats[i][j]));
    return this;
  }
  getNumberFormat() {
    return this.data.formats.get(`${this.row - 1},${this.col - 1}`) ?? "General";
  }
  setDataValidation(rule) {
    this.forEachCell((r, c) =>
      rule ? this.data.validations.set(`${r},${c}`, rule) : this.data.validations.delete(`${r},${c}`),
    );
    return this;
  }
  getDataValidation() {
    return this.data.validations.get(`${this.row - 1},${this.col - 1}`) ?? null;
  }
  style(key, value) {
    this.forEachCell((r, c) =>
      this.data.styles.set(`${r},${c}`, { ...this.data.styles.get(`${r},${c}`), [key]: value }),
    );
    return this;
  }
  setFontWeight(weight) {
    return this.style("bold", weight === "bold");
  }
  setBackground(color) {
    return this.style("background", color);
  }
  setFontColor(color) {
    return this.style("color", color);
  }
  setNote(note) {
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

// Count every public method call of the spreadsheet objects, by class and method, and let tests inject
// failures into any of them.
for (const [cls, name] of [
  [Spreadsheet, "Spreadsheet"],
  [Sheet, "Sheet"],
  [Range, "Range"],
]) {
  for (const method of Object.getOwnPropertyNames(cls.prototype)) {
    if (method === "constructor" || method === "forEachCell" || method === "writeTyped" || method === "style")
      continue;
    const original = cls.prototype[method];
    cls.prototype[method] = function counted(...args) {
      const sheetName = this.data?.name;
      this.emu.hit(`${name}.${method}`, sheetName);
      return original.apply(this, args);
    };
  }
}
