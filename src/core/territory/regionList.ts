/**
 * The regions a Partner "Regioni" cell names, as people write them: names or ISTAT codes separated by
 * commas, semicolons, slashes, new lines or " e " ("Puglia e Marche"), the usual short names
 * ("Friuli", "Trentino", "Emilia"), a code with its name ("16 Puglia"), and "*", "tutte" or "all" for
 * every region. Whatever is not understood is returned as written, so that nobody's access is widened
 * or narrowed without a word.
 */
import { REGIONS, regionFromText } from "./regions";

/** What a Regioni cell says: the regions recognised, and each piece of text that is not a region. */
export interface RegionList {
  codes: Set<string>;
  /** The pieces of the cell not recognised, trimmed, in the order written. */
  unrecognised: string[];
}

const EVERY_REGION = new Set(["*", "tutte", "tutte le regioni", "all", "all regions"]);

/** The separators between regions in a cell: , ; / new line, and the word "e" between two names. */
const SEPARATORS = /[,;/\n]|\s+e\s+/i;

/** One piece of a cell: its region code, or undefined when it names none. */
function regionOfPiece(piece: string): string | undefined {
  // Names, codes and the everyday short names (regions.ts, REGION_SHORT_NAMES).
  const direct = regionFromText(piece);
  if (direct) return direct;
  // "16 Puglia", "16 - Puglia": a code followed by its own region's name.
  const withCode = /^(\d{1,2})\s*[-–:.]?\s*(\D.*)$/.exec(piece);
  if (withCode) {
    const code = regionFromText(withCode[1]);
    if (code && regionOfPiece(withCode[2]) === code) return code;
  }
  return undefined;
}

/** Reads a Partner Regioni cell (already as text). */
export function parseRegionList(text: string): RegionList {
  const codes = new Set<string>();
  const unrecognised: string[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const piece = raw.trim();
    if (!piece) continue;
    if (EVERY_REGION.has(piece.toLowerCase())) {
      for (const r of REGIONS) codes.add(r.code);
      continue;
    }
    const code = regionOfPiece(piece);
    if (code) codes.add(code);
    else unrecognised.push(piece);
  }
  return { codes, unrecognised };
}
