/**
 * Area scores within a region (SPEC section 5). The same function serves the custom functions and
 * the Shortlist, so a number in a formula and in the Shortlist never differ.
 */
import { type DecisionLevel, decisionWeight, evidenceFactor } from "./codes";
import type { ScoringContact, ScoringInterview } from "./records";
import { areaKey, istatNameOfKey } from "./territory/areaKey";
import { byRegionName } from "./territory/regions";
import { foldName, phoneDigits } from "./text";

export interface Weights {
  criticality: number;
  interest: number;
  readiness: number;
}

export const DEFAULT_WEIGHTS: Weights = { criticality: 0.4, interest: 0.4, readiness: 0.2 };

/** A contact of an area, made distinct: its first-seen details and its highest decision level. */
export interface DistinctContact {
  name: string;
  role: string;
  organization: string;
  email: string;
  phone: string;
  decisionLevel: DecisionLevel;
}

export interface AreaScore {
  region: string;
  key: string;
  name: string;
  /** Interviews mentioning the area in Q1, Q3 or Q4, and their ids in sheet order. */
  interviews: number;
  interviewIds: string[];
  criticality: number;
  interest: number;
  /** Null when scoring ran without contacts. */
  readiness: number | null;
  score: number;
  position: number;
  contacts: DistinctContact[];
  /** The Q3 authority most often named for the area (first-seen spelling), or "". */
  authority: string;
}

const collator = new Intl.Collator("it");

/** Rounds to 9 decimals so that the order of summation never decides a comparison. */
export function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** The weighted score; without readiness the other two weights are rescaled. */
export function weightedScore(c: number, i: number, r: number | null, w: Weights): number {
  if (r === null) {
    const total = w.criticality + w.interest;
    return total > 0 ? (w.criticality * c + w.interest * i) / total : 0;
  }
  const total = w.criticality + w.interest + w.readiness;
  return total > 0 ? (w.criticality * c + w.interest * i + w.readiness * r) / total : 0;
}

/** Identity of a contact for merging: e-mail, else phone digits, else name + organisation. */
function contactMatcher() {
  const groups: { contact: DistinctContact; weight: number; email: string; phone: string }[] = [];
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number[]>();
  const byNameOrg = new Map<string, number[]>();
  const compatible = (g: (typeof groups)[number], email: string, phone: string) =>
    (!g.email || !email || g.email === email) && (!g.phone || !phone || g.phone === phone);
  return {
    add(c: ScoringContact) {
      const email = c.email.toLowerCase();
      const phone = phoneDigits(c.phone);
      const nameOrg = `${foldName(c.name)}|${foldName(c.organization)}`;
      let index: number | undefined = email ? byEmail.get(email) : undefined;
      if (index === undefined && phone)
        index = byPhone.get(phone)?.find((g) => compatible(groups[g], email, ""));
      if (index === undefined)
        index = byNameOrg.get(nameOrg)?.find((g) => compatible(groups[g], email, phone));
      if (index === undefined) {
        index = groups.length;
        groups.push({
          contact: {
            name: c.name,
            role: c.role,
            organization: c.organization,
            email: c.email,
            phone: c.phone,
            decisionLevel: c.decisionLevel,
          },
          weight: decisionWeight(c.decisionLevel),
          email,
          phone,
        });
      } else if (decisionWeight(c.decisionLevel) > groups[index].weight) {
        groups[index].weight = decisionWeight(c.decisionLevel);
        groups[index].contact.decisionLevel = c.decisionLevel;
      }
      const g = groups[index];
      if (email && !byEmail.has(email)) byEmail.set(email, index);
      if (phone) byPhone.set(phone, [...(byPhone.get(phone) ?? []), index]);
      byNameOrg.set(nameOrg, [...(byNameOrg.get(nameOrg) ?? []), index]);
      if (!g.email && email) g.email = email;
      if (!g.phone && phone) g.phone = phone;
    },
    contacts: () => groups.map((g) => g.contact),
    weightSum: () => groups.reduce((sum, g) => sum + g.weight, 0),
  };
}

interface AreaAccumulator {
  key: string;
  c: number;
  i: number;
  ids: string[];
  lastId: string;
  spellings: Map<string, number>;
  authorities: Map<string, { spelling: string; count: number; interest: number; order: number }>;
  contacts: ReturnType<typeof contactMatcher>;
  hasContacts: boolean;
}

/**
 * Scores every area of every region. `contacts` null means "scored without contacts": readiness is
 * null and the score uses criticality and interest only. Returns areas sorted by region name, then
 * position.
 */
