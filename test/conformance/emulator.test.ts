// Conformance of the emulator to Google's rules (dev/emulator/RULES.md): each test fails if the
// emulator is made more lenient than Google again.
import { describe, expect, it } from "vitest";
import { Emulator, type EmulatorOptions, SERVICE_FAILURE } from "../../dev/emulator.mjs";
import { toWire } from "../../dev/serve.mjs";

type Any = any;

function google(options: EmulatorOptions = {}) {
  const emu = new Emulator(options);
  const g = emu.globals() as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, g, ss, sheet: ss.insertSheet("Prova") };
}

describe("R1 tab size", () => {
  it("R1: a new tab is 1000 x 26 and a range past it throws; setValues never grows it", () => {
    const { sheet } = google();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow("outside the dimensions");
    expect(() => sheet.getRange(1, 1, 1, 29).setValues([new Array(29).fill("x")])).toThrow(
      "outside the dimensions",
    );
    sheet.getRange(1000, 26).setValue("ultima");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });
});

describe("R2 growth", () => {
  it("R2: appendRow, insertRowsAfter and insertColumnsAfter grow the tab", () => {
    const { sheet } = google();
    sheet.getRange(1000, 1).setValue("fondo");
    sheet.appendRow(["dopo"]);
    expect(sheet.getMaxRows()).toBe(1001);
    sheet.insertRowsAfter(1001, 99);
    expect(sheet.getMaxRows()).toBe(1100);
    sheet.insertColumnsAfter(26, 3);
    expect(sheet.getMaxColumns()).toBe(29);
    sheet.getRange(1100, 29).setValue("ok");
    expect(sheet.getRange(1100, 29).getValue()).toBe("ok");
  });

  it("R2b: inserted rows take the neighbour's dropdown, or not, as selected", () => {
    for (const inherit of [true, false]) {
      const { g, sheet } = google({ insertedInherit: inherit });
      const rule = g.SpreadsheetApp.newDataValidation()
        .requireValueInList(["Sì"])
        .setAllowInvalid(false)
        .build();
      sheet.getRange(1000, 1).setDataValidation(rule);
      sheet.insertRowsAfter(1000, 1);
      expect(sheet.getRange(1001, 1).getDataValidation() !== null).toBe(inherit);
    }
  });
});

describe("R3 rows that must stay", () => {
  it("R3: the last non-frozen rows cannot all be deleted, all rows cannot be frozen", () => {
    const { sheet } = google();
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    expect(() => sheet.deleteRows(2, 1000)).toThrow("out of bounds");
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
    expect(() => sheet.setFrozenRows(2)).toThrow("freeze all visible rows");
  });
});

