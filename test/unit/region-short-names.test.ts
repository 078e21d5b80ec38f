// Regions typed by the short names people use every day ("Friuli", "Trentino", "Emilia"), in any case,
// with or without accents and spaces; each short name names one region only, and no other text changes.
import { describe, expect, it } from "vitest";
import { REGION_SHORT_NAMES, REGIONS, regionFromText } from "../../src/core/territory/regions";
import { foldName } from "../../src/core/text";

describe("everyday region names", () => {
  it("are read as their region", () => {
    const cases: [string, string][] = [
      ["Friuli", "06"],
      [" friuli ", "06"],
      ["FRIULI", "06"],
      ["Venezia Giulia", "06"],
      ["Friuli Venezia-Giulia", "06"],
      ["Trentino", "04"],
      ["trentino ", "04"],
      ["Alto Adige", "04"],
      ["alto-adige", "04"],
      ["AltoAdige", "04"],
      ["Südtirol", "04"],
      ["sudtirol", "04"],
      ["Trentino-Alto Adige/Südtirol", "04"],
      ["Trentino Alto Adige Südtirol", "04"],
      ["Emilia", "08"],
      ["EMILIA", "08"],
      ["Romagna", "08"],
      ["Val d'Aosta", "02"],
      ["Vallée d'Aoste", "02"],
      ["val d aosta", "02"],
    ];
    for (const [text, code] of cases) expect([text, regionFromText(text)]).toEqual([text, code]);
  });

  it("leave the official names, codes and unknown texts as they were", () => {
    for (const r of REGIONS) expect(regionFromText(r.name)).toBe(r.code);
    expect(regionFromText("Emilia Romagna")).toBe("08");
    expect(regionFromText("16")).toBe("16");
    for (const text of ["", "Atlantide", "99", "Friuli Romagna", "Italia", "Veneto Giulia"])
      expect([text, regionFromText(text)]).toEqual([text, undefined]);
  });

  it("each name one region, never another region's name", () => {
    const seen = new Map<string, string>();
    const official = new Set(REGIONS.map((r) => foldName(r.name).replace(/ /g, "")));
    for (const [code, names] of Object.entries(REGION_SHORT_NAMES)) {
      expect(REGIONS.some((r) => r.code === code)).toBe(true);
      for (const name of names) {
        const key = foldName(name).replace(/ /g, "");
        expect(seen.get(key) ?? code).toBe(code);
        seen.set(key, code);
        expect(official.has(key) && regionFromText(name) !== code).toBe(false);
      }
    }
  });
});
