/** The Impostazioni tab: scoring weights, areas per region, regions in scope. */
import { UserError } from "./errors";
import { cellText } from "./records";
import { DEFAULT_WEIGHTS, type Weights } from "./scoring";
import type { RowOf, SETTINGS_COLUMNS } from "./tabs";
import { DEFAULT_REGIONS_IN_SCOPE, REGIONS } from "./territory/regions";

export interface Settings {
  weights: Weights;
  topN: number;
  regionsInScope: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  weights: DEFAULT_WEIGHTS,
  topN: 3,
  regionsInScope: [...DEFAULT_REGIONS_IN_SCOPE],
};

type SettingsRow = RowOf<typeof SETTINGS_COLUMNS>;

const YES = ["si", "sì", "yes", "true", "vero", "1", "x"];
const NO = ["no", "false", "falso", "0", ""];

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
      name: `In ambito: ${r.name}`,
      value: r.pilot ? "No" : "Sì",
      help: r.pilot ? "Regione con sito pilota (esclusa di norma)" : "Regione coinvolta nelle interviste",
    })),
  ];
}

/**
 * Reads the settings from the tab's rows. A missing key takes its default; a bad value throws a
 * UserError naming the cell (`cellOf(index)` gives the address of a row's value cell).
 */
export function parseSettings(rows: readonly SettingsRow[], cellOf: (index: number) => string): Settings {
  const weights = { ...DEFAULT_WEIGHTS };
  let topN = DEFAULT_SETTINGS.topN;
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
      if (cellText(raw) === "" || !Number.isFinite(num) || num < 0) fail("numero ≥ 0");
      if (key === "peso_criticita") weights.criticality = num;
      if (key === "peso_interesse") weights.interest = num;
      if (key === "peso_prontezza") weights.readiness = num;
    } else if (key === "aree_per_regione") {
      if (!Number.isInteger(num) || num < 1 || num > 50) fail("intero da 1 a 50");
      topN = num;
    } else if (/^regione_\d{2}$/.test(key)) {
      const code = key.slice(8);
      const text = cellText(raw).toLowerCase();
      if (raw === true || YES.includes(text)) scope.add(code);
      else if (raw === false || NO.includes(text)) scope.delete(code);
      else fail("Sì / No");
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
  return { weights, topN, regionsInScope: REGIONS.map((r) => r.code).filter((c) => scope.has(c)) };
}
