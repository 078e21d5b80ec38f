import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/core/errors";
import { DEFAULT_SETTINGS, defaultSettingsRows, settingsFromValues } from "../../src/core/settings";
import { areaScoresTable, rankingSettingsOf } from "../../src/core/sheetFunctions";
import { INTERVIEW_COLUMNS as I, SETTINGS_COLUMNS as S } from "../../src/core/tabs";

/** Impostazioni as getValues returns it after Prepara il foglio, with some values changed. */
function impostazioni(changes: Record<string, unknown> = {}): unknown[][] {
  return [
    [S.key.header, S.name.header, S.value.header, S.help.header],
    ...defaultSettingsRows().map((r) => [
      r.key,
      r.name,
      String(r.key) in changes ? changes[String(r.key)] : r.value,
      r.help,
    ]),
  ];
}
const rowOf = (values: unknown[][], key: string) => values.findIndex((r) => r[0] === key) + 1;

function userErrorOf(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (isUserError(e)) return { key: e.key, params: e.params };
    throw e;
  }
  throw new Error("no error");
}

describe("settings of eligibility and the target", () => {
  it("default to positions only for areas named in D1 and 5 interviews per region", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ onlyNamedInD1: true, target: 5, topN: 3 });
    const rows = defaultSettingsRows();
    expect(rows.find((r) => r.key === "solo_aree_citate_d1")).toMatchObject({
      name: "Solo aree citate in D1",
      value: "Sì",
    });
    expect(rows.find((r) => r.key === "obiettivo_interviste")).toMatchObject({ value: 5 });
    // The weights stay in C2:C4 and the areas per region in C5, as the README's formulas use them.
    expect(rows.slice(0, 4).map((r) => r.key)).toEqual([
      "peso_criticita",
      "peso_interesse",
      "peso_prontezza",
      "aree_per_regione",
    ]);
  });

  it("read from the Impostazioni values, Sì / No and a blank that keeps the default", () => {
    expect(settingsFromValues(impostazioni())).toEqual(DEFAULT_SETTINGS);
    const changed = settingsFromValues(
      impostazioni({ solo_aree_citate_d1: "no", obiettivo_interviste: 8, peso_prontezza: "0,4" }),
    );
    expect(changed).toMatchObject({
      onlyNamedInD1: false,
      target: 8,
      weights: { criticality: 0.4, interest: 0.4, readiness: 0.4 },
    });
    expect(settingsFromValues(impostazioni({ solo_aree_citate_d1: "" })).onlyNamedInD1).toBe(true);
    expect(settingsFromValues(impostazioni({ solo_aree_citate_d1: false })).onlyNamedInD1).toBe(false);
  });

  it("name a bad value by its cell, like the other settings", () => {
    const values = impostazioni({ solo_aree_citate_d1: "forse" });
    expect(userErrorOf(() => settingsFromValues(values))).toEqual({
      key: "badSetting",
      params: {
        cell: `C${rowOf(values, "solo_aree_citate_d1")}`,
        value: "forse",
        name: "Solo aree citate in D1",
        expected: "Sì / No",
      },
    });
    const target = impostazioni({ obiettivo_interviste: "tante" });
    expect(userErrorOf(() => settingsFromValues(target)).params).toMatchObject({
      cell: `C${rowOf(target, "obiettivo_interviste")}`,
      expected: "intero da 1 a 1000",
    });
  });

  it("find the value column by its header wherever it is, and count cells from the range's origin", () => {
    const moved = impostazioni({ obiettivo_interviste: 0 }).map((r) => [r[2], r[0], r[1], r[3]]);
    const row = rowOf(impostazioni(), "obiettivo_interviste");
    expect(userErrorOf(() => settingsFromValues(moved)).params.cell).toBe(`A${row}`);
    expect(userErrorOf(() => settingsFromValues(moved, { row: 3, column: 2 })).params.cell).toBe(
      `B${row + 2}`,
    );
  });
});

/** An Interviste range with its header: Puglia, Bari named in D1 twice, Lucera only in D3 and D4. */
const interviste = [
  [
    I.id.header,
    I.region.header,
    I.hardestAreaKind.header,
    I.hardestArea.header,
    I.evidence.header,
    I.causes.header,
    I.severity.header,
    I.authorityName.header,
    I.authorityArea.header,
    I.interest.header,
    I.protocolArea.header,
  ],
  [
    "INT-00001",
    "Puglia",
    "Comune",
    "Bari",
    "Dati statistici",
    "Casa, Lavoro",
    4,
    "Comune di Bari",
    "Bari",
    3,
    "Bari",
  ],
  ["INT-00002", "Puglia", "Ambito", "Foggia", "", "Lingua", 5, "Comune di Lucera", "Lucera", 5, "Lucera"],
  [
    "INT-00003",
    "Puglia",
    "Comune",
    "Bari",
    "Percezione",
    "Lavoro",
    2,
    "Comune di Lucera",
    "Lucera",
    5,
    "Lucera",
  ],
];
const table = (...args: unknown[]) =>
  (areaScoresTable as (...a: unknown[]) => unknown[][])(...args)
    .slice(1)
    .map((r) => [r[1], r[7]]);

describe("COEF_AREA_SCORES and Impostazioni: one ranking everywhere", () => {
  it("ranks only areas named in D1 by default; the others keep their scores with a blank position", () => {
    expect(table(interviste)).toEqual([
      ["Bari", 1],
      ["Foggia", 2], // the Ambito di Foggia (Q1 kind Ambito), not the comune
      ["Lucera", ""],
    ]);
  });

  it("follows Impostazioni passed as the weights argument (Impostazioni!A:D)", () => {
    expect(table(interviste, "", impostazioni({ solo_aree_citate_d1: "No" }))).toEqual([
      ["Lucera", 1],
      ["Bari", 2],
      ["Foggia", 3],
    ]);
    const onlyCriticality = impostazioni({ peso_interesse: 0, peso_prontezza: 0, solo_aree_citate_d1: "No" });
    expect(table(interviste, "", onlyCriticality)).toEqual([
      ["Bari", 1],
      ["Foggia", 2],
      ["Lucera", 3],
    ]);
  });

  it("uses the Impostazioni values the shell read when no weights are passed", () => {
    const off = impostazioni({ solo_aree_citate_d1: "No" });
    expect(table(interviste, "", "", off)).toEqual(table(interviste, "", off));
    expect(rankingSettingsOf(undefined, off)).toMatchObject({ onlyNamedInD1: false });
    // Weights passed as numbers win; eligibility still follows Impostazioni.
    expect(rankingSettingsOf([[1], [0], [0]], off)).toEqual({
      weights: { criticality: 1, interest: 0, readiness: 0 },
      onlyNamedInD1: false,
    });
    expect(rankingSettingsOf(undefined, undefined)).toMatchObject({ onlyNamedInD1: true });
  });

  it("names a bad Impostazioni cell in its error", () => {
    const bad = impostazioni({ peso_criticita: "tanto" });
    expect(userErrorOf(() => areaScoresTable(interviste, "", bad)).params).toMatchObject({ cell: "C2" });
  });
});
