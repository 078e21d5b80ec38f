/**
 * The regions a Partner "Regioni" cell names, as people write them: names or ISTAT codes separated by
 * commas, semicolons, slashes, new lines or " e " ("Puglia e Marche"), the usual short names
 * ("Friuli", "Trentino", "Emilia"), a code with its name ("16 Puglia"), and "*", "tutte" or "all" alone
 * for every region.
 *
 * A cell grants only when every part of it is understood. Any part that is not (a word such as
 * "tranne", a leading "-", a "?", parentheses, "tutte" next to anything else) makes the whole cell
 * grant nothing, and the parts not understood are returned as written so that the refusal and
 * Verifica installazione can name them. Two digits joined by a comma with no space ("16,5") are read
 * as one piece, because that is how a decimal number is written in Italian: such a piece is not
 * understood either (write "16, 5" or the names for a list of codes).
 */
import { REGIONS, regionFromText } from "./regions";

/** What a Regioni cell says: the regions it grants, and each piece of text that is not understood. */
export interface RegionList {
  /** Empty whenever `unrecognised` is not: a cell read only in part grants nothing. */
  codes: Set<string>;
  /** The pieces of the cell not understood, trimmed, in the order written. */
  unrecognised: string[];
}

const EVERY_REGION = new Set(["*", "tutte", "tutte le regioni", "all", "all regions"]);

/**
 * The separators between regions in a cell: ; / new line, the word "e" between two names, and a comma
 * unless it stands between two digits ("16,5" stays one piece).
 */
const SEPARATORS = /(?<!\d),|,(?!\d)|[;/\n]|\s+e\s+/i;

/** A region's name as written: letters, with spaces, apostrophes and hyphens only between them. */
const NAME_SHAPE = /^\p{L}(?:[\p{L} '’-]*\p{L})?$/u;

/** One piece of a cell: its region code, or undefined when it names none. */
function regionOfPiece(piece: string): string | undefined {
  if (/^\d{1,2}$/.test(piece)) return regionFromText(piece);
  // "16 Puglia", "16 - Puglia": a code followed by its own region's name.
  const withCode = /^(\d{1,2})\s*[-–:.]?\s*(\D.*)$/.exec(piece);
  if (withCode) {
    const code = regionFromText(withCode[1]);
    return code && regionOfPiece(withCode[2]) === code ? code : undefined;
  }
  // Names and the everyday short names (regions.ts, REGION_SHORT_NAMES); "(Puglia)", "Puglia?" and
  // "-Puglia" are not names, even though the letters inside are.
  return NAME_SHAPE.test(piece) ? regionFromText(piece) : undefined;
}

/** Reads a Partner Regioni cell (already as text). */
export function parseRegionList(text: string): RegionList {
  const pieces = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p);
  if (pieces.length === 1 && EVERY_REGION.has(pieces[0].toLowerCase()))
    return { codes: new Set(REGIONS.map((r) => r.code)), unrecognised: [] };
  const codes = new Set<string>();
  const unrecognised: string[] = [];
  for (const piece of pieces) {
    // "Tutte, tranne Puglia", "tutte, Marche": "every region" next to anything else is not understood.
    const code = EVERY_REGION.has(piece.toLowerCase()) ? undefined : regionOfPiece(piece);
    if (code) codes.add(code);
    else unrecognised.push(piece);
  }
  return unrecognised.length > 0 ? { codes: new Set(), unrecognised } : { codes, unrecognised };
}
