// The custom functions as Sheets calls them: whole columns, numbers typed as text, Impostazioni, errors.
import { describe, expect, it } from "vitest";
import { interview, seedPugliaAndMarche } from "../fixtures";
import { type Emulator, preparedAddOn } from "./addon";

/** A whole-column range as Sheets passes it: the header, the rows, then blank rows up to the sheet's end. */
function wholeColumns(emu: Emulator, name: string, width: number) {
  const values = emu.valuesOf(name) as unknown[][];
  const padded = values.map((row) =>
    [...row, ...Array(Math.max(0, width - row.length)).fill("")].slice(0, width),
  );
  while (padded.length < 200) padded.push(Array(width).fill(""));
  return padded;
}

describe("custom functions called as Sheets calls them", () => {
  it("COEF_AREA_SCORES returns the table from whole columns with blank rows", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    const table = addOn.COEF_AREA_SCORES(
      wholeColumns(emu, "Interviste", 52),
      wholeColumns(emu, "Contatti", 26),
    );
    expect(table[0]).toEqual([
      "Regione",
      "Area",
      "Interviste",
      "Criticità",
      "Interesse",
      "Prontezza",
      "Punteggio",
      "Posizione",
    ]);
    const rows = table.slice(1).map((r: unknown[]) => [r[0], r[1], r[2], r[7]]);
    expect(rows).toEqual([
      ["Marche", "ATS 11 Ancona", 1, 1],
      ["Puglia", "Bari", 2, 1],
      ["Puglia", "Foggia", 2, 2],
    ]);
    const bari = table.find((r: unknown[]) => r[1] === "Bari");
    expect(bari[3]).toBeCloseTo((100 * (0.8 * 1.0 + 0.4 * 0.6)) / 3, 9);
    expect(bari[5]).toBeCloseTo(40, 9); // Anna Verdi named twice counts once, at her highest level (0.8 / 2)
  });

  it("COEF_AREA_SCORES without contacts leaves Prontezza blank and rescales the weights", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    const table = addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste"));
    const bari = table.find((r: unknown[]) => r[1] === "Bari");
    expect(bari[5]).toBe("");
    expect(bari[6]).toBeCloseTo((bari[3] + bari[4]) / 2, 9);
  });

  it("COEF_AREA_SCORES reads numbers typed as text and skips rows with bad values", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    const values = emu.valuesOf("Interviste") as unknown[][];
    const severity = values[0].indexOf("D2 Gravità");
    values[2][severity] = "5";
    values[3][severity] = "molto";
    const table = addOn.COEF_AREA_SCORES(values);
    expect(table.find((r: unknown[]) => r[1] === "Foggia")[2]).toBe(1);
  });

  it("COEF_AREA_SCORES follows Impostazioni passed as its third argument (Impostazioni!A:D)", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    addOn.submitInterview(
      interview({
        hardestArea: { kind: "ambito", name: "Ambito di Foggia" },
        interestedAuthority: { name: "Comune di Lucera", kind: "comune", area: "Lucera", interest: 5 },
        protocolArea: "Lucera",
      }),
    );
    const positions = () =>
      addOn
        .COEF_AREA_SCORES(emu.valuesOf("Interviste"), emu.valuesOf("Contatti"), emu.valuesOf("Impostazioni"))
        .filter((r: unknown[]) => r[0] === "Puglia")
        .map((r: unknown[]) => [r[1], r[7]]);
    expect(positions()).toEqual([
      ["Bari", 1],
      ["Foggia", 2],
      ["Ambito di Foggia", 3],
      ["Lucera", ""],
    ]);
    const settings = emu.valuesOf("Impostazioni") as unknown[][];
    const row = settings.findIndex((r) => r[0] === "solo_aree_citate_d1") + 1;
    emu.typeInto("Impostazioni", `C${row}`, "No");
    expect(positions().map((p: unknown[]) => p[1])).toEqual([1, 2, 3, 4]);
  });

  it("COEF_AREA_SCORES names a missing header in its error", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    const values = (emu.valuesOf("Interviste") as unknown[][]).map((r) => r.slice(1));
    expect(() => addOn.COEF_AREA_SCORES(values)).toThrow(
      'COEF_AREA_SCORES: Nella scheda "Interviste" manca la colonna "ID".',
    );
  });

  it("COEF_AREA_SCORES says so when Contatti is passed where Interviste is expected, not 'Prepara il foglio'", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    const contacts = emu.valuesOf("Contatti");
    const interviews = emu.valuesOf("Interviste");
    expect(() => addOn.COEF_AREA_SCORES(contacts, interviews)).toThrow(
      "COEF_AREA_SCORES: il 1° argomento (interviste) deve venire dalla scheda Interviste, ma questo intervallo è della scheda Contatti.",
    );
    expect(() => addOn.COEF_AREA_SCORES(interviews, interviews)).toThrow(
      /2° argomento \(contatti\) .* scheda Contatti/,
    );
  });

  it("COEF_SCORE, COEF_RANK and COEF_NORMALIZE work on ranges from the sheet", () => {
    const { addOn } = preparedAddOn();
    expect(addOn.COEF_SCORE([[50], ["100"], [""]], [[50], [80], [10]], [[0], [100], [10]])).toEqual([
      [40],
      [92],
      [""],
    ]);
    expect(addOn.COEF_RANK([[10], [30], [30], [""], [5]])).toEqual([[3], [1], [1], [""], [4]]);
    expect(addOn.COEF_NORMALIZE([[10], [20], [30]], "minmax", -1)).toEqual([[100], [50], [0]]);
    expect(() => addOn.COEF_SCORE([[1], [2]], [[1], [2], [3]], 1)).toThrow(/^COEF_SCORE: /);
    expect(() => addOn.COEF_NORMALIZE([[1]], "media")).toThrow('COEF_NORMALIZE: metodo "media" sconosciuto');
  });
});
