/**
 * The staff's own dropdown values in generated tabs: a kept Stato outside the add-on's list (the staff
 * extended the dropdown) is kept, and the dropdown written with the tab offers it too, so a strict
 * dropdown never refuses the regeneration. The cells holding such values are named in the message.
 */
import { cellText } from "./cells";
import { columnLetter } from "./table";

/**
 * The values the dropdown of a column offers: the add-on's list, then each other value the rows hold
 * (first seen order); and the A1 cells (row 1 is the header) holding one of those other values.
 */
export function keptChoices(
  choices: readonly string[],
  headers: readonly string[],
  rows: readonly Record<string, unknown>[],
  header: string,
): { values: string[]; outside: string[] } {
  const values = [...choices];
  const known = new Set(values);
  const outside: string[] = [];
  const letter = columnLetter(headers.indexOf(header) + 1);
  rows.forEach((row, i) => {
    const value = cellText(row[header]);
    if (!value || choices.includes(value)) return;
    outside.push(`${letter}${i + 2}`);
    if (!known.has(value)) {
      known.add(value);
      values.push(value);
    }
  });
  return { values, outside };
}

/**
 * The same for a column of values read from a tab (index 0 is row 2): the dropdown's values and the
 * rows holding a value outside the add-on's list, kept.
 */
export function columnChoices(
  choices: readonly string[],
  cells: readonly unknown[],
): { values: string[]; outsideRows: number[] } {
  const values = [...choices];
  const known = new Set(values);
  const outsideRows: number[] = [];
  cells.forEach((cell, i) => {
    const value = cellText(cell);
    if (!value || choices.includes(value)) return;
    outsideRows.push(i + 2);
    if (!known.has(value)) {
      known.add(value);
      values.push(value);
    }
  });
  return { values, outsideRows };
}
