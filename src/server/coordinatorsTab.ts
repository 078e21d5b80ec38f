/**
 * The Coordinatori tab (docs/shortlist.md), written with the Shortlist: read once before any write
 * (readCoordinatorsTab), built by core (buildDecisionTabs → buildCoordinators), then written as a whole
 * (writeCoordinatorsTab: grown first, formats and the Stato dropdown before the values, the values in
 * one call), so a failure leaves the previous tab's values as they were.
 */
import type { CoordinatorRow, Coordinators } from "../core/coordinators";
import { keptChoices } from "../core/dropdowns";
import { rowsByHeader } from "../core/table";
import { COORDINATOR_COLUMNS, type ColumnSpec, SHEETS } from "../core/tabs";
import { AUTOMATIC, formatOf, growSheet, toCell, type Workbook } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SPEC_BY_HEADER = new Map<string, ColumnSpec>(
  Object.values(COORDINATOR_COLUMNS).map((c) => [c.header, c]),
);

/** What the Coordinatori tab holds before the write: its rows by header (follow-up kept) and extent. */
export interface CoordinatorsTab {
  sheet: Sheet | null;
  headers: string[];
  rows: CoordinatorRow[];
  height: number;
  width: number;
  frozenRows: number;
}

/** Reads the current tab in one call (nothing when it does not exist yet). */
export function readCoordinatorsTab(workbook: Workbook): CoordinatorsTab {
  const sheet = workbook.find(SHEETS.coordinators);
  if (!sheet) return { sheet, headers: [], rows: [], height: 0, width: 0, frozenRows: 0 };
  return { sheet, ...rowsByHeader(sheet.getDataRange().getValues()), frozenRows: sheet.getFrozenRows() };
}

/**
 * Writes the Coordinatori tab in one block over the previous one (blanks where it held more, so nothing
 * of a longer list stays). Reads nothing: the tab was read by readCoordinatorsTab before any write.
 */
export function writeCoordinatorsTab(workbook: Workbook, tab: CoordinatorsTab, built: Coordinators): Sheet {
  const { headers, rows } = built;
  const height = Math.max(rows.length + 1, tab.height);
  const width = Math.max(headers.length, tab.width);
  const values: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const line: unknown[] = new Array(width).fill("");
    headers.forEach((h, c) => {
      if (r === 0) line[c] = toCell(undefined, h);
      else if (r <= rows.length) line[c] = toCell(SPEC_BY_HEADER.get(h), rows[r - 1][h]);
    });
    values.push(line);
  }
  const formats = values.map((_, r) =>
    Array.from({ length: width }, (_x, c) =>
      r === 0 ? AUTOMATIC : formatOf(SPEC_BY_HEADER.get(headers[c])),
    ),
  );

  const sheet = tab.sheet ?? workbook.insert(SHEETS.coordinators);
  // Google never grows a tab on setValues: rows and columns first. Formats and dropdowns go before
  // the values, so a failure after them leaves the old values. Dropdowns are cleared from the whole
  // block first: none may stay on a column the user moved (it would refuse the write).
  growSheet(sheet, height + 1, width);
  const block = sheet.getRange(1, 1, height, width);
  block.setNumberFormats(formats);
  sheet.getRange(2, 1, height, width).setDataValidation(null);
  if (rows.length > 0)
    sheet
      .getRange(2, headers.indexOf(COORDINATOR_COLUMNS.status.header) + 1, rows.length, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(
            keptChoices(COORDINATOR_COLUMNS.status.choices, headers, rows, COORDINATOR_COLUMNS.status.header)
              .values,
            true,
          )
          .setAllowInvalid(false)
          .build(),
      );
  block.setValues(values);
  // Header bold, then frozen, once: a frozen header says both were done (a call fewer on every later
  // run), and a run cut between them does both again.
  if (tab.frozenRows !== 1) {
    sheet.getRange(1, 1, 1, headers.length).setFontWeight("bold");
    sheet.setFrozenRows(1);
  }
  return sheet;
}
