// The phone form's server side (doGet and the web app's calls) on the emulator run as a web app, under
// every plausible reading of Google's web-app rules (dev/emulator/RULES.md, R40–R45).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { WebAppOptions } from "../../dev/emulator/webApp.mjs";
import { interview, submissionId } from "../fixtures";
import { type AddOn, preparedAddOn } from "./addon";

type Any = any;

function phone(webApp: WebAppOptions = {}, user = "staff@coefficienti.example") {
  const { emu, addOn } = preparedAddOn({ user });
  const e = emu;
  e.webApp = { ...e.webApp, ...webApp };
  const asPhone = <T>(fn: () => T): T => e.asWebApp(fn);
  return { emu: e, addOn: addOn as AddOn, asPhone };
}

const snapshot = (emu: Any) => JSON.stringify(emu.toJSON());

describe("doGet: the phone form", () => {
  it("serves the sidebar's form marked for phones, with the viewport set by addMetaTag, without the editor UI", () => {
    const { emu, addOn } = phone();
    emu.resetCalls();
    const page = emu.serveWebApp(addOn);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    expect(page).toContain('{"phone":true}');
    expect(page).toMatch(/<html[^>]*class="phone"/);
    expect(page).toContain("<title>CO.EFFICIENTI – Intervista dal telefono</title>");
    // The same page as the sidebar's: the same form script and styles, only the boot data differ.
    const sidebar = readFileSync("dist/Sidebar.html", "utf8");
    const script = sidebar.slice(sidebar.lastIndexOf("<script>"));
    expect(page).toContain(script.slice(0, 2000));
    expect(emu.calls.get("SpreadsheetApp.getUi") ?? 0).toBe(0);
  });
});

describe.each<WebAppOptions>([
  { documentLock: "null", currentOnly: "works" },
  { documentLock: "available", currentOnly: "works" },
])("the phone form's calls as a web app (%o)", (behaviour) => {
  it("never reach for the editor UI, and store the interview once, as the sidebar would", () => {
    const { emu, addOn, asPhone } = phone(behaviour);
    emu.resetCalls();
    const ctx = asPhone(() => addOn.getPhoneFormContext());
    expect(ctx.regions.filter((r: Any) => r.allowed)).toHaveLength(20);
    expect(asPhone(() => addOn.getComuni("16")).length).toBeGreaterThan(200);
    asPhone(() => addOn.getAreaSuggestions("16"));
    const input = interview();
    const first = asPhone(() => addOn.submitPhoneInterview(input));
    expect(first).toMatchObject({ ok: true, id: "INT-00001", created: true });
    // The reply was lost on the way: the phone sends the same submission again.
    const again = asPhone(() => addOn.submitPhoneInterview(input));
    expect(again).toMatchObject({ ok: true, id: "INT-00001" });
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    expect(emu.recordsOf("Contatti")).toHaveLength(1);
    expect(emu.calls.get("SpreadsheetApp.getUi") ?? 0).toBe(0);

    // The same interview from the sidebar gives the same row, but for ids, times and submission.
    const desk = phone();
    desk.addOn.submitInterview(interview({ submissionId: submissionId() }));
    const strip = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => !/ID|creat|aggiorn|invio|Versione/i.test(k)));
    expect(strip(emu.recordsOf("Interviste")[0])).toEqual(strip(desk.emu.recordsOf("Interviste")[0]));
  });
});

describe("the phone form's permissions", () => {
  it("checks the signed-in user's e-mail against Partner, region by region", () => {
    const { emu, addOn, asPhone } = phone({}, "partner.marche@example.it");
    emu.typeInto("Partner", "A2", "partner.marche@example.it");
    emu.typeInto("Partner", "B2", "Marche");
    const ctx = asPhone(() => addOn.getPhoneFormContext());
    expect(ctx.regions.filter((r: Any) => r.allowed).map((r: Any) => r.code)).toEqual(["11"]);
    const before = snapshot(emu);
    const refused = asPhone(() => addOn.submitPhoneInterview(interview()));
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]).toMatchObject({ field: "region" });
    expect(snapshot(emu)).toBe(before);
    const marche = interview({
      region: "11",
      hardestArea: { kind: "comune", name: "Ancona" },
      interestedAuthority: { name: "Comune di Ancona", kind: "comune", area: "Ancona", interest: 4 },
      protocolArea: "Ancona",
    });
    expect(asPhone(() => addOn.submitPhoneInterview(marche))).toMatchObject({ ok: true });
  });

  it("run as the deployer, Google hides who is writing: a Partner list refuses, nothing is written", () => {
    const { emu, addOn, asPhone } = phone({ executeAs: "USER_DEPLOYING" }, "partner.marche@example.it");
    emu.typeInto("Partner", "A2", "partner.marche@example.it");
    emu.typeInto("Partner", "B2", "Marche");
    const before = snapshot(emu);
    const result = asPhone(() => addOn.submitPhoneInterview(interview({ region: "11" })));
    expect(result.ok).toBe(false);
    expect(snapshot(emu)).toBe(before);
  });
});

