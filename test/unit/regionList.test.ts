import { describe, expect, it } from "vitest";
import { parseRegionList } from "../../src/core/territory/regionList";
import { regionsOfCell } from "../../src/server/access";

const read = (text: string) => {
  const list = parseRegionList(text);
  return { codes: [...list.codes].sort(), unrecognised: list.unrecognised };
};

describe("parseRegionList (a Partner Regioni cell)", () => {
  it("splits on , ; / new lines and the word «e»", () => {
    expect(read("Puglia e Marche")).toEqual({ codes: ["11", "16"], unrecognised: [] });
    expect(read("Puglia; Marche/Molise\nLazio, Sicilia")).toEqual({
      codes: ["11", "12", "14", "16", "19"],
      unrecognised: [],
    });
  });

  it("reads the usual short names, bilingual names and a code with its name", () => {
    expect(read("Emilia Romagna, Friuli, Trentino")).toEqual({ codes: ["04", "06", "08"], unrecognised: [] });
    expect(read("Valle d'Aosta/Vallée d'Aoste; Trentino-Alto Adige/Südtirol")).toEqual({
      codes: ["02", "04"],
      unrecognised: [],
    });
    expect(read("16 Puglia")).toEqual({ codes: ["16"], unrecognised: [] });
    expect(read("16 - Puglia, 11")).toEqual({ codes: ["11", "16"], unrecognised: [] });
  });

  it("returns every piece that names no region, as written, and never guesses", () => {
    // A cell read only in part grants nothing (not even its Puglia).
    expect(read("Puglia, Marchee, 16 Marche, 99")).toEqual({
      codes: [],
      unrecognised: ["Marchee", "16 Marche", "99"],
    });
    expect(read("Emilia-Romagnaa")).toEqual({ codes: [], unrecognised: ["Emilia-Romagnaa"] });
  });

  it("reads * , tutte and all as every region", () => {
    for (const all of ["*", "Tutte", "tutte le regioni", "all"]) expect(read(all).codes).toHaveLength(20);
  });

  it("grants nothing from a cell with any part not understood, and names that part", () => {
    expect(read("Tutte, tranne Puglia")).toEqual({ codes: [], unrecognised: ["Tutte", "tranne Puglia"] });
    expect(read("tutte, Marche")).toEqual({ codes: [], unrecognised: ["tutte"] });
    expect(read("-Puglia, Marche")).toEqual({ codes: [], unrecognised: ["-Puglia"] });
    expect(read("(Puglia)")).toEqual({ codes: [], unrecognised: ["(Puglia)"] });
    expect(read("Puglia?")).toEqual({ codes: [], unrecognised: ["Puglia?"] });
    expect(read("Marche, ma non Puglia")).toEqual({ codes: [], unrecognised: ["ma non Puglia"] });
    expect(read("Puglia. Marche")).toEqual({ codes: [], unrecognised: ["Puglia. Marche"] });
  });

  it("reads «16,5» (a decimal in Italian) as one piece not understood, and «16, 5» as two codes", () => {
    expect(read("16,5")).toEqual({ codes: [], unrecognised: ["16,5"] });
    expect(read("Marche, 16,5")).toEqual({ codes: [], unrecognised: ["16,5"] });
    expect(read("16, 5")).toEqual({ codes: ["05", "16"], unrecognised: [] });
    expect(read("16;5")).toEqual({ codes: ["05", "16"], unrecognised: [] });
    expect(read("16")).toEqual({ codes: ["16"], unrecognised: [] });
  });

  it("is what the write permission reads", () => {
    expect([...regionsOfCell("Puglia e Marche")].sort()).toEqual(["11", "16"]);
    expect([...regionsOfCell("Emilia Romagna, Friuli, Trentino")].sort()).toEqual(["04", "06", "08"]);
    expect(regionsOfCell("Tutte, tranne Puglia").size).toBe(0);
    // "16,5" typed in an Italian sheet becomes the number 16.5: not a list of codes either.
    expect(regionsOfCell(16.5).size).toBe(0);
    expect([...regionsOfCell(16)]).toEqual(["16"]);
  });
});
