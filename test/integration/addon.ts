// Loads the built bundle (dist/Code.js) onto a fresh spreadsheet emulator, as Apps Script would.
import { Emulator } from "../../dev/emulator.mjs";

export type AddOn = Record<string, (...args: unknown[]) => any>;

export function loadAddOn(options: { user?: string; locale?: string } = {}) {
  const emu = new Emulator(options);
  const addOn = emu.loadBundle() as unknown as AddOn;
  return { emu, addOn };
}

/** A fresh add-on with its sheet prepared (tabs, headers, settings). */
export function preparedAddOn(options: { user?: string; locale?: string } = {}) {
  const loaded = loadAddOn(options);
  loaded.addOn.setupSpreadsheet();
  loaded.emu.ui.toasts = [];
  return loaded;
}

export { Emulator };
