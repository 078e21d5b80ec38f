/**
 * Part of the workbook gateway: the one writer of a tab the add-on generates whole (Shortlist,
 * Coordinatori, Riepilogo). The tab grows first (Google never grows a tab on setValues; a range past
 * its size throws). Formats, then dropdowns, go before the values: if a later call fails they leave the
 * old values as they were. Dropdowns are cleared from the whole block first, so none stays on a column
 * the user moved (it would refuse the write); then the status column gets its own. Rules:
 * dev/emulator/RULES.md.
 */
import type { ColumnSpec } from "../../core/tabs";
import { AUTOMATIC, formatOf, growSheet, toCell } from "../sheetCells";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A dropdown on one column's data cells (1-based column, from row 2, `rows` long). */
export interface GeneratedDropdown {
  column: number;
  rows: number;
  choices: string[];
  allowInvalid: boolean;
}

/** What a generated tab receives, in the order the writer applies it. */
export interface GeneratedTabSpec {
  /** The whole block from A1: what the tab shows, blanks where the previous one held more. */
  values: unknown[][];
  formats: string[][];
  /** Rows the tab must have (at least) before the write. */
  growRows: number;
  /** Clears the dropdowns of the block's data rows, then sets this one (when given). */
  clearDropdowns?: boolean;
  dropdown?: GeneratedDropdown;
  fontWeights?: ("bold" | "normal")[][];
  /**
   * Frozen panes wanted and those the tab has: each is set only when it differs. With
   * `boldHeaderWithFreeze`, the header is made bold just before the rows are frozen (a frozen header
   * then says both were done, a call fewer on every later run; a run cut between them does both again).
   */
  frozen?: { rows: number; columns?: number; hadRows: number; hadColumns?: number };
  boldHeaderWithFreeze?: number;
  /** The first `boldHeader` header cells made bold on every write. */
  boldHeader?: number;
  /** A note on A1 (when and how the tab was generated). */
  noteA1?: string;
  /** Notes on the header row, one per cell (one call on every write, so a retried run ends the same). */
  headerNotes?: string[];
}

/** Writes a generated tab from A1 (see GeneratedTabSpec for the order of the calls). */
export function writeGeneratedTab(sheet: Sheet, spec: GeneratedTabSpec): void {
  const height = spec.values.length;
  const width = height > 0 ? spec.values[0].length : 0;
  growSheet(sheet, spec.growRows, width);
  const block = sheet.getRange(1, 1, height, width);
  block.setNumberFormats(spec.formats);
  if (spec.clearDropdowns) sheet.getRange(2, 1, height, width).setDataValidation(null);
  const dropdown = spec.dropdown;
  if (dropdown)
    sheet
      .getRange(2, dropdown.column, dropdown.rows, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(dropdown.choices, true)
          .setAllowInvalid(dropdown.allowInvalid)
          .build(),
      );
  block.setValues(spec.values);
  if (spec.fontWeights) block.setFontWeights(spec.fontWeights);
  const frozen = spec.frozen;
  if (frozen && frozen.hadRows !== frozen.rows) {
    if (spec.boldHeaderWithFreeze) sheet.getRange(1, 1, 1, spec.boldHeaderWithFreeze).setFontWeight("bold");
    sheet.setFrozenRows(frozen.rows);
  }
  if (frozen?.columns !== undefined && frozen.hadColumns !== frozen.columns)
    sheet.setFrozenColumns(frozen.columns);
  if (spec.boldHeader) sheet.getRange(1, 1, 1, spec.boldHeader).setFontWeight("bold");
  if (spec.noteA1 !== undefined) sheet.getRange(1, 1).setNote(spec.noteA1);
  if (spec.headerNotes && spec.headerNotes.length > 0)
    sheet.getRange(1, 1, 1, spec.headerNotes.length).setNotes([spec.headerNotes]);
}

/**
 * The block of a tab of named columns: the header row, one line per row (by header), blanks up to
 * `height` × `width` (where the previous tab held more); headers in automatic cells, each column's
 * cells in its own format.
 */
export function headedBlock(
  headers: readonly string[],
  rows: readonly Record<string, unknown>[],
  specOf: (header: string) => ColumnSpec | undefined,
  height: number,
  width: number,
): { values: unknown[][]; formats: string[][] } {
  const values: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const line: unknown[] = new Array(width).fill("");
    headers.forEach((h, c) => {
      if (r === 0) line[c] = toCell(undefined, h);
      else if (r <= rows.length) line[c] = toCell(specOf(h), rows[r - 1][h]);
    });
    values.push(line);
  }
  const formats = values.map((_, r) =>
    Array.from({ length: width }, (_x, c) => (r === 0 ? AUTOMATIC : formatOf(specOf(headers[c])))),
  );
  return { values, formats };
}
