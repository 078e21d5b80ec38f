/**
 * Every rule about interview ids, in one place. An id is `INT-` and a number of at least five digits
 * (INT-00042); the server gives the next number. Ids are also typed or kept by hand in a sheet, so
 * every action that finds an interview by its id (edit, delete, review, a selected-row action) compares
 * them by one rule: case and spaces around it are ignored ("int-00001 " names INT-00001), an id in
 * more than one row is refused, never acted on, and an empty id names no interview.
 */
import { UserError } from "./errors";

/** The largest interview number an id may carry: longer numbers are typing mistakes, not ids. */
export const MAX_INTERVIEW_NUMBER = 999_999_999;

/** The id of an interview number: INT-00042. */
export function interviewId(n: number): string {
  return `INT-${String(n).padStart(5, "0")}`;
}

/**
 * The number of an interview id ("INT-00042" → 42, "int-00042 " too: ids compare as sameId does, so
 * a look-alike typed by hand keeps its number from being given again), or null for anything else
 * (absurd numbers included).
 */
export function interviewNumber(id: string): number | null {
  const m = /^INT-0*(\d{1,9})$/.exec(sameId(id));
  return m ? Number(m[1]) : null;
}

/** True for text shaped like an interview id whatever its number ("INT-0000000000042" too). */
export function looksLikeInterviewId(text: string): boolean {
  return /^INT-\d+$/i.test(text.trim());
}

/** The interview id a text names somewhere inside it ("Importata: INT-00042" → INT-00042), or "". */
export function idInText(text: string): string {
  return /\b(INT-\d{1,9})\b/i.exec(text)?.[1].toUpperCase() ?? "";
}

/** The id as compared: trimmed, upper case ("" for an empty id). */
export function sameId(id: unknown): string {
  return String(id ?? "")
    .trim()
    .toUpperCase();
}

/** The id an action was given, trimmed; an empty id names no interview and is refused (`emptyId`). */
export function requiredId(id: unknown): string {
  const text = String(id ?? "").trim();
  if (!text) throw new UserError("emptyId");
  return text;
}

/** Sheet rows (1-based; texts[0] is row 2) whose id names the same interview as `id`; none for "". */
export function rowsWithId(texts: readonly string[], id: string): number[] {
  const wanted = sameId(id);
  if (!wanted) return [];
  const rows: number[] = [];
  texts.forEach((value, i) => {
    if (sameId(value) === wanted) rows.push(i + 2);
  });
  return rows;
}

/** The ids of a list, each once (by the rule above, first spelling kept), empty ones left out. */
export function distinctIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    const key = sameId(id);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(id.trim());
  }
  return out;
}

/** Where some ids are in an id column now: one row each, or the first id that is gone or typed twice. */
export type IdRows =
  | { ok: true; rows: number[] }
  | { ok: false; reason: "gone"; id: string }
  | { ok: false; reason: "duplicate"; id: string; rows: number[] }
  | { ok: false; reason: "empty" };

/**
 * The row of each id in an id column just read (texts[0] is row 2): what every action on chosen
 * interviews acts on. An empty id, an id no longer there or one in more than one row refuses the
 * whole action, so nothing is done to a row that may be another interview.
 */
export function rowsOfIds(texts: readonly string[], ids: readonly string[]): IdRows {
  const rows: number[] = [];
  for (const id of ids) {
    if (!sameId(id)) return { ok: false, reason: "empty" };
    const found = rowsWithId(texts, id);
    if (found.length === 0) return { ok: false, reason: "gone", id };
    if (found.length > 1) return { ok: false, reason: "duplicate", id, rows: found };
    rows.push(found[0]);
  }
  return { ok: true, rows };
}
