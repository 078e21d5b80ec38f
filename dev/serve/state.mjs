// What the page draws: every tab's cells as shown (formats, computed =COEF_… cells and their spill,
// errors, dropdowns, backgrounds), its frozen panes and charts, the menu and the selection.
import { displayValue } from "../emulator.mjs";
import { computeSheet } from "../formulas.mjs";

/**
 * A tab's embedded charts as the page draws them (with Chart.js): type, title, stacking, anchor and
 * size, and the cells of their data ranges (header row first, categories in the first column).
 */
function chartsOf(emu, sheet) {
  return sheet.charts.map((chart) => {
    const table = [];
    chart.ranges.forEach((range, i) => {
      const data = emu.sheets.find((s) => s.id === range.sheetId);
      for (let r = 0; r < range.rows; r++) {
        table[r] ??= [];
        // A further range adds series: its category column is not repeated.
        for (let c = i === 0 ? 0 : 1; c < range.cols; c++) {
          const v = data?.cell(range.row - 1 + r, range.col - 1 + c)?.value ?? "";
          table[r].push(typeof v === "number" ? v : displayValue(v));
        }
      }
    });
    const o = chart.options;
    // A size from the workbook file is kept within what a screen shows (no giant canvas).
    const size = (v, fallback) => (Number.isFinite(v) ? Math.min(Math.max(v, 120), 2000) : fallback);
    return {
      id: chart.id,
      type: chart.type,
      title: typeof o.title === "string" ? o.title : "",
      stacked: o.isStacked === true,
      legend: typeof o["legend.position"] === "string" ? o["legend.position"] : "right",
      width: size(o.width, 600),
      height: size(o.height, 371),
      // A count axis shown in whole numbers ("0" format on the value axis: vAxis for columns, hAxis for bars).
      wholeAxis: o[chart.type === "BAR" ? "hAxis.format" : "vAxis.format"] === "0",
      anchor: chart.position,
      table,
    };
  });
}

/** The workbook as the page draws it: each tab as far as its data reaches (never past the tab). */
export function workbookState(emu) {
  const bundle = emu.loadBundle();
  return {
    locale: emu.spreadsheetLocale,
    menus: emu.ui.menus,
    active: emu.activeSheet?.name,
    sheets: emu.sheets.map((s) => {
      const computed = computeSheet(emu, bundle, s.name);
      let rows = Math.max(s.lastRow(), 1);
      let cols = Math.max(s.lastColumn(), 1);
      for (const [key, spilled] of computed) {
        if (spilled.value === "" || spilled.value === null || spilled.value === undefined) continue;
        const [r, c] = key.split(",").map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      rows = Math.min(rows, s.maxRows);
      cols = Math.min(cols, s.maxColumns);
      const grid = [];
      for (let r = 0; r < rows; r++) {
        const line = [];
        for (let c = 0; c < cols; c++) {
          const cell = s.cell(r, c);
          const spilled = computed.get(`${r},${c}`);
          const format = s.formats.get(`${r},${c}`);
          // As Sheets shows it: the number format with the spreadsheet locale's separators (40,0 in it_IT).
          const locale = emu.spreadsheetLocale;
          const shown = spilled
            ? displayValue(spilled.value, format, undefined, locale)
            : displayValue(cell?.value ?? "", format, undefined, locale);
          const note = s.notes.get(`${r},${c}`);
          const style = s.styles.get(`${r},${c}`);
          line.push({
            v: shown,
            raw: cell?.formula || (cell ? displayValue(cell.value) : ""),
            ...(spilled?.error ? { e: spilled.error } : {}),
            ...(typeof (spilled?.value ?? cell?.value) === "number" ? { n: 1 } : {}),
            ...(style?.background ? { bg: style.background } : {}),
            ...(s.validations.get(`${r},${c}`) ? { dd: s.validations.get(`${r},${c}`).values } : {}),
            ...(note ? { note } : {}),
          });
        }
        grid.push(line);
      }
      return {
        name: s.name,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        charts: chartsOf(emu, s),
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        grid,
        selected: s.activeRange,
      };
    }),
  };
}
