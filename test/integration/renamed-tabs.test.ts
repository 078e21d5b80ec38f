// Tabs renamed or removed by hand: named in the message, never replaced by a silent empty tab.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type Emulator, preparedAddOn } from "./addon";

type Any = any;

describe("renamed and removed tabs", () => {
  function renamed(from: string, to: string) {
    const loaded = preparedAddOn();
    loaded.addOn.submitInterview(interview());
    loaded.addOn.generateShortlist();
    loaded.emu.sheetData(from).name = to;
    loaded.emu.ui.alerts = [];
    return loaded;
  }
  const names = (emu: Emulator) => (emu.toJSON().sheets as Any[]).map((s) => s.name);

  for (const to of ["Interviste ", "Interviste (copia)", "Copia di Interviste"]) {
    it(`Interviste renamed "${to}": no silent empty Shortlist, no new empty Interviste on the next save`, () => {
      const { emu, addOn } = renamed("Interviste", to);
      const shortlist = JSON.stringify(emu.valuesOf("Shortlist"));
      addOn.generateShortlist();
      expect(emu.ui.alerts.at(-1)?.message).toContain(
        `Non trovo la scheda "Interviste", ma c'è una scheda "${to}"`,
      );
      expect(JSON.stringify(emu.valuesOf("Shortlist"))).toBe(shortlist);
      const saved = addOn.submitInterview(interview());
      expect(saved.ok).toBe(false);
      expect(saved.errors[0].message).toContain(`"${to}"`);
      addOn.setupSpreadsheet();
      expect(emu.ui.alerts.at(-1)?.message).toContain(`"${to}"`);
      expect(names(emu).filter((n) => n.includes("Interviste"))).toEqual([to]);
    });
  }

  it("Interviste removed while Contatti holds data: named, and no new empty Interviste on save", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    addOn.generateShortlist();
    emu.sheets = emu.sheets.filter((s) => s.name !== "Interviste");
    emu.activeSheet = emu.sheets[0];
    emu.ui.alerts = [];
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Manca la scheda "Interviste" mentre le altre/);
    const saved = addOn.submitInterview(interview());
    expect(saved.errors[0].message).toMatch(/Manca la scheda "Interviste"/);
    expect(names(emu)).not.toContain("Interviste");
  });

  it('Partner renamed with a trailing space: writing is refused until it is back ("Partner")', () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Partner", "A2", "staff@coefficienti.example");
    emu.typeInto("Partner", "C2", "staff");
    emu.sheetData("Partner").name = "Partner ";
    emu.user = "someone.else@example.it";
    const saved = addOn.submitInterview(interview());
    expect(saved.ok).toBe(false);
    expect(saved.errors[0].message).toContain(
      'Non trovo la scheda "Partner", che dice chi può scrivere, ma c\'è una scheda "Partner "',
    );
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toContain('"Partner "');
    // The form says it at the top; the review is refused too.
    expect(addOn.getFormContext().refusal).toContain('"Partner "');
    emu.user = "staff@coefficienti.example";
    expect(addOn.submitInterview(interview()).errors[0].message).toContain('"Partner "');
    emu.user = "someone.else@example.it";
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
    emu.sheetData("Partner ").name = "Partner";
    expect(addOn.submitInterview(interview()).errors[0].message).toMatch(/non è nella scheda Partner/);
    emu.user = "staff@coefficienti.example";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
  });
});
