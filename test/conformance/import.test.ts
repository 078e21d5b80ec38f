// Conformance of the emulator to the Google rules the import relies on (dev/emulator/RULES.md): each
// test fails if the emulator is made more lenient than Google.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";

type Any = any;

function google() {
  const emu = new Emulator();
  const g = emu.globals() as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, g, sheet: ss.insertSheet("Prova") };
}

describe("R80 dropdowns that only warn", () => {
  it("R80: a warning dropdown keeps a value outside its list; a rejecting one refuses it", () => {
    const { g, sheet } = google();
    const list = (allowInvalid: boolean) =>
      g.SpreadsheetApp.newDataValidation()
        .requireValueInList(["Puglia", "Marche"], true)
        .setAllowInvalid(allowInvalid)
        .build();
    sheet.getRange(2, 1, 10, 1).setDataValidation(list(true));
    sheet.getRange(2, 2, 10, 1).setDataValidation(list(false));
    sheet.getRange(2, 1, 2, 1).setValues([["16"], ["puglia"]]);
    expect(sheet.getRange(2, 1, 2, 1).getValues()).toEqual([[16], ["puglia"]]);
    expect(() => sheet.getRange(2, 2).setValue("16")).toThrow(
      "The data you entered in cell B2 violates the data validation rules set on this cell.",
    );
    sheet.getRange(3, 2).setValue("Marche");
    expect(sheet.getRange(3, 2).getValue()).toBe("Marche");
  });
});
