// What the page draws: every tab's cells as shown (formats, computed =COEF_… cells and their spill,
// errors, dropdowns, backgrounds), the menu and the selection.
import { displayValue } from "../emulator.mjs";
import { computeSheet } from "../formulas.mjs";

/** The workbook as the page draws it: each tab as far as its data reaches (never past the tab). */
export function workbookState(emu) {
  const bundle = emu.loadBundle();
  return {
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
          const shown = spilled
            ? displayValue(spilled.value, format)
            : displayValue(cell?.value ?? "", format);
          const style = s.styles.get(`${r},${c}`);
          line.push({
            v: shown,
            raw: cell?.formula || (cell ? displayValue(cell.value) : ""),
            ...(spilled?.error ? { e: spilled.error } : {}),
            ...(typeof (spilled?.value ?? cell?.value) === "number" ? { n: 1 } : {}),
            ...(style?.background ? { bg: style.background } : {}),
            ...(s.validations.get(`${r},${c}`) ? { dd: s.validations.get(`${r},${c}`).values } : {}),
          });
        }
        grid.push(line);
      }
      return {
        name: s.name,
        frozenRows: s.frozenRows,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        grid,
        selected: s.activeRange,
      };
    }),
  };
}
