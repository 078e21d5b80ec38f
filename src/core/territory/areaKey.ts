/**
 * Area identity (docs/scoring.md): which mentions of a region name the same area. An Ambito
 * is keyed apart from the comune of the same name ("Ambito di Foggia" and "Foggia" are two areas);
 * declared Ambiti (the `Ambiti` tab) gather their names and aliases under one key.
 */
import type { AreaKind } from "../codes";
import { foldName } from "../text";
import { comuniOf, findComuneByCode, findComuneByName } from "./comuni";

/* Prefixes that mark a mention as an Ambito (folded), longest first so each is removed whole. */
const AMBITO_PREFIXES = [
  "ambito territoriale sociale",
  "ambito territoriale",
  "ambito sociale",
  "ambito",
  "ats",
  "distretto sociale",
  "distretto",
  "zona sociale",
];
/* Every prefix stripping removes: the Ambito ones and "comune di", "città di". */
const PREFIXES = [...AMBITO_PREFIXES, "comune", "citta"].sort((a, b) => b.length - a.length);
const PREFIX_RE = new RegExp(`^(?:${PREFIXES.join("|")})(?: di)?(?: |$)`);
const AMBITO_RE = new RegExp(`^(?:${AMBITO_PREFIXES.join("|")})(?: di)?(?: |$)`);

/**
 * Folds an area name and removes a leading "comune di", "città di", "ambito territoriale sociale",
 * "ambito territoriale", "ambito", "ats", "distretto sociale", "distretto" or "zona sociale" (each
 * with an optional "di"). A name that is only a prefix stays as folded.
 */
export function strippedAreaName(name: string): string {
  const folded = foldName(name);
  const stripped = folded.replace(PREFIX_RE, "").trim();
  return stripped || folded;
}

/** True when the text names an Ambito by its form ("ATS Bari Nord", "Distretto sociale di Lecce"). */
export function looksLikeAmbito(name: string): boolean {
  return AMBITO_RE.test(foldName(name));
}

/** An Ambito declared in the `Ambiti` tab, with its key. */
export interface DeclaredAmbito {
  region: string;
  /** `ambito:` + the stripped name. */
  key: string;
  name: string;
  aliases: string[];
  /** The comuni it covers, as typed: shown, never aggregated. */
  comuni: string[];
}

/** Declared Ambiti by region, then by stripped name or alias. */
export type AmbitiIndex = ReadonlyMap<string, ReadonlyMap<string, DeclaredAmbito>>;

export const NO_AMBITI: AmbitiIndex = new Map();

/** Indexes declared Ambiti by their stripped name and aliases; the first row wins a name twice declared. */
export function indexAmbiti(ambiti: readonly DeclaredAmbito[]): AmbitiIndex {
  const index = new Map<string, Map<string, DeclaredAmbito>>();
  for (const ambito of ambiti) {
    let byName = index.get(ambito.region);
    if (!byName) {
      byName = new Map();
      index.set(ambito.region, byName);
    }
    for (const name of [ambito.name, ...ambito.aliases]) {
      const stripped = strippedAreaName(name);
      if (stripped && !byName.has(stripped)) byName.set(stripped, ambito);
    }
  }
  return index;
}

/** How a mention is read: the Q1 kind when there is one, and the declared Ambiti. */
export interface MentionContext {
  /** Q1's kind (`comune`, `ambito`, `altro`); Q3 and Q4 have none. */
  kind?: AreaKind | "";
  /** Q1's ISTAT code, when the form filled it. */
  istatCode?: string;
  ambiti?: AmbitiIndex;
}

/** The identity of a mentioned area: its key, its kind and, for a declared Ambito, its row. */
export interface AreaIdentity {
  key: string;
  kind: AreaKind;
  declared?: DeclaredAmbito;
}

/**
 * The identity that merges mentions of the same area within a region:
 * - an Ambito (Q1 kind `ambito`, or text starting "ambito", "ats", "distretto", "zona sociale"…) is
 *   the declared Ambito whose name or alias it equals (stripped), else `ambito:<stripped name>`;
 * - otherwise `istat:<code>` when the ISTAT code is given, or the folded name, or else the stripped
 *   name, is a comune of the region;
 * - otherwise a declared Ambito of that name or alias, else `name:<stripped name>` (kind `altro`).
 * An empty name gives an empty key.
 */
