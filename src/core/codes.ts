/**
 * The coded answers of the interview: codes (stable, used in code and data exchange), their labels
 * (Italian in the sheet, Italian or English in the form) and their weights. One table per code list,
 * so a label or a weight is defined exactly once.
 */

export type Lang = "it" | "en";

interface CodeInfo {
  it: string;
  en: string;
  weight?: number;
}

export const EVIDENCE = {
  dati_statistici: { it: "Dati statistici", en: "Statistical data", weight: 1.0 },
  dati_servizi: { it: "Dati dei servizi", en: "Service data", weight: 1.0 },
  studi_rapporti: { it: "Studi e rapporti", en: "Studies and reports", weight: 0.9 },
  esperienza_diretta: { it: "Esperienza diretta", en: "Direct experience", weight: 0.8 },
  testimonianze: { it: "Testimonianze", en: "Testimonies", weight: 0.6 },
  percezione: { it: "Percezione", en: "Perception", weight: 0.5 },
} as const satisfies Record<string, CodeInfo>;

export const CAUSES = {
  lavoro: { it: "Lavoro", en: "Work" },
  casa: { it: "Casa", en: "Housing" },
  lingua: { it: "Lingua", en: "Language" },
  documenti: { it: "Documenti", en: "Documents" },
  servizi: { it: "Servizi", en: "Services" },
  coordinamento: { it: "Coordinamento", en: "Coordination" },
  discriminazione: { it: "Discriminazione", en: "Discrimination" },
  trasporti: { it: "Trasporti", en: "Transport" },
  formazione: { it: "Formazione", en: "Training" },
  altro: { it: "Altro", en: "Other" },
} as const satisfies Record<string, CodeInfo>;

export const AUTHORITY_KINDS = {
  comune: { it: "Comune", en: "Municipality" },
  ambito: { it: "Ambito territoriale", en: "Social district" },
  unione_comuni: { it: "Unione di comuni", en: "Union of municipalities" },
  consorzio: { it: "Consorzio", en: "Consortium" },
  asl: { it: "ASL", en: "Local health authority" },
  regione: { it: "Regione", en: "Region" },
  prefettura: { it: "Prefettura", en: "Prefecture" },
  terzo_settore: { it: "Terzo settore", en: "Third sector" },
  altro: { it: "Altro", en: "Other" },
} as const satisfies Record<string, CodeInfo>;

export const DECISION_LEVELS = {
  politico: { it: "Politico", en: "Political", weight: 1.0 },
  dirigente: { it: "Dirigente", en: "Manager", weight: 0.8 },
  tecnico: { it: "Tecnico", en: "Technical", weight: 0.5 },
  altro: { it: "Altro", en: "Other", weight: 0.3 },
} as const satisfies Record<string, CodeInfo>;

export const AREA_KINDS = {
  comune: { it: "Comune", en: "Municipality" },
  ambito: { it: "Ambito", en: "District" },
  altro: { it: "Altro", en: "Other" },
} as const satisfies Record<string, CodeInfo>;

export type Evidence = keyof typeof EVIDENCE;
export type Cause = keyof typeof CAUSES;
export type AuthorityKind = keyof typeof AUTHORITY_KINDS;
export type DecisionLevel = keyof typeof DECISION_LEVELS;
export type AreaKind = keyof typeof AREA_KINDS;

/** The codes of a code list, in their defined order. */
export function codesOf<T extends Record<string, CodeInfo>>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

/** The label of a code in the given language (the code itself when it is unknown). */
export function labelOf<T extends Record<string, CodeInfo>>(
  table: T,
  code: string,
  lang: Lang = "it",
): string {
  const info = (table as Record<string, CodeInfo>)[code];
  return info ? info[lang] : code;
}

function foldLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Reads a code back from what a cell holds: the code itself or its Italian or English label, in any
 * case and with or without accents. Returns undefined when nothing matches.
 */
export function codeFromLabel<T extends Record<string, CodeInfo>>(
  table: T,
  text: unknown,
): (keyof T & string) | undefined {
  let lookup = LOOKUPS.get(table);
  if (!lookup) {
    lookup = new Map();
    for (const code of Object.keys(table)) {
      const info = (table as Record<string, CodeInfo>)[code];
      for (const form of [info.en, info.it, code]) {
        lookup.set(foldLabel(form), code);
        lookup.set(form, code);
      }
    }
    LOOKUPS.set(table, lookup);
  }
  const raw = String(text ?? "");
  const exact = lookup.get(raw);
  if (exact !== undefined) return (exact || undefined) as (keyof T & string) | undefined;
  const found = lookup.get(foldLabel(raw)) ?? "";
  // Remember this spelling too (misses as ""), within a bound: cells repeat the same few spellings.
  if (lookup.size < 5_000) lookup.set(raw, found);
  return (found || undefined) as (keyof T & string) | undefined;
}

/* Folded label → code, built once per table: reading a sheet looks up labels on every row. */
const LOOKUPS = new WeakMap<object, Map<string, string>>();

/** Evidence factor of an interview: the highest weight among its evidence codes, 0.5 when none. */
export function evidenceFactor(evidence: readonly Evidence[]): number {
  let best = 0;
  for (const code of evidence) best = Math.max(best, EVIDENCE[code].weight);
  return best > 0 ? best : 0.5;
}

/** Weight of a decision level in readiness. */
export function decisionWeight(level: DecisionLevel): number {
  return DECISION_LEVELS[level].weight;
}

/** Follow-up states of a Shortlist row; the first is the default. */
export const FOLLOW_UP_STATES = [
  "Da contattare",
  "Contattato",
  "Incontro fissato",
  "Protocollo firmato",
  "Non interessato",
] as const;
