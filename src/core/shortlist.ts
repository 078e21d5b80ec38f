/**
 * The contact Shortlist (docs/shortlist.md): top areas per region in scope, one row per distinct
 * contact, each area explained in one line (Perché), with the staff's follow-up (Stato, Referente,
 * Ultimo contatto, Prossimo passo, Note and any column they added) kept across regenerations.
 */
import { comuniReceipts, scoresByKey } from "./ambitoComuni";
import { cellText } from "./cells";
import { AREA_KINDS, DECISION_LEVELS, FOLLOW_UP_STATES, labelOf } from "./codes";
import { compareContacts, identityOf, type PersonIdentity } from "./distinctContacts";
import {
  carryFollowUp,
  FollowUps,
  followUpColumns,
  isFollowedUp,
  keepFollowedUp,
  regionOfRow,
} from "./followUp";
import { reasonOf } from "./reason";
import type { AreaScore, Weights } from "./scoring";
import { WEIGHT_GRID } from "./stability";
import { SHORTLIST_COLUMNS, SHORTLIST_FOLLOW_UP, YES_MARK } from "./tabs";
import { type AmbitiIndex, areaIdentity } from "./territory/areaKey";
import { byRegionName, regionName } from "./territory/regions";
import { foldName } from "./text";

export const NO_INTERVIEWS = "(nessuna intervista)";
/** A region with interviews none of which names an area in D1 (only when eligibility is on). */
export const NO_AREA_NAMED = "(nessuna area citata in D1)";
export const OUT_OF_SHORTLIST = "fuori shortlist";
const DEFAULT_STATE = FOLLOW_UP_STATES[0];

/** The Perché lives in reason.ts; it is re-exported here, where it was first defined. */
export { reasonOf };

type Key = keyof typeof SHORTLIST_COLUMNS;
const H = (key: Key) => SHORTLIST_COLUMNS[key].header;

/** A Shortlist row keyed by header (the generated columns plus any column the staff added). */
export type ShortlistRow = Record<string, unknown>;

export interface Shortlist {
  headers: string[];
  rows: ShortlistRow[];
  counts: { regions: number; areas: number; contacts: number; keptOutside: number };
}

/**
 * The follow-up scope of a previous row: region + area. The area is read back from the row's text and
 * `Tipo area` the way a mention is, so rows written by an earlier release find their area again.
 */
function scopeOf(row: ShortlistRow, ambiti: AmbitiIndex | undefined): string {
  const region = regionOfRow(row, H("region"));
  const kind = foldName(cellText(row[H("areaKind")])) === "ambito" ? "ambito" : "";
  return `${region}|${areaIdentity(region, cellText(row[H("area")]), { kind, ambiti }).key}`;
}

const personOf = (row: ShortlistRow) => ({
  email: row[H("email")],
  phone: row[H("phone")],
  name: row[H("contact")],
  organization: row[H("organization")],
});

/** The identity of an area's row without a contact. */
const NOBODY: PersonIdentity = { emails: new Set(), phones: new Set(), names: new Set([""]) };

/**
 * Builds the Shortlist from ranked areas (rankAreas: positions and Stabilità). `previousHeaders` /
 * `previous` are the current tab, read by header; their follow-up columns are carried over to the
 * same region + area + contact, and followed-up rows that no longer qualify stay at the end of their
 * region as "fuori shortlist". `ambiti` (the declared Ambiti scoring used) lets old rows find their area.
 */
