/**
 * Likely duplicates: two interviews of the same region, with the same interviewee (the name folded:
 * case, accents, spaces and punctuation ignored) on the same date are likely the same interview. The
 * form asks before saving one; Importa interviste… does not import one unless its Esito importazione
 * says "importa comunque".
 */
import { cellText } from "./cells";
import { foldName } from "./text";

/** What two likely duplicates share: region code, folded interviewee, YYYY-MM-DD date. */
export function interviewKey(region: string, interviewee: string, date: string): string {
  return `${region}|${foldName(interviewee)}|${date}`;
}

/** The words that ask to import a likely duplicate anyway, folded (quotes and case ignored). */
const ANYWAY = new Set(["importa comunque", "import anyway"]);

/** True when an Esito importazione cell asks to import the row although it looks like a saved interview. */
export function importsAnyway(outcome: unknown): boolean {
  return ANYWAY.has(foldName(cellText(outcome)));
}
