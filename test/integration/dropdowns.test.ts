// The staff's own dropdown values: kept through Genera shortlist, Prepara il foglio and the next edit.
import { describe, expect, it } from "vitest";
import { columnOf, interview, lucia } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("their dropdown values", () => {
  it("a Stato the staff added to the dropdown is kept and never blocks Genera shortlist; its cell is named", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview({ contacts: [lucia] }));
    addOn.generateShortlist();
    const cells: string[] = [];
    for (const [tab, name] of [
      ["Shortlist", "Contatto"],
      ["Coordinatori", "Nome"],
    ]) {
      const column = columnOf(emu, tab, "Stato");
      const row = emu.recordsOf(tab).findIndex((r) => r[name] === "Lucia Ferrante") + 2;
      // The staff extend the dropdown of the cell, then choose their new value.
      const data = emu.sheetData(tab);
      const key = `${row - 1},${column.charCodeAt(0) - 65}`;
      const rule = data.validations.get(key);
      data.validations.set(key, { ...rule, values: [...rule.values, "In attesa di risposta"] });
      emu.typeInto(tab, `${column}${row}`, "In attesa di risposta");
      cells.push(`${tab}!${column}${row}`);
    }
    emu.ui.alerts = [];
    addOn.generateShortlist();
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.recordsOf("Shortlist").find((r) => r.Contatto === "Lucia Ferrante")?.Stato).toBe(
      "In attesa di risposta",
    );
    expect(emu.recordsOf("Coordinatori")[0].Stato).toBe("In attesa di risposta");
    expect(emu.ui.toasts.at(-1)?.message).toContain(
      `fuori dall'elenco del menu a tendina, mantenuti (e aggiunti al menu di quella colonna): ${cells.join(", ")}.`,
    );
    // The dropdown still offers the add-on's states, and the staff's value; it stays strict.
    const [tab, a1] = cells[0].split("!");
    const at = a1.match(/^([A-Z])(\d+)$/) as RegExpMatchArray;
    const rule = emu.sheetData(tab).validations.get(`${Number(at[2]) - 1},${at[1].charCodeAt(0) - 65}`);
    expect(rule.values).toEqual(
      expect.arrayContaining(["Da contattare", "Contattato", "In attesa di risposta"]),
    );
    expect(rule.allowInvalid).toBe(false);
  });
});
describe("their dropdown values, through Prepara il foglio", () => {
  it("a Verifica the staff added to the dropdown survives Prepara il foglio and the next edit; its cell is named", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    const column = columnOf(emu, "Interviste", "Verifica");
    const data = emu.sheetData("Interviste");
    const key = `1,${((emu.valuesOf("Interviste") as unknown[][])[0] as string[]).indexOf("Verifica")}`;
    const rule = data.validations.get(key);
    data.validations.set(key, { ...rule, values: [...rule.values, "Verificata con riserva"] });
    emu.typeInto("Interviste", `${column}2`, "Verificata con riserva");
    emu.ui.toasts = [];
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.ui.toasts.at(-1)?.message).toContain(
      `mantenuti (e aggiunti al menu di quella colonna): Interviste!${column}2.`,
    );
    expect(emu.sheetData("Interviste").validations.get(key).values).toContain("Verificata con riserva");
    // The next edit through the form keeps it (only the notes changed) and is not refused.
    const stored = addOn.getInterview(id);
    expect(addOn.submitInterview({ ...stored, submissionId: "S-after-setup", notes: "ok" }).ok).toBe(true);
    expect(emu.recordsOf("Interviste")[0].Verifica).toBe("Verificata con riserva");
  });
});