export function buildShortlist(input: {
  scores: readonly AreaScore[];
  regionsInScope: readonly string[];
  topN: number;
  previousHeaders?: readonly string[];
  previous?: readonly ShortlistRow[];
  ambiti?: AmbitiIndex;
}): Shortlist {
  const { headers, keptHeaders } = followUpColumns(
    SHORTLIST_COLUMNS,
    SHORTLIST_FOLLOW_UP,
    input.previousHeaders,
  );
  const status = { header: H("status"), initial: DEFAULT_STATE };

  // Contacts follow their people (by any e-mail, phone or name of theirs) within region + area.
  const followUps = new FollowUps(input.previous ?? [], (row) => scopeOf(row, input.ambiti), personOf);

  const byRegion = new Map<string, AreaScore[]>();
  for (const area of input.scores) {
    const list = byRegion.get(area.region);
    if (list) list.push(area);
    else byRegion.set(area.region, [area]);
  }

  const byKey = scoresByKey(input.scores);
  const rowsByRegion = new Map<string, ShortlistRow[]>();
  let areas = 0;
  let contacts = 0;
  for (const region of [...input.regionsInScope].sort(byRegionName)) {
    const rows: ShortlistRow[] = [];
    rowsByRegion.set(region, rows);
    const all = byRegion.get(region) ?? [];
    const top = all
      .filter((a) => a.position !== null && a.position <= input.topN)
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    if (top.length === 0) {
      // Nothing to call here: the job is to interview (Stato blank).
      rows.push(
        blankRow(
          headers,
          { region: regionName(region), area: all.length ? NO_AREA_NAMED : NO_INTERVIEWS },
          "",
        ),
      );
      continue;
    }
    const scopes: { scope: string; identity: PersonIdentity }[] = [];
    for (const area of top) {
      areas++;
      const base: Partial<Record<Key, unknown>> = {
        region: regionName(region),
        position: area.position,
        area: area.name,
        areaKind: labelOf(AREA_KINDS, area.kind),
        score: area.score,
        stability: area.stability ?? "",
        criticality: area.criticality,
        interest: area.interest,
        readiness: area.readiness ?? "",
        interviews: area.interviews,
        reason: reasonOf(area, comuniReceipts(area, byKey)),
        authority: area.authority,
        interviewIds: area.interviewIds.join(", "),
      };
      const people = [...area.contacts].sort(compareContacts);
      if (people.length === 0) {
        rows.push(blankRow(headers, base));
        scopes.push({ scope: `${region}|${area.key}`, identity: NOBODY });
      }
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
            coordinator: c.coordinatorCandidate ? YES_MARK : "",
          }),
        );
        scopes.push({ scope: `${region}|${area.key}`, identity: identityOf(c) });
      }
    }
    rows.forEach((row, i) => {
      const old = followUps.claim(scopes[i].scope, scopes[i].identity);
      if (old) carryFollowUp(row, old, keptHeaders, status);
    });
  }

  const keptOutside = keepFollowedUp({
    leftOver: followUps.unclaimed(),
    headers,
    rowsByRegion,
    regionHeader: H("region"),
    followedUp: (old) => isFollowedUp(old, status, keptHeaders),
    // A region's placeholder row ("(nessuna intervista)") is regenerated, never kept.
    mark: (kept, old) => {
      const oldArea = cellText(old[H("area")]);
      if (oldArea === NO_INTERVIEWS || oldArea === NO_AREA_NAMED) return false;
      kept[H("position")] = OUT_OF_SHORTLIST;
      return true;
    },
  });

  const ordered = [...rowsByRegion.keys()].sort(byRegionName);
  return {
    headers,
    rows: ordered.flatMap((r) => rowsByRegion.get(r) ?? []),
    counts: { regions: input.regionsInScope.length, areas, contacts, keptOutside },
  };
}

function blankRow(
  headers: readonly string[],
  values: Partial<Record<Key, unknown>>,
  state: string = DEFAULT_STATE,
): ShortlistRow {
  const row: ShortlistRow = {};
  for (const h of headers) row[h] = "";
  for (const key of Object.keys(values) as Key[]) row[H(key)] = values[key];
  row[H("status")] = state;
  return row;
}

/**
 * The note on the Shortlist's header cell: when it was generated and with which weights,
 * so that anyone reading the ranking knows what was weighted how. `when` is already formatted.
 */
export function generationNote(
  settings: { weights: Weights; topN: number; onlyNamedInD1: boolean },
  when: string,
): string {
  const w = settings.weights;
  const total = w.criticality + w.interest + w.readiness;
  // The effective share of each weight (weights are divided by their sum), to two decimals.
  const share = (x: number) => String(Math.round((total > 0 ? x / total : 0) * 100) / 100).replace(".", ",");
  return [
    `Generata il ${when}.`,
    `Pesi: criticità ${share(w.criticality)}, interesse ${share(w.interest)}, prontezza ${share(w.readiness)}.`,
    `Aree per regione: ${settings.topN}.`,
    settings.onlyNamedInD1
      ? "In classifica solo le aree indicate in D1."
      : "In classifica tutte le aree citate (D1, D3 o D4).",
    `Stabilità: su quante delle ${WEIGHT_GRID.length} combinazioni di pesi (ciascuno da 0,1 a 0,8, somma 1) l'area resta tra le prime ${settings.topN}, in percentuale.`,
  ].join("\n");
}
