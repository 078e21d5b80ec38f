// Conformance of the emulator's modal dialogs with Google's documented behaviour (dev/emulator/RULES.md,
// R70 and R71).
import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";

type Any = any;

function google() {
  const emu = new Emulator({});
  return { emu, g: emu.globals() as Any };
}

describe("R70 modal dialogs", () => {
  it("R70: showModalDialog records the page and its title and returns at once; a title is required", () => {
    const { emu, g } = google();
    const ui = g.SpreadsheetApp.getUi();
    const html = g.HtmlService.createHtmlOutput("<p>Scheda</p>");
    expect(ui.showModalDialog(html, "Scheda regione – Puglia")).toBeUndefined();
    expect(emu.ui.dialogs).toEqual([
      { title: "Scheda regione – Puglia", html: "<p>Scheda</p>", width: 300, height: undefined },
    ]);
    expect(() => ui.showModalDialog(html)).toThrow("Invalid argument");
    expect(() => emu.asCustomFunction(() => g.SpreadsheetApp.getUi())).toThrow("You do not have permission");
  });
});

describe("R71 dialog size", () => {
  it("R71: setWidth and setHeight give the dialog its initial size in pixels, and chain", () => {
    const { emu, g } = google();
    const html = g.HtmlService.createHtmlOutput("<p>Scheda</p>").setWidth(1000).setHeight(720);
    expect([html.getWidth(), html.getHeight()]).toEqual([1000, 720]);
    g.SpreadsheetApp.getUi().showModalDialog(html, "Scheda");
    expect(emu.ui.dialogs.at(-1)).toMatchObject({ width: 1000, height: 720 });
  });
});
