import { describe, expect, it } from "vitest";
import { loadDemo } from "../../dev/demo.mjs";
import { computeSheet } from "../../dev/formulas.mjs";
import { interview, typeSetting } from "../fixtures";
import { type AddOn, loadAddOn, preparedAddOn } from "./addon";

/** Puglia: Bari named hardest twice, the Ambito di Foggia once, Lucera only as interested and protocol area. */
function seed(addOn: AddOn) {
  addOn.submitInterview(interview());
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "comune di bari" },
      interestedAuthority: { name: "Comune di Lucera", kind: "comune", area: "Lucera", interest: 5 },
      protocolArea: "Lucera",
    }),
  );
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "ambito", name: "ATS Foggia" },
      reasons: {
        evidence: ["testimonianze"],
        causes: ["lingua"],
        severity: 5,
        explanation: "Braccianti senza corsi di italiano nei borghi.",
      },
      interestedAuthority: { name: "Comune di Lucera", kind: "comune", area: "Lucera", interest: 5 },
      protocolArea: "Lucera",
    }),
  );
}

const puglia = (table: unknown[][]) =>
  table.filter((r) => r[0] === "Puglia").map((r) => [r[1], r[7]] as [unknown, unknown]);

describe("Prepara il foglio and the Ambiti tab", () => {
  it("creates Ambiti with its headers, each explained by a note", () => {
    const { emu, addOn } = loadAddOn();
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Ambiti")[0].slice(0, 4)).toEqual(["Regione", "Ambito", "Alias", "Comuni"]);
    const notes = [...(emu.sheetData("Ambiti").notes as Map<string, string>).values()];
    expect(notes.filter((n) => /separati da punto e virgola/.test(n))).toHaveLength(2);
    // Idempotent: a second run keeps one header row and the typed rows.
    emu.typeInto("Ambiti", "A2", "Puglia");
    emu.typeInto("Ambiti", "B2", "Ambito territoriale di Foggia");
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Ambiti")[1].slice(0, 2)).toEqual(["Puglia", "Ambito territoriale di Foggia"]);
  });
});

describe("getAreaSuggestions", () => {
  it("returns the areas named in the region, the declared Ambiti and the region's comuni", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }));
    emu.typeInto("Ambiti", "A2", "Puglia");
    emu.typeInto("Ambiti", "B2", "Ambito territoriale di Foggia");
    emu.typeInto("Ambiti", "C2", "ATS Foggia; Distretto di Foggia");
    emu.typeInto("Ambiti", "A3", "Puglia");
    emu.typeInto("Ambiti", "B3", "Ambito territoriale di Lecce");
    const suggestions = emu.asCustomFunction(() => addOn.getAreaSuggestions("16")) as {
      name: string;
      kind: string;
      source: string;
    }[];
    const named = suggestions.filter((s) => s.source === "named");
    expect(named.map((s) => s.name)).toEqual(["Bari", "Lucera", "Ambito territoriale di Foggia"]);
    expect(named.find((s) => s.name === "Ambito territoriale di Foggia")?.kind).toBe("ambito");
    expect(suggestions.filter((s) => s.source === "declared").map((s) => s.name)).toEqual([
      "Ambito territoriale di Lecce",
    ]);
    const comuni = suggestions.filter((s) => s.source === "comune").map((s) => s.name);
    expect(comuni).toContain("Foggia");
    expect(comuni).not.toContain("Bari");
    expect(comuni).not.toContain("Ancona");
    // Plain objects only: google.script.run carries them as they are.
    expect(JSON.parse(JSON.stringify(suggestions))).toEqual(suggestions);
  });

  it("gives the comuni alone on a sheet with no interviews, and nothing for an unknown region", () => {
    const { addOn } = preparedAddOn();
    const suggestions = addOn.getAreaSuggestions("11");
    expect(suggestions.length).toBeGreaterThan(100);
    expect(suggestions.every((s: { source: string }) => s.source === "comune")).toBe(true);
    expect(addOn.getAreaSuggestions("99")).toEqual([]);
  });
});

describe("COEF_AREA_SCORES without a weights range follows Impostazioni", () => {
  it("uses Impostazioni's weights and `solo aree citate in D1`, as Sheets runs it (R8)", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const run = () =>
      emu.asCustomFunction(() =>
        addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste"), emu.valuesOf("Contatti")),
      ) as unknown[][];
    const withRange = () =>
      emu.asCustomFunction(() =>
        addOn.COEF_AREA_SCORES(
          emu.valuesOf("Interviste"),
          emu.valuesOf("Contatti"),
          emu.valuesOf("Impostazioni"),
        ),
      ) as unknown[][];
    // Lucera is named only in D3 and D4: scored, not ranked.
    expect(puglia(run())).toEqual([
      ["Bari", 1],
      ["ATS Foggia", 2],
      ["Lucera", ""],
    ]);
    // Interest alone: Lucera (interest 5 twice) would lead, but eligibility still keeps it out.
    typeSetting(emu, "peso_criticita", "0");
    typeSetting(emu, "peso_prontezza", "0");
    expect(run()).toEqual(withRange());
    const lucera = run().find((r) => r[1] === "Lucera") as unknown[];
    expect(lucera[6]).toBeCloseTo(lucera[4] as number, 9);
    typeSetting(emu, "solo_aree_citate_d1", "No");
    expect(puglia(run())[0]).toEqual(["Lucera", 1]);
    expect(run()).toEqual(withRange());
  });

  it("merges the mentions of an Ambito declared in the Ambiti tab", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    emu.typeInto("Ambiti", "A2", "Puglia");
    emu.typeInto("Ambiti", "B2", "Ambito territoriale di Foggia");
    emu.typeInto("Ambiti", "C2", "ATS Foggia");
    const table = emu.asCustomFunction(() =>
      addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste")),
    ) as unknown[][];
    expect(puglia(table).map((r) => r[0])).toContain("Ambito territoriale di Foggia");
  });

  it("gives the Shortlist's ranking on the demo data, and the demo's Punteggi formula shows it", () => {
    const { emu } = loadAddOn();
    loadDemo(emu);
    const addOn = emu.loadBundle();
    addOn.generateShortlist();
    const shortlist = new Set(
      emu
        .recordsOf("Shortlist")
        .filter((r) => r.Posizione !== "")
        .map((r) => `${r.Regione}|${r.Area}|${r.Posizione}`),
    );
    expect(shortlist.size).toBeGreaterThan(10);
    const table = emu.asCustomFunction(() =>
      addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste"), emu.valuesOf("Contatti")),
    ) as unknown[][];
    const ranked = new Set(table.slice(1).map((r) => `${r[0]}|${r[1]}|${r[7]}`));
    for (const line of shortlist) expect(ranked).toContain(line);
    // The preview computes the demo's Punteggi formula (with Impostazioni!A:D) to the same table.
    const cells = computeSheet(emu, addOn, "Punteggi");
    expect(cells.get("0,0")?.error).toBeUndefined();
    const previewRows = table
      .slice(1)
      .map((_, i) => [cells.get(`${i + 1},1`)?.value, cells.get(`${i + 1},7`)?.value]);
    expect(previewRows).toEqual(table.slice(1).map((r) => [r[1], r[7]]));
  });
});
