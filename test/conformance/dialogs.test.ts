// Conformance of the emulator's dialogs to Google's rules (dev/emulator/RULES.md): each test fails if
// the emulator is made more lenient than Google again.
import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";

type Any = any;

describe("R38 modal dialogs of custom HTML", () => {
  it("R38: showModalDialog shows the output with its title and size, and the script goes on", () => {
    const emu = new Emulator();
    const g = emu.globals() as Any;
    const html = g.HtmlService.createHtmlOutput("<p>Verifica</p>").setWidth(560).setHeight(600);
    const ui = g.SpreadsheetApp.getUi();
    // Not suspended: it returns at once, with nothing (alerts and prompts return the user's answer).
    expect(ui.showModalDialog(html, "CO.EFFICIENTI")).toBeUndefined();
    expect(emu.ui.dialogs).toEqual([
      { title: "CO.EFFICIENTI", html: "<p>Verifica</p>", width: 560, height: 600 },
    ]);
    expect([html.getWidth(), html.getHeight()]).toEqual([560, 600]);
  });

  it("R38: a dialog needs an HtmlOutput, and has an initial height when none is set", () => {
    const emu = new Emulator();
    const g = emu.globals() as Any;
    const ui = g.SpreadsheetApp.getUi();
    expect(() => ui.showModalDialog("<p>testo</p>", "Titolo")).toThrow(/Invalid argument/);
    ui.showModalDialog(g.HtmlService.createHtmlOutput("<p>x</p>"), "Titolo");
    expect(emu.ui.dialogs[0].height).toBe(400);
  });

  it("R38: a custom function cannot open one (getUi needs authorization)", () => {
    const emu = new Emulator();
    const g = emu.globals() as Any;
    expect(() => emu.asCustomFunction(() => g.SpreadsheetApp.getUi())).toThrow(/permission/);
  });
});
