// A local stand-in for the Apps Script services Coefficienti uses: the team's model of Google. Every
// rule it models is listed, with the Google page it comes from, in dev/emulator/RULES.md, and has a
// conformance test in test/conformance/. Where Google is undocumented it models each plausible
// behaviour behind an option, so that tests can run the add-on under all of them. It counts every
// service call by method, the cells read and written, and flushes (a read after a write).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { columnLetters, parseA1 } from "./a1.mjs";
import { ChartType, chartRecord } from "./emulator/charts.mjs";
import {
  AUTHORIZATION_STATUS,
  activeUser,
  authorizationInfo,
  requireConsent,
  temporaryUserKey,
} from "./emulator/consent.mjs";
import { DataValidationBuilder, SheetData, Spreadsheet } from "./emulator/model.mjs";
import { selectionHelpers } from "./emulator/selection.mjs";
import { BUTTON, HtmlOutput, Lock, Properties, Ui } from "./emulator/services.mjs";
import { displayValue, formatDate, isDate, parseTyped } from "./emulator/typing.mjs";
import { NO_UI_HERE, SPREADSHEETS_SCOPE, servedPage, WEB_APP_DEFAULTS } from "./emulator/webApp.mjs";

export { displayValue, formatDate, parseTyped };

const require = createRequire(import.meta.url);

/** Calls a custom function may not make (RULES.md, R8): they need authorization or write. */
const RESTRICTED_IN_CUSTOM_FUNCTIONS =
  /^(Range\.(set|clear|insert|delete|merge|sort)\w*|Sheet\.(set|clear|insert|delete|append|activate|hide|show|update|remove)\w*|Spreadsheet\.(insert|delete|set|toast)\w*|SpreadsheetApp\.(flush|getUi)|LockService\.\w+|Session\.(getActiveUser|getEffectiveUser)|Properties\.(set|delete)\w*)$/;

/** The Google wording of a transient service failure (RULES.md, R11). */
export const SERVICE_FAILURE =
  "Service Spreadsheets failed while accessing document with id local-spreadsheet.";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(root, "dist");

/** The manifest the bundle is deployed with (its scopes and time zone), or {} before the first build. */
function readManifest(distDir) {
  try {
    return JSON.parse(readFileSync(join(distDir, "appsscript.json"), "utf8"));
  } catch {
    try {
      return JSON.parse(readFileSync(join(root, "appsscript.json"), "utf8"));
    } catch {
      return {};
    }
  }
}

/** A "r,c" → value map as runs down each column: [column, firstRow, lastRow, value] (0-based). */
function runsOfCells(map) {
  const byColumn = new Map();
  for (const [key, value] of map) {
    const comma = key.indexOf(",");
    const c = Number(key.slice(comma + 1));
    if (!byColumn.has(c)) byColumn.set(c, []);
    byColumn.get(c).push([Number(key.slice(0, comma)), value]);
  }
  const same = (a, b) => a === b || (typeof a === "object" && JSON.stringify(a) === JSON.stringify(b));
  const runs = [];
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    const list = byColumn.get(c).sort((a, b) => a[0] - b[0]);
    let run = null;
    for (const [r, value] of list) {
      if (run && run[2] + 1 === r && same(run[3], value)) run[2] = r;
      else {
        run = [c, r, r, value];
        runs.push(run);
      }
    }
  }
  return runs;
}

/** The map back from runsOfCells (also reads the older [key, value] pairs). */
function cellsOfRuns(runs = []) {
  const map = new Map();
  for (const item of runs) {
    if (item.length === 2) map.set(item[0], item[1]);
    else for (let r = item[1]; r <= item[2]; r++) map.set(`${r},${item[0]}`, item[3]);
  }
  return map;
}

/**
 * How Google behaves where a test may choose (each option names its rule in RULES.md).
 * @typedef {object} EmulatorOptions
 * @property {string} [user] The user's e-mail.
 * @property {string} [locale] The user's language (Session.getActiveUserLocale).
 * @property {string} [distDir] Where the built bundle is (dist/ by default).
 * @property {"kept" | "hidden"} [apostropheInPlainText] What a leading apostrophe does in a plain-text cell (undocumented by Google).
 * @property {string} [spreadsheetTimeZone] The spreadsheet's time zone (the script's is in appsscript.json).
 * @property {boolean} [insertedInherit] Whether inserted rows/columns take their neighbour's formats and dropdowns.
 * @property {string} [projectName] The Apps Script project's name (a bound script's add-on menu shows it).
 * @property {string[]} [refusedScopes] Scopes the user refused on Google's granular consent screen (R30).
 * @property {"throws" | "blank"} [refusedActiveUser] What Session.getActiveUser does when the e-mail scope was refused (R31).
 * @property {string} [scriptId] The script's id (authorization URLs, the temporary user key).
 * @property {string} [spreadsheetId] The spreadsheet's Drive id (two emulators may stand for two Sheets).
 * @property {string} [spreadsheetLocale] The spreadsheet's locale (R60), which sets how numbers are shown; default it_IT.
 * @property {import("./emulator/webApp.mjs").WebAppOptions} [webApp] How Google runs the script as a web app (R40–R45).
 */

