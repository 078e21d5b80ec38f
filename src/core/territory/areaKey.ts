import { foldName } from "../text";
import { findComuneByCode, findComuneByName } from "./comuni";

/* Longest prefixes first, so "ambito territoriale sociale" is removed whole. */
const PREFIXES = [
  "ambito territoriale sociale",
  "ambito territoriale",
  "comune",
  "citta",
  "ambito",
  "ats",
  "distretto",
];
const PREFIX_RE = new RegExp(`^(?:${PREFIXES.join("|")})(?: di)?(?: |$)`);

/**
 * Folds an area name and removes a leading "comune di", "città di", "ambito territoriale sociale",
 * "ambito territoriale", "ambito", "ats" or "distretto" (each with an optional "di").
 */
export function strippedAreaName(name: string): string {
  const folded = foldName(name);
  const stripped = folded.replace(PREFIX_RE, "").trim();
  return stripped || folded;
}

/**
 * The key that merges mentions of the same area within a region (SPEC section 4): `istat:<code>` when
 * the ISTAT code is given or the folded name, or else the stripped name, is a comune of the region;
 * otherwise `name:<stripped name>`. Empty names give an empty key.
 */
export function areaKey(regionCode: string, name: string, istatCode?: string): string {
  if (istatCode) {
    const comune = findComuneByCode(regionCode, istatCode);
    if (comune) return `istat:${comune.code}`;
  }
  const folded = foldName(name);
  if (!folded) return "";
  const comune = findComuneByName(regionCode, folded) ?? findComuneByName(regionCode, strippedAreaName(name));
  if (comune) return `istat:${comune.code}`;
  return `name:${strippedAreaName(name)}`;
}

/** The ISTAT name of an area key that is a code, or undefined. */
export function istatNameOfKey(regionCode: string, key: string): string | undefined {
  return key.startsWith("istat:") ? findComuneByCode(regionCode, key.slice(6))?.name : undefined;
}
