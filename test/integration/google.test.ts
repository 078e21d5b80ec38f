// The add-on on Google's rules (dev/emulator/RULES.md), as a new user meets them on a fresh sheet.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { loadAddOn, preparedAddOn } from "./addon";

const contact = (name: string, i: number) => ({
  name,
  role: "Assistente sociale",
  organization: "Comune di Lecce",
  phone: `+39 0832 68${String(i).padStart(4, "0")}`,
  decisionLevel: "tecnico" as const,
});

describe("a fresh Google spreadsheet", () => {
  it("prepares the sheet, takes 600 interviews with 2 contacts each (Contatti past row 1000) and builds the Shortlist", () => {
    const { emu, addOn } = loadAddOn();
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.sheetData("Interviste").maxColumns).toBeGreaterThanOrEqual(28);
    const areas = ["Lecce", "Brindisi", "Taranto", "Foggia"];
    for (let i = 0; i < 600; i++) {
      const area = areas[i % areas.length];
      const result = addOn.submitInterview(
        interview({
          hardestArea: { kind: "comune", name: area },
          protocolArea: area,
          contacts: [contact(`Referente ${i}A`, 2 * i), contact(`Referente ${i}B`, 2 * i + 1)],
        }),
      );
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    expect(emu.recordsOf("Interviste")).toHaveLength(600);
    expect(emu.recordsOf("Contatti")).toHaveLength(1200);
    expect(emu.sheetData("Contatti").maxRows).toBeGreaterThanOrEqual(1201);
    addOn.generateShortlist();
    expect(emu.ui.alerts).toEqual([]);
    const shortlist = emu.recordsOf("Shortlist");
    expect(shortlist.filter((r) => r.Regione === "Puglia").length).toBeGreaterThan(3);
  });

  it("appends after the last interview id, not after stray content far below, and never over typed rows", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    emu.typeInto("Interviste", "E900", "appunto lasciato qui");
    emu.typeInto("Interviste", "E3", "riga scritta a mano senza ID");
    const second = addOn.submitInterview(interview());
    const rows = emu.valuesOf("Interviste");
    expect(rows[2][4]).toBe("riga scritta a mano senza ID");
    expect(rows[899][4]).toBe("appunto lasciato qui");
    expect(rows[900][0]).toBe(second.id);
    const third = addOn.submitInterview(interview());
    expect(emu.valuesOf("Interviste")[901][0]).toBe(third.id);
  });

  it("deletes the only interview of a tab cut down to its last rows", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    const sheet = emu.sheetData("Interviste");
    sheet.maxRows = 2;
    sheet.rows.length = 2;
    emu.select("Interviste", "A2");
    emu.alertResponse = "YES";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Eliminare/);
    expect(emu.recordsOf("Interviste")).toEqual([]);
    expect(emu.recordsOf("Contatti").filter((c) => c["ID intervista"] === id)).toEqual([]);
  });

  it("says Google offers no document lock instead of 'busy', and writes nothing", () => {
    const { emu, addOn } = preparedAddOn();
    emu.documentLockAvailable = false;
    const before = JSON.stringify(emu.toJSON());
    const result = addOn.submitInterview(interview());
    expect(result.errors[0].message).toMatch(/blocco del documento/);
    expect(JSON.stringify(emu.toJSON())).toBe(before);
  });

  it("reads a hand-typed interview date as the day typed, whatever the spreadsheet's time zone", () => {
    for (const zone of ["Europe/Rome", "America/Los_Angeles", "Pacific/Auckland"]) {
      const { emu, addOn } = preparedAddOn({ spreadsheetTimeZone: zone });
      const { id } = addOn.submitInterview(interview());
      emu.typeInto("Interviste", "D2", "2024-12-31");
      expect(addOn.getInterview(id).interviewDate).toBe("2024-12-31");
    }
  });

  it("refuses to edit or delete an id typed twice by hand, naming both cells", () => {
    const { emu, addOn } = preparedAddOn();
    const first = addOn.submitInterview(interview());
    addOn.submitInterview(interview());
    emu.typeInto("Interviste", "A3", first.id);
    const edit = addOn.submitInterview({ ...interview(), id: first.id, version: 1 });
    expect(edit.errors[0].message).toMatch(/Interviste!A2, Interviste!A3/);
    emu.select("Interviste", "B3");
    emu.alertResponse = "YES";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Interviste!A2, Interviste!A3/);
    expect(emu.recordsOf("Interviste")).toHaveLength(2);
    expect(emu.recordsOf("Contatti")).toHaveLength(2);
  });

  it("takes an id retyped in lower case for a duplicate, and acts on neither row", () => {
    const { emu, addOn } = preparedAddOn();
    for (let i = 0; i < 3; i++) addOn.submitInterview(interview());
    emu.typeInto("Interviste", "A3", "int-00001");
    emu.select("Interviste", "B3");
    emu.alertResponse = "YES";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Interviste!A2, Interviste!A3/);
    expect(emu.recordsOf("Interviste")).toHaveLength(3);
    expect(emu.recordsOf("Contatti")).toHaveLength(3);
    addOn.editSelectedInterview();
    expect(emu.ui.sidebars).toHaveLength(0);
  });

  it("never reuses an id, not even after Registro is cleared; absurd hand-typed ids are ignored", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const second = addOn.submitInterview(interview());
    emu.select("Interviste", "A3");
    emu.alertResponse = "YES";
    addOn.deleteSelectedInterview();
    emu.sheetData("Registro").rows.length = 1;
    emu.typeInto("Interviste", "A10", "INT-999999999999999999999");
    const next = addOn.submitInterview(interview());
    expect(second.id).toBe("INT-00002");
    expect(next.id).toBe("INT-00003");
    addOn.setupSpreadsheet();
    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /Interviste!A10: INT-999999999999999999999 non è un ID valido \(troppe cifre\)/,
    );
  });
});

