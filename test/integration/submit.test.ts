import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { interview, submissionId } from "../fixtures";
import { googleBehaviour, loadAddOn, preparedAddOn } from "./addon";

// Google does not document what a leading apostrophe does in a plain-text cell: every test here runs
// under both behaviours (dev/emulator/RULES.md, R6b), and under a spreadsheet time zone far from Rome.
describe.each([
  ["kept", "Europe/Rome"],
  ["hidden", "America/Los_Angeles"],
] as const)(
  "submitInterview on the built bundle (apostrophe in plain text %s, sheet in %s)",
  (mode, zone) => {
    beforeEach(() => {
      googleBehaviour.apostropheInPlainText = mode;
      googleBehaviour.spreadsheetTimeZone = zone;
    });
    afterEach(() => {
      delete googleBehaviour.apostropheInPlainText;
      delete googleBehaviour.spreadsheetTimeZone;
    });

    it("creates the tabs on first use and writes one interview and its contacts", () => {
      const { emu, addOn } = loadAddOn();
      const result = addOn.submitInterview(interview());
      expect(result).toEqual({ ok: true, id: "INT-00001", version: 1, created: true });
      const [row] = emu.recordsOf("Interviste");
      expect(row).toMatchObject({
        ID: "INT-00001",
        Versione: 1,
        Regione: "Puglia",
        "Data intervista": "2025-03-14",
        "D1 Area più difficile": "Bari",
        "D1 Codice ISTAT": "072006",
        "D2 Evidenze": "Dati statistici, Esperienza diretta",
        "D2 Gravità": 4,
        "Creata da": "staff@coefficienti.example",
      });
      expect(emu.recordsOf("Contatti")).toEqual([
        expect.objectContaining({
          "ID intervista": "INT-00001",
          Nome: "Anna Verdi",
          Telefono: "+39 080 577 1111",
          "Livello decisionale": "Dirigente",
        }),
      ]);
      expect(emu.sheetData("Interviste").frozenRows).toBe(1);
    });

    it("stores every typed text exactly as typed, never as a formula or a number", () => {
      const { emu, addOn } = preparedAddOn();
      const tricky = interview({
        interviewer: '=HYPERLINK("http://x.example";"clic")',
        interviewee: { name: "+39 333 123 4567", role: "-5", organization: "@comune" },
        hardestArea: { kind: "altro", name: "007", istatCode: "" },
        protocolArea: "TRUE",
        notes: "2025-01-01",
        contacts: [
          {
            name: "Anna Verdi",
            role: "=1+1",
            organization: "0042",
            phone: "+39 333 123 4567",
            email: "",
            decisionLevel: "tecnico",
            notes: "'citazione",
          },
        ],
      });
      expect(addOn.submitInterview(tricky).ok).toBe(true);
      const [row] = emu.recordsOf("Interviste");
      expect(row["Intervistatore/intervistatrice"]).toBe('=HYPERLINK("http://x.example";"clic")');
      expect(row.Intervistato).toBe("+39 333 123 4567");
      expect(row["Ruolo intervistato"]).toBe("-5");
      expect(row["Ente intervistato"]).toBe("@comune");
      expect(row["D1 Area più difficile"]).toBe("007");
      expect(row["D4 Area protocollo"]).toBe("TRUE");
      expect(row.Note).toBe("2025-01-01");
      const [contact] = emu.recordsOf("Contatti");
      expect([contact.Ruolo, contact.Ente, contact.Telefono, contact.Note]).toEqual([
        "=1+1",
        "0042",
        "+39 333 123 4567",
        "'citazione",
      ]);
      expect(emu.formulas()).toEqual([]);
    });

    it("keeps an ISTAT code with its leading zero", () => {
      const { emu, addOn } = preparedAddOn();
      addOn.submitInterview(
        interview({
          region: "12",
          hardestArea: { kind: "comune", name: "Roma" },
          interestedAuthority: { name: "Roma Capitale", kind: "comune", area: "Roma", interest: 3 },
          protocolArea: "Roma",
        }),
      );
      expect(emu.recordsOf("Interviste")[0]["D1 Codice ISTAT"]).toBe("058091");
    });

    it("returns the first result for a retried submission and adds nothing", () => {
      const { emu, addOn } = preparedAddOn();
      const input = interview();
      const first = addOn.submitInterview(input);
      const again = addOn.submitInterview(input);
      expect(again).toEqual(first);
      expect(emu.recordsOf("Interviste")).toHaveLength(1);
      expect(emu.recordsOf("Contatti")).toHaveLength(1);
    });

    it("gives field errors for bad input and writes nothing", () => {
      const { emu, addOn } = preparedAddOn();
      const before = JSON.stringify(emu.toJSON());
      const result = addOn.submitInterview(
        interview({
          consent: false,
          contacts: [{ name: "Anna", role: "x", organization: "y", decisionLevel: "tecnico" }],
        }),
      );
      expect(result.ok).toBe(false);
      expect(result.errors.map((e: { field: string }) => e.field)).toEqual(["consent", "contacts[0].email"]);
      expect(JSON.stringify(emu.toJSON())).toBe(before);
    });

    it("refuses an ISTAT code that is not a comune of the region", () => {
      const { addOn } = preparedAddOn();
      const result = addOn.submitInterview(
        interview({ hardestArea: { kind: "comune", name: "Roma", istatCode: "058091" } }),
      );
      expect(result).toEqual({
        ok: false,
        errors: [{ field: "hardestArea.istatCode", message: expect.stringContaining("ISTAT") }],
      });
    });

    it("says the sheet is busy and writes nothing when the lock times out", () => {
      const { emu, addOn } = preparedAddOn();
      emu.lockBusy = true;
      const before = JSON.stringify(emu.toJSON());
      const result = addOn.submitInterview(interview());
      expect(result).toEqual({
        ok: false,
        errors: [{ field: "", message: "Il foglio è occupato, riprova tra qualche secondo." }],
      });
      expect(JSON.stringify(emu.toJSON())).toBe(before);
    });

    it("updates with the loaded version and refuses a stale one with the current values", () => {
      const { emu, addOn } = preparedAddOn();
      const { id } = addOn.submitInterview(interview());
      const loadedByA = addOn.getInterview(id);
      const loadedByB = addOn.getInterview(id);
      const saveA = addOn.submitInterview({
        ...loadedByA,
        submissionId: submissionId(),
        reasons: { ...loadedByA.reasons, severity: 5 },
      });
      expect(saveA).toEqual({ ok: true, id, version: 2, created: false });
      const saveB = addOn.submitInterview({
        ...loadedByB,
        submissionId: submissionId(),
        interviewer: "Paolo Esposito",
      });
      expect(saveB.ok).toBe(false);
      expect(saveB.conflict).toBe(true);
      expect(saveB.current).toMatchObject({
        id,
        version: 2,
        reasons: { severity: 5 },
        interviewer: "Giulia Rossi",
      });
      expect(emu.recordsOf("Interviste")[0]).toMatchObject({
        Versione: 2,
        "Intervistatore/intervistatrice": "Giulia Rossi",
        "D2 Gravità": 5,
      });
    });

    it("replaces the contacts of an edited interview", () => {
      const { emu, addOn } = preparedAddOn();
      const { id: first } = addOn.submitInterview(interview());
      addOn.submitInterview(
        interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" }, protocolArea: "Ancona" }),
      );
      const loaded = addOn.getInterview(first);
      const contacts = [
        { ...loaded.contacts[0], name: "Anna Verdi Rossi" },
        {
          name: "Rocco Lupo",
          role: "Sindaco",
          organization: "Comune di Bari",
          phone: "+39 080 000 0000",
          email: "",
          decisionLevel: "politico",
          notes: "",
        },
      ];
      expect(addOn.submitInterview({ ...loaded, submissionId: submissionId(), contacts }).ok).toBe(true);
      const rows = emu.recordsOf("Contatti").map((r) => [r["ID intervista"], r.Nome]);
      expect(rows).toEqual([
        ["INT-00002", "Anna Verdi"],
        ["INT-00001", "Anna Verdi Rossi"],
        ["INT-00001", "Rocco Lupo"],
      ]);
      expect(addOn.getInterview(first).contacts.map((c: { name: string }) => c.name)).toEqual([
        "Anna Verdi Rossi",
        "Rocco Lupo",
      ]);
    });

    it("reads back what was submitted, as the form's input", () => {
      const { addOn } = preparedAddOn();
      const input = interview({ notes: "Intervista svolta in presenza." });
      const { id } = addOn.submitInterview(input);
      const stored = addOn.getInterview(id);
      const { submissionId: _s, ...rest } = input;
      expect(stored).toMatchObject({
        ...rest,
        id,
        version: 1,
        hardestArea: { kind: "comune", name: "Bari", istatCode: "072006" },
      });
    });

    it("finds columns by header when users reorder them and add their own", () => {
      const { emu, addOn } = preparedAddOn();
      addOn.submitInterview(interview());
      // Move "Regione" to the end and insert a user column at the start.
      emu.moveColumnToEnd("Interviste", 3);
      emu.insertColumnBefore("Interviste", 1);
      emu.typeInto("Interviste", "A1", "Commento staff");
      emu.typeInto("Interviste", "A2", "ok");
      const { id } = addOn.submitInterview(
        interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }),
      );
      expect(id).toBe("INT-00002");
      const rows = emu.recordsOf("Interviste");
      expect(rows.map((r) => [r.ID, r.Regione, r["Commento staff"]])).toEqual([
        ["INT-00001", "Puglia", "ok"],
        ["INT-00002", "Marche", ""],
      ]);
      expect(addOn.getInterview("INT-00001").region).toBe("16");
    });

    it("names a missing column and the fix, and works again once the header is renamed back", () => {
      const { emu, addOn } = preparedAddOn();
      emu.typeInto("Interviste", "O1", "Gravità (1-5)");
      const result = addOn.submitInterview(interview());
      expect(result.errors[0].message).toBe(
        'Nella scheda "Interviste" manca la colonna "D2 Gravità". Usa CO.EFFICIENTI → Prepara il foglio.',
      );
      expect(emu.recordsOf("Interviste")).toHaveLength(0);
      emu.typeInto("Interviste", "O1", "q2 gravita");
      expect(addOn.submitInterview(interview()).ok).toBe(true);
      expect(emu.recordsOf("Interviste")[0]["q2 gravita"]).toBe(4);
    });
  },
);
