// Computes =COEF_…(…) cells of the preview by calling the bundle's custom functions with the referenced
// ranges, and spills the result as Sheets does. Any other formula is shown as its text.
import { parseA1 } from "./a1.mjs";

/** Splits the argument list at top-level `;` or `,` (not inside quotes or braces). */
export function splitArguments(text) {
  const args = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "{" || ch === "(")) depth++;
    if (!quoted && (ch === "}" || ch === ")")) depth--;
    if (!quoted && depth === 0 && (ch === ";" || ch === ",")) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "" || args.length > 0) args.push(current.trim());
  return args;
}

/** The parts of a custom-function formula, or null when it is not one. */
export function parseCustomFormula(formula) {
  const m = /^=\s*(COEF_[A-Z_]+)\s*\(([\s\S]*)\)\s*$/i.exec(formula);
  if (!m) return null;
  return { name: m[1].toUpperCase(), args: splitArguments(m[2]) };
}

/**
 * The value of one argument: a range (`A1:B9`, `Interviste!A:AZ`, `'Il mio foglio'!C2:C4`) as a 2-D
 * array, a quoted string, a number (with `,` or `.` decimals), or blank.
 */
export function argumentValue(emu, text, currentSheet) {
  if (text === "") return undefined;
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(",", "."));
  const m = /^(?:'([^']+)'|([^!]+))!(.+)$/.exec(text);
  const sheetName = m ? (m[1] ?? m[2]) : currentSheet;
  const ref = parseA1(m ? m[3] : text);
  const data = emu.sheetData(sheetName);
  if (!ref || !data) throw new Error(`Riferimento non valido: ${text}`);
  // Whole columns reach as far as the data does, plus blank rows, as a long range does in Sheets.
  const lastRow = ref.lastRow ?? Math.max(data.lastRow() + 5, ref.row);
  const lastCol = ref.lastCol ?? Math.max(data.lastColumn(), ref.col);
  const values = [];
  for (let r = ref.row - 1; r < lastRow; r++) {
    const line = [];
    for (let c = ref.col - 1; c < lastCol; c++) line.push(data.cell(r, c)?.value ?? "");
    values.push(line);
  }
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

/**
 * Computes every custom-function cell of a sheet: returns a map "r,c" → { value, error? } of the cells
 * each formula fills (the formula's own cell and its spill).
 */
export function computeSheet(emu, bundle, sheetName) {
  const data = emu.sheetData(sheetName);
  const out = new Map();
  data.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell?.formula) return;
      const parsed = parseCustomFormula(cell.formula);
      if (!parsed || typeof bundle[parsed.name] !== "function") {
        out.set(`${r},${c}`, { value: cell.formula });
        return;
      }
      try {
        const args = parsed.args.map((a) => argumentValue(emu, a, sheetName));
        // As Sheets runs a custom function: no writes, no authorization-needing service (RULES.md, R8).
        const result = emu.asCustomFunction(() => bundle[parsed.name](...args));
        const matrix = Array.isArray(result) ? result : [[result]];
        for (let i = 0; i < matrix.length; i++) {
          for (let j = 0; j < matrix[i].length; j++) {
            if (
              (i || j) &&
              data.cell(r + i, c + j)?.value !== undefined &&
              data.cell(r + i, c + j)?.value !== ""
            ) {
              out.set(`${r},${c}`, {
                value: "#REF!",
                error: "Array result was not expanded because it would overwrite data.",
              });
              return;
            }
          }
        }
        matrix.forEach((line, i) => line.forEach((v, j) => out.set(`${r + i},${c + j}`, { value: v ?? "" })));
      } catch (error) {
        out.set(`${r},${c}`, { value: "#ERROR!", error: error.message });
      }
    }),
  );
  return out;
}
