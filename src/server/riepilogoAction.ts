/**
 * The Riepilogo tab (docs/shortlist.md), written by generateShortlist in the same execution: the per-region
 * table with its total row at A1, the causes table to its right (the stacked chart's data; the other
 * chart reads the table's own Regione, Interviste and Obiettivo cells), and the two native charts
 * below the table. Read first (size and charts), written once, nothing read after.
 */

import { RIEPILOGO_NOTES } from "../core/headerNotes";
import type { Riepilogo } from "../core/riepilogo";
import { type ColumnSpec, RIEPILOGO_COLUMNS, SHEETS } from "../core/tabs";
import { AUTOMATIC, formatOf, toCell, type Workbook } from "./workbook";
import { type ChartSpec, type PlacedChart, placeCharts, readCharts } from "./workbook/charts";
import { writeGeneratedTab } from "./workbook/generatedTab";
import { lastColumnOf, lastRowOf } from "./workbook/reads";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the Riepilogo tab holds before the write: its extent (overwritten with blanks) and its charts. */
export interface RiepilogoTab {
  sheet: Sheet | null;
  height: number;
  width: number;
  frozenRows: number;
  charts: PlacedChart[];
}

export const CHART_TITLES = {
  progress: "Interviste e obiettivo per regione",
  causes: "Cause indicate per regione",
} as const;
/** The first cell of the causes table, which names it (and is no second "Regione" header on the tab). */
export const CAUSES_TABLE_TITLE = "Cause per regione";
const COUNT_FORMAT = "0";
const ONE_DECIMAL = "0.0";
/** The Interesse column of the interest-without-criticality table (0-based), shown with one decimal. */
const INTEREST_COLUMN = 4;
const TEXT = { header: "", kind: "text" } as const;
const SPEC_BY_HEADER = new Map<string, ColumnSpec>(
  Object.values(RIEPILOGO_COLUMNS).map((c) => [c.header, c]),
);

/**
 * Where each chart's data sit. Interviews against target is drawn from the table's own Regione,
 * Interviste and Obiettivo cells (region rows, not the total) when they are side by side, as they
 * are; the causes table goes to the right of the table, after a blank column.
 */
interface Layout {
  tableWidth: number;
  /** 1-based column of the progress chart's data (in the table, or its own table further right). */
  progressColumn: number;
  progressOwnTable: boolean;
  causesColumn: number;
  /** 1-based column of the interest-without-criticality table, right of the chart tables after a blank column. */
  interestOnlyColumn: number;
}

function layoutOf(riepilogo: Riepilogo): Layout {
  const tableWidth = riepilogo.headers.length;
  const causesColumn = tableWidth + 2;
  const [domain, ...series] = riepilogo.progressChart[0].map((h) => riepilogo.headers.indexOf(String(h)));
  const inTable = domain >= 0 && series.every((at, i) => at === domain + i + 1);
  const afterCauses = causesColumn + riepilogo.causesChart[0].length + 1;
  return inTable
    ? {
        tableWidth,
        progressColumn: domain + 1,
        progressOwnTable: false,
        causesColumn,
        interestOnlyColumn: afterCauses,
      }
    : {
        tableWidth,
        progressColumn: afterCauses,
        progressOwnTable: true,
        causesColumn,
        interestOnlyColumn: afterCauses + riepilogo.progressChart[0].length + 1,
      };
}

/** Reads what the write needs (no cell values: the tab is entirely the add-on's). */
export function readRiepilogoTab(workbook: Workbook): RiepilogoTab {
  const sheet = workbook.find(SHEETS.riepilogo);
  if (!sheet) return { sheet: null, height: 0, width: 0, frozenRows: 0, charts: [] };
  return {
    sheet,
    height: lastRowOf(sheet),
    width: lastColumnOf(sheet),
    frozenRows: sheet.getFrozenRows(),
    charts: readCharts(sheet),
  };
}

/**
 * The value axis of a chart of counts (interviews, mentions) in whole numbers from 0: a column chart's
 * is vAxis, a bar chart's hAxis (Google Charts' "format" and "viewWindow" axis options, which
 * EmbeddedChartBuilder.setOption passes on:
 * https://developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options ·
 * https://developers.google.com/chart/interactive/docs/gallery/barchart#configuration-options).
 */
const WHOLE_COUNTS = {
  vAxis: { "vAxis.format": "0", "vAxis.viewWindow.min": 0 },
  hAxis: { "hAxis.format": "0", "hAxis.viewWindow.min": 0 },
};

