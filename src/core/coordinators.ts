/**
 * The Coordinatori tab (docs/shortlist.md): the people marked in the form as possible Coordinatori d'area (social
 * workers), each distinct candidate once per region with the areas and interviews that name them, and
 * the staff's follow-up (Stato, Note and any column they add) kept across regenerations by region +
 * person. A followed-up candidate no longer named stays at the end of its region, marked.
 */
import { cellText } from "./cells";
import { contactMatcher, identityOf } from "./distinctContacts";
import {
  carryFollowUp,
  FollowUps,
  followUpColumns,
  isFollowedUp,
  keepFollowedUp,
  regionOfRow,
} from "./followUp";
import type { AreaScore } from "./scoring";
import type { ScoringContact, ScoringInterview } from "./scoringRows";
import { COORDINATOR_COLUMNS, COORDINATOR_FOLLOW_UP, COORDINATOR_STATES } from "./tabs";
import { type AmbitiIndex, areaIdentity } from "./territory/areaKey";
import { byRegionName, regionName } from "./territory/regions";

/** The Area of a followed-up candidate whom no current interview names any more. */
export const NO_LONGER_NAMED = "(non più citato/a)";
const DEFAULT_STATE = COORDINATOR_STATES[0];

type Key = keyof typeof COORDINATOR_COLUMNS;
const H = (key: Key) => COORDINATOR_COLUMNS[key].header;
const collator = new Intl.Collator("it");

/** A Coordinatori row keyed by header (the generated columns plus any column the staff added). */
export type CoordinatorRow = Record<string, unknown>;

export interface Coordinators {
  headers: string[];
  rows: CoordinatorRow[];
  /** Candidates listed (distinct per region), and followed-up rows kept though no longer named. */
  counts: { candidates: number; keptOutside: number };
}

export interface CoordinatorsInput {
  /** The interviews scored (after the `solo interviste verificate` filter, when on). */
  interviews: readonly ScoringInterview[];
  /** Their current contacts, in sheet order. */
  contacts: readonly ScoringContact[];
  /** The ranking (rankAreas or scoreAreas): the display names of the areas. */
  scores: readonly AreaScore[];
  regionsInScope: readonly string[];
  /** Declared Ambiti, so that a Q4 area is keyed as scoring keys it. */
  ambiti?: AmbitiIndex;
  /** The current tab, read by header, for the follow-up columns. */
  previousHeaders?: readonly string[];
  previous?: readonly CoordinatorRow[];
}

const personOf = (row: CoordinatorRow) => ({
  email: row[H("email")],
  phone: row[H("phone")],
  name: row[H("name")],
  organization: row[H("organization")],
});

interface Person {
  /** Insertion-ordered sets: a person named in many interviews is added to in constant time. */
  interviewIds: Set<string>;
  areas: Set<string>;
}

/**
 * Builds the Coordinatori rows: for each region in scope (by name), the distinct people (readiness's
 * rule, over all the region's current contacts, as the Riepilogo counts them) marked as candidates in
 * at least one mention, by name; their first-seen details, the display names of the Q4 areas of the
 * interviews naming them, and those interviews' ids. Previous rows give their follow-up to the same
 * region + person; followed-up rows of people no longer listed stay at the end of their region with
 * Area `(non più citato/a)`.
 */
export function buildCoordinators(input: CoordinatorsInput): Coordinators {
  const { headers, keptHeaders } = followUpColumns(
    COORDINATOR_COLUMNS,
    COORDINATOR_FOLLOW_UP,
    input.previousHeaders,
  );
  const status = { header: H("status"), initial: DEFAULT_STATE };

  // Rows that name nobody are not anyone's follow-up.
  const previous = (input.previous ?? []).filter((row) => {
    const p = personOf(row);
    return cellText(p.email) || cellText(p.phone) || cellText(p.name);
  });
  const followUps = new FollowUps(previous, (row) => regionOfRow(row, H("region")), personOf);

  const inScope = new Set(input.regionsInScope);
  const areaNames = new Map<string, string>();
  for (const area of input.scores) areaNames.set(`${area.region}|${area.key}`, area.name);
  const interviewOf = new Map<string, { region: string; area: string }>();
  for (const iv of input.interviews) {
    if (!inScope.has(iv.region) || interviewOf.has(iv.id)) continue;
    const key = areaIdentity(iv.region, iv.protocolArea, { ambiti: input.ambiti }).key;
    interviewOf.set(iv.id, {
      region: iv.region,
      area: areaNames.get(`${iv.region}|${key}`) ?? iv.protocolArea.trim(),
    });
  }

  // One matcher per region, over every current contact (sheet order decides first-seen details).
  const regions = new Map<string, { matcher: ReturnType<typeof contactMatcher>; people: Person[] }>();
  for (const c of input.contacts) {
    const interview = interviewOf.get(c.interviewId);
    if (!interview) continue;
    let region = regions.get(interview.region);
    if (!region) {
      region = { matcher: contactMatcher(), people: [] };
      regions.set(interview.region, region);
    }
    const index = region.matcher.add(c);
    let person = region.people[index];
    if (!person) {
      person = { interviewIds: new Set(), areas: new Set() };
      region.people[index] = person;
    }
    person.interviewIds.add(c.interviewId);
    if (interview.area) person.areas.add(interview.area);
  }

  const rowsByRegion = new Map<string, CoordinatorRow[]>();
  let candidates = 0;
  for (const [region, { matcher, people }] of regions) {
    const listed = matcher
      .contacts()
      .map((contact, i) => ({ contact, person: people[i] }))
      .filter((p) => p.contact.coordinatorCandidate === true)
      .sort((a, b) => collator.compare(a.contact.name, b.contact.name));
    const rows: CoordinatorRow[] = [];
    for (const { contact, person } of listed) {
      const row: CoordinatorRow = {};
      for (const h of headers) row[h] = "";
      row[H("region")] = regionName(region);
      row[H("areas")] = [...person.areas].join(", ");
      row[H("name")] = contact.name;
      row[H("role")] = contact.role;
      row[H("organization")] = contact.organization;
      row[H("email")] = contact.email;
      row[H("phone")] = contact.phone;
      row[H("interviewIds")] = [...person.interviewIds].join(", ");
      row[H("status")] = DEFAULT_STATE;
      const old = followUps.claim(region, identityOf(contact));
      if (old) carryFollowUp(row, old, keptHeaders, status);
      rows.push(row);
      candidates++;
    }
    if (rows.length) rowsByRegion.set(region, rows);
  }

  const keptOutside = keepFollowedUp({
    leftOver: followUps.unclaimed(),
    headers,
    rowsByRegion,
    regionHeader: H("region"),
    followedUp: (old) => isFollowedUp(old, status, keptHeaders),
    mark: (kept) => {
      kept[H("areas")] = NO_LONGER_NAMED;
      return true;
    },
  });

  return {
    headers,
    rows: [...rowsByRegion.keys()].sort(byRegionName).flatMap((r) => rowsByRegion.get(r) ?? []),
    counts: { candidates, keptOutside },
  };
}