describe("R4 who the user is", () => {
  it("R4: Session.getActiveUser throws without the userinfo.email scope, and may be blank with it", () => {
    const { emu, g } = google();
    emu.scopes = ["https://www.googleapis.com/auth/spreadsheets.currentonly"];
    expect(() => g.Session.getActiveUser()).toThrow(
      "Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
    emu.scopes = ["https://www.googleapis.com/auth/userinfo.email"];
    emu.user = "";
    expect(g.Session.getActiveUser().getEmail()).toBe("");
  });

  it("R4: the emulator reads the scopes of the deployed manifest", () => {
    const { emu } = google();
    expect(emu.scopes).toContain("https://www.googleapis.com/auth/userinfo.email");
  });
});

describe("R5 dates", () => {
  it("R5: a typed date reads back at midnight in the spreadsheet's time zone, not the script's", () => {
    for (const zone of ["Europe/Rome", "America/New_York", "Asia/Tokyo"]) {
      const { emu, g, ss, sheet } = google({ spreadsheetTimeZone: zone });
      expect(ss.getSpreadsheetTimeZone()).toBe(zone);
      expect(g.Session.getScriptTimeZone()).toBe("Europe/Rome");
      sheet.getRange("A1").setValue("2025-03-14");
      const date = sheet.getRange("A1").getValue();
      expect(Object.prototype.toString.call(date)).toBe("[object Date]");
      expect(g.Utilities.formatDate(date, zone, "yyyy-MM-dd HH:mm")).toBe("2025-03-14 00:00");
      expect(emu.spreadsheetTimeZone).toBe(zone);
    }
  });
});

describe("R6 typed values and the apostrophe", () => {
  it("R6: strings are parsed as if typed; an apostrophe keeps text in an automatic cell", () => {
    const { sheet } = google();
    sheet.getRange(1, 1, 1, 5).setValues([["=1+1", "007", "+39 333 1234567", "'007", "'=1+1"]]);
    expect(sheet.getRange(1, 1).getFormulas()[0][0]).toBe("=1+1");
    expect(sheet.getRange(1, 2, 1, 4).getValues()[0]).toEqual([7, 393331234567, "007", "=1+1"]);
  });

  it("R6b: in a plain-text cell the apostrophe stays or is hidden, as selected; =… still becomes a formula", () => {
    for (const [mode, expected] of [
      ["kept", "'007"],
      ["hidden", "007"],
    ] as const) {
      const { sheet } = google({ apostropheInPlainText: mode });
      sheet.getRange(1, 1, 1, 3).setNumberFormat("@");
      sheet.getRange(1, 1, 1, 3).setValues([["'007", "007", "=1+1"]]);
      expect(sheet.getRange(1, 1, 1, 2).getValues()[0]).toEqual([expected, "007"]);
      expect(sheet.getRange(1, 3).getFormulas()[0][0]).toBe("=1+1");
    }
  });
});

describe("R7 validation", () => {
  it("R7: a rejecting validation refuses script writes, and moves with an inserted column", () => {
    const { g, sheet } = google({ insertedInherit: false });
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Sì", "No"])
      .setAllowInvalid(false)
      .build();
    sheet.getRange(2, 2, 10, 1).setDataValidation(rule);
    expect(() => sheet.getRange(2, 2).setValue("Forse")).toThrow(
      "The data you entered in cell B2 violates the data validation rules set on this cell.",
    );
    sheet.insertColumnsBefore(2, 1);
    sheet.getRange(2, 2).setValue("Forse");
    expect(() => sheet.getRange(2, 3).setValue("Forse")).toThrow("C2 violates");
  });
});

describe("R8 custom functions", () => {
  it("R8: a custom function may read but not write, lock, ask the user or see who they are", () => {
    const { emu, g, sheet } = google();
    sheet.getRange("A1").setValue("dato");
    emu.asCustomFunction(() => {
      expect(sheet.getRange("A1").getValue()).toBe("dato");
      expect(() => sheet.getRange("A1").setValue("x")).toThrow("You do not have permission to call setValue");
      expect(() => g.Session.getActiveUser()).toThrow("You do not have permission");
      expect(() => g.LockService.getDocumentLock()).toThrow("You do not have permission");
      expect(() => g.SpreadsheetApp.getUi()).toThrow("You do not have permission");
    });
    sheet.getRange("A1").setValue("di nuovo");
  });
});

describe("R9 google.script.run", () => {
  it("R9: refuses Date and function values and turns undefined in arrays into null", () => {
    expect(() => toWire({ when: new Date() })).toThrow();
    expect(() => toWire({ run: () => 1 })).toThrow();
    expect(toWire([1, undefined, "a"])).toEqual([1, null, "a"]);
    expect(toWire({ a: undefined, b: 2 })).toEqual({ b: 2 });
  });
});

describe("R10 the document lock", () => {
  it("R10: getDocumentLock can be null", () => {
    const { emu, g } = google();
    emu.documentLockAvailable = false;
    expect(g.LockService.getDocumentLock()).toBeNull();
  });
});

describe("R11 transient failures", () => {
  it("R11: any chosen call fails with Google's wording", () => {
    const { emu, sheet } = google();
    emu.failAtCall(2);
    sheet.getRange("A1");
    expect(() => sheet.getRange("A1").getValues()).toThrow(SERVICE_FAILURE);
    expect(SERVICE_FAILURE).toMatch(/^Service Spreadsheets failed while accessing document with id /);
    emu.injectFault({ method: "Range.setValues" });
    expect(() => sheet.getRange("A1").setValues([["x"]])).toThrow(SERVICE_FAILURE);
    expect(sheet.getRange("A1").getValue()).toBe("");
  });
});

describe("R12 document properties", () => {
  it("R12: keeps strings per document, counted and able to fail", () => {
    const { emu, g } = google();
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperties({ a: 1, b: "due" });
    expect(props.getProperties()).toEqual({ a: "1", b: "due" });
    emu.injectFault({ method: "Properties.setProperty" });
    expect(() => props.setProperty("a", "3")).toThrow(SERVICE_FAILURE);
    expect(props.getProperty("a")).toBe("1");
  });
});

describe("R13 TextFinder", () => {
  it("R13: finds whole cells by displayed text, case as set", () => {
    const { sheet } = google();
    sheet.getRange(1, 1, 3, 1).setValues([["S-abc"], ["s-ABC"], ["S-abcd"]]);
    const rows = (text: string, matchCase: boolean) =>
      sheet
        .getRange(1, 1, 3, 1)
        .createTextFinder(text)
        .matchCase(matchCase)
        .matchEntireCell(true)
        .findAll()
        .map((r: Any) => r.getRow());
    expect(rows("S-abc", true)).toEqual([1]);
    expect(rows("S-abc", false)).toEqual([1, 2]);
  });
});

describe("R14 the add-on menu's name", () => {
  it("R14: a bound script's add-on menu bears the script project's name", () => {
    const { g } = google({ projectName: "Progetto senza titolo" });
    g.SpreadsheetApp.getUi().createAddonMenu().addItem("Nuova intervista", "showInterviewSidebar").addToUi();
    const { emu } = google();
    expect(emu.projectName).toBe("CO.EFFICIENTI");
    expect((g.SpreadsheetApp.getUi() as Any).emu.ui.menus[0].title).toBe("Progetto senza titolo");
  });
});

describe("counting", () => {
  it("counts cells read and written, and a read after a write as a flush", () => {
    const { emu, sheet } = google();
    emu.resetCalls();
    sheet.getRange(1, 1, 2, 3).setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    sheet.getRange(1, 1, 2, 3).getValues();
    sheet.getRange(1, 1, 1, 3).getValues();
    expect([emu.cellsWritten, emu.cellsRead, emu.flushes]).toEqual([6, 9, 1]);
  });
});

describe("R15 embedded charts", () => {
  it("R15: newChart builds, insertChart saves; type, ranges, position and options read back", () => {
    const { g, sheet } = google();
    sheet.getRange("A1:C3").setValues([
      ["Regione", "Interviste", "Obiettivo"],
      ["Puglia", 3, 5],
      ["Marche", 5, 5],
    ]);
    const built = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A1:C3"))
      .setOption("title", "Interviste")
      .setPosition(5, 2, 10, 20)
      .build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(built);
    const [chart] = sheet.getCharts();
    expect(chart.getChartId()).toEqual(expect.any(Number));
    expect(chart.modify().getChartType()).toBe("COLUMN");
    expect(chart.getRanges().map((r: Any) => r.getA1Notation())).toEqual(["A1:C3"]);
    expect(chart.getOptions().get("title")).toBe("Interviste");
    const at = chart.getContainerInfo();
    expect([at.getAnchorRow(), at.getAnchorColumn(), at.getOffsetX(), at.getOffsetY()]).toEqual([
      5, 2, 10, 20,
    ]);
  });

  it("R15: changes through modify() are saved only by updateChart, which keeps the chart's id", () => {
    const { g, sheet } = google();
    sheet.insertChart(
      sheet.newChart().setChartType(g.Charts.ChartType.BAR).addRange(sheet.getRange("A1:B4")).build(),
    );
    const [chart] = sheet.getCharts();
    const changed = chart
      .modify()
      .clearRanges()
      .addRange(sheet.getRange("D1:F9"))
      .setOption("isStacked", true)
      .build();
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe("A1:B4");
    sheet.updateChart(changed);
    const [after] = sheet.getCharts();
    expect(after.getChartId()).toBe(chart.getChartId());
    expect(after.getRanges()[0].getA1Notation()).toBe("D1:F9");
    expect(after.getOptions().get("isStacked")).toBe(true);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it("R15: removeChart takes a chart off its tab; charts outlive a save and reload", () => {
    const { emu, g, sheet } = google();
    for (const type of [g.Charts.ChartType.COLUMN, g.Charts.ChartType.BAR])
      sheet.insertChart(sheet.newChart().setChartType(type).addRange(sheet.getRange("A1:B2")).build());
    const reloaded = Emulator.fromJSON(emu.toJSON());
    const again = (reloaded.globals() as Any).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Prova");
    expect(again.getCharts().map((c: Any) => c.modify().getChartType())).toEqual(["COLUMN", "BAR"]);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts().map((c: Any) => c.modify().getChartType())).toEqual(["BAR"]);
    expect(() => sheet.removeChart(again.getCharts()[0])).toThrow("not on this sheet");
  });

  it("R15: a chart's range and anchor lie inside the tab; a chart needs a type and a Range", () => {
    const { g, ss, sheet } = google();
    expect(() => sheet.getRange("A1:AA2")).toThrow("outside the dimensions");
    expect(() => sheet.newChart().addRange("A1:B2")).toThrow("Invalid argument: range");
    expect(() => sheet.newChart().setChartType("COLUMNS")).toThrow("Invalid argument: type");
    expect(() => sheet.insertChart(sheet.newChart().addRange(sheet.getRange("A1:B2")).build())).toThrow(
      "no type",
    );
    expect(() => sheet.insertChart(sheet.newChart().setChartType(g.Charts.ChartType.BAR).build())).toThrow(
      "without data ranges",
    );
    const anchoredPast = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B2"))
      .setPosition(1001, 1, 0, 0)
      .build();
    expect(() => sheet.insertChart(anchoredPast)).toThrow("outside the dimensions");
    // A range of a tab that has since shrunk no longer lies inside it.
    const other = ss.insertSheet("Dati");
    const wide = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.BAR)
      .addRange(other.getRange("A1:B900"))
      .build();
    other.deleteRows(500, 501);
    expect(() => sheet.insertChart(wide)).toThrow("outside the dimensions");
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it("R15: chart calls are counted, can fail, and a custom function may not insert charts", () => {
    const { emu, g, sheet } = google();
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B2"))
      .build();
    emu.injectFault({ method: "Sheet.insertChart" });
    expect(() => sheet.insertChart(chart)).toThrow(SERVICE_FAILURE);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(emu.calls.get("Sheet.insertChart")).toBe(1);
    expect(() => emu.asCustomFunction(() => sheet.insertChart(chart))).toThrow("You do not have permission");
    sheet.insertChart(chart);
    expect(() => emu.asCustomFunction(() => sheet.removeChart(sheet.getCharts()[0]))).toThrow(
      "You do not have permission",
    );
  });
});

describe("R16 frozen columns", () => {
  it("R16: columns freeze as rows do, all visible columns cannot be frozen, and the count is saved", () => {
    const { emu, sheet } = google();
    expect(sheet.getFrozenColumns()).toBe(0);
    sheet.setFrozenColumns(3);
    expect(sheet.getFrozenColumns()).toBe(3);
    expect(() => sheet.setFrozenColumns(26)).toThrow("freeze all visible columns");
    expect(() => sheet.setFrozenColumns(-1)).toThrow("Invalid argument");
    const json = emu.toJSON();
    expect(json.sheets.find((s: Any) => s.name === "Prova")!.frozenColumns).toBe(3);
    expect(Emulator.fromJSON(json).sheetData("Prova").frozenColumns).toBe(3);
  });
});

describe("R17 input dialogs", () => {
  it("R17: Ui.prompt returns the button pressed and the text typed; OK alone by default, a button not shown reads as CLOSE", () => {
    const { emu: emulator, g } = google();
    const emu = emulator;
    const ui = g.SpreadsheetApp.getUi();
    emu.promptResponse = { button: "OK", text: "Manca il telefono" };
    const answer = ui.prompt("Segna da correggere", "Cosa va corretto?", ui.ButtonSet.OK_CANCEL);
    expect(answer.getSelectedButton()).toBe(ui.Button.OK);
    expect(answer.getResponseText()).toBe("Manca il telefono");
    expect(emu.ui.prompts.at(-1)).toEqual({
      title: "Segna da correggere",
      message: "Cosa va corretto?",
      buttons: "OK_CANCEL",
    });
    emu.promptResponse = { button: "CANCEL", text: "" };
    expect(ui.prompt("Cosa va corretto?", ui.ButtonSet.OK_CANCEL).getSelectedButton()).toBe(ui.Button.CANCEL);
    // With one argument Google shows OK alone: a Cancel the user cannot press reads as closing the dialog.
    const closed = ui.prompt("Cosa va corretto?");
    expect(closed.getSelectedButton()).toBe(ui.Button.CLOSE);
    expect(emu.ui.prompts.at(-1)).toMatchObject({ title: "", buttons: "OK" });
    expect(() => emu.asCustomFunction(() => g.SpreadsheetApp.getUi())).toThrow("You do not have permission");
  });
});