/** The charts of 10.5: interviews against target per region (columns), causes by region (stacked bars). */
export function riepilogoCharts(riepilogo: Riepilogo, layout: Layout = layoutOf(riepilogo)): ChartSpec[] {
  // Header and one line per region, the same for both tables.
  const lines = riepilogo.progressChart.length;
  const anchor = riepilogo.rows.length + 3;
  const height = Math.max(320, 80 + 26 * (lines - 1));
  return [
    {
      title: CHART_TITLES.progress,
      type: "COLUMN",
      range: {
        row: 1,
        column: layout.progressColumn,
        rows: lines,
        columns: riepilogo.progressChart[0].length,
      },
      anchor: { row: anchor, column: 1 },
      options: { "legend.position": "bottom", width: 600, height, ...WHOLE_COUNTS.vAxis },
    },
    {
      title: CHART_TITLES.causes,
      type: "BAR",
      range: { row: 1, column: layout.causesColumn, rows: lines, columns: riepilogo.causesChart[0].length },
      anchor: { row: anchor, column: 8 },
      options: { isStacked: true, "legend.position": "bottom", width: 660, height, ...WHOLE_COUNTS.hAxis },
    },
  ];
}

/** The notes saying what the Riepilogo's counts count, one per header cell. */
export function riepilogoHeaderNotes(headers: readonly unknown[]): string[] {
  return headers.map((h) => RIEPILOGO_NOTES[String(h)] ?? "");
}

/**
 * Writes the Riepilogo: the table, the chart tables and what the previous one held beyond them (as
 * blanks) in one block, formats first, then the charts (updated in place, not duplicated).
 */
export function writeRiepilogo(workbook: Workbook, tab: RiepilogoTab, riepilogo: Riepilogo): Sheet {
  const layout = layoutOf(riepilogo);
  const tables: [unknown[][], number][] = [[riepilogo.causesChart, layout.causesColumn - 1]];
  if (layout.progressOwnTable) tables.push([riepilogo.progressChart, layout.progressColumn - 1]);
  const interestAt = layout.interestOnlyColumn - 1;
  const width = Math.max(
    ...tables.map(([table, at]) => at + table[0].length),
    interestAt + riepilogo.interestOnly[0].length,
    layout.tableWidth,
    tab.width,
  );
  const height = Math.max(
    riepilogo.rows.length + 1,
    riepilogo.progressChart.length,
    riepilogo.interestOnly.length,
    tab.height,
  );
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
      const spec = SPEC_BY_HEADER.get(riepilogo.headers[c]) ?? (typeof v === "number" ? undefined : TEXT);
      values[i + 1][c] = toCell(spec, v);
      formats[i + 1][c] = spec ? formatOf(spec) : COUNT_FORMAT;
    });
  });
  for (const [table, at] of tables) {
    table.forEach((line, r) => {
      line.forEach((v, c) => {
        const isCount = r > 0 && c > 0;
        const text = r === 0 && c === 0 && table === riepilogo.causesChart ? CAUSES_TABLE_TITLE : v;
        values[r][at + c] = isCount ? v : toCell(TEXT, text);
        if (isCount) formats[r][at + c] = COUNT_FORMAT;
      });
    });
  }

  // Interest without criticality: names as text (they are typed by users), numbers as numbers.
  riepilogo.interestOnly.forEach((line, r) => {
    line.forEach((v, c) => {
      const isNumber = r > 0 && typeof v === "number";
      values[r][interestAt + c] = isNumber ? v : toCell(TEXT, v);
      if (isNumber) formats[r][interestAt + c] = c === INTEREST_COLUMN ? ONE_DECIMAL : COUNT_FORMAT;
    });
  });

  const sheet = tab.sheet ?? workbook.insert(SHEETS.riepilogo);
  const charts = riepilogoCharts(riepilogo, layout);
  // Headers and the total row in bold, the rest normal (a previous total row further down included).
  const totalRow = riepilogo.rows.length;
  writeGeneratedTab(sheet, {
    values,
    formats,
    growRows: Math.max(height, charts[0].anchor.row) + 1,
    fontWeights: values.map((_, r) =>
      Array.from({ length: width }, (_x, c) =>
        r === 0 || (r === totalRow && c < layout.tableWidth) ? "bold" : "normal",
      ),
    ),
    frozen: { rows: 1, hadRows: tab.frozenRows },
    // What the counts count, on their header cells. One call on every generation (not only on a new
    // tab): a run cut before it, then retried, ends with the notes as a run without failure.
    headerNotes: riepilogoHeaderNotes(riepilogo.headers),
  });
  placeCharts(sheet, tab.charts, charts);
  return sheet;
}