/**
 * A call made to fail: the next `times` calls of `method` (on `sheet`, if named) after `skip` of them.
 * @typedef {{ method: string, sheet?: string, skip?: number, times?: number, message?: string }} Fault
 */

/**
 * What the add-on showed the user: menus, sidebars, alerts, prompts, toasts and dialogs, in order.
 * @typedef {object} UiLog
 * @property {{ title: string, items: { caption?: string, functionName?: string, separator?: boolean }[] }[]} menus
 * @property {{ title: string, html: string }[]} sidebars
 * @property {{ message: string, buttons: string }[]} alerts
 * @property {{ title: string, message: string, buttons: string }[]} prompts
 * @property {{ message: string, title?: string, seconds?: number }[]} toasts
 * @property {{ title: string, html: string, width?: number, height?: number }[]} dialogs
 */

/** An in-memory spreadsheet with the Apps Script services around it. */
export class Emulator {
  /** @param {EmulatorOptions} [options] */
  constructor(options = {}) {
    this.user = options.user ?? "staff@coefficienti.example";
    this.locale = options.locale ?? "it";
    this.distDir = options.distDir ?? DIST;
    const manifest = readManifest(this.distDir);
    /** The script's time zone (appsscript.json) and the spreadsheet's own, which may differ (R5). */
    this.timeZone = manifest.timeZone ?? "Europe/Rome";
    this.spreadsheetTimeZone = options.spreadsheetTimeZone ?? "Europe/Rome";
    /** The spreadsheet's locale (File → Settings), which sets how numbers are shown (R60). */
    this.spreadsheetLocale = options.spreadsheetLocale ?? "it_IT";
    /** OAuth scopes of the manifest: Session.getActiveUser needs userinfo.email (R4). */
    this.scopes = manifest.oauthScopes ?? [];
    /** What a leading apostrophe does in a plain-text cell, undocumented by Google (R6): "kept" | "hidden". */
    this.apostropheInPlainText = options.apostropheInPlainText ?? "kept";
    /** Whether inserted rows/columns take the formats and dropdowns of their neighbour (undocumented). */
    this.insertedInherit = options.insertedInherit ?? true;
    /** Scopes the user refused on Google's granular consent screen, and what getActiveUser does then (R30, R31). */
    this.refusedScopes = options.refusedScopes ?? [];
    this.refusedActiveUser = options.refusedActiveUser ?? "throws";
    this.scriptId = options.scriptId ?? "local-script";
    /** The spreadsheet's Drive id (`Spreadsheet.getId`): two emulators may stand for two Sheets. */
    this.spreadsheetId = options.spreadsheetId ?? "local-spreadsheet";
    /** The Apps Script project's name, which a bound script's add-on menu shows (R14). */
    this.projectName = options.projectName ?? "CO.EFFICIENTI";
    /** LockService.getDocumentLock() is null outside a container document (R10). */
    this.documentLockAvailable = true;
    /** True while a custom function runs: no authorization-needing service, no writes (R8). */
    this.restricted = false;
    /** @type {Map<string, string>} */
    this.documentProperties = new Map();
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.flushes = 0;
    this.dirty = false;
    /** @type {{ at: number, seen: number, filter: (method: string) => boolean, fired: string | null } | null} */
    this.failAt = null;
    /** @type {SheetData[]} */
    this.sheets = [];
    this.nextSheetId = 1;
    /** @type {SheetData | null} */
    this.activeSheet = null;
    /** Calls made, by method ("Range.setValues"). @type {Map<string, number>} */
    this.calls = new Map();
    /** @type {Fault[]} */
    this.faults = [];
    /** @type {boolean | ((ms: number) => boolean)} */
    this.lockBusy = false; // true: every tryLock times out; a function: decides per call
    this.lockHeld = false;
    this.scriptLockHeld = false;
    /**
     * How Google runs this script as a web app (R40–R45; dev/emulator/webApp.mjs).
     * @type {Required<import("./emulator/webApp.mjs").WebAppOptions>}
     */
    this.webApp = {
      ...WEB_APP_DEFAULTS,
      ...(manifest.webapp?.executeAs ? { executeAs: manifest.webapp.executeAs } : {}),
      ...(options.webApp ?? {}),
    };
    /** True while a function runs as a web app execution (doGet, or google.script.run from its page). */
    this.inWebApp = false;
    /** @type {UiLog} */
    this.ui = { menus: [], sidebars: [], alerts: [], prompts: [], toasts: [], dialogs: [] };
    /** The button the next alert answers with. @type {string} */
    this.alertResponse = BUTTON.YES;
    /** @type {{ level: string, text: string }[]} */
    this.logs = [];
    /** @type {((formula: string, sheet: string) => unknown) | null} */
    this.evaluateFormula = null; // set by the preview to compute =COEF_… cells
    /**
     * The answer of the next prompt (R17), set by tests and the preview: the button and the text typed.
     * @type {{ button: string, text: string } | undefined}
     */
    this.promptResponse = undefined;
    /** Tests: what colleagues do while a dialog of the add-on is open. @type {(() => void) | undefined} */
    this.whileDialogOpen = undefined;
    /**
     * Tests: Google's storage limits made smaller (dev/emulator/limits.mjs), so a test reaches them quickly.
     * @type {{ propertyValueBytes?: number, propertyStoreBytes?: number, spreadsheetCells?: number } | undefined}
     */
    this.limits = undefined;
    this.insertSheet("Foglio1");
  }

