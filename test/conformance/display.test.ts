// Conformance of how the emulator shows cells to Google's rules R60–R61 (dev/emulator/RULES.md): each
// test fails if the emulator is made more lenient than Google again.
import { describe, expect, it } from "vitest";
import { Emulator, type EmulatorOptions } from "../../dev/emulator.mjs";

type Any = any;

function google(options: EmulatorOptions = {}) {
  const emu = new Emulator(options);
  const g = emu.globals() as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, g, ss, sheet: ss.insertSheet("Prova") };
}

describe("R60 the spreadsheet locale shows numbers", () => {
  it("R60: a number format's decimal point is shown as the locale's separator (it_IT 40,0; en_US 40.0)", () => {
    const { ss, sheet } = google();
    expect(ss.getSpreadsheetLocale()).toBe("it_IT");
    const range = sheet.getRange(1, 1, 1, 3);
    range.setNumberFormats([["0.0", "0", "General"]]);
    range.setValues([[40, 7, 4.25]]);
    expect(range.getValues()).toEqual([[40, 7, 4.25]]);
    expect(range.getDisplayValues()).toEqual([["40,0", "7", "4,25"]]);
    ss.setSpreadsheetLocale("en_US");
    expect(ss.getSpreadsheetLocale()).toBe("en_US");
    expect(range.getDisplayValues()).toEqual([["40.0", "7", "4.25"]]);
  });

  it("R60: booleans read as VERO / FALSO in an Italian spreadsheet, TRUE / FALSE in an English one", () => {
    const { ss, sheet } = google();
    sheet.getRange(1, 1, 1, 2).setValues([[true, false]]);
    expect(sheet.getRange(1, 1, 1, 2).getDisplayValues()).toEqual([["VERO", "FALSO"]]);
    ss.setSpreadsheetLocale("en_GB");
    expect(sheet.getRange(1, 1, 1, 2).getDisplayValues()).toEqual([["TRUE", "FALSE"]]);
  });

  it("R60: the locale is kept with the workbook", () => {
    const { emu, ss } = google();
    ss.setSpreadsheetLocale("de_DE");
    expect(Emulator.fromJSON(emu.toJSON(), {}).spreadsheetLocale).toBe("de_DE");
  });
});

describe("R61 a strict dropdown rejects typed input", () => {
  it("R61: typing a value outside a rejecting dropdown is refused and the cell keeps its value", () => {
    const { emu, g, sheet } = google();
    const strict = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Da contattare", "Contattato"])
      .setAllowInvalid(false)
      .build();
    const lenient = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Da contattare", "Contattato"])
      .setAllowInvalid(true)
      .build();
    sheet.getRange(2, 1).setDataValidation(strict);
    sheet.getRange(2, 2).setDataValidation(lenient);
    sheet.getRange(2, 1, 1, 2).setValues([["Da contattare", "Da contattare"]]);
    const refusal = emu.enterAsUser("Prova", "A2", "Forse");
    expect(refusal).toMatch(/A2/);
    expect(refusal).toMatch(/Forse/);
    expect(emu.valuesOf("Prova")[1][0]).toBe("Da contattare");
    expect(emu.enterAsUser("Prova", "A2", "Contattato")).toBeNull();
    expect(emu.valuesOf("Prova")[1][0]).toBe("Contattato");
    // A dropdown that only warns takes the value, as Sheets shows it with a warning mark.
    expect(emu.enterAsUser("Prova", "B2", "Forse")).toBeNull();
    expect(emu.valuesOf("Prova")[1][1]).toBe("Forse");
    // Emptying a cell is always allowed.
    expect(emu.enterAsUser("Prova", "A2", "")).toBeNull();
  });
});
