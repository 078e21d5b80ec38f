/**
 * Interest without criticality: the areas whose authority is interested (I > 0, named in D3) but that
 * no interview named hardest (nothing in D1). The ranking leaves them out when only areas named in D1
 * are ranked; listing them per region makes sure no willing authority is missed.
 */
import { AREA_KINDS, DECISION_LEVELS, labelOf } from "./codes";
import { compareContacts } from "./distinctContacts";
import { type AreaScore, round9 } from "./scoring";
import { byRegionName, regionName } from "./territory/regions";

/** An area with an interested authority and no D1 mention. */
export interface InterestOnlyArea {
  region: string;
  name: string;
  /** Comune, Ambito or Altro (the Shortlist's `Tipo area`). */
  kind: string;
  authority: string;
  /** Interesse (0–100), as the ranking scores it. */
  interest: number;
  /** Interviews naming it in D3, and their mean interest (1–5). */
  interviews: number;
  meanInterest: number;
  /** Distinct contacts given for it in D4 (null when scored without contacts). */
  contacts: number | null;
  /** Those contacts (decision level, then name), whom to call about the interest. */
  people: {
    name: string;
    role: string;
    organization: string;
    email: string;
    phone: string;
    decisionLevel: string;
  }[];
  interviewIds: string[];
}

const collator = new Intl.Collator("it");

/**
 * The areas of the given regions with I > 0 and no interview naming them hardest, by region name, then
 * by interest (highest first), then by name.
 */
export function interestWithoutCriticality(
  scores: readonly AreaScore[],
  regions: readonly string[],
): InterestOnlyArea[] {
  const wanted = new Set(regions);
  return scores
    .filter((a) => wanted.has(a.region) && round9(a.interest) > 0 && a.hardest.interviews === 0)
    .map((a) => ({
      region: a.region,
      name: a.name,
      kind: labelOf(AREA_KINDS, a.kind),
      authority: a.authority,
      interest: a.interest,
      interviews: a.interested.interviews,
      meanInterest: a.interested.meanInterest,
      contacts: a.readiness === null ? null : a.contacts.length,
      people: [...a.contacts].sort(compareContacts).map((c) => ({
        name: c.name,
        role: c.role,
        organization: c.organization,
        email: c.email,
        phone: c.phone,
        decisionLevel: labelOf(DECISION_LEVELS, c.decisionLevel),
      })),
      interviewIds: [...a.interviewIds],
    }))
    .sort(
      (a, b) =>
        byRegionName(a.region, b.region) ||
        round9(b.interest) - round9(a.interest) ||
        collator.compare(a.name, b.name),
    );
}

/** The Riepilogo's table of these areas, header first; one line saying "none" when there are none. */
export const INTEREST_ONLY_HEADERS = [
  "Interesse senza criticità: regione",
  "Area",
  "Tipo area",
  "Ente interessato",
  "Interesse",
  "Interviste D3",
  "Contatti D4",
] as const;

export const NO_INTEREST_ONLY = "(nessuna area)";

export function interestOnlyTable(areas: readonly InterestOnlyArea[]): unknown[][] {
  const rows: unknown[][] = areas.map((a) => [
    regionName(a.region),
    a.name,
    a.kind,
    a.authority,
    a.interest,
    a.interviews,
    a.contacts ?? "",
  ]);
  if (rows.length === 0) rows.push([NO_INTEREST_ONLY, "", "", "", "", "", ""]);
  return [[...INTEREST_ONLY_HEADERS], ...rows];
}