  // ------------------------------------------------------------- bookkeeping

  /**
   * Counts a call and throws an injected fault when one matches.
   * @param {string} method
   * @param {string} [sheetName]
   */
  hit(method, sheetName) {
    if (this.restricted && RESTRICTED_IN_CUSTOM_FUNCTIONS.test(method))
      throw new Error(
        `You do not have permission to call ${method.replace(/^(Range|Sheet|Spreadsheet)\./, "")}`,
      );
    requireConsent(this, method);
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    if (this.failAt?.filter(method)) {
      this.failAt.seen++;
      if (this.failAt.seen === this.failAt.at) {
        this.failAt.fired = method;
        throw new Error(SERVICE_FAILURE);
      }
    }
    for (const fault of this.faults) {
      if (fault.method !== method) continue;
      if (fault.sheet && fault.sheet !== sheetName) continue;
      if ((fault.skip ?? 0) > 0) {
        fault.skip--;
        continue;
      }
      if ((fault.times ?? 1) <= 0) continue;
      fault.times = (fault.times ?? 1) - 1;
      throw new Error(fault.message ?? SERVICE_FAILURE);
    }
  }
  /** Cells returned by a read; a read after a write in one execution is a flush (Google applies pending writes). */
  /** @param {number} cells */
  countRead(cells) {
    this.cellsRead += cells;
    if (this.dirty) {
      this.flushes++;
      this.dirty = false;
    }
  }
  /** @param {number} cells */
  countWrite(cells) {
    this.cellsWritten += cells;
    this.dirty = true;
  }
  /** Starts a new execution for the counters (each google.script.run call or menu click is one). */
  beginExecution() {
    this.dirty = false;
  }
  /**
   * Makes the `at`-th call (1-based, counted from now) that passes `filter` fail with Google's
   * transient service error; `fired` then names the call that failed.
   * @param {number} at
   * @param {(method: string) => boolean} [filter]
   */
  failAtCall(at, filter = () => true) {
    this.failAt = { at, seen: 0, filter, fired: null };
  }
  /**
   * Runs `fn` as Sheets runs a custom function: no authorization-needing services, no writes.
   * @template T
   * @param {() => T} fn
   * @returns {T}
   */
  asCustomFunction(fn) {
    this.restricted = true;
    try {
      return fn();
    } finally {
      this.restricted = false;
    }
  }
  /**
   * Runs `fn` as Google runs a web app's execution: no editor UI, no document lock, and so on (R40–R45).
   * @template T
   * @param {() => T} fn
   * @returns {T}
   */
  asWebApp(fn) {
    const before = this.inWebApp;
    this.inWebApp = true;
    try {
      return fn();
    } finally {
      this.inWebApp = before;
    }
  }
  /**
   * Opens the web app's address: doGet runs as a web app and its HtmlOutput becomes the page (R43).
   * @param {any} bundle The loaded bundle (loadBundle).
   * @param {unknown} [e] The doGet event.
   * @returns {string}
   */
  serveWebApp(bundle, e = { parameter: {}, parameters: {}, queryString: "" }) {
    return this.asWebApp(() => {
      const output = bundle.doGet(e);
      if (!output || typeof output.getContent !== "function")
        throw new Error("Script function doGet must return an HtmlOutput or a TextOutput.");
      return servedPage(output);
    });
  }
  /** The active spreadsheet as the current execution sees it (web apps: R41, R45). */
  activeSpreadsheet(spreadsheet) {
    if (!this.inWebApp) return spreadsheet;
    if (this.webApp.currentOnly === "refused" && !this.scopes.includes(SPREADSHEETS_SCOPE))
      throw new Error(
        `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ${SPREADSHEETS_SCOPE}`,
      );
    return this.webApp.activeSpreadsheet === "container" ? spreadsheet : null;
  }
  resetCalls() {
    this.calls = new Map();
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.flushes = 0;
    this.dirty = false;
  }
  /**
   * The calls made since the last resetCalls, of the methods `filter` keeps.
   * @param {(method: string) => boolean} [filter]
   */
  totalCalls(filter = () => true) {
    let total = 0;
    for (const [method, n] of this.calls) if (filter(method)) total += n;
    return total;
  }
  /** Makes the next matching call throw: { method: "Range.setValues", sheet?: "Shortlist", skip?, times? }. */
  /** @param {Fault} fault */
  injectFault(fault) {
    this.faults.push({ times: 1, ...fault });
  }

