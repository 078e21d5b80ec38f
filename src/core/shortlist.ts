/**
 * The contact Shortlist (SPEC section 6): top areas per region in scope, one row per distinct contact,
 * with the staff's follow-up (Stato, Note and any column they added) kept across regenerations.
 */
import { DECISION_LEVELS, FOLLOW_UP_STATES, labelOf } from "./codes";
import { cellText } from "./records";
import { type AreaScore, compareContacts } from "./scoring";
import { SHORTLIST_COLUMNS } from "./tabs";
import { areaKey } from "./territory/areaKey";
import { byRegionName, regionFromText, regionName } from "./territory/regions";
import { foldName, phoneDigits } from "./text";

export const NO_INTERVIEWS = "(nessuna intervista)";
export const OUT_OF_SHORTLIST = "fuori shortlist";
const DEFAULT_STATE = FOLLOW_UP_STATES[0];

type Key = keyof typeof SHORTLIST_COLUMNS;
const GENERATED_HEADERS = Object.values(SHORTLIST_COLUMNS).map((c) => c.header);
const FOLLOW_UP_HEADERS: string[] = [SHORTLIST_COLUMNS.status.header, SHORTLIST_COLUMNS.notes.header];

/** A Shortlist row keyed by header (the generated columns plus any column the staff added). */
export type ShortlistRow = Record<string, unknown>;

export interface Shortlist {
  headers: string[];
  rows: ShortlistRow[];
  counts: { regions: number; areas: number; contacts: number; keptOutside: number };
}

function contactIdentity(email: unknown, phone: unknown, name: unknown, organization: unknown): string {
  const e = cellText(email).toLowerCase();
  if (e) return `e:${e}`;
  const p = phoneDigits(cellText(phone));
  if (p) return `p:${p}`;
  const n = foldName(cellText(name));
  return n ? `n:${n}|${foldName(cellText(organization))}` : "";
}

/** The follow-up key of a row: region + area + contact, computed the same way for old and new rows. */
function followUpKey(row: ShortlistRow): string {
  const h = SHORTLIST_COLUMNS;
  const region = regionFromText(row[h.region.header]) ?? cellText(row[h.region.header]);
  const area = areaKey(region, cellText(row[h.area.header]));
  return `${region}|${area}|${contactIdentity(row[h.email.header], row[h.phone.header], row[h.contact.header], row[h.organization.header])}`;
}

function isFollowedUp(row: ShortlistRow, extraHeaders: readonly string[]): boolean {
  const state = cellText(row[SHORTLIST_COLUMNS.status.header]);
  if (state && state !== DEFAULT_STATE) return true;
  if (cellText(row[SHORTLIST_COLUMNS.notes.header])) return true;
  return extraHeaders.some((h) => cellText(row[h]) !== "");
}

/**
 * Builds the Shortlist from scored areas. `previousHeaders`/`previous` are the current tab, read by
 * header; their follow-up columns are carried over to the same region + area + contact, and
 * followed-up rows that no longer qualify stay at the end of their region as "fuori shortlist".
 */
export function buildShortlist(input: {
  scores: readonly AreaScore[];
  regionsInScope: readonly string[];
  topN: number;
  previousHeaders?: readonly string[];
  previous?: readonly ShortlistRow[];
}): Shortlist {
  const generated = new Set(GENERATED_HEADERS.map(foldName));
  const extraHeaders = (input.previousHeaders ?? []).filter(
    (h) => String(h).trim() && !generated.has(foldName(String(h))),
  );
  const keptHeaders = [...FOLLOW_UP_HEADERS, ...extraHeaders];
  const headers = [...GENERATED_HEADERS, ...extraHeaders];

  const previousByKey = new Map<string, ShortlistRow>();
  for (const row of input.previous ?? []) {
    const key = followUpKey(row);
    if (!previousByKey.has(key)) previousByKey.set(key, row);
  }

  const byRegion = new Map<string, AreaScore[]>();
  for (const area of input.scores) {
    const list = byRegion.get(area.region);
    if (list) list.push(area);
    else byRegion.set(area.region, [area]);
  }

  const rowsByRegion = new Map<string, ShortlistRow[]>();
  const used = new Set<string>();
  let areas = 0;
  let contacts = 0;
  for (const region of [...input.regionsInScope].sort(byRegionName)) {
    const rows: ShortlistRow[] = [];
    rowsByRegion.set(region, rows);
    const top = (byRegion.get(region) ?? []).filter((a) => a.position <= input.topN);
    if (top.length === 0) {
      rows.push(blankRow(headers, { region: regionName(region), area: NO_INTERVIEWS }));
      continue;
    }
    for (const area of top) {
      areas++;
      const base: Partial<Record<Key, unknown>> = {
        region: regionName(region),
        position: area.position,
        area: area.name,
        score: area.score,
        criticality: area.criticality,
        interest: area.interest,
        readiness: area.readiness ?? "",
        interviews: area.interviews,
        authority: area.authority,
        interviewIds: area.interviewIds.join(", "),
      };
      const people = [...area.contacts].sort(compareContacts);
      if (people.length === 0) rows.push(blankRow(headers, base));
      for (const c of people) {
        contacts++;
        rows.push(
          blankRow(headers, {
            ...base,
            contact: c.name,
            role: c.role,
            organization: c.organization,
            email: c.email,
            phone: c.phone,
            decisionLevel: labelOf(DECISION_LEVELS, c.decisionLevel),
          }),
        );
      }
    }
    for (const row of rows) {
      const key = followUpKey(row);
      const old = previousByKey.get(key);
      if (old && !used.has(key)) {
        used.add(key);
        for (const h of keptHeaders) row[h] = old[h] ?? "";
        if (!cellText(row[SHORTLIST_COLUMNS.status.header]))
          row[SHORTLIST_COLUMNS.status.header] = DEFAULT_STATE;
      }
    }
  }

  let keptOutside = 0;
  for (const [key, old] of previousByKey) {
    if (used.has(key) || !isFollowedUp(old, extraHeaders)) continue;
    if (cellText(old[SHORTLIST_COLUMNS.area.header]) === NO_INTERVIEWS) continue;
    const region =
      regionFromText(old[SHORTLIST_COLUMNS.region.header]) ?? cellText(old[SHORTLIST_COLUMNS.region.header]);
    const kept: ShortlistRow = {};
    for (const h of headers) kept[h] = old[h] ?? "";
    kept[SHORTLIST_COLUMNS.position.header] = OUT_OF_SHORTLIST;
    let rows = rowsByRegion.get(region);
    if (!rows) {
      rows = [];
      rowsByRegion.set(region, rows);
    }
    rows.push(kept);
    keptOutside++;
  }

  const ordered = [...rowsByRegion.keys()].sort(byRegionName);
  return {
    headers,
    rows: ordered.flatMap((r) => rowsByRegion.get(r) ?? []),
    counts: { regions: input.regionsInScope.length, areas, contacts, keptOutside },
  };
}

function blankRow(headers: readonly string[], values: Partial<Record<Key, unknown>>): ShortlistRow {
  const row: ShortlistRow = {};
  for (const h of headers) row[h] = "";
  for (const key of Object.keys(values) as Key[]) row[SHORTLIST_COLUMNS[key].header] = values[key];
  row[SHORTLIST_COLUMNS.status.header] = DEFAULT_STATE;
  return row;
}
