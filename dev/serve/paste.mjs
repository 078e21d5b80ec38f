// The preview's paste: a block of text copied from a spreadsheet (tab-separated values, one row a line,
// https://support.google.com/docs/answer/63377) spreads over the cells to the right of and below the
// selected one, as a paste into Sheets does. Each cell is entered as a person typing it would be
// (numbers, dates, a strict dropdown's refusal), so the preview shows what Sheets would hold.
import { columnLetters } from "../a1.mjs";

/** The most cells one paste may fill: a few hundred interviews of the Importa tab. */
export const MAX_PASTE_CELLS = 50_000;

/**
 * Splits pasted text into rows of cells: lines on \n (or \r\n), cells on tabs, a trailing line break
 * ignored. A cell quoted with " may hold tabs, line breaks and "" for a quote, as spreadsheets copy
 * a cell with a line break in it.
 */
export function splitPasted(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let i = 0;
  const source = String(text ?? "").replace(/\r\n?/g, "\n");
  while (i <= source.length) {
    if (cell === "" && source[i] === '"') {
      // A quoted cell: up to the closing quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let value = "";
      for (; j < source.length; j++) {
        if (source[j] === '"' && source[j + 1] === '"') {
          value += '"';
          j++;
        } else if (source[j] === '"') break;
        else value += source[j];
      }
      const after = source[j + 1];
      if (j < source.length && (after === "\t" || after === "\n" || after === undefined)) {
        cell = value;
        i = j + 1;
        continue;
      }
    }
    const ch = source[i];
    if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === undefined) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
    i++;
  }
  // A copied block ends with a line break: no empty last row.
  if (rows.length > 1 && rows.at(-1).length === 1 && rows.at(-1)[0] === "") rows.pop();
  return rows;
}

/**
 * Enters `rows` from the cell at (row, col) of `data` in `emu`; returns the notices (a dropdown's
 * refusal names its cell). Throws a message, changing nothing, when the block does not fit the tab.
 */
export function pasteInto(emu, data, ref, rows, refuse) {
  const cells = rows.reduce((n, r) => n + r.length, 0);
  if (cells > MAX_PASTE_CELLS)
    throw refuse(`Troppe celle in un'unica incollata (massimo ${MAX_PASTE_CELLS}).`);
  const width = Math.max(...rows.map((r) => r.length));
  if (ref.row + rows.length - 1 > data.maxRows || ref.col + width - 1 > data.maxColumns)
    throw refuse(
      `Il blocco incollato (${rows.length} righe × ${width} colonne da ${columnLetters(ref.col)}${ref.row}) esce dalla scheda ${data.name}: nulla è stato incollato.`,
    );
  const notices = [];
  rows.forEach((line, r) =>
    line.forEach((text, c) => {
      const refused = emu.enterAsUser(data.name, `${columnLetters(ref.col + c)}${ref.row + r}`, text);
      if (refused) notices.push(refused);
    }),
  );
  return notices;
}
