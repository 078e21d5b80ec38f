/**
 * The optional `Ambiti` tab (docs/scoring.md): staff declare an Ambito of a region, its other names and its
 * comuni, so that "ATS 11", "Ambito territoriale 11 Ancona" and "Ambito di Ancona" count as one area
 * and the area shows the declared name.
 */
import { cellText } from "./cells";
import { columnLetter, readTable } from "./table";
import { AMBITI_COLUMNS, SHEETS } from "./tabs";
import { type AmbitiIndex, type DeclaredAmbito, indexAmbiti, strippedAreaName } from "./territory/areaKey";
import { regionFromText } from "./territory/regions";
import { foldName } from "./text";

/** Splits a cell listing names separated by ";" (also new lines), trimmed, blanks and repeats dropped. */
function listOf(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const piece of cellText(value).split(/[;\n]/)) {
    const name = piece.trim();
    const folded = foldName(name);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    out.push(name);
  }
  return out;
}

/** The declared Ambiti, and the rows that could not be read (a region the add-on does not know). */
export interface ParsedAmbiti {
  ambiti: DeclaredAmbito[];
  /** Rows skipped, as "Ambiti!A7" addresses of their Regione cell. */
  skipped: string[];
}

/**
 * Reads the `Ambiti` tab's values (with their header row; `Regione` and `Ambito` required, `Alias` and
 * `Comuni` optional). Blank rows and rows without a name are ignored; rows with an unknown region are
 * skipped and listed. An Ambito declared twice in a region (same stripped name) is one, with the
 * aliases and comuni of both rows.
 */
export function parseAmbiti(values: readonly (readonly unknown[])[]): ParsedAmbiti {
  if (values.length === 0) return { ambiti: [], skipped: [] };
  const { rows, rowNumbers, at } = readTable(values, AMBITI_COLUMNS, SHEETS.ambiti, ["region", "name"]);
  const ambiti: DeclaredAmbito[] = [];
  const byKey = new Map<string, DeclaredAmbito>();
  const skipped: string[] = [];
  rows.forEach((row, index) => {
    const name = cellText(row.name);
    if (!foldName(name)) return;
    const region = regionFromText(row.region);
    if (!region) {
      skipped.push(`${SHEETS.ambiti}!${columnLetter(at.region + 1)}${rowNumbers[index]}`);
      return;
    }
    const key = `ambito:${strippedAreaName(name)}`;
    const known = byKey.get(`${region}|${key}`);
    if (known) {
      known.aliases = mergeLists(known.aliases, listOf(row.aliases));
      known.comuni = mergeLists(known.comuni, listOf(row.comuni));
      return;
    }
    const ambito: DeclaredAmbito = {
      region,
      key,
      name,
      aliases: listOf(row.aliases),
      comuni: listOf(row.comuni),
    };
    byKey.set(`${region}|${key}`, ambito);
    ambiti.push(ambito);
  });
  return { ambiti, skipped };
}

/** The declared Ambiti of the tab's values, indexed for scoring (see areaIdentity). */
export function ambitiIndexOf(values: readonly (readonly unknown[])[] | null | undefined): AmbitiIndex {
  return indexAmbiti(values ? parseAmbiti(values).ambiti : []);
}

function mergeLists(a: string[], b: string[]): string[] {
  const seen = new Set(a.map(foldName));
  return [...a, ...b.filter((x) => !seen.has(foldName(x)))];
}
