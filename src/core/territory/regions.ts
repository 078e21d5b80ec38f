import { foldName } from "../text";

/** One of the 20 Italian regions, with its ISTAT code. */
export interface Region {
  code: string;
  name: string;
  /** Hosts a pilot site of the project, so it is out of scope of the interviews by default. */
  pilot: boolean;
}

/** The 20 regions in ISTAT order. */
export const REGIONS: readonly Region[] = [
  { code: "01", name: "Piemonte", pilot: true },
  { code: "02", name: "Valle d'Aosta", pilot: false },
  { code: "03", name: "Lombardia", pilot: false },
  { code: "04", name: "Trentino-Alto Adige", pilot: false },
  { code: "05", name: "Veneto", pilot: false },
  { code: "06", name: "Friuli-Venezia Giulia", pilot: true },
  { code: "07", name: "Liguria", pilot: false },
  { code: "08", name: "Emilia-Romagna", pilot: false },
  { code: "09", name: "Toscana", pilot: false },
  { code: "10", name: "Umbria", pilot: false },
  { code: "11", name: "Marche", pilot: false },
  { code: "12", name: "Lazio", pilot: true },
  { code: "13", name: "Abruzzo", pilot: false },
  { code: "14", name: "Molise", pilot: false },
  { code: "15", name: "Campania", pilot: false },
  { code: "16", name: "Puglia", pilot: false },
  { code: "17", name: "Basilicata", pilot: false },
  { code: "18", name: "Calabria", pilot: true },
  { code: "19", name: "Sicilia", pilot: true },
  { code: "20", name: "Sardegna", pilot: false },
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** Region codes in scope by default: the 15 regions that host no pilot site. */
export const DEFAULT_REGIONS_IN_SCOPE: readonly string[] = REGIONS.filter((r) => !r.pilot).map((r) => r.code);

/** The region with this ISTAT code, or undefined. */
export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/** The region's name, or the code itself when unknown. */
export function regionName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

/**
 * Reads a region from what a cell holds: its ISTAT code ("16", 16, "7") or its name in any case, with
 * or without accents, spaces or hyphens, with official bilingual suffixes ("Valle d'Aosta/Vallée
 * d'Aoste"), or one of the short names people use every day ("Friuli", "Trentino", "Alto Adige",
 * "Emilia", "Val d'Aosta": REGION_SHORT_NAMES).
 */
export function regionFromText(value: unknown): string | undefined {
  const key = String(value ?? "");
  if (!FROM_TEXT.has(key)) FROM_TEXT.set(key, readRegion(key));
  return FROM_TEXT.get(key);
}

/* Sheets repeat the same few region spellings on every row: read each spelling once. */
const FROM_TEXT = new Map<string, string | undefined>();

function readRegion(value: string): string | undefined {
  const text = value.trim();
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, "0");
    return BY_CODE.has(code) ? code : undefined;
  }
  const folded = foldName(text.split("/")[0]);
  if (!folded) return undefined;
  const compact = folded.replace(/ /g, "");
  return (
    REGIONS.find((r) => foldName(r.name).replace(/ /g, "") === compact)?.code ?? SHORT_NAMES.get(compact)
  );
}

/**
 * Everyday names of the regions whose official name is long or double: each names one region only.
 * Compared as the names are (case, accents, spaces, hyphens and apostrophes ignored).
 */
export const REGION_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  "02": ["Val d'Aosta", "Vallée d'Aoste", "Aosta"],
  "04": ["Trentino", "Alto Adige", "Südtirol", "Trentino-Alto Adige/Südtirol", "Trentino-Südtirol"],
  "06": ["Friuli", "Venezia Giulia", "Friuli Venezia-Giulia"],
  "08": ["Emilia", "Romagna"],
};

const SHORT_NAMES = new Map<string, string>(
  Object.entries(REGION_SHORT_NAMES).flatMap(([code, names]) =>
    names.map((n) => [foldName(n).replace(/ /g, ""), code] as [string, string]),
  ),
);

/** Region codes ordered by region name (Italian collation). */
export function byRegionName(a: string, b: string): number {
  return regionName(a).localeCompare(regionName(b), "it");
}