describe("where Google gives the web app no spreadsheet", () => {
  it("a web app without the container says so in words and writes nothing", () => {
    const { emu, addOn, asPhone } = phone({ activeSpreadsheet: "none" });
    expect(() => asPhone(() => addOn.getPhoneFormContext())).toThrow(/non raggiunge il foglio/);
    const before = snapshot(emu);
    const result = asPhone(() => addOn.submitPhoneInterview(interview()));
    expect(result).toMatchObject({ ok: false });
    expect(result.errors[0].message).toMatch(/non raggiunge il foglio.*Nulla è stato scritto/);
    expect(snapshot(emu)).toBe(before);
  });

  it("spreadsheets.currentonly refused to the web app: the user reads why, nothing is written", () => {
    const { emu, addOn, asPhone } = phone({ currentOnly: "refused" });
    expect(() => asPhone(() => addOn.getPhoneFormContext())).toThrow(/non permette al modulo per telefono/);
    const before = snapshot(emu);
    const result = asPhone(() => addOn.submitPhoneInterview(interview()));
    expect(result.errors[0].message).toMatch(/non permette al modulo per telefono/);
    expect(snapshot(emu)).toBe(before);
  });
});

describe("the phone and the sidebar never write at once", () => {
  it("while one holds the script lock the other says 'retry' and writes nothing", () => {
    const { emu, addOn, asPhone } = phone();
    emu.scriptLockHeld = true; // a sidebar save is under way
    const before = snapshot(emu);
    const fromPhone = asPhone(() => addOn.submitPhoneInterview(interview()));
    expect(fromPhone.errors[0].message).toMatch(/occupato/);
    expect(snapshot(emu)).toBe(before);
    // …and a sidebar save waits for a phone save in the same way.
    const fromDesk = addOn.submitInterview(interview());
    expect(fromDesk.errors[0].message).toMatch(/occupato/);
    expect(snapshot(emu)).toBe(before);
    emu.scriptLockHeld = false;
    expect(asPhone(() => addOn.submitPhoneInterview(interview()))).toMatchObject({ ok: true });
    expect(emu.lockHeld || emu.scriptLockHeld).toBe(false);
  });

  it("outside a web app a null document lock is still refused (no silent fallback)", () => {
    const { emu, addOn } = phone();
    emu.documentLockAvailable = false;
    const result = addOn.submitInterview(interview());
    expect(result.errors[0].message).toMatch(/blocco del documento/);
  });
});

describe("a phone save Google cuts half-way", () => {
  it("a fault at every call, then the phone's resend of the same submission: one interview, as without faults", () => {
    const clean = phone();
    const input = interview();
    clean.emu.resetCalls();
    clean.asPhone(() => clean.addOn.submitPhoneInterview(input));
    const expected = {
      interviews: clean.emu.recordsOf("Interviste").length,
      contacts: clean.emu.recordsOf("Contatti").length,
      log: clean.emu.recordsOf("Registro").length,
    };
    const calls = clean.emu.totalCalls();
    expect(calls).toBeGreaterThan(10);
    for (let at = 1; at <= calls; at++) {
      const { emu, addOn, asPhone } = phone();
      emu.failAtCall(at);
      let first: Any;
      try {
        first = asPhone(() => addOn.submitPhoneInterview(input));
      } catch {
        first = undefined; // the page sees a failure and keeps the interview waiting
      }
      emu.failAt = null;
      const resent = asPhone(() => addOn.submitPhoneInterview(input));
      expect(resent, `after a fault at call ${at}`).toMatchObject({ ok: true, id: "INT-00001" });
      if (first?.ok) expect(first.id).toBe("INT-00001");
      expect({
        interviews: emu.recordsOf("Interviste").length,
        contacts: emu.recordsOf("Contatti").length,
        log: emu.recordsOf("Registro").length,
      }).toEqual(expected);
      expect(emu.lockHeld || emu.scriptLockHeld, `locks released after a fault at call ${at}`).toBe(false);
    }
  });
});
