// Conformance of the emulator to Google's granular consent and to who the user is
// (dev/emulator/RULES.md, R30–R32).
import { describe, expect, it } from "vitest";
import { Emulator, type EmulatorOptions } from "../../dev/emulator.mjs";

type Any = any;
const EMAIL = "https://www.googleapis.com/auth/userinfo.email";
const SHEETS = "https://www.googleapis.com/auth/spreadsheets.currentonly";

function google(options: EmulatorOptions = {}) {
  const emu = new Emulator(options);
  return { emu, g: emu.globals() as Any };
}

describe("R30 granular consent", () => {
  it("R30: authorization info says a refused scope is missing, with a URL to grant it", () => {
    const { g } = google({ refusedScopes: [EMAIL] });
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, [EMAIL]);
    expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual([]);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    const all = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(all.getAuthorizedScopes()).toContain(SHEETS);
    expect(all.getAuthorizedScopes()).not.toContain(EMAIL);
  });

  it("R30: with every scope granted nothing is required and no URL is given", () => {
    const { g } = google();
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, [EMAIL, SHEETS]);
    expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual([EMAIL, SHEETS]);
    expect(info.getAuthorizationUrl()).toBeNull();
  });

  it("R30: a call whose scope was refused throws Google's permission error; others still work", () => {
    const { g } = google({ refusedScopes: [SHEETS] });
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: " +
        SHEETS,
    );
    expect(g.Session.getActiveUser().getEmail()).toBe("staff@coefficienti.example");
    expect(g.PropertiesService.getDocumentProperties()).toBeTruthy();
    const ui = google({ refusedScopes: ["https://www.googleapis.com/auth/script.container.ui"] }).g;
    expect(() => ui.SpreadsheetApp.getUi()).toThrow(
      "Required permissions: https://www.googleapis.com/auth/script.container.ui",
    );
    expect(ui.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe("local-spreadsheet");
  });

  it("R30: a scope the manifest does not ask for is never granted", () => {
    const { g } = google();
    const drive = "https://www.googleapis.com/auth/drive";
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, [drive]);
    expect(info.getAuthorizedScopes()).toEqual([]);
    expect(info.getAuthorizationStatus()).toBe("REQUIRED");
  });
});

describe("R31 the active user with the e-mail refused", () => {
  it("R31: Session.getActiveUser throws Google's permission error (one plausible behaviour)", () => {
    const { g } = google({ refusedScopes: [EMAIL], refusedActiveUser: "throws" });
    expect(() => g.Session.getActiveUser()).toThrow(
      "You do not have permission to call Session.getActiveUser. Required permissions: " + EMAIL,
    );
  });

  it("R31: Session.getActiveUser gives a blank address (the other plausible behaviour)", () => {
    const { g } = google({ refusedScopes: [EMAIL], refusedActiveUser: "blank" });
    expect(g.Session.getActiveUser().getEmail()).toBe("");
  });

  it("R31: the address is given when the scope is granted", () => {
    const { g } = google({ user: "partner.puglia@coefficienti.example" });
    expect(g.Session.getActiveUser().getEmail()).toBe("partner.puglia@coefficienti.example");
  });
});

describe("R32 keys that tell users and Sheets apart", () => {
  it("R32: the temporary user key differs between users and names no one", () => {
    const a = google({ user: "anna.verdi@comune.bari.it" }).g.Session.getTemporaryActiveUserKey();
    const b = google({ user: "marco.bianchi@regione.puglia.it" }).g.Session.getTemporaryActiveUserKey();
    expect(a).not.toBe(b);
    expect(a).not.toContain("anna");
    expect(google({ user: "anna.verdi@comune.bari.it" }).g.Session.getTemporaryActiveUserKey()).toBe(a);
  });

  it("R32: two spreadsheets have two ids", () => {
    const one = google({ spreadsheetId: "1PugliaSheet" }).g.SpreadsheetApp.getActiveSpreadsheet().getId();
    const two = google({ spreadsheetId: "1MarcheSheet" }).g.SpreadsheetApp.getActiveSpreadsheet().getId();
    expect(one).not.toBe(two);
  });
});
