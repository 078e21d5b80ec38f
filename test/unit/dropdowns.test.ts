// The staff's dropdown values: the add-on's list first, then the other values held, with their cells.
import { describe, expect, it } from "vitest";
import { columnChoices, keptChoices } from "../../src/core/dropdowns";

describe("the staff's dropdown values", () => {
  it("offers the add-on's list, then the other values held, and names their cells", () => {
    const rows = [{ Stato: "Da contattare" }, { Stato: "In attesa" }, { Stato: "" }, { Stato: "In attesa" }];
    expect(keptChoices(["Da contattare", "Contattato"], ["Nome", "Stato"], rows, "Stato")).toEqual({
      values: ["Da contattare", "Contattato", "In attesa"],
      outside: ["B3", "B5"],
    });
  });

  it("a column read from a tab: numbers as text, blanks ignored, rows named", () => {
    expect(columnChoices(["1", "2"], [1, "", "3", 2, " 3 "])).toEqual({
      values: ["1", "2", "3"],
      outsideRows: [4, 6],
    });
  });
});
