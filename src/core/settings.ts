/**
 * The Impostazioni tab: scoring weights, areas per region, eligibility, interviews wanted per region,
 * regions in scope.
 */
import { cellText, yesNoOf, yesNoText } from "./cells";
import { UserError } from "./errors";
import { DEFAULT_WEIGHTS, type Weights } from "./scoring";
import { columnLetter, readTable } from "./table";
import { type RowOf, SETTINGS_COLUMNS, SHEETS } from "./tabs";
import { DEFAULT_REGIONS_IN_SCOPE, REGIONS } from "./territory/regions";

export interface Settings {
  weights: Weights;
  /** Areas per region in the Shortlist, and the N of Stabilità. */
  topN: number;
  /** `solo aree citate in D1`: positions only for areas named in D1 (docs/scoring.md). */
  onlyNamedInD1: boolean;
  /** `Obiettivo`: interviews wanted per region (the Riepilogo). */
  target: number;
  regionsInScope: string[];
  /** `solo interviste verificate`: scoring, Shortlist and Riepilogo count verified interviews only. */
  onlyVerified: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  weights: DEFAULT_WEIGHTS,
  topN: 3,
  onlyNamedInD1: true,
  target: 5,
  regionsInScope: [...DEFAULT_REGIONS_IN_SCOPE],
  onlyVerified: false,
};

/** The keys of the settings in the Chiave column. */
export const SETTING_KEYS = {
  criticality: "peso_criticita",
  interest: "peso_interesse",
  readiness: "peso_prontezza",
  topN: "aree_per_regione",
  onlyNamedInD1: "solo_aree_citate_d1",
  target: "obiettivo_interviste",
  onlyVerified: "solo_interviste_verificate",
} as const;

type SettingsRow = RowOf<typeof SETTINGS_COLUMNS>;

/** The rows setupSpreadsheet writes when a setting is missing. */
export function defaultSettingsRows(): SettingsRow[] {
  return [
    {
      key: "peso_criticita",
      name: "Peso criticità",
      value: 0.4,
      help: "Peso della criticità (C) nel punteggio",
    },
    {
      key: "peso_interesse",
      name: "Peso interesse",
      value: 0.4,
      help: "Peso dell'interesse (I) nel punteggio",
    },
    {
      key: "peso_prontezza",
      name: "Peso prontezza",
      value: 0.2,
      help: "Peso della prontezza (R) nel punteggio",
    },
    {
      key: "aree_per_regione",
      name: "Aree per regione",
      value: 3,
      help: "Quante aree per regione entrano nella Shortlist",
    },
    ...REGIONS.map((r) => ({
      key: `regione_${r.code}`,
      name: `Regione inclusa: ${r.name}`,
      value: yesNoText(!r.pilot),
      help: r.pilot ? "Regione con sito pilota (esclusa di norma)" : "Regione coinvolta nelle interviste",
    })),
    // New settings go last: sheets of earlier releases get them appended, and the weights stay in C2:C4.
    {
      key: SETTING_KEYS.onlyNamedInD1,
      name: "Solo aree citate in D1",
      value: yesNoText(true),
      help: "Sì: in classifica solo le aree indicate come più difficili (D1); No: tutte le aree citate",
    },
    {
      key: SETTING_KEYS.target,
      name: "Obiettivo interviste per regione",
      value: 5,
      help: "Quante interviste si vogliono per ogni regione (Riepilogo)",
    },
    {
      key: SETTING_KEYS.onlyVerified,
      name: "Solo interviste verificate",
      value: yesNoText(false),
      help: "Sì: punteggi, Shortlist, Riepilogo e Coordinatori contano solo le interviste con Verifica = Verificata; No: tutte",
    },
  ];
}

/**
 * Reads the settings from the tab's rows. A missing key takes its default; a bad value throws a
 * UserError naming the cell (`cellOf(index)` gives the address of a row's value cell).
 */