  // ------------------------------------------------------------- sheets

  /**
   * The data of a tab, by name (undefined when no tab has it; tests name tabs that exist).
   * @param {string} name
   * @returns {SheetData}
   */
  sheetData(name) {
    return this.sheets.find((s) => s.name === name);
  }
  /** @param {string} name */
  insertSheet(name) {
    if (this.sheetData(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const data = new SheetData(name, this.nextSheetId++);
    this.sheets.push(data);
    this.activeSheet = data;
    return data;
  }
  /**
   * Values of a tab as a 2-D array (test helper, not counted; undefined when there is no such tab).
   * @param {string} name
   * @returns {any[][]}
   */
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
  /**
   * Rows of a tab as objects keyed by header (test helper).
   * @param {string} name
   * @returns {Record<string, any>[]}
   */
  recordsOf(name) {
    const values = this.valuesOf(name) ?? [];
    const [header = [], ...rows] = values;
    return rows.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i]])));
  }
  /**
   * Every formula in the workbook (test helper).
   * @returns {{ sheet: string, a1: string, formula: string }[]}
   */
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
  /**
   * Types into a cell as a user would (test and preview helper, not counted).
   * @param {string} name
   * @param {string} a1
   * @param {unknown} text
   */
  typeInto(name, a1, text) {
    const data = this.sheetData(name) ?? this.insertSheet(name);
    const ref = parseA1(a1);
    const cell = data.cell(ref.row - 1, ref.col - 1, true);
    const parsed = parseTyped(text, data.formats.get(`${ref.row - 1},${ref.col - 1}`), {
      timeZone: this.spreadsheetTimeZone,
      apostrophe: this.apostropheInPlainText,
    });
    cell.value = parsed.value;
    cell.formula = parsed.formula ?? "";
  }
  /**
   * Types into a cell as the Sheets UI takes a user's keystrokes (the preview's formula bar): a dropdown
   * that rejects invalid input (`setAllowInvalid(false)`, "Reject the input" in the UI) refuses a value
   * outside its list and the cell keeps what it held (R61). Returns null, or the refusal in words.
   * @param {string} name
   * @param {string} a1
   * @param {string} text
   * @returns {string | null}
   */
  enterAsUser(name, a1, text) {
    const data = this.sheetData(name) ?? this.insertSheet(name);
    const ref = parseA1(a1);
    const rule = data.validations.get(`${ref.row - 1},${ref.col - 1}`);
    if (rule && !rule.allowInvalid) {
      const parsed = parseTyped(text, data.formats.get(`${ref.row - 1},${ref.col - 1}`), {
        timeZone: this.spreadsheetTimeZone,
        apostrophe: this.apostropheInPlainText,
      });
      const shown = displayValue(parsed.value, undefined, this.spreadsheetTimeZone);
      if (!parsed.formula && shown !== "" && !rule.values.includes(shown)) {
        const listed =
          rule.values.length > 12 ? `${rule.values.slice(0, 12).join(", ")}, …` : rule.values.join(", ");
        return `Dato non valido in ${a1}: «${text}» non è tra i valori ammessi da questa cella (${listed}). Il contenuto della cella non è cambiato.`;
      }
    }
    this.typeInto(name, a1, text);
    return null;
  }
  /**
   * Rearranges the columns of a tab as a user dragging columns would: `order` lists, for each new
   * column, the old 1-based column it comes from (0 for a new empty column). Values, formats,
   * dropdowns, notes and styles move with their column.
   */
  /**
   * @param {string} name
   * @param {number[]} order
   */
  rearrangeColumns(name, order) {
    const data = this.sheetData(name);
    data.rows = data.rows.map((row) => (row ? order.map((old) => (old ? row[old - 1] : undefined)) : row));
    // Rows stay where they are: hidden rows keep their marks.
    data.remapKeys(
      (r, c) => {
        const to = order.indexOf(c + 1);
        return to >= 0 ? [r, to] : null;
      },
      (r) => [r, 0],
    );
    data.maxColumns = Math.max(data.maxColumns, order.length);
  }
  /** Inserts an empty column before a 1-based column. */
  /**
   * @param {string} name
   * @param {number} column
   */
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
  /**
   * @param {string} name
   * @param {number} column
   */
  moveColumnToEnd(name, column) {
    const width = this.sheetData(name).lastColumn();
    const order = [];
    for (let c = 1; c <= width; c++) if (c !== column) order.push(c);
    order.push(column);
    this.rearrangeColumns(name, order);
  }

  /** Selects a cell of a tab, as a click would. */
  /**
   * @param {string} name
   * @param {string} a1
   */
  select(name, a1) {
    const data = this.sheetData(name);
    const ref = parseA1(a1);
    data.activeRange = { row: ref.row, col: ref.col, rows: 1, cols: 1 };
    this.activeSheet = data;
  }
  /** Selects several ranges of a tab at once, the last one active (R51). */
  /**
   * @param {string} name
   * @param {string[]} a1List
   */
  selectRanges(name, a1List) {
    selectionHelpers.selectRanges.call(this, name, a1List, parseA1);
  }
  /** Hides rows by hand (R50). */
  /**
   * @param {string} name
   * @param {number} first
   * @param {number} [count]
   */
  hideRowsByHand(name, first, count = 1) {
    selectionHelpers.hideRowsByHand.call(this, name, first, count);
  }
  /** A filter on the tab hiding the given 1-based rows; [] removes it (R50). */
  /**
   * @param {string} name
   * @param {number[]} rows
   */
  filterOut(name, rows) {
    selectionHelpers.filterOut.call(this, name, rows);
  }
  /** Rows deleted by a colleague by hand (right-click → Elimina riga), uncounted. */
  /**
   * @param {string} name
   * @param {number} first
   * @param {number} [count]
   */
  deleteRowsByHand(name, first, count = 1) {
    const data = this.sheetData(name);
    data.rows.splice(first - 1, count);
    data.remapKeys((r, c) => (r < first - 1 ? [r, c] : r >= first - 1 + count ? [r - count, c] : null));
    data.maxRows -= count;
  }

  // ------------------------------------------------------------- persistence

  toJSON() {
    const encode = (v) => (isDate(v) ? { $date: v.toISOString() } : v);
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        id: s.id,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        activeRange: s.activeRange,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        cells: s.rows.flatMap((row, r) =>
          (row ?? []).flatMap((cell, c) =>
            cell && (cell.value !== "" || cell.formula)
              ? [[r, c, encode(cell.value), cell.formula || undefined]]
              : [],
          ),
        ),
        formats: runsOfCells(s.formats),
        validations: runsOfCells(s.validations),
        notes: runsOfCells(s.notes),
        styles: runsOfCells(s.styles),
        charts: s.charts.map((c) => chartRecord(c)),
      })),
      active: this.activeSheet?.name,
      properties: [...this.documentProperties],
      spreadsheetLocale: this.spreadsheetLocale,
    };
  }
  /**
   * A workbook back from its toJSON form (a saved file, or a snapshot a test takes).
   * @param {any} json
   * @param {EmulatorOptions} [options]
   */
  static fromJSON(json, options) {
    const emu = new Emulator(options);
    emu.sheets = [];
    for (const s of json.sheets) {
      const data = new SheetData(s.name, s.id);
      data.frozenRows = s.frozenRows;
      data.frozenColumns = s.frozenColumns ?? 0;
      data.charts = (s.charts ?? []).map((c) => chartRecord(c));
      if (s.activeRange) data.activeRange = s.activeRange;
      data.maxRows = s.maxRows;
      data.maxColumns = s.maxColumns;
      for (const [r, c, v, f] of s.cells) {
        const cell = data.cell(r, c, true);
        cell.value = v && typeof v === "object" && "$date" in v ? new Date(v.$date) : v;
        cell.formula = f ?? "";
      }
      data.formats = cellsOfRuns(s.formats);
      data.validations = cellsOfRuns(s.validations);
      data.notes = cellsOfRuns(s.notes);
      data.styles = cellsOfRuns(s.styles);
      emu.sheets.push(data);
      emu.nextSheetId = Math.max(emu.nextSheetId, s.id + 1);
    }
    emu.activeSheet = emu.sheetData(json.active) ?? emu.sheets[0];
    emu.documentProperties = new Map(json.properties ?? []);
    if (typeof json.spreadsheetLocale === "string" && !options?.spreadsheetLocale)
      emu.spreadsheetLocale = json.spreadsheetLocale;
    return emu;
  }

  // ------------------------------------------------------------- services

  /** The global object the bundle runs in (what gas-local gets). */
  globals() {
    const spreadsheet = new Spreadsheet(this);
    const ui = new Ui(this);
    const properties = new Properties(this);
    const logger =
      (level) =>
      (...args) => {
        this.logs.push({ level, text: args.map(String).join(" ") });
      };
    return {
      SpreadsheetApp: {
        getActive: () => (this.hit("SpreadsheetApp.getActive"), this.activeSpreadsheet(spreadsheet)),
        getActiveSpreadsheet: () => (
          this.hit("SpreadsheetApp.getActiveSpreadsheet"), this.activeSpreadsheet(spreadsheet)
        ),
        getUi: () => {
          this.hit("SpreadsheetApp.getUi");
          // A web app has no editor around it (R40).
          if (this.inWebApp) throw new Error(NO_UI_HERE);
          return ui;
        },
        // An explicit flush (before the lock is released) is a call of its own, not a read after a write.
        flush: () => {
          this.hit("SpreadsheetApp.flush");
          this.dirty = false;
        },
        newDataValidation: () => new DataValidationBuilder(),
        AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" },
      },
      Charts: { ChartType },
      LockService: {
        getDocumentLock: () => {
          this.hit("LockService.getDocumentLock");
          // From a web app the reference page says null (R42); "available" models the other reading.
          if (this.inWebApp && this.webApp.documentLock === "null") return null;
          return this.documentLockAvailable ? new Lock(this) : null;
        },
        getScriptLock: () => (this.hit("LockService.getScriptLock"), new Lock(this, "script")),
      },
      Session: {
        getActiveUser: () => {
          this.hit("Session.getActiveUser");
          this.requireScope("https://www.googleapis.com/auth/userinfo.email", "Session.getActiveUser");
          // A web app run as its deployer does not learn who is using it (R44).
          const hidden = this.inWebApp && this.webApp.executeAs === "USER_DEPLOYING";
          return hidden ? { getEmail: () => "" } : activeUser(this, "Session.getActiveUser");
        },
        getEffectiveUser: () => {
          this.hit("Session.getEffectiveUser");
          this.requireScope("https://www.googleapis.com/auth/userinfo.email", "Session.getEffectiveUser");
          return { getEmail: () => this.user };
        },
        getTemporaryActiveUserKey: () => temporaryUserKey(this),
        getActiveUserLocale: () => this.locale,
        getScriptTimeZone: () => this.timeZone,
      },
      ScriptApp: {
        AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" },
        AuthorizationStatus: AUTHORIZATION_STATUS,
        getAuthorizationInfo: (authMode, scopes) => authorizationInfo(this, authMode, scopes),
      },
      PropertiesService: {
        getDocumentProperties: () => (this.hit("PropertiesService.getDocumentProperties"), properties),
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

  /** Throws Google's permission error when the manifest lacks a scope. */
  requireScope(scope, method) {
    if (!this.scopes.includes(scope))
      throw new Error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
  }

  /**
   * Loads dist/Code.js into a fresh context on this emulator, as Apps Script does on every call.
   * @returns {Record<string, (...args: any[]) => any>} The bundle's top-level functions.
   */
  loadBundle() {
    const gas = require("gas-local");
    return gas.require(this.distDir, this.globals(), { filter: (f) => f.endsWith("Code.js") });
  }
}