export function areaIdentity(regionCode: string, name: string, context: MentionContext = {}): AreaIdentity {
  const folded = foldName(name);
  const declared = context.ambiti?.get(regionCode);
  if (context.kind === "ambito" || (folded && AMBITO_RE.test(folded))) {
    if (!folded) return { key: "", kind: "ambito" };
    const stripped = strippedAreaName(name);
    const row = declared?.get(stripped);
    return row
      ? { key: row.key, kind: "ambito", declared: row }
      : { key: `ambito:${stripped}`, kind: "ambito" };
  }
  if (context.istatCode) {
    const comune = findComuneByCode(regionCode, context.istatCode);
    if (comune) return { key: `istat:${comune.code}`, kind: "comune" };
  }
  if (!folded) return { key: "", kind: "altro" };
  const stripped = strippedAreaName(name);
  const comune = findComuneByName(regionCode, folded) ?? findComuneByName(regionCode, stripped);
  if (comune) return { key: `istat:${comune.code}`, kind: "comune" };
  const row = declared?.get(stripped);
  if (row) return { key: row.key, kind: "ambito", declared: row };
  return { key: `name:${stripped}`, kind: "altro" };
}

/** The key of a mention (see areaIdentity). */
export function areaKey(
  regionCode: string,
  name: string,
  istatCode?: string,
  context: MentionContext = {},
): string {
  return areaIdentity(regionCode, name, { ...context, istatCode: istatCode ?? context.istatCode }).key;
}

/** The kind of area a key stands for: a comune (ISTAT code), an Ambito, or another place. */
export function areaKindOfKey(key: string): AreaKind {
  if (key.startsWith("istat:")) return "comune";
  if (key.startsWith("ambito:")) return "ambito";
  return "altro";
}

/** The ISTAT name of an area key that is a code, or undefined. */
export function istatNameOfKey(regionCode: string, key: string): string | undefined {
  return key.startsWith("istat:") ? findComuneByCode(regionCode, key.slice(6))?.name : undefined;
}

/** An area the form offers for D1, D3 and D4. */
export interface AreaSuggestion {
  name: string;
  kind: AreaKind;
  /** Already named in the region's interviews, declared in the `Ambiti` tab, or a comune of the region. */
  source: "named" | "declared" | "comune";
}

/**
 * What the form suggests for an area of a region: the areas already named there (merged as scoring
 * merges them, most named first, each by its display name), then the declared Ambiti not yet named,
 * then the region's comuni not yet named (alphabetical). `mentioned` are the texts of D1, D3 and D4 of
 * the region's interviews, in sheet order.
 */
export function areaSuggestions(
  regionCode: string,
  mentioned: readonly string[],
  ambiti?: AmbitiIndex,
): AreaSuggestion[] {
  const named = new Map<string, { identity: AreaIdentity; count: number; spellings: Map<string, number> }>();
  for (const text of mentioned) {
    const spelling = text.trim();
    const identity = areaIdentity(regionCode, spelling, { ambiti });
    if (!identity.key) continue;
    let entry = named.get(identity.key);
    if (!entry) {
      entry = { identity, count: 0, spellings: new Map() };
      named.set(identity.key, entry);
    }
    entry.count++;
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
  }
  const collator = new Intl.Collator("it");
  const displayOf = (e: { identity: AreaIdentity; spellings: Map<string, number> }) => {
    if (e.identity.declared) return e.identity.declared.name;
    const istat = istatNameOfKey(regionCode, e.identity.key);
    if (istat) return istat;
    let best = "";
    let count = 0;
    for (const [spelling, n] of e.spellings)
      if (n > count) {
        best = spelling;
        count = n;
      }
    return best;
  };
  const out: AreaSuggestion[] = [...named.values()]
    .map((e) => ({ name: displayOf(e), kind: e.identity.kind, source: "named" as const, count: e.count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
    .map(({ name, kind, source }) => ({ name, kind, source }));
  const declared = new Set<DeclaredAmbito>(ambiti?.get(regionCode)?.values() ?? []);
  out.push(
    ...[...declared]
      .filter((d) => !named.has(d.key))
      .map((d) => ({ name: d.name, kind: "ambito" as const, source: "declared" as const }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  );
  for (const comune of comuniOf(regionCode))
    if (!named.has(`istat:${comune.code}`)) out.push({ name: comune.name, kind: "comune", source: "comune" });
  return out;
}
