/**
 * One rule for interview ids typed or kept in a sheet, for every action that finds an interview by
 * its id (edit, delete, review): case and spaces around it are ignored ("int-00001 " names INT-00001),
 * an id in more than one row is refused, never acted on, and an empty id names no interview.
 */

/** The id as compared: trimmed, upper case ("" for an empty id). */
export function sameId(id: unknown): string {
  return String(id ?? "")
    .trim()
    .toUpperCase();
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
