/**
 * Cells holding answers by label: a list of codes ("Dati statistici, Segnalazioni") and a 1–5 scale.
 * Read the same way by the form's reading of a stored interview and by scoring.
 */
import { cellText } from "./cells";
import { codeFromLabel } from "./codes";
import type { Scale } from "./interview";

type LabelTable = Record<string, { it: string; en: string }>;

/** A code list's cell as its known codes (each once, in order) and the pieces no label matches. */
export function splitCodes<T extends LabelTable>(table: T, value: unknown) {
  const codes: (keyof T & string)[] = [];
  const unknown: string[] = [];
  const text = cellText(value);
  if (!text) return { codes, unknown };
  for (const piece of text.split(/[,;\n]/)) {
    const part = piece.trim();
    if (!part) continue;
    const code = codeFromLabel(table, part);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part.trim());
  }
  return { codes, unknown };
}

/*
 * Scoring reads the same few code lists on every row of a large sheet: each distinct cell text is split
 * once per table (bounded), and the rows share the resulting arrays, which scoring never changes.
 */
const CODE_CACHE = new WeakMap<
  object,
  Map<string, { codes: readonly string[]; unknown: readonly string[] }>
>();

/** splitCodes, remembered by cell text: the arrays are shared and must not be changed. */
export function sharedCodes<T extends LabelTable>(table: T, value: unknown) {
  let byText = CODE_CACHE.get(table);
  if (!byText) {
    byText = new Map();
    CODE_CACHE.set(table, byText);
  }
  const text = typeof value === "string" ? value : cellText(value);
  let found = byText.get(text);
  if (!found) {
    found = splitCodes(table, text);
    if (byText.size > 5_000) byText.clear();
    byText.set(text, found);
  }
  return found as { codes: (keyof T & string)[]; unknown: string[] };
}

/** A 1–5 scale cell ("4", 4, "4,0"), or undefined for anything else. */
export function scaleOf(value: unknown): Scale | undefined {
  const n = typeof value === "number" ? value : Number(cellText(value).replace(",", "."));
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Scale) : undefined;
}
