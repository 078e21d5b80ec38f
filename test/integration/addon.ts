// Loads the built bundle (dist/Code.js) onto a fresh spreadsheet emulator, as Apps Script would.
import { Emulator, type EmulatorOptions } from "../../dev/emulator.mjs";

/** The bundle's top-level functions, as Apps Script sees them. */
export type AddOn = ReturnType<Emulator["loadBundle"]>;

export type { EmulatorOptions };

/** Options every emulator of a test file starts with (a describe block can switch a Google behaviour). */
export const googleBehaviour: EmulatorOptions = {};

export function loadAddOn(options: EmulatorOptions = {}) {
  const emu = new Emulator({ ...googleBehaviour, ...options });
  const addOn = emu.loadBundle();
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
