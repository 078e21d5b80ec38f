// Conformance of what the add-on relies on to write a row whole, the user's cells between its columns
// carried back as they were read (dev/emulator/RULES.md, R90–R91): each test fails if the emulator is
// made more lenient than Google.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";

type Any = any;

function google(options: Record<string, unknown> = {}) {
  const emu = new Emulator(options as never);
  const g = emu.globals() as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet("Prova");
  return { emu, sheet };
}

describe("R90 formulas read and written back", () => {
  it("R90: getFormulas gives a formula's text and '' for a cell without one; setValues of it makes the formula again", () => {
    const { sheet } = google();
    sheet.getRange(1, 1, 1, 3).setValues([["=2*3", "testo", 7]]);
    const range = sheet.getRange(1, 1, 1, 3);
    expect(range.getFormulas()).toEqual([["=2*3", "", ""]]);
    range.setValues([[range.getFormulas()[0][0], "'testo", 7]]);
    expect(range.getFormulas()).toEqual([["=2*3", "", ""]]);
    expect(range.getValues()[0].slice(1)).toEqual(["testo", 7]);
  });
});

describe("R91 number formats read", () => {
  for (const apostropheInPlainText of ["kept", "hidden"] as const)
    it(`R91: getNumberFormats tells a plain-text cell ("@"); its text written as it is reads back the same (${apostropheInPlainText})`, () => {
      const { sheet } = google({ apostropheInPlainText });
      const range = sheet.getRange(1, 1, 1, 2);
      range.setNumberFormats([["@", "General"]]);
      range.setValues([["007", "'007"]]);
      expect(range.getNumberFormats()[0][0]).toBe("@");
      expect(range.getNumberFormats()[0][1]).not.toBe("@");
      expect(range.getValues()).toEqual([["007", "007"]]);
    });
});
