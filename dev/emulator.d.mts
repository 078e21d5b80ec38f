// Types of the emulator for the TypeScript tests (the emulator itself is plain JavaScript so that
// `npm start` runs it with Node directly).
// biome-ignore-all lint/suspicious/noExplicitAny: sheet values are any by nature here.
export interface Fault {
  method: string;
  sheet?: string;
  skip?: number;
  times?: number;
  message?: string;
}
export interface UiLog {
  menus: { title: string; items: { caption?: string; functionName?: string; separator?: boolean }[] }[];
  sidebars: { title: string; html: string }[];
  alerts: { message: string; buttons: string }[];
  toasts: { message: string; title?: string; seconds?: number }[];
  dialogs: { title: string; html: string; width?: number; height?: number }[];
}
export interface EmulatorOptions {
  user?: string;
  locale?: string;
  distDir?: string;
  /** What a leading apostrophe does in a plain-text cell (undocumented by Google). */
  apostropheInPlainText?: "kept" | "hidden";
  /** The spreadsheet's time zone (the script's is in appsscript.json). */
  spreadsheetTimeZone?: string;
  /** Whether inserted rows/columns take their neighbour's formats and dropdowns. */
  insertedInherit?: boolean;
  /** The Apps Script project's name (a bound script's add-on menu shows it). */
  projectName?: string;
  /** Scopes the user refused on Google's granular consent screen (R30). */
  refusedScopes?: string[];
  /** What Session.getActiveUser does when the e-mail scope was refused (R31): throw, or give "". */
  refusedActiveUser?: "throws" | "blank";
  /** The script's id (authorization URLs, the temporary user key). */
  scriptId?: string;
  /** The spreadsheet's Drive id (two emulators may stand for two Sheets). */
  spreadsheetId?: string;
  /** The spreadsheet's locale (R60), which sets how numbers are shown; default it_IT. */
  spreadsheetLocale?: string;
  /** How Google runs the script as a web app (RULES.md, R40–R45). */
  webApp?: import("./emulator/webApp.mjs").WebAppOptions;
}
export declare const SERVICE_FAILURE: string;
export declare class Emulator {
  constructor(options?: EmulatorOptions);
  user: string;
  locale: string;
  timeZone: string;
  spreadsheetTimeZone: string;
  spreadsheetLocale: string;
  scopes: string[];
  apostropheInPlainText: "kept" | "hidden";
  insertedInherit: boolean;
  documentLockAvailable: boolean;
  projectName: string;
  refusedScopes: string[];
  refusedActiveUser: "throws" | "blank";
  scriptId: string;
  spreadsheetId: string;
  restricted: boolean;
  documentProperties: Map<string, string>;
  cellsRead: number;
  cellsWritten: number;
  flushes: number;
  failAt: { at: number; seen: number; filter: (method: string) => boolean; fired: string | null } | null;
  failAtCall(at: number, filter?: (method: string) => boolean): void;
  asCustomFunction<T>(fn: () => T): T;
  /** Runs `fn` as a web app execution (R40–R45). */
  asWebApp<T>(fn: () => T): T;
  /** Runs the bundle's doGet as a web app and returns the page the browser gets (R43). */
  serveWebApp(bundle: unknown, e?: unknown): string;
  webApp: Required<import("./emulator/webApp.mjs").WebAppOptions>;
  inWebApp: boolean;
  scriptLockHeld: boolean;
  beginExecution(): void;
  countRead(cells: number): void;
  countWrite(cells: number): void;
  lockBusy: boolean | ((ms: number) => boolean);
  ui: UiLog;
  alertResponse: string;
  logs: { level: string; text: string }[];
  calls: Map<string, number>;
  evaluateFormula: ((formula: string, sheet: string) => unknown) | null;
  sheets: any[];
  hit(method: string, sheet?: string): void;
  resetCalls(): void;
  totalCalls(filter?: (method: string) => boolean): number;
  injectFault(fault: Fault): void;
  sheetData(name: string): any;
  insertSheet(name: string): any;
  valuesOf(name: string): any[][];
  recordsOf(name: string): Record<string, any>[];
  formulas(): { sheet: string; a1: string; formula: string }[];
  typeInto(name: string, a1: string, text: unknown): void;
  /** Types as the Sheets UI does: a strict dropdown refuses a value outside its list (R61); the refusal or null. */
  enterAsUser(name: string, a1: string, text: string): string | null;
  select(name: string, a1: string): void;
  /** Selects several ranges at once, the last one active (R51). */
  selectRanges(name: string, a1List: string[]): void;
  /** Hides rows by hand (R50). */
  hideRowsByHand(name: string, first: number, count?: number): void;
  /** A filter on the tab hiding the given 1-based rows; [] removes it (R50). */
  filterOut(name: string, rows: number[]): void;
  /** Rows deleted by a colleague by hand, uncounted. */
  deleteRowsByHand(name: string, first: number, count?: number): void;
  /** Tests: what colleagues do while a dialog of the add-on is open. */
  whileDialogOpen?: () => void;
  rearrangeColumns(name: string, order: number[]): void;
  insertColumnBefore(name: string, column: number): void;
  moveColumnToEnd(name: string, column: number): void;
  toJSON(): any;
  static fromJSON(json: any, options?: EmulatorOptions): Emulator;
  globals(): Record<string, unknown>;
  loadBundle(): Record<string, (...args: any[]) => any>;
}
export declare const DIST: string;
export declare function parseTyped(
  input: unknown,
  numberFormat?: string,
  options?: { timeZone?: string; apostrophe?: "kept" | "hidden" },
): { value: unknown; formula?: string };
export declare function displayValue(value: unknown, format?: string, timeZone?: string): string;
export declare function formatDate(date: Date, timeZone: string, pattern: string): string;
