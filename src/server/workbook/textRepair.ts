/**
 * The repair of sheets made by the first release (text in plain-text cells), run by Prepara il
 * foglio for each tab; a repair that was cut resumes over the cells it was repairing, and only them.
 */
import type { Columns } from "../../core/tabs";
import { runsOf } from "../../core/writePlan";
import { AUTOMATIC, toCell } from "../workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks a repair of text cells in progress (document property), so that a cut repair is finished on retry. */
const TEXT_REPAIR = "coef.textRepair";

const writesText = (kind: string) => kind === "text" || kind === "date";

/**
 * The cells a repair is turning, recorded before its first write: per tab, per column key, the runs
 * of sheet rows ([first row, count]) that were plain text. "1" is an earlier release's mark (every
 * text cell of every tab).
 */
type RepairCells = Record<string, Record<string, [number, number][]>>;
function repairRecord(raw: string | null): RepairCells {
  try {
    const parsed = raw && raw !== "1" ? JSON.parse(raw) : {};
    return parsed && typeof parsed === "object" ? (parsed as RepairCells) : {};
  } catch {
    return {};
  }
}

/** A property holds at most 9 kB (RULES.md, R20): past this, whole columns are recorded. */
const RECORD_LIMIT = 8000;

/**
 * Sheets made by the first release kept text in plain-text cells ("@") written with an apostrophe,
 * which Google may keep as a character there. Text now lives in automatic cells (the apostrophe marks
 * text and is never shown), so each such cell is turned to automatic and its text written again. The
 * cells are recorded first; a repair that was cut resumes over exactly those cells, never over text
 * written since in cells that were automatic already.
 */
export function repairPlainTextColumns(
  sheet: Sheet,
  name: string,
  columns: Columns,
  at: Record<string, number>,
): void {
  const keys = Object.keys(columns).filter((k) => writesText(columns[k].kind) && at[k] >= 0);
  const last = sheet.getLastRow();
  if (keys.length === 0 || last < 2) return;
  const width = Math.max(...keys.map((k) => at[k] + 1));
  const block = sheet.getRange(2, 1, last - 1, width);
  const formats = block.getNumberFormats();
  const properties = PropertiesService.getDocumentProperties();
  const raw = properties.getProperty(TEXT_REPAIR);
  const record = repairRecord(raw);
  const resuming = record[name] !== undefined || raw === "1";
  const cells: Record<string, [number, number][]> = { ...(record[name] ?? {}) };
  if (!record[name])
    for (const k of keys) {
      const rows = formats.flatMap((line, r) =>
        line[at[k]] === "@" || (raw === "1" && line[at[k]] !== "@") ? [r + 2] : [],
      );
      if (rows.length > 0) cells[k] = runsOf(rows);
    }
  const todo = keys.filter((k) => cells[k]?.length);
  if (todo.length === 0) return;
  const values = block.getValues();
  const formulas = block.getFormulas();
  if (!record[name]) {
    let next = JSON.stringify({ ...record, [name]: cells });
    if (next.length > RECORD_LIMIT)
      next = JSON.stringify({ ...record, [name]: Object.fromEntries(todo.map((k) => [k, [[2, last - 1]]])) });
    properties.setProperty(TEXT_REPAIR, next);
    Object.assign(cells, JSON.parse(next)[name]);
  }
  for (const key of todo) {
    const c = at[key];
    for (const [start, length] of cells[key]) {
      const rows = Math.min(length, last - start + 1);
      if (start < 2 || rows < 1) continue;
      const column = values.slice(start - 2, start - 2 + rows).map((line, i) => {
        const formula = formulas[start - 2 + i][c];
        if (formula) return [formula];
        const value = line[c];
        if (typeof value !== "string") return [value];
        // The first release wrote "'" + text; in a plain-text cell the apostrophe may have stayed
        // (and stays in a cell a cut repair turned automatic before writing its text again).
        const wasPlain = formats[start - 2 + i][c] === "@";
        const text = (wasPlain || resuming) && value.startsWith("'") ? value.slice(1) : value;
        return [toCell(columns[key], text)];
      });
      const range = sheet.getRange(start, c + 1, rows, 1);
      range.setNumberFormat(AUTOMATIC);
      range.setValues(column);
    }
  }
  const rest = repairRecord(properties.getProperty(TEXT_REPAIR));
  delete rest[name];
  if (Object.keys(rest).length === 0) properties.deleteProperty(TEXT_REPAIR);
  else properties.setProperty(TEXT_REPAIR, JSON.stringify(rest));
}
