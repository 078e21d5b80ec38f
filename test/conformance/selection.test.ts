// Conformance of the emulator's selections and hidden rows to Google's rules (dev/emulator/RULES.md,
// R50–R52): each test fails if the emulator is made more lenient than Google again.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";

type Any = any;

function google() {
  const emu = new Emulator({});
  const g = emu.globals() as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet("Prova");
  ss.setActiveSheet(sheet);
  return { emu, ss, sheet };
}

describe("R50 hidden rows", () => {
  it("R50: rows hidden by hand and by a filter are told apart, row by row; both move with their rows", () => {
    const { emu, sheet } = google();
    sheet.getRange(1, 1, 6, 1).setValues([["h"], ["a"], ["b"], ["c"], ["d"], ["e"]]);
    expect(sheet.getFilter()).toBeNull();
    sheet.hideRows(3, 2);
    expect([2, 3, 4, 5].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
    expect(sheet.isRowHiddenByFilter(3)).toBe(false);
    sheet.showRows(4);
    expect(sheet.isRowHiddenByUser(4)).toBe(false);
    emu.filterOut("Prova", [5]);
    expect(sheet.getFilter().getRange().getA1Notation()).toBe("A1:A6");
    expect([sheet.isRowHiddenByFilter(5), sheet.isRowHiddenByUser(5)]).toEqual([true, false]);
    // A row deleted above moves the hidden rows up with their contents.
    sheet.deleteRow(2);
    expect([sheet.isRowHiddenByUser(2), sheet.isRowHiddenByFilter(4)]).toEqual([true, true]);
    sheet.insertRowsBefore(2, 1);
    expect([sheet.isRowHiddenByUser(3), sheet.isRowHiddenByFilter(5)]).toEqual([true, true]);
    expect(() => sheet.isRowHiddenByUser(0)).toThrow("out of bounds");
    expect(() => sheet.isRowHiddenByFilter(sheet.getMaxRows() + 1)).toThrow("out of bounds");
  });
});

describe("R51 several selected ranges", () => {
  it("R51: getActiveRangeList gives every selected range; getActiveRange only the last", () => {
    const { emu, ss, sheet } = google();
    emu.selectRanges("Prova", ["A2:B3", "A6"]);
    expect(
      ss
        .getActiveRangeList()
        .getRanges()
        .map((r: Any) => r.getA1Notation()),
    ).toEqual(["A2:B3", "A6"]);
    expect(ss.getActiveRange().getA1Notation()).toBe("A6");
    sheet.getRangeList(["C1", "D4:D5"]).activate();
    expect(
      sheet
        .getActiveRangeList()
        .getRanges()
        .map((r: Any) => r.getA1Notation()),
    ).toEqual(["C1", "D4:D5"]);
    expect(sheet.getActiveRange().getA1Notation()).toBe("D4:D5");
    // A click replaces the multiple selection.
    emu.select("Prova", "B7");
    expect(
      ss
        .getActiveRangeList()
        .getRanges()
        .map((r: Any) => r.getA1Notation()),
    ).toEqual(["B7"]);
  });
});

describe("R52 calls counted", () => {
  it("R52: each row asked about is one call (Google has no call for many rows at once)", () => {
    const { emu, sheet } = google();
    emu.resetCalls();
    for (let r = 1; r <= 5; r++) sheet.isRowHiddenByUser(r);
    expect(emu.calls.get("Sheet.isRowHiddenByUser")).toBe(5);
  });
});
