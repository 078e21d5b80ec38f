// What the add-on keeps never grows without bound, and an operation Google cut half-way is finished
// by the next write of anyone allowed to do it: the journal stays small after hundreds of cut writes,
// Registro cells stay within Google's cell limit, a cut deletion is finished (or dropped) by others'
// writes but never by a user who may not write its region, and the Registro says who did what.
import { describe, expect, it } from "vitest";
import { interview, submissionId, typePartners } from "../fixtures";
import { type Emulator, preparedAddOn } from "./addon";

const JOURNAL = "coef.journal";
const journalOf = (emu: Emulator): unknown[] => JSON.parse(emu.documentProperties.get(JOURNAL) ?? "[]");
const journalBytes = (emu: Emulator) => Buffer.byteLength(emu.documentProperties.get(JOURNAL) ?? "", "utf8");

/** Contact rows whose interview does not show them (no interview row, or another version). */
function orphans(emu: Emulator): unknown[] {
  const versions = new Map(emu.recordsOf("Interviste").map((r) => [r.ID, r.Versione]));
  return emu
    .recordsOf("Contatti")
    .filter(
      (c) =>
        !versions.has(c["ID intervista"]) || versions.get(c["ID intervista"]) !== c["Versione intervista"],
    );
}

const marche = () =>
  interview({
    region: "11",
    hardestArea: { kind: "comune", name: "Ancona" },
    contacts: [
      {
        name: "Sara Gallo",
        role: "Tecnica",
        organization: "Comune di Ancona",
        phone: "+39 071 222 3333",
        decisionLevel: "tecnico",
      },
    ],
  });

describe("the journal holds only what is in progress", () => {
  it("after 500 writes cut at every stage and never retried, saves by the same and by another user work, and the journal stays small", () => {
    const { emu, addOn } = preparedAddOn();
    const users = [
      "giulia.rossi@partner.example",
      "marco.bianchi@partner.example",
      "staff@coefficienti.example",
    ];
    // Where Google cuts: before the interview row, at the interview row, at the Registro line, at the
    // journal's last write (the operation took effect in the last two).
    const cuts = [
      { method: "Range.setValues", sheet: "Contatti" },
      { method: "Range.setValues", sheet: "Interviste" },
      { method: "Range.setValues", sheet: "Registro" },
      { method: "Properties.setProperty" },
    ];
    let maxBytes = 0;
    for (let i = 0; i < 500; i++) {
      emu.user = users[i % users.length];
      emu.faults = [];
      emu.injectFault(cuts[i % cuts.length]);
      expect(() => addOn.submitInterview(interview())).toThrow(/riferimento/);
      maxBytes = Math.max(maxBytes, journalBytes(emu));
    }
    emu.faults = [];
    expect(journalOf(emu).length).toBeLessThanOrEqual(1);
    expect(maxBytes).toBeLessThan(1_000);
    emu.user = users[0];
    const same = addOn.submitInterview(interview());
    expect(same.ok).toBe(true);
    emu.user = "luca.neri@partner.example";
    const other = addOn.submitInterview(interview());
    expect(other.ok).toBe(true);
    expect(journalOf(emu)).toEqual([]);
    // Every cut write that took effect (its interview row was written) is there once, with one
    // Registro line; the others left nothing behind (no contact without its interview).
    const interviews = emu.recordsOf("Interviste");
    expect(interviews.length).toBeGreaterThanOrEqual(125 + 2);
    expect(orphans(emu)).toEqual([]);
    const created = emu.recordsOf("Registro").filter((r) => r.Azione === "creazione");
    expect(created.map((r) => r.ID).sort()).toEqual(interviews.map((r) => r.ID).sort());
  }, 120_000);
});

describe("the journal's bound, whatever happens", () => {
  it("a journal too full of operations this user may not finish refuses the save before writing; staff's save clears it", () => {
    const { emu, addOn } = preparedAddOn();
    typePartners(emu, [
      ["puglia@partner.example", "Puglia", "partner"],
      ["staff@coefficienti.example", "", "staff"],
    ]);
    // Entries of an earlier release name no region: only staff may finish them.
    const planted = Array.from({ length: 70 }, (_, i) => ({
      op: "create",
      opId: `S-older-release-${String(i).padStart(4, "0")}-abcdefghijklmnopqrstuvwxyz`,
      id: `INT-${String(900 + i).padStart(5, "0")}`,
    }));
    emu.documentProperties.set(JOURNAL, JSON.stringify(planted));
    emu.user = "puglia@partner.example";
    const before = JSON.stringify(emu.toJSON());
    const refused = addOn.submitInterview(interview());
    expect(refused.ok).toBe(false);
    expect(refused.errors[0].message).toMatch(
      /^Troppe operazioni rimaste a metà .* Nulla è stato scritto\.$/,
    );
    expect(JSON.stringify(emu.toJSON())).toBe(before);
    emu.user = "staff@coefficienti.example";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    expect(journalOf(emu)).toEqual([]);
    emu.user = "puglia@partner.example";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
  });
});