export function parseSettings(rows: readonly SettingsRow[], cellOf: (index: number) => string): Settings {
  const weights = { ...DEFAULT_WEIGHTS };
  let topN = DEFAULT_SETTINGS.topN;
  let onlyNamedInD1 = DEFAULT_SETTINGS.onlyNamedInD1;
  let target = DEFAULT_SETTINGS.target;
  let onlyVerified = DEFAULT_SETTINGS.onlyVerified;
  const scope = new Set(DEFAULT_SETTINGS.regionsInScope);
  rows.forEach((row, index) => {
    const key = cellText(row.key);
    const raw = row.value;
    const fail = (expected: string) => {
      throw new UserError("badSetting", {
        cell: cellOf(index),
        value: cellText(raw),
        name: cellText(row.name) || key,
        expected,
      });
    };
    const num = typeof raw === "number" ? raw : Number(cellText(raw).replace(",", "."));
    if (key === "peso_criticita" || key === "peso_interesse" || key === "peso_prontezza") {
      // Weights are relative: 0–1000 is room enough, and keeps sums far from overflowing (1e308).
      if (cellText(raw) === "" || !Number.isFinite(num) || num < 0 || num > 1000) fail("numero da 0 a 1000");
      if (key === "peso_criticita") weights.criticality = num;
      if (key === "peso_interesse") weights.interest = num;
      if (key === "peso_prontezza") weights.readiness = num;
    } else if (key === "aree_per_regione") {
      if (!Number.isInteger(num) || num < 1 || num > 50) fail("intero da 1 a 50");
      topN = num;
    } else if (key === SETTING_KEYS.onlyNamedInD1) {
      // A blank cell keeps the default (sì): turning the rule off takes an explicit "No".
      const yes = cellText(raw) === "" ? true : yesNoOf(raw);
      if (yes === undefined) fail("Sì / No");
      else onlyNamedInD1 = yes;
    } else if (key === SETTING_KEYS.onlyVerified) {
      // A blank cell keeps the default (no): restricting to verified interviews takes an explicit "Sì".
      const yes = yesNoOf(raw);
      if (yes === undefined) fail("Sì / No");
      else onlyVerified = yes;
    } else if (key === SETTING_KEYS.target) {
      if (cellText(raw) === "" || !Number.isInteger(num) || num < 1 || num > 1000) fail("intero da 1 a 1000");
      target = num;
    } else if (/^regione_\d{2}$/.test(key)) {
      const code = key.slice(8);
      const yes = yesNoOf(raw);
      if (yes === undefined) fail("Sì / No");
      else if (yes) scope.add(code);
      else scope.delete(code);
    }
  });
  if (weights.criticality + weights.interest + weights.readiness <= 0) {
    const index = rows.findIndex((r) => cellText(r.key) === "peso_criticita");
    throw new UserError("badSetting", {
      cell: cellOf(Math.max(0, index)),
      value: "0",
      name: "Pesi",
      expected: "almeno un peso > 0",
    });
  }
  return {
    weights,
    topN,
    onlyNamedInD1,
    target,
    regionsInScope: REGIONS.map((r) => r.code).filter((c) => scope.has(c)),
    onlyVerified,
  };
}

/** True when a range's first row has the Impostazioni headers Chiave and Valore (a settings table). */
export function isSettingsTable(values: unknown): values is unknown[][] {
  if (!Array.isArray(values) || !Array.isArray(values[0])) return false;
  const headers = (values[0] as unknown[]).map((h) => cellText(h).toLowerCase());
  return (
    headers.includes(SETTINGS_COLUMNS.key.header.toLowerCase()) &&
    headers.includes(SETTINGS_COLUMNS.value.header.toLowerCase())
  );
}

/**
 * The settings from the Impostazioni tab's values with their header row, as getValues returns them
 * (or as a custom function receives `Impostazioni!A:D`). Same rules as parseSettings; a bad value
 * throws a UserError naming its cell ("C7"), counted from the range's first cell at `origin`
 * (row and column, 1-based; the tab's A1 by default).
 */
export function settingsFromValues(
  values: readonly (readonly unknown[])[],
  origin: { row: number; column: number } = { row: 1, column: 1 },
): Settings {
  if (values.length === 0) return DEFAULT_SETTINGS;
  const { rows, rowNumbers, at } = readTable(
    values,
    SETTINGS_COLUMNS,
    SHEETS.settings,
    ["key", "value"],
    ["key", "name", "value"],
  );
  const column = columnLetter(origin.column + at.value);
  return parseSettings(rows, (index) => `${column}${origin.row - 1 + rowNumbers[index]}`);
}
