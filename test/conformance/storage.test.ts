// Conformance of the emulator to Google's storage limits (dev/emulator/RULES.md, R20–R23): each test
// fails if the emulator is made more lenient than Google again.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";

type Any = any;

function google() {
  const emu = new Emulator({});
  const g = emu.globals() as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, g, ss, props: g.PropertiesService.getDocumentProperties() };
}

describe("R20 a property value", () => {
  it("R20: a property of more than 9 kB is refused, by setProperty and setProperties alike, and nothing is written", () => {
    const { props } = google();
    props.setProperty("k", "x".repeat(8_999));
    expect(props.getProperty("k")).toHaveLength(8_999);
    expect(() => props.setProperty("k", "x".repeat(9_000))).toThrow("Argument too large: value");
    expect(props.getProperty("k")).toHaveLength(8_999);
    // Bytes, not characters: "è" takes two.
    expect(() => props.setProperty("k", "è".repeat(4_500))).toThrow("Argument too large: value");
    expect(() => props.setProperties({ a: "1", b: "y".repeat(9_000) })).toThrow("Argument too large");
    expect(props.getProperty("a")).toBeNull();
  });
});

describe("R21 a property store", () => {
  it("R21: a document's properties hold at most 500 kB in all; past it the write is refused whole", () => {
    const { props } = google();
    for (let i = 0; i < 62; i++) props.setProperty(`p${String(i).padStart(2, "0")}`, "v".repeat(8_000));
    expect(() => props.setProperty("p62", "v".repeat(8_000))).toThrow(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(props.getProperty("p62")).toBeNull();
    expect(() => props.setProperties({ q1: "1", q2: "v".repeat(8_000) })).toThrow("property storage quota");
    expect(props.getProperty("q1")).toBeNull();
    // Deleting makes room again; replacing a value counts only its new size.
    props.deleteProperty("p00");
    props.setProperty("p62", "v".repeat(8_000));
    props.setProperty("p01", "v");
    expect(props.getProperty("p01")).toBe("v");
  });
});

describe("R22 a cell's text", () => {
  it("R22: setValue and setValues of a text longer than 50,000 characters throw, and the range is unchanged", () => {
    const { ss } = google();
    const sheet = ss.insertSheet("Prova");
    sheet.getRange(1, 1).setValue("y".repeat(50_000));
    expect(sheet.getRange(1, 1).getValue()).toHaveLength(50_000);
    const message = "Your input contains more than the maximum of 50000 characters in a single cell.";
    expect(() => sheet.getRange(2, 1).setValue("y".repeat(50_001))).toThrow(message);
    expect(() => sheet.getRange(3, 1, 1, 2).setValues([["ok", "z".repeat(50_001)]])).toThrow(message);
    expect(sheet.getRange(3, 1, 1, 2).getValues()).toEqual([["", ""]]);
    expect(sheet.getRange(2, 1).getValue()).toBe("");
  });
});

describe("R23 a spreadsheet's cells", () => {
  it("R23: inserting rows, columns or tabs past 10 million cells throws, and the tabs keep their size", () => {
    const { emu, ss } = google();
    const sheet = ss.getSheets()[0];
    // One tab of 1000 x 26 to start: 384,000 rows more would make 385,000 x 26 = 10,010,000 cells.
    expect(() => sheet.insertRowsAfter(1000, 384_000)).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.insertRowsAfter(1000, 383_000); // 384,000 x 26 = 9,984,000 cells
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow("above the limit of 10000000 cells");
    expect(() => sheet.insertRowsBefore(1, 1000)).toThrow("above the limit");
    expect(() => ss.insertSheet("Altro")).toThrow("above the limit");
    expect(sheet.getMaxColumns()).toBe(26);
    expect(emu.sheets).toHaveLength(1);
    sheet.insertRowsAfter(1000, 600); // 384,600 x 26 = 9,999,600: still within
    expect(sheet.getMaxRows()).toBe(384_600);
    expect(() => sheet.insertRowsAfter(384_600, 16)).toThrow("above the limit");
    sheet.insertRowsAfter(384_600, 15); // 9,999,990 cells
    sheet.getRange(384_615, 1).setValue("fondo");
    // appendRow past the last row adds a row of 26 cells: past the limit.
    expect(() => sheet.appendRow(["oltre"])).toThrow("above the limit");
    expect(sheet.getMaxRows()).toBe(384_615);
  });
});