describe("Registro cells stay within Google's cell limit", () => {
  it("verifying 5,001 rows at once keeps the count and cuts the id list", () => {
    const { emu, addOn } = preparedAddOn();
    const g = emu.globals();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Interviste");
    sheet.insertRowsAfter(sheet.getMaxRows(), 4_100);
    const ids = Array.from({ length: 5_001 }, (_, i) => [`INT-${String(i + 1).padStart(5, "0")}`]);
    sheet.getRange(2, 1, ids.length, 1).setValues(ids);
    emu.select("Interviste", "C2");
    emu.sheetData("Interviste").activeRange = {
      row: 2,
      col: 3,
      rows: 5_001,
      cols: 1,
    };
    addOn.markSelectedVerified();
    expect(emu.ui.alerts).toEqual([]);
    const line = emu.recordsOf("Registro").at(-1)!;
    expect(line).toMatchObject({ Azione: "verifica", Conteggio: 5_001 });
    const text = String(line.ID);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(text.length).toBeLessThanOrEqual(2_000);
    expect(text.startsWith("INT-00001, INT-00002, ")).toBe(true);
    const shown = text.split(", ").filter((s) => /^INT-\d{5}$/.test(s)).length;
    expect(text.endsWith(`… e altri ${5_001 - shown}`)).toBe(true);
    expect(emu.recordsOf("Interviste").every((r) => r.Verifica === "Verificata")).toBe(true);
  }, 60_000);
});

