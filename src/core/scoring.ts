/**
 * Area scores within a region (docs/scoring.md). The same function serves the custom
 * functions, the Shortlist and the Riepilogo, so a number in a formula and in the Shortlist never differ.
 */
import { type AreaKind, CAUSES, type Cause, codesOf, evidenceFactor } from "./codes";
import { contactMatcher, type DistinctContact } from "./distinctContacts";
import type { ScoringContact, ScoringInterview } from "./scoringRows";
import { type AmbitiIndex, type AreaIdentity, areaIdentity, istatNameOfKey } from "./territory/areaKey";
import { byRegionName } from "./territory/regions";
import { foldName } from "./text";

export interface Weights {
  criticality: number;
  interest: number;
  readiness: number;
}

export const DEFAULT_WEIGHTS: Weights = { criticality: 0.4, interest: 0.4, readiness: 0.2 };

/** How often a cause was given, in the interviews that name an area in D1 or in a region. */
export interface CauseCount {
  cause: Cause;
  count: number;
}

export interface AreaScore {
  region: string;
  key: string;
  name: string;
  /** Comune (an ISTAT code), Ambito, or another place (docs/scoring.md). */
  kind: AreaKind;
  /** The comuni of a declared Ambito (from the `Ambiti` tab), else empty. */
  comuni: string[];
  /** Interviews mentioning the area in Q1, Q3 or Q4, and their ids in sheet order. */
  interviews: number;
  interviewIds: string[];
  criticality: number;
  interest: number;
  /** Null when scoring ran without contacts. */
  readiness: number | null;
  score: number;
  /** True when the area may get a position: named in D1 (C > 0), or every area when that rule is off. */
  eligible: boolean;
  /** 1, 2, 3… among the eligible areas of the region; null for the others (docs/scoring.md, eligibility). */
  position: number | null;
  /** Share (0–100) of the 36 weight triples under which the area is in the top N (docs/scoring.md); null until computed. */
  stability: number | null;
  contacts: DistinctContact[];
  /** The Q3 authority most often named for the area (first-seen spelling), or "". */
  authority: string;
  /** Interviews of the region (n_r). */
  regionInterviews: number;
  /** D1: the interviews naming the area as hardest, their mean severity and their causes, most given first. */
  hardest: { interviews: number; meanSeverity: number; causes: CauseCount[] };
  /** D3: the interviews naming the area as the interested authority's, and their mean interest. */
  interested: { interviews: number; meanInterest: number };
}

/** How areas are identified and which may be ranked. */
export interface ScoringOptions {
  /** Positions only for areas named in D1 (Impostazioni `solo aree citate in D1`, default true). */
  eligibleOnly?: boolean;
  /** Declared Ambiti (the `Ambiti` tab), see areaIdentity. */
  ambiti?: AmbitiIndex;
}

const collator = new Intl.Collator("it");

/**
 * The interviews that count: all of them, or only those the staff marked `Verificata` when Impostazioni
 * `solo interviste verificate` is on. n_r then counts the verified interviews of the region.
 */
export function countedInterviews<T extends { verified?: boolean }>(
  interviews: readonly T[],
  onlyVerified: boolean,
): T[] {
  return onlyVerified ? interviews.filter((iv) => iv.verified === true) : [...interviews];
}

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

interface AreaAccumulator {
  identity: AreaIdentity;
  c: number;
  i: number;
  /** D1 mentions, their severity sum and cause counts; D3 mentions. */
  d1: number;
  severity: number;
  causes: Map<Cause, number>;
  d3: number;
  interestSum: number;
  ids: string[];
  lastId: string;
  spellings: Map<string, number>;
  authorities: Map<string, { spelling: string; count: number; interest: number; order: number }>;
  contacts: ReturnType<typeof contactMatcher>;
}

/** The accumulator of an area of a region, created on first mention; none for an empty key. */
function areaOf(areas: Map<string, AreaAccumulator>, identity: AreaIdentity): AreaAccumulator | undefined {
  const key = identity.key;
  if (!key) return undefined;
  let acc = areas.get(key);
  if (!acc) {
    acc = {
      identity,
      c: 0,
      i: 0,
      d1: 0,
      severity: 0,
      causes: new Map(),
      d3: 0,
      interestSum: 0,
      ids: [],
      lastId: "",
      spellings: new Map(),
      authorities: new Map(),
      contacts: contactMatcher(),
    };
    areas.set(key, acc);
  }
  return acc;
}

/** Records that an interview mentions the area, with the spelling it used. */
function mention(acc: AreaAccumulator | undefined, id: string, spelling: string): void {
  if (!acc) return;
  acc.spellings.set(spelling, (acc.spellings.get(spelling) ?? 0) + 1);
  if (acc.lastId !== id || acc.ids.length === 0) {
    acc.ids.push(id);
    acc.lastId = id;
  }
}

