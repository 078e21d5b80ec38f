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
import type { Workbook } from "./workbook";
import { headedBlock, writeGeneratedTab } from "./workbook/generatedTab";
import { allValues } from "./workbook/reads";

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
  return { sheet, ...rowsByHeader(allValues(sheet)), frozenRows: sheet.getFrozenRows() };
}

/**
 * Writes the Coordinatori tab in one block over the previous one (blanks where it held more, so nothing
 * of a longer list stays). Reads nothing: the tab was read by readCoordinatorsTab before any write.
 */
export function writeCoordinatorsTab(workbook: Workbook, tab: CoordinatorsTab, built: Coordinators): Sheet {
  const { headers, rows } = built;
  const height = Math.max(rows.length + 1, tab.height);
  const width = Math.max(headers.length, tab.width);
  const sheet = tab.sheet ?? workbook.insert(SHEETS.coordinators);
  const status = COORDINATOR_COLUMNS.status;
  writeGeneratedTab(sheet, {
    ...headedBlock(headers, rows, (h) => SPEC_BY_HEADER.get(h), height, width),
    growRows: height + 1,
    clearDropdowns: true,
    dropdown:
      rows.length > 0
        ? {
            column: headers.indexOf(status.header) + 1,
            rows: rows.length,
            choices: keptChoices(status.choices, headers, rows, status.header).values,
            allowInvalid: false,
          }
        : undefined,
    frozen: { rows: 1, hadRows: tab.frozenRows },
    boldHeaderWithFreeze: headers.length,
  });
  return sheet;
}
