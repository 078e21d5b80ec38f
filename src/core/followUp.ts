/**
 * The staff's follow-up on generated tabs (Shortlist, Coordinatori): rows are matched to the previous
 * tab by a key, and a followed-up row that is no longer generated is kept, marked, at the end of its
 * region, so follow-up work is never lost.
 */
import { cellText } from "./records";
import { regionFromText } from "./territory/regions";
import { foldName, phoneDigits } from "./text";

type Row = Record<string, unknown>;

/** A person's identity for the follow-up: e-mail, else phone digits, else name + organisation. */
export function personKey(email: unknown, phone: unknown, name: unknown, organization: unknown): string {
  const e = cellText(email).toLowerCase();
  if (e) return `e:${e}`;
  const p = phoneDigits(cellText(phone));
  if (p) return `p:${p}`;
  const n = foldName(cellText(name));
  return n ? `n:${n}|${foldName(cellText(organization))}` : "";
}

/** The region code a row's region cell names (or its text when it names none). */
export function regionOfRow(row: Row, regionHeader: string): string {
  return regionFromText(row[regionHeader]) ?? cellText(row[regionHeader]);
}

/** True when the staff did something on a row: a state other than the default, or any kept cell filled. */
export function isFollowedUp(
  row: Row,
  status: { header: string; initial: string },
  keptHeaders: readonly string[],
): boolean {
  const state = cellText(row[status.header]);
  if (state && state !== status.initial) return true;
  return keptHeaders.some((h) => h !== status.header && cellText(row[h]) !== "");
}

/**
 * Appends to their regions the previous rows that were followed up but not generated again, each with
 * its cells under today's headers and a mark (e.g. Posizione `fuori shortlist`); returns how many.
 */
export function keepFollowedUp(input: {
  previousByKey: ReadonlyMap<string, Row>;
  used: ReadonlySet<string>;
  headers: readonly string[];
  rowsByRegion: Map<string, Row[]>;
  regionHeader: string;
  followedUp: (row: Row) => boolean;
  mark: (kept: Row, old: Row) => boolean;
}): number {
  let kept = 0;
  for (const [key, old] of input.previousByKey) {
    if (input.used.has(key) || !input.followedUp(old)) continue;
    const row: Row = {};
    for (const h of input.headers) row[h] = old[h] ?? "";
    if (!input.mark(row, old)) continue;
    const region = regionOfRow(old, input.regionHeader);
    const rows = input.rowsByRegion.get(region);
    if (rows) rows.push(row);
    else input.rowsByRegion.set(region, [row]);
    kept++;
  }
  return kept;
}
