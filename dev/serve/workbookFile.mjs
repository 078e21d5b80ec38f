// The preview's workbook on disk (.local/workbook.json): read at start, written after every change.
// A file that cannot be read as a workbook is never overwritten: it is renamed aside and the preview
// starts from an empty workbook, saying so in one line.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { chartProblem } from "../emulator/charts.mjs";
import { Emulator } from "../emulator.mjs";

/** Sheets' own limit: 10 million cells in a spreadsheet. */
const MAX_CELLS = 10_000_000;

const isCount = (n, min = 0) => Number.isInteger(n) && n >= min;
/** A keyed entry of a tab: ["r,c", value], or a run down a column [c, firstRow, lastRow, value]. */
const isKeyedEntry = (entry, sheet) => {
  if (!Array.isArray(entry)) return false;
  if (entry.length === 2) {
    const m = /^(\d+),(\d+)$/.exec(String(entry[0]));
    return m !== null && Number(m[1]) < sheet.maxRows && Number(m[2]) < sheet.maxColumns;
  }
  const [c, r0, r1] = entry;
  return (
    entry.length === 4 &&
    isCount(c) &&
    c < sheet.maxColumns &&
    isCount(r0) &&
    isCount(r1) &&
    r0 <= r1 &&
    r1 < sheet.maxRows
  );
};

/**
 * Why `json` is not a workbook this preview can open, or null when it is: tabs with names and sizes,
 * every cell and keyed entry inside its tab (a cell at row 10^9 would make the preview allocate it).
 */
export function workbookProblem(json) {
  if (!json || typeof json !== "object" || !Array.isArray(json.sheets) || json.sheets.length === 0)
    return "no tabs";
  const names = new Set();
  let cells = 0;
  for (const [i, s] of json.sheets.entries()) {
    const where = `tab ${i + 1}`;
    if (!s || typeof s !== "object" || typeof s.name !== "string" || s.name === "")
      return `${where}: no name`;
    if (names.has(s.name)) return `${where}: name repeated "${s.name}"`;
    names.add(s.name);
    if (!isCount(s.id, 1)) return `${where}: invalid id`;
    if (!isCount(s.maxRows, 1) || !isCount(s.maxColumns, 1)) return `${where}: invalid size`;
    cells += s.maxRows * s.maxColumns;
    if (cells > MAX_CELLS) return `${where}: more than ${MAX_CELLS} cells`;
    if (s.frozenRows !== undefined && !(isCount(s.frozenRows) && s.frozenRows < s.maxRows))
      return `${where}: invalid frozen rows`;
    if (s.frozenColumns !== undefined && !(isCount(s.frozenColumns) && s.frozenColumns < s.maxColumns))
      return `${where}: invalid frozen columns`;
    if (!Array.isArray(s.cells)) return `${where}: no cells`;
    for (const cell of s.cells) {
      if (!Array.isArray(cell) || !isCount(cell[0]) || !isCount(cell[1])) return `${where}: invalid cell`;
      if (cell[0] >= s.maxRows || cell[1] >= s.maxColumns) return `${where}: cell outside the tab`;
      if (cell[3] !== undefined && cell[3] !== null && typeof cell[3] !== "string")
        return `${where}: invalid formula`;
    }
    for (const map of ["formats", "validations", "notes", "styles"]) {
      if (s[map] === undefined) continue;
      if (!Array.isArray(s[map]) || !s[map].every((e) => isKeyedEntry(e, s)))
        return `${where}: invalid ${map}`;
    }
  }
  // Charts: known types, ranges and anchors inside their tabs (the page draws them from those cells).
  const byId = new Map(json.sheets.map((s) => [s.id, s]));
  for (const [i, s] of json.sheets.entries()) {
    if (s.charts === undefined) continue;
    if (!Array.isArray(s.charts)) return `tab ${i + 1}: invalid charts`;
    for (const chart of s.charts) {
      const problem = chartProblem(chart, byId, s);
      if (problem) return `tab ${i + 1}: ${problem}`;
      if (!Number.isInteger(chart.id) || !chart.options || typeof chart.options !== "object")
        return `tab ${i + 1}: invalid chart`;
    }
  }
  return null;
}

/** A timestamp usable in a file name on every system. */
const stamp = (date) => date.toISOString().replace(/[:.]/g, "-");

/**
 * Opens the workbook file: `{ emulator, keptAside: null }`, or `{ emulator: null, keptAside }` when
 * there is no file (keptAside null) or it could not be read and has been renamed aside
 * (keptAside: { aside: the new path, problem: why }).
 */
export function openWorkbookFile(file, options) {
  if (!existsSync(file)) return { emulator: null, keptAside: null };
  let problem;
  try {
    const json = JSON.parse(readFileSync(file, "utf8"));
    problem = workbookProblem(json);
    if (!problem) return { emulator: Emulator.fromJSON(json, options), keptAside: null };
  } catch (error) {
    problem = String(error.message).split("\n")[0];
  }
  let aside;
  try {
    aside = keepAside(file, "broken");
  } catch (error) {
    // Never overwrite a file that could not be kept aside.
    throw new Error(
      `${file} is not a valid workbook (${problem}) and could not be renamed (${error.code ?? error.message}): move it away and start again.`,
    );
  }
  return { emulator: null, keptAside: { aside, problem } };
}

/** Renames the workbook file to `<file>.<why>-<time>` (never over another file); returns the new path. */
export function keepAside(file, why) {
  let aside = `${file}.${why}-${stamp(new Date())}`;
  for (let n = 2; existsSync(aside); n++) aside = `${file}.${why}-${stamp(new Date())}-${n}`;
  renameSync(file, aside);
  return aside;
}

/** Writes the workbook atomically (a temporary file renamed over the old one). */
export function saveWorkbookFile(file, emulator) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(emulator.toJSON()));
  renameSync(`${file}.tmp`, file);
}