describe("roll forward, by anyone allowed", () => {
  function sheetWithPartners() {
    const { emu, addOn } = preparedAddOn();
    typePartners(emu, [
      ["puglia@partner.example", "Puglia", "partner"],
      ["puglia.due@partner.example", "Puglia", "partner"],
      ["marche@partner.example", "Marche", "partner"],
      ["staff@coefficienti.example", "", "staff"],
    ]);
    emu.user = "puglia@partner.example";
    const bari = addOn.submitInterview(interview());
    const second = addOn.submitInterview(interview());
    emu.user = "marche@partner.example";
    const ancona = addOn.submitInterview(marche());
    return { emu, addOn, bari: bari.id as string, second: second.id as string, ancona: ancona.id as string };
  }

  /** A Puglia partner's deletion cut after the interview row went, before its contacts did. */
  function cutDeletion() {
    const setup = sheetWithPartners();
    const { emu, addOn, bari } = setup;
    emu.user = "puglia@partner.example";
    emu.injectFault({ method: "Sheet.deleteRows", sheet: "Contatti" });
    expect(() => addOn.deleteInterview(bari)).toThrow();
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).not.toContain(bari);
    expect(emu.recordsOf("Contatti").some((c) => c["ID intervista"] === bari)).toBe(true);
    return setup;
  }

  it("a Marche partner's save, delete or shortlist never finishes a Puglia deletion", () => {
    const { emu, addOn, bari, ancona } = cutDeletion();
    emu.user = "marche@partner.example";
    expect(addOn.submitInterview(marche()).ok).toBe(true);
    expect(addOn.deleteInterview(ancona).ok).toBe(true);
    addOn.generateShortlist();
    expect(journalOf(emu)).toHaveLength(1);
    expect(emu.recordsOf("Contatti").some((c) => c["ID intervista"] === bari)).toBe(true);
    expect(emu.recordsOf("Registro").filter((r) => r.ID === bari && r.Azione === "eliminazione")).toEqual([]);
  });

  it("another allowed user's save finishes it, and Registro names who began it and who finished it", () => {
    const { emu, addOn, bari } = cutDeletion();
    emu.user = "puglia.due@partner.example";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    expect(journalOf(emu)).toEqual([]);
    expect(emu.recordsOf("Contatti").some((c) => c["ID intervista"] === bari)).toBe(false);
    const lines = emu.recordsOf("Registro").filter((r) => r.ID === bari && r.Azione === "eliminazione");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      Chi: "puglia@partner.example (completata da puglia.due@partner.example)",
      Conteggio: 1,
    });
  });

  it.each([
    ["Genera shortlist", (addOn: any) => addOn.generateShortlist()],
    ["Prepara il foglio", (addOn: any) => addOn.setupSpreadsheet()],
    [
      "Segna come verificata",
      (addOn: any, emu: Emulator) => {
        emu.select("Interviste", "C2");
        addOn.markSelectedVerified();
      },
    ],
  ])(
    "staff's %s finishes it before anything else: no deleted contact reaches the Shortlist",
    (_name, act) => {
      const { emu, addOn, bari } = cutDeletion();
      emu.user = "staff@coefficienti.example";
      act(addOn, emu);
      expect(journalOf(emu)).toEqual([]);
      expect(emu.recordsOf("Contatti").some((c) => c["ID intervista"] === bari)).toBe(false);
      expect(
        emu.recordsOf("Registro").filter((r) => r.ID === bari && r.Azione === "eliminazione"),
      ).toHaveLength(1);
      addOn.generateShortlist();
      expect(JSON.stringify(emu.valuesOf("Shortlist"))).not.toContain(bari);
    },
  );

  it("a header renamed by hand never stops Prepara il foglio: the entry it cannot settle waits", () => {
    const { emu, addOn } = cutDeletion();
    const header = emu.valuesOf("Contatti")![0];
    emu.typeInto("Contatti", `${String.fromCharCode(65 + header.indexOf("ID intervista"))}1`, "Intervista");
    emu.user = "staff@coefficienti.example";
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/^Foglio pronto/);
  });

  it("a deletion cut before it removed anything is dropped, never left armed for someone else's Elimina", () => {
    const { emu, addOn, bari, second } = sheetWithPartners();
    emu.user = "puglia@partner.example";
    emu.injectFault({ method: "Sheet.deleteRows", sheet: "Interviste" });
    expect(() => addOn.deleteInterview(bari)).toThrow();
    expect(journalOf(emu)).toHaveLength(1);
    // Another Puglia partner selects the second interview and confirms its deletion: only that one goes.
    emu.user = "puglia.due@partner.example";
    emu.select("Interviste", "C3");
    emu.alertResponse = "YES";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(new RegExp(`Eliminare l'intervista ${second}`));
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).toContain(bari);
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).not.toContain(second);
    expect(journalOf(emu)).toEqual([]);
    expect(emu.recordsOf("Registro").filter((r) => r.ID === bari && r.Azione === "eliminazione")).toEqual([]);
  });

  it("a create cut after its contacts is cleared by another user's save: no invisible personal data stays", () => {
    const { emu, addOn } = sheetWithPartners();
    emu.user = "puglia@partner.example";
    emu.injectFault({ method: "Range.setValues", sheet: "Interviste" });
    expect(() =>
      addOn.submitInterview(interview({ contacts: [{ ...interview().contacts[0], name: "Nina Sposito" }] })),
    ).toThrow();
    expect(orphans(emu)).toHaveLength(1);
    emu.user = "staff@coefficienti.example";
    expect(addOn.submitInterview(marche()).ok).toBe(true);
    expect(orphans(emu)).toEqual([]);
    expect(journalOf(emu)).toEqual([]);
  });

  it("an edit cut after the switch is finished by another user's save: old contacts go, one Registro line", () => {
    const { emu, addOn, bari } = sheetWithPartners();
    emu.user = "puglia@partner.example";
    const stored = addOn.getInterview(bari);
    // The old contacts' removal fails: the interview shows the new ones already.
    emu.injectFault({ method: "Sheet.deleteRows", sheet: "Contatti" });
    const edited = {
      ...stored,
      submissionId: submissionId(),
      contacts: [{ ...stored.contacts[0], name: "Rocco Lupo" }],
    };
    expect(() => addOn.submitInterview(edited)).toThrow();
    emu.user = "puglia.due@partner.example";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    expect(orphans(emu)).toEqual([]);
    expect(
      emu
        .recordsOf("Contatti")
        .filter((c) => c["ID intervista"] === bari)
        .map((c) => c.Nome),
    ).toEqual(["Rocco Lupo"]);
    const lines = emu.recordsOf("Registro").filter((r) => r.ID === bari && r.Azione === "modifica");
    expect(lines).toHaveLength(1);
    expect(lines[0].Chi).toBe("puglia@partner.example (completata da puglia.due@partner.example)");
  });
});

describe("Google's 10 million cells", () => {
  const cellsOf = (emu: Emulator) => emu.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);

  it("near the limit a tab grows by what it needs only; at the limit the user reads why, and a later save works", () => {
    const { emu, addOn } = preparedAddOn();
    // A contact id typed in the tab's last row: the next contacts go below it, past the tab's end.
    emu.typeInto("Contatti", "A1000", "INT-09999");
    emu.limits = { spreadsheetCells: cellsOf(emu) + 26 * 10 };
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    emu.limits = { spreadsheetCells: cellsOf(emu) };
    emu.typeInto("Contatti", `A${emu.sheetData("Contatti").maxRows}`, "INT-09998");
    const full = addOn.submitInterview(interview());
    expect(full).toEqual({
      ok: false,
      errors: [
        {
          field: "",
          message:
            "Il foglio ha raggiunto il limite di Google di 10 milioni di celle (contano anche le righe e le colonne vuote): elimina le righe e le colonne vuote in fondo alle schede, o le schede che non servono, e riprova.",
        },
      ],
    });
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    emu.limits = { spreadsheetCells: cellsOf(emu) + 26 * 10 };
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    expect(emu.recordsOf("Interviste")).toHaveLength(2);
    expect(journalOf(emu)).toEqual([]);
  });
});
