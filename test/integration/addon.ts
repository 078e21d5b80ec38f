// Loads the built bundle (dist/Code.js) onto a fresh spreadsheet emulator, as Apps Script would.
import { Emulator } from "../../dev/emulator.mjs";

export type AddOn = Record<string, (...args: unknown[]) => any>;

export interface EmulatorOptions {
  user?: string;
  locale?: string;
  apostropheInPlainText?: "kept" | "hidden";
  spreadsheetTimeZone?: string;
  insertedInherit?: boolean;
  refusedScopes?: string[];
  refusedActiveUser?: "throws" | "blank";
  spreadsheetId?: string;
}

/** Options every emulator of a test file starts with (a describe block can switch a Google behaviour). */
export const googleBehaviour: EmulatorOptions = {};

export function loadAddOn(options: EmulatorOptions = {}) {
  const emu = new Emulator({ ...googleBehaviour, ...options } as never);
  const addOn = emu.loadBundle() as unknown as AddOn;
  return { emu, addOn };
}

/** A fresh add-on with its sheet prepared (tabs, headers, settings). */
export function preparedAddOn(options: EmulatorOptions = {}) {
  const loaded = loadAddOn(options);
  loaded.addOn.setupSpreadsheet();
  loaded.emu.ui.toasts = [];
  return loaded;
}

export { Emulator };
