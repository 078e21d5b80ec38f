// A user who did not grant the e-mail permission (Google's granular consent) reads how to grant it and
// why, and nothing is written, whichever of the plausible behaviours Google has (RULES.md, R30, R31).
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "./addon";

const EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";
const PERMISSION = "Visualizzare l'indirizzo email principale del tuo Account Google";

/** A sheet with one interview, then the user's e-mail permission taken away as Google would. */
function refusedSheet(behaviour: "throws" | "blank") {
  const { emu, addOn } = preparedAddOn({ user: "giulia.rossi@regione.puglia.it" });
  const saved = addOn.submitInterview(interview());
  expect(saved.ok).toBe(true);
  emu.refusedScopes = [EMAIL_SCOPE];
  emu.refusedActiveUser = behaviour;
  emu.ui.alerts = [];
  emu.ui.toasts = [];
  return { emu, addOn, id: saved.id as string };
}

/** Everything the add-on could have written: the tabs, the document properties. */
function state(emu: Emulator) {
  const json = emu.toJSON() as Record<string, unknown>;
  return JSON.stringify({ sheets: json.sheets, properties: json.properties });
}

function expectExplained(message: string | undefined) {
  expect(message).toContain(PERMISSION);
  expect(message).toMatch(/Serve per registrare chi scrive ogni intervista/);
  expect(message).toMatch(/scheda Partner/);
  expect(message).toMatch(/Per concederlo: apri https:\/\//);
  expect(message).toContain("Nulla è stato scritto.");
  expect(message).not.toMatch(/Errore imprevisto/);
}

describe.each(["throws", "blank"] as const)("e-mail permission refused (getActiveUser %s)", (behaviour) => {
  it("a save explains how to grant the permission and why, and writes nothing", () => {
    const { emu, addOn } = refusedSheet(behaviour);
    const before = state(emu);
    const result = addOn.submitInterview(
      interview({ interviewee: { ...interview().interviewee, name: "Lucia Greco" } }),
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expectExplained(result.errors[0].message);
    expect(state(emu)).toBe(before);
  });

  it("also while the Partner tab is empty, when anyone may write", () => {
    const { emu, addOn } = refusedSheet(behaviour);
    expect(emu.recordsOf("Partner")).toEqual([]);
    const before = emu.recordsOf("Interviste").length;
    const result = addOn.submitInterview(interview());
    expect(result.ok).toBe(false);
    expect(emu.recordsOf("Interviste")).toHaveLength(before);
  });

  it("an edit is refused the same way and the interview keeps its version", () => {
    const { emu, addOn, id } = refusedSheet(behaviour);
    const stored = addOn.getInterview(id);
    const result = addOn.submitInterview({ ...stored, ...interview(), id, version: stored.version });
    expectExplained(result.errors?.[0]?.message);
    expect(emu.recordsOf("Interviste")[0].Versione).toBe(1);
  });

  it.each([
    ["deleteSelectedInterview", "Elimina intervista selezionata"],
    ["generateShortlist", "Genera shortlist contatti"],
    ["setupSpreadsheet", "Prepara il foglio"],
    ["markSelectedVerified", "Segna come verificata"],
    ["markSelectedToCorrect", "Segna da correggere"],
  ])("%s (%s) shows the explanation in a dialog and writes nothing", (fn) => {
    const { emu, addOn } = refusedSheet(behaviour);
    emu.select("Interviste", "C2");
    emu.promptResponse = {
      button: "OK",
      text: "Manca il telefono",
    };
    const before = state(emu);
    (addOn as AddOn)[fn]();
    expectExplained(emu.ui.alerts.at(-1)?.message);
    expect(state(emu)).toBe(before);
  });

  it("the form opens saying so at the top, with no region to write", () => {
    const { addOn } = refusedSheet(behaviour);
    const ctx = addOn.getFormContext();
    expectExplained(ctx.refusal);
    expect(ctx.user).toBe("");
    expect(ctx.regions.some((r: { allowed: boolean }) => r.allowed)).toBe(false);
  });
});

describe("an address Google merely hides is not a refused permission", () => {
  it("a user of another domain (blank e-mail, permission granted) still writes while Partner is empty", () => {
    const { emu, addOn } = preparedAddOn({ user: "" });
    const result = addOn.submitInterview(interview());
    expect(result.ok).toBe(true);
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
  });

  it("a transient failure of Session is not taken for a refusal: it fails and the user retries", () => {
    const { emu, addOn } = preparedAddOn();
    emu.injectFault({ method: "Session.getActiveUser", times: 1 });
    expect(() => addOn.submitInterview(interview())).toThrow(/Errore imprevisto \(riferimento/);
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
    expect(addOn.submitInterview(interview()).ok).toBe(true);
  });
});

describe("another permission not granted", () => {
  const SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets.currentonly";

  it("a menu item says which permission is missing and how to grant it, not an unexpected error", () => {
    const { emu, addOn } = preparedAddOn();
    emu.refusedScopes = [SHEETS_SCOPE];
    addOn.generateShortlist();
    const message = emu.ui.alerts.at(-1)?.message;
    expect(message).toContain("non hai concesso il permesso di vedere e modificare questo foglio");
    expect(message).toContain("https://myaccount.google.com/connections");
    expect(message).not.toMatch(/Errore imprevisto/);
  });

  it("a save says the same, and the sheet is untouched", () => {
    const { emu, addOn } = preparedAddOn();
    const before = state(emu);
    emu.refusedScopes = [SHEETS_SCOPE];
    expect(() => addOn.submitInterview(interview())).toThrow(/vedere e modificare questo foglio/);
    emu.refusedScopes = [];
    expect(state(emu)).toBe(before);
  });
});
