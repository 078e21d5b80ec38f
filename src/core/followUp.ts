/**
 * The staff's follow-up on generated tabs (Shortlist, Coordinatori): rows are matched to the previous
 * tab by a key, and a followed-up row that is no longer generated is kept, marked, at the end of its
 * region, so follow-up work is never lost.
 */
import { cellText } from "./cells";
import type { PersonIdentity } from "./distinctContacts";
import { regionFromText } from "./territory/regions";
import { foldName, phoneDigits } from "./text";

type Row = Record<string, unknown>;

/** The follow-up columns of a generated tab: every header it shows, and the cells a previous row gives. */
export interface FollowUpColumns {
  /** The tab's own headers, then the columns the staff added to the current tab, in their order. */
  headers: string[];
  /** What a row carries from its previous row: the tab's follow-up columns and the added ones. */
  keptHeaders: string[];
}

/**
 * The one index of a generated tab's follow-up columns (Shortlist, Coordinatori): `columns` are the
 * tab's own, `followUpKeys` those the staff fill in, `previousHeaders` the current tab's header row
 * (headers matched ignoring case and accents; blank headers ignored).
 */
export function followUpColumns<K extends string>(
  columns: Record<K, { header: string }>,
  followUpKeys: readonly K[],
  previousHeaders: readonly unknown[] = [],
): FollowUpColumns {
  const own = (Object.keys(columns) as K[]).map((k) => columns[k].header);
  const generated = new Set(own.map(foldName));
  const extra = previousHeaders
    .map((h) => String(h ?? ""))
    .filter((h) => h.trim() && !generated.has(foldName(h)));
  return {
    headers: [...own, ...extra],
    keptHeaders: [...followUpKeys.map((k) => columns[k].header), ...extra],
  };
}

/** Gives a generated row the follow-up of its previous row: the kept cells, a blank status as `initial`. */
export function carryFollowUp(
  row: Row,
  old: Row,
  keptHeaders: readonly string[],
  status: { header: string; initial: string },
): void {
  for (const h of keptHeaders) row[h] = old[h] ?? "";
  if (!cellText(row[status.header])) row[status.header] = status.initial;
}

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

/** A previous row's person, as the row writes them. */
export interface RowPerson {
  email: unknown;
  phone: unknown;
  name: unknown;
  organization: unknown;
}

interface Previous {
  row: Row;
  email: string;
  phone: string;
}

/**
 * The previous rows of a generated tab, found again by person within a scope (a region, or a region
 * and an area). A person is found by any e-mail, phone or name + organisation of any of their
 * mentions, so their follow-up stays with them when their first-seen details change (a phone first,
 * then phone and e-mail, or an e-mail no longer given) or their rows move: never a fresh row plus a
 * kept copy. A phone or a name finds a row only when the row's other details do not name someone else. Rows that name the same
 * person as an earlier row in the same scope are left out, as the tab shows one row per person.
 */
export class FollowUps {
  private readonly rows: Previous[] = [];
  private readonly byEmail = new Map<string, number[]>();
  private readonly byPhone = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly claimed = new Set<number>();

  constructor(previous: readonly Row[], scopeOf: (row: Row) => string, personOf: (row: Row) => RowPerson) {
    const seen = new Set<string>();
    for (const row of previous) {
      const person = personOf(row);
      const scope = scopeOf(row);
      const key = `${scope}|${personKey(person.email, person.phone, person.name, person.organization)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const email = cellText(person.email).toLowerCase();
      const phone = phoneDigits(cellText(person.phone));
      const name = nameKey(person.name, person.organization);
      const index = this.rows.length;
      this.rows.push({ row, email, phone });
      if (email) push(this.byEmail, `${scope}|${email}`, index);
      if (phone) push(this.byPhone, `${scope}|${phone}`, index);
      push(this.byName, `${scope}|${name}`, index);
    }
  }

  /** The previous row of this person in this scope, not yet given to another; null when none. */
  claim(scope: string, identity: PersonIdentity): Row | null {
    const free = (list: number[] | undefined, fits: (p: Previous) => boolean) =>
      list?.find((i) => !this.claimed.has(i) && fits(this.rows[i]));
    // Compatible as the distinct-contacts rule has it: a detail missing on either side does not
    // contradict; two different e-mails (or phones) are two people.
    const emailFits = (p: Previous) => !p.email || identity.emails.size === 0 || identity.emails.has(p.email);
    const phoneFits = (p: Previous) => !p.phone || identity.phones.size === 0 || identity.phones.has(p.phone);
    let found: number | undefined;
    for (const email of identity.emails) {
      found = free(this.byEmail.get(`${scope}|${email}`), () => true);
      if (found !== undefined) break;
    }
    if (found === undefined)
      for (const phone of identity.phones) {
        found = free(this.byPhone.get(`${scope}|${phone}`), emailFits);
        if (found !== undefined) break;
      }
    if (found === undefined)
      for (const name of identity.names) {
        found = free(this.byName.get(`${scope}|${name}`), (p) => emailFits(p) && phoneFits(p));
        if (found !== undefined) break;
      }
    if (found === undefined) return null;
    this.claimed.add(found);
    return this.rows[found].row;
  }

  /** The previous rows no generated row claimed, in their order. */
  unclaimed(): Row[] {
    return this.rows.filter((_, i) => !this.claimed.has(i)).map((p) => p.row);
  }
}

/** A person's folded name + organisation ("" when the row names nobody). */
export function nameKey(name: unknown, organization: unknown): string {
  const n = foldName(cellText(name));
  return n ? `${n}|${foldName(cellText(organization))}` : "";
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/**
 * Appends to their regions the previous rows that were followed up but not generated again, each with
 * its cells under today's headers and a mark (e.g. Posizione `fuori shortlist`); returns how many.
 */
export function keepFollowedUp(input: {
  leftOver: readonly Row[];
  headers: readonly string[];
  rowsByRegion: Map<string, Row[]>;
  regionHeader: string;
  followedUp: (row: Row) => boolean;
  mark: (kept: Row, old: Row) => boolean;
}): number {
  let kept = 0;
  for (const old of input.leftOver) {
    if (!input.followedUp(old)) continue;
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
