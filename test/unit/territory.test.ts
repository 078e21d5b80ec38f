import { describe, expect, it } from "vitest";
import { areaKey, strippedAreaName } from "../../src/core/territory/areaKey";
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

  it("strips ambito prefixes for areas that are not comuni", () => {
    expect(strippedAreaName("Ambito Territoriale Sociale di Bari Nord")).toBe("bari nord");
    expect(areaKey("16", "ATS Bari Nord")).toBe("name:bari nord");
    expect(areaKey("16", "Ambito territoriale Bari-Nord")).toBe("name:bari nord");
    expect(areaKey("16", "Distretto di Bari Nord")).toBe("name:bari nord");
  });

  it("matches comuni only within the region", () => {
    expect(areaKey("15", "Bari")).toBe("name:bari");
  });
});
