/**
 * What the comuni of a declared Ambito received in their own right (the `Ambiti` tab lists them): for
 * each, the interested authority named for it in D3, with what interest, and how many distinct contacts
 * D4 gave for it. Shown beside the Ambito, never added to its scores: the ranking stays as it is.
 */
import type { AreaScore } from "./scoring";
import { areaIdentity } from "./territory/areaKey";

/** One comune of an Ambito and what it received in D3 and D4. */
export interface ComuneReceipt {
  /** The comune's display name (the ISTAT name when it is a comune of the region, else as typed). */
  name: string;
  /** The Q3 authority most often named for it, or "". */
  authority: string;
  /** Interviews naming it as the interested authority's area (D3), and their mean interest (1–5). */
  interested: { interviews: number; meanInterest: number };
  /** Distinct contacts given for it in D4 (null when scored without contacts). */
  contacts: number | null;
}

/** The areas of a ranking by region and key, to find an Ambito's comuni among them. */
export type ScoresByKey = ReadonlyMap<string, AreaScore>;

export function scoresByKey(scores: readonly AreaScore[]): ScoresByKey {
  return new Map(scores.map((s) => [`${s.region}|${s.key}`, s]));
}

/**
 * The comuni of an Ambito (as its `Ambiti` row lists them, in that order) with what each received. A
 * comune no interview names received nothing: its counts are 0. Empty for an area that is no declared
 * Ambito or lists no comuni.
 */
export function comuniReceipts(area: AreaScore, byKey: ScoresByKey): ComuneReceipt[] {
  return area.comuni.map((typed) => {
    const key = areaIdentity(area.region, typed).key;
    const own = key && key !== area.key ? byKey.get(`${area.region}|${key}`) : undefined;
    if (!own)
      return {
        name: typed,
        authority: "",
        interested: { interviews: 0, meanInterest: 0 },
        contacts: area.readiness === null ? null : 0,
      };
    return {
      name: own.name,
      authority: own.authority,
      interested: { ...own.interested },
      contacts: own.readiness === null ? null : own.contacts.length,
    };
  });
}
