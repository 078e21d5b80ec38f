/**
 * The Riepilogo tab (SPEC 10.5), written by generateShortlist in the same execution: the per-region
 * table with its total row at A1, the two chart tables to its right (the charts' data), and the two
 * native charts below the table. Read first (size and charts), written once, nothing read after.
 */
import type { Riepilogo } from "../core/riepilogo";
import { RIEPILOGO_COLUMNS, SHEETS } from "../core/tabs";
import { type ChartSpec, type PlacedChart, placeCharts, readCharts } from "./charts";
import { AUTOMATIC, formatOf, growSheet, toCell, type Workbook } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the Riepilogo tab holds before the write: its extent (overwritten with blanks) and its charts. */
export interface RiepilogoTab {
  sheet: Sheet | null;
  height: number;
  width: number;
  frozenRows: number;
  charts: PlacedChart[];
}

const TABLE_WIDTH = Object.keys(RIEPILOGO_COLUMNS).length;
/** The chart tables: one blank column after the table, then Interviste/Obiettivo, a blank, then the causes. */
export const PROGRESS_COLUMN = TABLE_WIDTH + 2;
export const CAUSES_COLUMN = PROGRESS_COLUMN + 4;
export const CHART_TITLES = {
  progress: "Interviste e obiettivo per regione",
  causes: "Cause indicate per regione",
} as const;
const COUNT_FORMAT = "0";
const TEXT = { header: "", kind: "text" } as const;
const SPECS = Object.values(RIEPILOGO_COLUMNS);

/** Reads what the write needs (no cell values: the tab is entirely the add-on's). */
export function readRiepilogoTab(workbook: Workbook): RiepilogoTab {
  const sheet = workbook.find(SHEETS.riepilogo);
  if (!sheet) return { sheet: null, height: 0, width: 0, frozenRows: 0, charts: [] };
  return {
    sheet,
    height: sheet.getLastRow(),
    width: sheet.getLastColumn(),
    frozenRows: sheet.getFrozenRows(),
    charts: readCharts(sheet),
  };
}

/** The charts of 10.5: interviews against target per region (columns), causes by region (stacked bars). */
export function riepilogoCharts(riepilogo: Riepilogo): ChartSpec[] {
  // Header and one line per region, the same for both tables.
  const lines = riepilogo.progressChart.length;
  const anchor = riepilogo.rows.length + 3;
  const height = Math.max(320, 80 + 26 * (lines - 1));
  return [
    {
      type: "COLUMN",
      range: { row: 1, column: PROGRESS_COLUMN, rows: lines, columns: riepilogo.progressChart[0].length },
      anchor: { row: anchor, column: 1 },
      options: { title: CHART_TITLES.progress, "legend.position": "bottom", width: 600, height },
    },
    {
      type: "BAR",
      range: { row: 1, column: CAUSES_COLUMN, rows: lines, columns: riepilogo.causesChart[0].length },
      anchor: { row: anchor, column: 8 },
      options: {
        title: CHART_TITLES.causes,
        isStacked: true,
        "legend.position": "bottom",
        width: 660,
        height,
      },
    },
  ];
}

/**
 * Writes the Riepilogo: the table, the chart tables and what the previous one held beyond them (as
 * blanks) in one block, formats first, then the charts (updated in place, not duplicated).
 */
export function writeRiepilogo(workbook: Workbook, tab: RiepilogoTab, riepilogo: Riepilogo): Sheet {
  const causesWidth = riepilogo.causesChart[0].length;
  const height = Math.max(riepilogo.rows.length + 1, riepilogo.progressChart.length, tab.height);
  const width = Math.max(CAUSES_COLUMN + causesWidth - 1, tab.width);
  const values: unknown[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array(width).fill(""));
    formats.push(new Array(width).fill(AUTOMATIC));
  }
  riepilogo.headers.forEach((h, c) => {
    values[0][c] = toCell(undefined, h);
  });
  riepilogo.rows.forEach((line, i) => {
    line.forEach((v, c) => {
      values[i + 1][c] = toCell(SPECS[c], v);
      formats[i + 1][c] = formatOf(SPECS[c]);
    });
  });
  for (const [table, at] of [
    [riepilogo.progressChart, PROGRESS_COLUMN - 1],
    [riepilogo.causesChart, CAUSES_COLUMN - 1],
  ] as const) {
    table.forEach((line, r) => {
      line.forEach((v, c) => {
        const isCount = r > 0 && c > 0;
        values[r][at + c] = isCount ? v : toCell(TEXT, v);
        if (isCount) formats[r][at + c] = COUNT_FORMAT;
      });
    });
  }

  const sheet = tab.sheet ?? workbook.insert(SHEETS.riepilogo);
  const charts = riepilogoCharts(riepilogo);
  growSheet(sheet, Math.max(height, charts[0].anchor.row) + 1, width);
  const block = sheet.getRange(1, 1, height, width);
  block.setNumberFormats(formats);
  block.setValues(values);
  // Headers and the total row in bold, the rest normal (a previous total row further down included).
  const totalRow = riepilogo.rows.length;
  block.setFontWeights(
    values.map((_, r) =>
      Array.from({ length: width }, (_x, c) =>
        r === 0 || (r === totalRow && c < TABLE_WIDTH) ? "bold" : "normal",
      ),
    ),
  );
  if (tab.frozenRows !== 1) sheet.setFrozenRows(1);
  placeCharts(sheet, tab.charts, charts);
  return sheet;
}
