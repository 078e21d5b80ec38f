// Google's storage limits (dev/emulator/RULES.md, R20–R23): a property value, a property store, a
// cell's text, a spreadsheet's cells. Each check runs before anything changes, as Google refuses the
// whole call.

/** R20: one property (its key and value, UTF-8 bytes) at most 9 kB ("9 KB / val"; 9,000, the stricter reading). */
export const PROPERTY_VALUE_BYTES = 9_000;
/** R21: a property store at most 500 kB ("500 KB / property store"; 500,000 bytes, keys included). */
export const PROPERTY_STORE_BYTES = 500_000;
/** R22: a cell holds at most 50,000 characters. */
export const CELL_CHARACTERS = 50_000;
/** R23: a spreadsheet holds at most 10 million cells (all its tabs' rows x columns). */
export const SPREADSHEET_CELLS = 10_000_000;

export const PROPERTY_VALUE_ERROR = "Argument too large: value";
export const PROPERTY_STORE_ERROR =
  "You have exceeded the property storage quota. Please remove some properties and try again.";
export const CELL_ERROR = `Your input contains more than the maximum of ${CELL_CHARACTERS} characters in a single cell.`;
export const CELLS_ERROR = `This action would increase the number of cells in the workbook above the limit of ${SPREADSHEET_CELLS} cells.`;

const bytes = (text) => Buffer.byteLength(String(text), "utf8");

/** The bytes a property takes in its store: its key and its value. */
export function propertyBytes(key, value) {
  return bytes(key) + bytes(value);
}

/** The bytes of a whole store (a Map of key → value). */
export function storeBytes(store) {
  let total = 0;
  for (const [k, v] of store) total += propertyBytes(k, v);
  return total;
}

/**
 * Throws Google's errors when writing `values` (key → value) into `store` would pass a limit; with
 * `replaceAll` the store would hold only `values`. Nothing is written by the caller when it throws.
 */
export function checkPropertyWrite(emu, store, values, replaceAll = false) {
  const valueLimit = emu.limits?.propertyValueBytes ?? PROPERTY_VALUE_BYTES;
  const storeLimit = emu.limits?.propertyStoreBytes ?? PROPERTY_STORE_BYTES;
  const next = new Map(replaceAll ? [] : store);
  for (const [k, v] of Object.entries(values)) {
    if (propertyBytes(k, v) > valueLimit) throw new Error(PROPERTY_VALUE_ERROR);
    next.set(String(k), String(v));
  }
  if (storeBytes(next) > storeLimit) throw new Error(PROPERTY_STORE_ERROR);
}

/** Throws Google's error when a value written to a cell is longer than a cell may hold. */
export function checkCellText(value) {
  if (typeof value === "string" && value.length > CELL_CHARACTERS) throw new Error(CELL_ERROR);
}

/** Every cell of the spreadsheet: the rows x columns of each tab, empty ones included. */
export function spreadsheetCells(emu) {
  let total = 0;
  for (const s of emu.sheets) total += s.maxRows * s.maxColumns;
  return total;
}

/** Throws Google's error when adding `extra` cells would take the spreadsheet past its limit. */
export function checkCellGrowth(emu, extra) {
  const limit = emu.limits?.spreadsheetCells ?? SPREADSHEET_CELLS;
  if (extra > 0 && spreadsheetCells(emu) + extra > limit) throw new Error(CELLS_ERROR);
}