export function scoreAreas(
  interviews: readonly ScoringInterview[],
  contacts: readonly ScoringContact[] | null,
  weights: Weights = DEFAULT_WEIGHTS,
): AreaScore[] {
  const contactsByInterview = new Map<string, ScoringContact[]>();
  for (const c of contacts ?? []) {
    const list = contactsByInterview.get(c.interviewId);
    if (list) list.push(c);
    else contactsByInterview.set(c.interviewId, [c]);
  }
  const keyCache = new Map<string, string>();
  const keyOf = (region: string, name: string, istat = "") => {
    const cacheKey = `${region}\u0000${istat}\u0000${name}`;
    let key = keyCache.get(cacheKey);
    if (key === undefined) {
      key = areaKey(region, name, istat || undefined);
      keyCache.set(cacheKey, key);
    }
    return key;
  };

  const regions = new Map<string, { n: number; areas: Map<string, AreaAccumulator> }>();
  let order = 0;
  for (const iv of interviews) {
    let region = regions.get(iv.region);
    if (!region) {
      region = { n: 0, areas: new Map() };
      regions.set(iv.region, region);
    }
    region.n++;
    const area = (key: string): AreaAccumulator | undefined => {
      if (!key) return undefined;
      let acc = region.areas.get(key);
      if (!acc) {
        acc = {
          key,
          c: 0,
          i: 0,
          ids: [],
          lastId: "",
          spellings: new Map(),
          authorities: new Map(),
          contacts: contactMatcher(),
          hasContacts: false,
        };
        region.areas.set(key, acc);
      }
      return acc;
    };
    const mention = (acc: AreaAccumulator | undefined, spelling: string) => {
      if (!acc) return;
      acc.spellings.set(spelling, (acc.spellings.get(spelling) ?? 0) + 1);
      if (acc.lastId !== iv.id || acc.ids.length === 0) {
        acc.ids.push(iv.id);
        acc.lastId = iv.id;
      }
    };
    const q1 = area(keyOf(iv.region, iv.hardestArea, iv.hardestAreaIstat));
    if (q1) q1.c += (iv.severity / 5) * evidenceFactor(iv.evidence);
    mention(q1, iv.hardestArea.trim());
    const q3 = area(keyOf(iv.region, iv.authorityArea));
    if (q3) {
      q3.i += iv.interest / 5;
      const name = foldName(iv.authorityName);
      if (name) {
        const known = q3.authorities.get(name);
        if (known) {
          known.count++;
          known.interest += iv.interest;
        } else
          q3.authorities.set(name, {
            spelling: iv.authorityName.trim(),
            count: 1,
            interest: iv.interest,
            order: order++,
          });
      }
    }
    mention(q3, iv.authorityArea.trim());
    const q4 = area(keyOf(iv.region, iv.protocolArea));
    if (q4) {
      for (const c of contactsByInterview.get(iv.id) ?? []) q4.contacts.add(c);
      q4.hasContacts = true;
    }
    mention(q4, iv.protocolArea.trim());
  }

  const result: AreaScore[] = [];
  for (const [regionCode, region] of regions) {
    const scored: AreaScore[] = [];
    for (const acc of region.areas.values()) {
      const criticality = (100 * acc.c) / region.n;
      const interest = (100 * acc.i) / region.n;
      const readiness = contacts === null ? null : 100 * Math.min(1, acc.contacts.weightSum() / 2);
      scored.push({
        region: regionCode,
        key: acc.key,
        name: istatNameOfKey(regionCode, acc.key) ?? mostFrequent(acc.spellings),
        interviews: acc.ids.length,
        interviewIds: acc.ids,
        criticality,
        interest,
        readiness,
        score: weightedScore(criticality, interest, readiness, weights),
        position: 0,
        contacts: contacts === null ? [] : acc.contacts.contacts(),
        authority: topAuthority(acc.authorities),
      });
    }
    scored.sort(compareAreas);
    scored.forEach((a, index) => {
      a.position = index + 1;
    });
    result.push(...scored);
  }
  result.sort((a, b) => byRegionName(a.region, b.region) || a.position - b.position);
  return result;
}

/** Position order within a region: S, then C, then I descending, then mentions, then name. */
export function compareAreas(a: AreaScore, b: AreaScore): number {
  return (
    round9(b.score) - round9(a.score) ||
    round9(b.criticality) - round9(a.criticality) ||
    round9(b.interest) - round9(a.interest) ||
    b.interviews - a.interviews ||
    collator.compare(a.name, b.name) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function mostFrequent(spellings: Map<string, number>): string {
  let best = "";
  let count = 0;
  for (const [spelling, n] of spellings) {
    if (n > count) {
      best = spelling;
      count = n;
    }
  }
  return best;
}

function topAuthority(authorities: AreaAccumulator["authorities"]): string {
  let best: { spelling: string; count: number; interest: number; order: number } | undefined;
  for (const a of authorities.values()) {
    if (
      !best ||
      a.count > best.count ||
      (a.count === best.count &&
        (a.interest > best.interest || (a.interest === best.interest && a.order < best.order)))
    ) {
      best = a;
    }
  }
  return best?.spelling ?? "";
}

/** Decision-level order for listing contacts: weight descending, then name. */
export function compareContacts(a: DistinctContact, b: DistinctContact): number {
  return (
    decisionWeight(b.decisionLevel) - decisionWeight(a.decisionLevel) || collator.compare(a.name, b.name)
  );
}
