// Conformance of the emulator's web app (doGet) to Google's rules R40–R45 (dev/emulator/RULES.md): each
// test fails if the emulator is made more lenient than Google again.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALLOWED_META_TAGS, NO_UI_HERE, servedPage } from "../../dev/emulator/webApp.mjs";
import { Emulator, type EmulatorOptions } from "../../dev/emulator.mjs";

type Any = any;

function google(options: EmulatorOptions = {}) {
  const emu = new Emulator(options);
  const g = emu.globals() as Any;
  return { emu, g };
}

describe("R40 no editor UI in a web app", () => {
  it("R40: SpreadsheetApp.getUi() throws Google's words in a web app, works in the editor", () => {
    const { emu, g } = google();
    expect(() => g.SpreadsheetApp.getUi()).not.toThrow();
    expect(() => emu.asWebApp(() => g.SpreadsheetApp.getUi())).toThrow(NO_UI_HERE);
    expect(NO_UI_HERE).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
    // The web app context ends with its execution.
    expect(() => g.SpreadsheetApp.getUi()).not.toThrow();
  });
});

describe("R41 the spreadsheet a bound script's web app sees", () => {
  it("R41: the container by default; null under the standalone reading", () => {
    const bound = google();
    const container = bound.g.SpreadsheetApp.getActiveSpreadsheet();
    expect(bound.emu.asWebApp(() => bound.g.SpreadsheetApp.getActiveSpreadsheet())).toBe(container);
    const standalone = google({ webApp: { activeSpreadsheet: "none" } });
    expect(standalone.emu.asWebApp(() => standalone.g.SpreadsheetApp.getActiveSpreadsheet())).toBeNull();
    expect(standalone.emu.asWebApp(() => standalone.g.SpreadsheetApp.getActive())).toBeNull();
  });
});

describe("R42 the locks of a web app", () => {
  it("R42: getDocumentLock() is null from a web app; getScriptLock() always gives a lock of its own", () => {
    const { emu, g } = google();
    expect(emu.asWebApp(() => g.LockService.getDocumentLock())).toBeNull();
    expect(g.LockService.getDocumentLock()).not.toBeNull();
    const script = emu.asWebApp(() => g.LockService.getScriptLock());
    expect(script.tryLock(10)).toBe(true);
    // Another execution cannot take the script lock meanwhile, but the document lock is another lock.
    expect(g.LockService.getScriptLock().tryLock(10)).toBe(false);
    const doc = g.LockService.getDocumentLock();
    expect(doc.tryLock(10)).toBe(true);
    doc.releaseLock();
    script.releaseLock();
    expect(g.LockService.getScriptLock().tryLock(10)).toBe(true);
  });
  it("R42: the other reading (a document lock in a bound script's web app) is modelled too", () => {
    const { emu, g } = google({ webApp: { documentLock: "available" } });
    expect(emu.asWebApp(() => g.LockService.getDocumentLock())).not.toBeNull();
  });
});

describe("R43 meta tags", () => {
  it("R43: meta tags written in the HTML file are dropped; addMetaTag adds the allowed ones only", () => {
    const { g } = google();
    const output = g.HtmlService.createHtmlOutput(
      '<!DOCTYPE html><html><head><meta charset="utf-8" /><meta name="viewport" content="width=1200" /></head><body>x</body></html>',
    );
    expect(servedPage(output)).not.toContain("viewport");
    output.addMetaTag("viewport", "width=device-width, initial-scale=1");
    const page = servedPage(output);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    expect(page).not.toContain("width=1200");
    expect(output.getMetaTags().map((t: Any) => [t.getName(), t.getContent()])).toEqual([
      ["viewport", "width=device-width, initial-scale=1"],
    ]);
    expect(() => output.addMetaTag("description", "x")).toThrow(/not allowed/);
    expect([...ALLOWED_META_TAGS].sort()).toEqual([
      "apple-mobile-web-app-capable",
      "google-site-verification",
      "mobile-web-app-capable",
      "viewport",
    ]);
  });
  it("R43: doGet must return an HtmlOutput (or TextOutput)", () => {
    const { emu } = google();
    expect(() => emu.serveWebApp({ doGet: () => "<p>testo</p>" })).toThrow(/must return an HtmlOutput/);
  });
});

describe("R44 execute as", () => {
  it("R44: run as the user accessing it, the web app knows the user; run as the deployer, the e-mail is blank", () => {
    const accessing = google({ user: "partner@regione.example" });
    expect(accessing.emu.asWebApp(() => accessing.g.Session.getActiveUser().getEmail())).toBe(
      "partner@regione.example",
    );
    const deploying = google({ user: "partner@regione.example", webApp: { executeAs: "USER_DEPLOYING" } });
    expect(deploying.emu.asWebApp(() => deploying.g.Session.getActiveUser().getEmail())).toBe("");
    expect(deploying.g.Session.getActiveUser().getEmail()).toBe("partner@regione.example");
  });
  it("R44: the manifest's webapp section sets how the deployment runs (as the user accessing it)", () => {
    const manifest = JSON.parse(readFileSync("appsscript.json", "utf8"));
    expect(manifest.webapp).toEqual({ executeAs: "USER_ACCESSING", access: "ANYONE" });
    const { emu } = google();
    expect(emu.webApp.executeAs).toBe(manifest.webapp.executeAs);
  });
});

describe("R45 the scope of the web app", () => {
  it("R45: under the strict reading, spreadsheets.currentonly does not reach the spreadsheet from a web app", () => {
    const { emu, g } = google({ webApp: { currentOnly: "refused" } });
    expect(emu.scopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(() => emu.asWebApp(() => g.SpreadsheetApp.getActiveSpreadsheet())).toThrow(
      /You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/,
    );
    emu.scopes = [...emu.scopes, "https://www.googleapis.com/auth/spreadsheets"];
    expect(emu.asWebApp(() => g.SpreadsheetApp.getActiveSpreadsheet())).not.toBeNull();
  });
});
