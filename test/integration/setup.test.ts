// Prepara il foglio (setupSpreadsheet): the tabs, headers, dropdowns and settings; idempotent.
import { describe, expect, it } from "vitest";
import { defaultSettingsRows } from "../../src/core/settings";
import { interview } from "../fixtures";
import { loadAddOn, preparedAddOn } from "./addon";

describe("setupSpreadsheet", () => {
  it("creates the tabs with frozen headers, dropdowns, marked technical columns and default settings", () => {
    const { emu, addOn } = loadAddOn();
    addOn.setupSpreadsheet();
    for (const name of ["Interviste", "Contatti", "Impostazioni", "Partner", "Registro"]) {
      expect(emu.sheetData(name).frozenRows).toBe(1);
    }
    const header = emu.valuesOf("Interviste")[0];
    expect(header).toContain("D4 Area protocollo");
    const kindColumn = header.indexOf("D3 Tipo ente");
    expect(emu.sheetData("Interviste").validations.get(`1,${kindColumn}`).values).toContain("Terzo settore");
    expect(emu.sheetData("Interviste").styles.get(`0,${header.indexOf("ID")}`).background).toBe("#e8eaed");
    const settings = emu.recordsOf("Impostazioni");
    expect(settings.find((r) => r.Chiave === "peso_criticita")?.Valore).toBe(0.4);
    expect(settings.filter((r) => r.Chiave.startsWith("regione_") && r.Valore === "Sì")).toHaveLength(15);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Foglio pronto/);
  });

  it("is idempotent and keeps user columns and data", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    // The first column after the add-on's own (Interviste has 30: Verifica and Nota verifica last).
    emu.typeInto("Interviste", "AE1", "Commento staff");
    emu.typeInto("Interviste", "AE2", "da richiamare");
    emu.typeInto("Impostazioni", "C2", "0,5");
    const before = emu.valuesOf("Interviste");
    addOn.setupSpreadsheet();
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Interviste")).toEqual(before);
    expect(emu.recordsOf("Impostazioni")).toHaveLength(defaultSettingsRows().length);
    expect(emu.recordsOf("Impostazioni")[0].Valore).toBe("0,5");
  });

  it("adds back a header that was deleted, after the existing columns", () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Contatti", "F1", "");
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Contatti")[0].at(-1)).toBe("Email");
  });
});
