// Hand edits: the sheet as people really change it (deleted and renamed headers, typos, moved columns).
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("Prepara il foglio after hand edits", () => {
  it("gives a deleted header back to the blank-headed column that holds its data", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const header = emu.valuesOf("Interviste")[0];
    const severity = header.indexOf("D2 Gravità");
    const width = header.length;
    emu.sheetData("Interviste").cell(0, severity).value = "";
    addOn.setupSpreadsheet();
    const after = emu.valuesOf("Interviste");
    expect(after[0][severity]).toBe("D2 Gravità");
    expect(after[0]).toHaveLength(width);
    expect(after[1][severity]).toBe(4);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/le è stata ridata "D2 Gravità"/);
  });

  it("stops and names the columns when more than one header is gone, changing nothing", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const header = emu.valuesOf("Interviste")[0];
    for (const name of ["D2 Gravità", "D3 Interesse"])
      emu.sheetData("Interviste").cell(0, header.indexOf(name)).value = "";
    const before = JSON.stringify(emu.valuesOf("Interviste"));
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/colonne O, T hanno dati ma nessuna intestazione/);
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/"D2 Gravità", "D3 Interesse"/);
    expect(JSON.stringify(emu.valuesOf("Interviste"))).toBe(before);
  });

  it("shows the Interviste tab, explains each header in a note and says 'Regione inclusa'", () => {
    const { emu, addOn } = preparedAddOn();
    emu.select("Partner", "A1");
    addOn.setupSpreadsheet();
    expect(emu.toJSON().active).toBe("Interviste");
    const notes = emu.sheetData("Partner").notes;
    expect(notes.get("0,1")).toMatch(/separate da virgola.*'tutte'/);
    expect(notes.get("0,2")).toMatch(/staff: scrive tutte le regioni/);
    expect(emu.sheetData("Interviste").notes.get("0,0")).toMatch(/Colonna tecnica/);
    const names = emu.recordsOf("Impostazioni").map((r) => r.Impostazione);
    expect(names).toContain("Regione inclusa: Puglia");
    expect(names.some((n) => /In ambito/.test(String(n)))).toBe(false);
  });

  it("renames the settings of older sheets without touching their values", () => {
    const { emu, addOn } = preparedAddOn();
    const rows = emu.recordsOf("Impostazioni");
    const puglia = rows.findIndex((r) => r.Chiave === "regione_16") + 2;
    emu.typeInto("Impostazioni", `B${puglia}`, "In ambito: Puglia");
    emu.typeInto("Impostazioni", `C${puglia}`, "No");
    addOn.setupSpreadsheet();
    const after = emu.recordsOf("Impostazioni").find((r) => r.Chiave === "regione_16");
    expect(after).toMatchObject({ Impostazione: "Regione inclusa: Puglia", Valore: "No" });
  });
});
describe("one name per concept", () => {
  it("reads the Q1… headers of earlier versions, and Prepara il foglio renames them D1…", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    const header = emu.valuesOf("Interviste")[0].map(String);
    header.forEach((h, c) => {
      if (/^D[1-4] /.test(h)) emu.sheetData("Interviste").cell(0, c).value = h.replace(/^D/, "Q");
    });
    expect(addOn.getInterview(id).reasons.severity).toBe(4);
    addOn.setupSpreadsheet();
    const renamed = emu.valuesOf("Interviste")[0].map(String);
    expect(renamed.filter((h) => /^Q[1-4] /.test(h))).toEqual([]);
    expect(renamed.filter((h) => /^D[1-4] /.test(h))).toHaveLength(13);
    expect(renamed).toHaveLength(header.length);
    expect(emu.recordsOf("Interviste")[0]["D2 Gravità"]).toBe(4);
  });

  it("names the interviewer column as the form does, Intervistatore/intervistatrice, renaming the old header", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    const column = emu.valuesOf("Interviste")[0].indexOf("Intervistatore/intervistatrice");
    expect(column).toBeGreaterThan(0);
    emu.sheetData("Interviste").cell(0, column).value = "Intervistatore";
    expect(addOn.getInterview(id).interviewer).toBe("Giulia Rossi");
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Interviste")[0][column]).toBe("Intervistatore/intervistatrice");
  });
});
describe("a typo in Impostazioni", () => {
  it("never stops the form from opening or saving; the Shortlist names the cell; absurd weights are refused", () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Impostazioni", "C2", "alto");
    const context = addOn.getFormContext();
    expect(context.settingsProblem).toMatch(/Impostazioni!C2: "alto"/);
    expect(context.regions.length).toBeGreaterThan(0);
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Impostazioni!C2: "alto"/);
    for (const absurd of ["-1", "1e308"]) {
      emu.typeInto("Impostazioni", "C2", absurd);
      addOn.generateShortlist();
      expect(emu.ui.alerts.at(-1)?.message).toMatch(/Impostazioni!C2: .* \(numero da 0 a 1000\)/);
    }
  });
});
describe("a Shortlist rearranged by hand", () => {
  it("keeps follow-up and user columns through an inserted and a moved column; the dropdown stays on Stato", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    addOn.generateShortlist();
    const header = () => emu.valuesOf("Shortlist")[0].map(String);
    const row = emu.valuesOf("Shortlist").findIndex((r) => r.includes("Anna Verdi")) + 1;
    const letter = (name: string) => String.fromCharCode(65 + header().indexOf(name));
    emu.typeInto("Shortlist", `${letter("Stato")}${row}`, "Contattato");
    emu.typeInto("Shortlist", `${letter("Note")}${row}`, "Richiamare lunedì");
    // A column inserted before Stato, with the staff's own header and value; then Note moved to the end.
    emu.insertColumnBefore("Shortlist", header().indexOf("Stato") + 1);
    const inserted = String.fromCharCode(letter("Stato").charCodeAt(0) - 1);
    emu.typeInto("Shortlist", `${inserted}1`, "Chi chiama");
    emu.typeInto("Shortlist", `${inserted}${row}`, "Giulia");
    emu.moveColumnToEnd("Shortlist", header().indexOf("Note") + 1);
    addOn.generateShortlist();
    expect(emu.ui.alerts).toEqual([]);
    const rows = emu.recordsOf("Shortlist");
    const anna = rows.find((r) => r.Contatto === "Anna Verdi");
    expect(anna).toMatchObject({ Stato: "Contattato", Note: "Richiamare lunedì", "Chi chiama": "Giulia" });
    // The Stato dropdown is on the Stato column only.
    const sheet = emu.sheetData("Shortlist");
    const stato = header().indexOf("Stato");
    for (const [key] of sheet.validations) {
      const column = Number(key.split(",")[1]);
      expect(column, `dropdown at ${key}`).toBe(stato);
    }
  });
});
