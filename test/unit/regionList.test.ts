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
    expect(read("Puglia, Marchee, 16 Marche, 99")).toEqual({
      codes: ["16"],
      unrecognised: ["Marchee", "16 Marche", "99"],
    });
    expect(read("Emilia-Romagnaa")).toEqual({ codes: [], unrecognised: ["Emilia-Romagnaa"] });
  });

  it("reads * , tutte and all as every region", () => {
    for (const all of ["*", "Tutte", "tutte le regioni", "all"]) expect(read(all).codes).toHaveLength(20);
  });

  it("is what the write permission reads", () => {
    expect([...regionsOfCell("Puglia e Marche")].sort()).toEqual(["11", "16"]);
    expect([...regionsOfCell("Emilia Romagna, Friuli, Trentino")].sort()).toEqual(["04", "06", "08"]);
  });
});