describe("custom functions as Sheets runs them", () => {
  it("COEF_AREA_SCORES works with no writes, no lock and no user (RULES.md, R8)", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const table = emu.asCustomFunction(() =>
      addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste"), emu.valuesOf("Contatti")),
    );
    expect(table[0][0]).toBe("Regione");
    expect(table[1][0]).toBe("Puglia");
  });
});

describe("sheets made by the first release", () => {
  for (const mode of ["kept", "hidden"] as const) {
    it(`repairs plain-text columns and stray apostrophes (apostrophe in plain text: ${mode})`, () => {
      const { emu, addOn } = preparedAddOn({ apostropheInPlainText: mode });
      // The first release formatted text columns as plain text and wrote "'" + text into them.
      const sheet = emu.sheetData("Interviste");
      for (let r = 1; r < 999; r++) for (const c of [4, 5, 11]) sheet.formats.set(`${r},${c}`, "@");
      emu.typeInto("Interviste", "A2", "INT-00001");
      emu.typeInto("Interviste", "B2", "1");
      emu.typeInto("Interviste", "C2", "Puglia");
      emu.typeInto("Interviste", "E2", "'=Giulia Rossi");
      emu.typeInto("Interviste", "F2", "'007 Bianchi");
      emu.typeInto("Interviste", "L2", "'072006");
      const shown = emu.valuesOf("Interviste")[1];
      if (mode === "kept") expect(shown[4]).toBe("'=Giulia Rossi");
      addOn.setupSpreadsheet();
      const row = emu.valuesOf("Interviste")[1];
      expect([row[4], row[5], row[11]]).toEqual(["=Giulia Rossi", "007 Bianchi", "072006"]);
      expect(emu.formulas()).toEqual([]);
      expect(sheet.formats.get("1,4")).toBe("General");
      // A second run changes nothing.
      const once = JSON.stringify(emu.valuesOf("Interviste"));
      addOn.setupSpreadsheet();
      expect(JSON.stringify(emu.valuesOf("Interviste"))).toBe(once);
    });
  }
});
