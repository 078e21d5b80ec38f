import { describe, expect, it } from "vitest";
import {
  areaIdentity,
  areaKey,
  areaKindOfKey,
  areaSuggestions,
  type DeclaredAmbito,
  indexAmbiti,
  strippedAreaName,
} from "../../src/core/territory/areaKey";
import { comuniDataset, comuniOf, findComuneByName } from "../../src/core/territory/comuni";
import { DEFAULT_REGIONS_IN_SCOPE, REGIONS, regionFromText } from "../../src/core/territory/regions";
import { foldName } from "../../src/core/text";

describe("regions", () => {
  it("lists the 20 regions with 15 in scope, all but the five pilot regions", () => {
    expect(REGIONS).toHaveLength(20);
    expect(DEFAULT_REGIONS_IN_SCOPE).toHaveLength(15);
    for (const code of ["01", "06", "12", "18", "19"]) expect(DEFAULT_REGIONS_IN_SCOPE).not.toContain(code);
  });

  it("reads a region from a code, a number or a name", () => {
    expect(regionFromText("16")).toBe("16");
    expect(regionFromText(7)).toBe("07");
    expect(regionFromText("valle d'aosta/Vallée d'Aoste")).toBe("02");
    expect(regionFromText("Emilia Romagna")).toBe("08");
    expect(regionFromText("Padania")).toBeUndefined();
  });
});

describe("comuni", () => {
  it("ships the ISTAT list with its date", () => {
    expect(comuniDataset.count).toBeGreaterThan(7800);
    expect(comuniDataset.date).toBe("2024");
  });

  it("finds comuni of a region with their 6-digit codes, sorted by name", () => {
    const puglia = comuniOf("16");
    expect(puglia.find((c) => c.name === "Bari")).toEqual({ code: "072006", name: "Bari", province: "BA" });
    const names = puglia.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "it")));
    expect(findComuneByName("12", "roma")?.code).toBe("058091");
    expect(findComuneByName("16", "Roma")).toBeUndefined();
  });
});

describe("area keys", () => {
  it("folds case, accents, punctuation and spaces", () => {
    expect(foldName("  Città   di  CASTELLO! ")).toBe("citta di castello");
  });

  it("merges Comune di Bari, bari and BARI into the ISTAT code of Bari", () => {
    const keys = ["Comune di Bari", "bari", "BARI ", "Città di Bari"].map((n) => areaKey("16", n));
    expect(new Set(keys)).toEqual(new Set(["istat:072006"]));
  });

  it("keeps Città di Castello itself", () => {
    expect(areaKey("10", "Città di Castello")).toBe("istat:054013");
  });

  it("uses the ISTAT code given by Q1", () => {
    expect(areaKey("16", "il capoluogo", "072006")).toBe("istat:072006");
  });

  it("keys an Ambito apart, whatever prefix names it", () => {
    expect(strippedAreaName("Ambito Territoriale Sociale di Bari Nord")).toBe("bari nord");
    for (const name of [
      "ATS Bari Nord",
      "Ambito territoriale Bari-Nord",
      "Distretto di Bari Nord",
      "Distretto sociale Bari Nord",
      "Zona sociale di Bari Nord",
    ])
      expect(areaIdentity("16", name)).toEqual({ key: "ambito:bari nord", kind: "ambito" });
  });

  it("never merges an Ambito into the comune of the same name", () => {
    expect(areaKey("16", "Ambito di Foggia")).toBe("ambito:foggia");
    expect(areaKey("16", "Foggia")).toBe("istat:071024");
    expect(areaKey("16", "Comune di Foggia")).toBe("istat:071024");
    // Q1's kind decides even when the text is only the comune's name.
    expect(areaIdentity("16", "Foggia", { kind: "ambito" })).toEqual({
      key: "ambito:foggia",
      kind: "ambito",
    });
    expect(areaIdentity("16", "Foggia", { kind: "ambito", istatCode: "071024" }).key).toBe("ambito:foggia");
  });

  it("keys other places by their stripped name", () => {
    expect(areaIdentity("16", "Valle d'Itria")).toEqual({ key: "name:valle d itria", kind: "altro" });
    expect(areaKindOfKey("istat:072006")).toBe("comune");
    expect(areaKindOfKey("ambito:foggia")).toBe("ambito");
    expect(areaKindOfKey("name:valle d itria")).toBe("altro");
  });

  it("gathers a declared Ambito's name and aliases under its key, in its region only", () => {
    const murgia: DeclaredAmbito = {
      region: "16",
      key: "ambito:murgia",
      name: "Ambito Murgia",
      aliases: ["ATS BA4", "Alta Murgia"],
      comuni: ["Altamura", "Gravina in Puglia"],
    };
    const ambiti = indexAmbiti([murgia]);
    for (const name of ["Ambito Murgia", "ats ba4", "Distretto Alta Murgia", "ATS Murgia"])
      expect(areaIdentity("16", name, { ambiti })).toEqual({
        key: "ambito:murgia",
        kind: "ambito",
        declared: murgia,
      });
    // A mention without an Ambito prefix finds the declared name too, unless it is a comune.
    expect(areaIdentity("16", "Alta Murgia", { ambiti }).key).toBe("ambito:murgia");
    expect(areaIdentity("16", "Altamura", { ambiti }).key).toBe("istat:072004");
    expect(areaIdentity("15", "ATS BA4", { ambiti }).key).toBe("ambito:ba4");
  });

  it("matches comuni only within the region", () => {
    expect(areaKey("15", "Bari")).toBe("name:bari");
  });
});

describe("area suggestions for the form (D1, D3, D4)", () => {
  it("offers the areas named in the region first, then declared Ambiti, then the comuni", () => {
    const ambiti = indexAmbiti([
      { region: "16", key: "ambito:murgia", name: "Ambito Murgia", aliases: ["ATS BA4"], comuni: [] },
      { region: "16", key: "ambito:foggia", name: "Ambito di Foggia", aliases: [], comuni: ["Foggia"] },
    ]);
    const suggestions = areaSuggestions(
      "16",
      ["Comune di Bari", "BARI", "ATS BA4", "Bari", "Valle d'Itria", "", "Ambito di Foggia"],
      ambiti,
    );
    expect(suggestions.slice(0, 5)).toEqual([
      { name: "Bari", kind: "comune", source: "named" },
      { name: "Ambito di Foggia", kind: "ambito", source: "named" },
      { name: "Ambito Murgia", kind: "ambito", source: "named" },
      { name: "Valle d'Itria", kind: "altro", source: "named" },
      { name: "Accadia", kind: "comune", source: "comune" },
    ]);
    const comuni = suggestions.filter((s) => s.source === "comune").map((s) => s.name);
    expect(comuni).toContain("Foggia"); // the comune is not the Ambito di Foggia
    expect(comuni).not.toContain("Bari");
    expect(comuni).toHaveLength(comuniOf("16").length - 1);
  });

  it("offers declared Ambiti not yet named", () => {
    const ambiti = indexAmbiti([
      { region: "11", key: "ambito:11 ancona", name: "ATS 11 Ancona", aliases: [], comuni: [] },
    ]);
    expect(areaSuggestions("11", [], ambiti)[0]).toEqual({
      name: "ATS 11 Ancona",
      kind: "ambito",
      source: "declared",
    });
  });
});