/**
 * Scores every area of every region. `contacts` null means "scored without contacts": readiness is
 * null and the score uses criticality and interest only. Only eligible areas get positions
 * (docs/scoring.md); the others follow them, unpositioned, in the same order. Returns areas sorted by region
 * name, then position. Stability is left null (see stability.ts).
 */
export function scoreAreas(
  interviews: readonly ScoringInterview[],
  contacts: readonly ScoringContact[] | null,
  weights: Weights = DEFAULT_WEIGHTS,
  options: ScoringOptions = {},
): AreaScore[] {
  const eligibleOnly = options.eligibleOnly ?? true;
  const ambiti = options.ambiti;
  // The area each interview's contacts count for (its Q4 area); contacts are added after the scan,
  // in their own sheet order.
  const protocolAreaOf = new Map<string, AreaAccumulator>();
  // Area keys fold and look up names; the same few spellings repeat on every row, so each is keyed once.
  const keyCache = new Map<string, Map<string, AreaIdentity>>();
  const identityOf = (region: string, name: string, istat = "", kind = "") => {
    let byName = keyCache.get(region);
    if (!byName) {
      byName = new Map();
      keyCache.set(region, byName);
    }
    const cacheKey = istat || kind ? `${kind}\u0000${istat}\u0000${name}` : name;
    let identity = byName.get(cacheKey);
    if (identity === undefined) {
      identity = areaIdentity(region, name, {
        istatCode: istat || undefined,
        kind: kind as ScoringInterview["hardestAreaKind"],
        ambiti,
      });
      byName.set(cacheKey, identity);
    }
    return identity;
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
    const q1 = areaOf(
      region.areas,
      identityOf(iv.region, iv.hardestArea, iv.hardestAreaIstat, iv.hardestAreaKind ?? ""),
    );
    if (q1) {
      q1.c += (iv.severity / 5) * evidenceFactor(iv.evidence);
      q1.d1++;
      q1.severity += iv.severity;
      for (const cause of iv.causes ?? []) q1.causes.set(cause, (q1.causes.get(cause) ?? 0) + 1);
    }
    mention(q1, iv.id, iv.hardestArea.trim());
    const q3 = areaOf(region.areas, identityOf(iv.region, iv.authorityArea));
    if (q3) {
      q3.i += iv.interest / 5;
      q3.d3++;
      q3.interestSum += iv.interest;
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
    mention(q3, iv.id, iv.authorityArea.trim());
    const q4 = areaOf(region.areas, identityOf(iv.region, iv.protocolArea));
    if (q4 && !protocolAreaOf.has(iv.id)) protocolAreaOf.set(iv.id, q4);
    mention(q4, iv.id, iv.protocolArea.trim());
  }

  for (const c of contacts ?? []) protocolAreaOf.get(c.interviewId)?.contacts.add(c);

  const result: AreaScore[] = [];
  for (const [regionCode, region] of regions) {
    const scored: AreaScore[] = [];
    for (const acc of region.areas.values()) {
      const criticality = (100 * acc.c) / region.n;
      const interest = (100 * acc.i) / region.n;
      const readiness = contacts === null ? null : 100 * Math.min(1, acc.contacts.weightSum() / 2);
      const { key, kind, declared } = acc.identity;
      scored.push({
        region: regionCode,
        key,
        name: declared?.name ?? istatNameOfKey(regionCode, key) ?? mostFrequent(acc.spellings),
        kind,
        comuni: declared?.comuni ?? [],
        interviews: acc.ids.length,
        interviewIds: acc.ids,
        criticality,
        interest,
        readiness,
        score: weightedScore(criticality, interest, readiness, weights),
        eligible: !eligibleOnly || round9(criticality) > 0,
        position: null,
        stability: null,
        contacts: contacts === null ? [] : acc.contacts.contacts(),
        authority: topAuthority(acc.authorities),
        regionInterviews: region.n,
        hardest: {
          interviews: acc.d1,
          meanSeverity: acc.d1 > 0 ? acc.severity / acc.d1 : 0,
          causes: rankCauses(acc.causes),
        },
        interested: { interviews: acc.d3, meanInterest: acc.d3 > 0 ? acc.interestSum / acc.d3 : 0 },
      });
    }
    scored.sort(compareAreas);
    let position = 0;
    for (const area of scored) if (area.eligible) area.position = ++position;
    result.push(...scored.filter((a) => a.eligible), ...scored.filter((a) => !a.eligible));
  }
  // Stable sort: within a region, eligible areas by position, then the others in ranking order.
  result.sort((a, b) => byRegionName(a.region, b.region));
  return result;
}

/** Causes by how often they were given, most first; ties in the order of the code list. */
export function rankCauses(counts: ReadonlyMap<Cause, number>): CauseCount[] {
  return codesOf(CAUSES)
    .filter((cause) => (counts.get(cause) ?? 0) > 0)
    .map((cause) => ({ cause, count: counts.get(cause) ?? 0 }))
    .sort((a, b) => b.count - a.count);
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
