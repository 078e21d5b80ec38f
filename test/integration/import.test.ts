// Importa interviste… on the built bundle: rows pasted into Importa become interviews through the
// form's validation and create path, once each, or say by column what to fix.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { Emulator, type EmulatorOptions, preparedAddOn } from "./addon";

type Row = Record<string, string | number | boolean | Date>;

/** The letters of a 1-based column (27 → AA). */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A row as a partner's own spreadsheet holds it: Puglia, Bari, one contact (labels, as the sheet shows them). */
function bariRow(overrides: Row = {}): Row {
  return {
    Regione: "Puglia",
    "Data intervista": "2025-03-14",
    "Intervistatore/intervistatrice": "Giulia Rossi",
    Intervistato: "Marco Bianchi",
    "Ruolo intervistato": "Assistente sociale",
    "Ente intervistato": "Comune di Bari",
    Consenso: "Sì",
    "D1 Tipo area": "Comune",
    "D1 Area più difficile": "Bari",
    "D2 Evidenze": "Dati statistici, Esperienza diretta",
    "D2 Cause": "Casa, Lavoro",
    "D2 Gravità": 4,
    "D2 Spiegazione": "Liste d'attesa per l'alloggio molto lunghe e lavoro stagionale irregolare.",
    "D3 Ente interessato": "Comune di Bari",
    "D3 Tipo ente": "Comune",
    "D3 Area": "Bari",
    "D3 Interesse": 5,
    "D4 Area protocollo": "Comune di Bari",
    "Contatto 1 Nome": "Anna Verdi",
    "Contatto 1 Ruolo": "Dirigente Servizi Sociali",
    "Contatto 1 Ente": "Comune di Bari",
    "Contatto 1 Email": "a.verdi@comune.bari.example",
    "Contatto 1 Telefono": "+39 080 577 1111",
    "Contatto 1 Livello decisionale": "Dirigente",
    ...overrides,
  };
}

/** The same interview in codes, as a CSV exported from another tool may hold it. */
const bariInCodes = (overrides: Row = {}) =>
  bariRow({
    Regione: "16",
    Consenso: "1",
    "D1 Tipo area": "comune",
    "D2 Evidenze": "dati_statistici; esperienza_diretta",
    "D2 Cause": "casa, lavoro",
    "D2 Gravità": "4",
    "D3 Tipo ente": "comune",
    "D3 Interesse": "5",
    "Contatto 1 Livello decisionale": "dirigente",
    ...overrides,
  });

const marcheRow = (overrides: Row = {}) =>
  bariRow({
    Regione: "Marche",
    "D1 Area più difficile": "Ancona",
    "D3 Ente interessato": "Comune di Ancona",
    "D3 Area": "Ancona",
    "D4 Area protocollo": "Comune di Ancona",
    Intervistato: "Sara Conti",
    ...overrides,
  });

/** Pastes values into Importa from row `at` on, each under its header (what Paste values only does). */
function paste(emu: Emulator, rows: Row[], at = 2): void {
  const header = emu.valuesOf("Importa")?.[0] as string[];
  const data = emu.sheetData("Importa");
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) {
      const c = header.indexOf(name);
      if (c < 0) throw new Error(`no column ${name}`);
      const cell = data.cell(at + i - 1, c, true);
      cell.value = value;
      cell.formula = "";
    }
  });
}

const outcomes = (emu: Emulator) => emu.recordsOf("Importa").map((r) => String(r["Esito importazione"]));
const lastLog = (emu: Emulator) => emu.recordsOf("Registro").at(-1) as Record<string, unknown>;
const alerts = (emu: Emulator) => emu.ui.alerts.map((a: { message: string }) => a.message);

/** What an interview row holds apart from when and by whom it was written, and its submission id. */
function answers(row: Record<string, unknown>) {
  const { "Creata il": _a, "Aggiornata il": _b, "ID invio": _c, ...rest } = row;
  return rest;
}

describe("Importa, made by Prepara il foglio", () => {
  it("has Interviste's answer headers, five contacts and the outcome, with notes and Interviste's dropdowns", () => {
    const { emu } = preparedAddOn();
    const header = emu.valuesOf("Importa")?.[0] as string[];
    const interviste = emu.valuesOf("Interviste")?.[0] as string[];
    const answerHeaders = interviste.slice(interviste.indexOf("Regione"), interviste.indexOf("Note") + 1);
    const contactHeaders = [1, 2, 3, 4, 5].flatMap((n) =>
      ["Nome", "Ruolo", "Ente", "Email", "Telefono", "Livello decisionale"].map((f) => `Contatto ${n} ${f}`),
    );
    expect(header).toEqual([...answerHeaders, ...contactHeaders, "Esito importazione"]);
    // More than Google's 26 columns of a new tab: the tab was grown before its headers were written.
    const sheet = emu.sheetData("Importa");
    expect(header.length).toBe(52);
    expect(sheet.maxColumns).toBeGreaterThanOrEqual(52);
    expect(sheet.frozenRows).toBe(1);
    for (let c = 0; c < header.length; c++)
      expect(sheet.notes.get(`0,${c}`), `note on ${header[c]}`).toBeTruthy();
    const dropdown = (name: string, c: number) => emu.sheetData(name).validations.get(`1,${c}`);
    for (const name of ["Regione", "D1 Tipo area", "D2 Gravità", "D3 Tipo ente", "D3 Interesse"]) {
      const ours = dropdown("Importa", header.indexOf(name));
      const theirs = dropdown("Interviste", interviste.indexOf(name));
      expect(ours?.values, name).toEqual(theirs?.values);
      // Codes and other spellings pasted from elsewhere are kept (the import checks them): a warning only.
      expect(ours?.allowInvalid, name).toBe(true);
    }
    const levels = dropdown("Importa", header.indexOf("Contatto 3 Livello decisionale"));
    const contatti = emu.valuesOf("Contatti")?.[0] as string[];
    expect(levels?.values).toEqual(dropdown("Contatti", contatti.indexOf("Livello decisionale"))?.values);
  });

  it("is made once: Prepara il foglio again changes nothing in Importa, pasted rows included", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow()]);
    const before = JSON.stringify(emu.toJSON().sheets.find((s: { name: string }) => s.name === "Importa"));
    addOn.setupSpreadsheet();
    expect(JSON.stringify(emu.toJSON().sheets.find((s: { name: string }) => s.name === "Importa"))).toBe(
      before,
    );
  });

  it("keeps phones and ISTAT codes typed into Importa as typed (plain-text cells)", () => {
    const { emu, addOn } = preparedAddOn();
    const header = emu.valuesOf("Importa")?.[0] as string[];
    paste(emu, [bariRow({ "Contatto 1 Telefono": "" })]);
    const phone = `${columnLetters(header.indexOf("Contatto 1 Telefono") + 1)}2`;
    emu.typeInto("Importa", phone, "0805771111");
    addOn.importInterviews();
    expect(emu.recordsOf("Contatti")[0].Telefono).toBe("0805771111");
    // Prepara il foglio again leaves the typed cells and their format alone.
    addOn.setupSpreadsheet();
    expect(emu.recordsOf("Importa")[0]["Contatto 1 Telefono"]).toBe("0805771111");
  });
});

describe("importInterviews", () => {
  it("stores a valid row exactly as the form stores the same interview, and its Esito reads the new id", () => {
    const viaForm = preparedAddOn();
    viaForm.addOn.submitInterview(interview());
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow()]);
    const result = addOn.importInterviews();
    expect(result).toMatchObject({ imported: 1, already: 0, invalid: 0, refused: 0, ids: ["INT-00001"] });
    expect(outcomes(emu)).toEqual(["Importata: INT-00001"]);
    expect(emu.recordsOf("Interviste").map(answers)).toEqual(
      viaForm.emu.recordsOf("Interviste").map(answers),
    );
    expect(emu.recordsOf("Contatti")).toEqual(viaForm.emu.recordsOf("Contatti"));
    expect(emu.recordsOf("Interviste")[0]["ID invio"]).toMatch(/^imp-[0-9a-f]{16}$/);
    // The form's reading of the stored interview is the same too.
    const stored = addOn.getInterview("INT-00001");
    expect(stored.contacts).toEqual(viaForm.addOn.getInterview("INT-00001").contacts);
    expect(alerts(emu).at(-1)).toMatch(
      /^Importazione finita: 1 intervista importata, 0 già importate, 0 da correggere\./,
    );
  });

  it("writes one Registro line per run with its counts, and ids from the same counter as the form", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    paste(emu, [bariRow({ Intervistato: "Luca Neri" }), bariRow({ Regione: "" }), marcheRow()]);
    addOn.importInterviews();
    expect(outcomes(emu)).toEqual([
      "Importata: INT-00002",
      expect.stringMatching(/^Da correggere: Regione: /),
      "Importata: INT-00003",
    ]);
    const lines = emu.recordsOf("Registro").filter((l) => String(l.Azione).startsWith("importazione"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      Azione: "importazione (2 importate, 0 già importate, 1 da correggere, 0 non consentite)",
      ID: "INT-00002, INT-00003",
      Conteggio: 2,
      Chi: "staff@coefficienti.example",
    });
    // The next form save takes the next id: the counter moved past the imported ones.
    expect(addOn.submitInterview(interview({ interviewer: "Paolo Sanna" })).id).toBe("INT-00004");
  });

  it("says for each invalid row what to fix, by column, and imports none of it", () => {
    const { emu, addOn } = preparedAddOn();
    const cases: [Row, RegExp][] = [
      [{ Regione: "Atlantide" }, /^Da correggere: Regione: Scegli una regione dall'elenco\.$/],
      [{ "Data intervista": "31/02/2025" }, /^Da correggere: Data intervista: Data non valida/],
      [
        { "Data intervista": "2099-01-01" },
        /Data intervista: La data dell'intervista non può essere nel futuro/,
      ],
      [{ "Data intervista": "2017-12-31" }, /Data intervista: La data dell'intervista non può essere prima/],
      [{ Consenso: "No" }, /^Da correggere: Consenso: Serve il consenso/],
      [{ Intervistato: "" }, /^Da correggere: Intervistato: Campo obbligatorio\.$/],
      [{ "D1 Tipo area": "Quartiere" }, /^Da correggere: D1 Tipo area: Valore non ammesso/],
      [{ "D1 Codice ISTAT": "058091" }, /^Da correggere: D1 Codice ISTAT: Il codice ISTAT non corrisponde/],
      [
        { "D2 Evidenze": "Sondaggi" },
        /D2 Evidenze: Valore non ammesso: scegli dall'elenco\. Valori ammessi: Dati statistici, /,
      ],
      [{ "D2 Cause": "" }, /^Da correggere: D2 Cause: Indica almeno una causa\./],
      [{ "D2 Gravità": 7 }, /^Da correggere: D2 Gravità: Scegli un valore da 1 a 5\.$/],
      [{ "D3 Interesse": "molto" }, /^Da correggere: D3 Interesse: Scegli un valore da 1 a 5\.$/],
      [{ "Contatto 1 Email": "anna.verdi" }, /^Da correggere: Contatto 1 Email: Indirizzo e-mail non valido/],
      [
        { "Contatto 1 Email": "", "Contatto 1 Telefono": "" },
        /^Da correggere: Contatto 1 Email: Indica almeno un'e-mail o un telefono\.$/,
      ],
      [
        { "Contatto 1 Livello decisionale": "Capo" },
        /^Da correggere: Contatto 1 Livello decisionale: Valore non ammesso/,
      ],
      [
        Object.fromEntries(
          ["Nome", "Ruolo", "Ente", "Email", "Telefono", "Livello decisionale"].map((f) => [
            `Contatto 1 ${f}`,
            "",
          ]),
        ),
        /^Da correggere: Contatto 1 Nome: Indica da 1 a 10 contatti\.$/,
      ],
    ];
    paste(
      emu,
      cases.map(([overrides]) => bariRow(overrides)),
    );
    // A second contact in slot 3 (slot 2 empty) is named by its own columns.
    paste(
      emu,
      [bariRow({ "Contatto 3 Nome": "Rocco Lupo", "Contatto 3 Email": "rocco@" })],
      cases.length + 2,
    );
    const result = addOn.importInterviews();
    const got = outcomes(emu);
    cases.forEach(([, expected], i) => {
      expect(got[i], JSON.stringify(cases[i][0])).toMatch(expected);
    });
    expect(got[cases.length]).toMatch(
      /Contatto 3 Ruolo: Campo obbligatorio\..*Contatto 3 Email: Indirizzo e-mail non valido/,
    );
    expect(result).toMatchObject({ imported: 0, invalid: cases.length + 1 });
    expect(emu.recordsOf("Interviste")).toEqual([]);
    expect(emu.recordsOf("Contatti")).toEqual([]);
    // Several errors of one row are all said, each with its column.
    paste(emu, [bariRow({ Regione: "", "D2 Gravità": 0, "Contatto 1 Email": "x@" })], 2);
    addOn.importInterviews();
    expect(outcomes(emu)[0]).toMatch(/^Da correggere: Regione: .* · D2 Gravità: .* · Contatto 1 Email: /);
  });

  it("adds nothing twice when run again, and a row imported before says so", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow(), marcheRow(), bariRow({ Regione: "" })]);
    addOn.importInterviews();
    const before = { interviews: emu.recordsOf("Interviste"), contacts: emu.recordsOf("Contatti") };
    const esiti = outcomes(emu);
    emu.resetCalls();
    const again = addOn.importInterviews();
    expect(again).toMatchObject({ imported: 0, already: 2, invalid: 1, ids: [] });
    expect(emu.recordsOf("Interviste")).toEqual(before.interviews);
    expect(emu.recordsOf("Contatti")).toEqual(before.contacts);
    expect(outcomes(emu)).toEqual(esiti);
    // Nothing changed on the rows: no Esito written again, only the run's Registro line.
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(lastLog(emu).Azione).toBe(
      "importazione (0 importate, 2 già importate, 1 da correggere, 0 non consentite)",
    );

    // Esito cleared by hand: the row is still recognised by its answers.
    paste(emu, [{ "Esito importazione": "" }]);
    addOn.importInterviews();
    expect(outcomes(emu)[0]).toBe("Già importata: INT-00001");
    expect(emu.recordsOf("Interviste")).toHaveLength(2);

    // Edited after the import: not imported again; the interview is edited from Interviste.
    paste(emu, [{ "D2 Gravità": 2 }], 3);
    addOn.importInterviews();
    expect(outcomes(emu)[1]).toMatch(/^Già importata: INT-00002\. Questa riga non viene importata di nuovo/);
    expect(emu.recordsOf("Interviste")).toHaveLength(2);

    // The same interview pasted twice is imported once.
    paste(emu, [bariRow({ Intervistato: "Carla Fois" }), bariRow({ Intervistato: "Carla Fois" })], 5);
    const third = addOn.importInterviews();
    expect(outcomes(emu).slice(3)).toEqual([
      "Importata: INT-00003",
      "Già importata: INT-00003 (uguale alla riga 5)",
    ]);
    expect(third).toMatchObject({ imported: 1, ids: ["INT-00003"] });
  });

  it("imports again a row whose interview was deleted only when its Esito is cleared", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow()]);
    addOn.importInterviews();
    addOn.deleteInterview("INT-00001");
    addOn.importInterviews();
    expect(outcomes(emu)).toEqual([
      "Importata come INT-00001, poi eliminata da Interviste: per importarla di nuovo svuota questa cella.",
    ]);
    expect(emu.recordsOf("Interviste")).toEqual([]);
    paste(emu, [{ "Esito importazione": "" }]);
    addOn.importInterviews();
    expect(outcomes(emu)).toEqual(["Importata: INT-00002"]);
  });

  it("lets a partner import only the rows of their regions; the others say why", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow(), marcheRow()]);
    const partners = emu.sheetData("Partner");
    for (const [c, v] of ["partner@coop.example", "Puglia", "partner"].entries())
      partners.cell(1, c, true).value = v;
    for (const [c, v] of ["staff@coefficienti.example", "", "staff"].entries())
      partners.cell(2, c, true).value = v;
    emu.user = "partner@coop.example";
    const result = addOn.importInterviews();
    expect(result).toMatchObject({ imported: 1, refused: 1 });
    expect(outcomes(emu)).toEqual([
      "Importata: INT-00001",
      "Non importata: Non sei abilitato/a a scrivere interviste della regione Marche.",
    ]);
    expect(emu.recordsOf("Interviste").map((r) => r.Regione)).toEqual(["Puglia"]);
    expect(lastLog(emu)).toMatchObject({ Chi: "partner@coop.example", Conteggio: 1 });
    expect(alerts(emu).at(-1)).toMatch(/1 non consentita\./);

    // The staff then imports the rest.
    emu.user = "staff@coefficienti.example";
    addOn.importInterviews();
    expect(outcomes(emu)[1]).toBe("Importata: INT-00002");

    // Someone the Partner tab does not list imports nothing at all, and is told why.
    paste(emu, [bariRow({ Intervistato: "Ugo Sale" })], 4);
    emu.user = "ospite@altro.example";
    const before = emu.toJSON();
    expect(addOn.importInterviews()).toBeUndefined();
    expect(alerts(emu).at(-1)).toMatch(/non è nella scheda Partner/);
    expect(emu.toJSON()).toEqual(before);
  });

  it("reads labels and codes alike, where they are unambiguous", () => {
    const labels = preparedAddOn();
    paste(labels.emu, [bariRow()]);
    labels.addOn.importInterviews();
    const codes = preparedAddOn();
    paste(codes.emu, [
      bariInCodes(),
      bariInCodes({ Regione: 16, Consenso: "yes", "D1 Tipo area": "COMUNE" }),
    ]);
    codes.addOn.importInterviews();
    // The same answers: one interview, the second row recognised as the same.
    expect(outcomes(codes.emu)).toEqual([
      "Importata: INT-00001",
      "Già importata: INT-00001 (uguale alla riga 2)",
    ]);
    expect(codes.emu.recordsOf("Interviste").map(answers)).toEqual(
      labels.emu.recordsOf("Interviste").map(answers),
    );
    expect(codes.emu.recordsOf("Contatti")).toEqual(labels.emu.recordsOf("Contatti"));
    // Consent as a checkbox, Sì/No in any case, and yes/1/x all read as the form's checkbox.
    for (const consent of [true, "SI", "sì", "x", "Yes"]) {
      const run = preparedAddOn();
      paste(run.emu, [bariRow({ Consenso: consent })]);
      run.addOn.importInterviews();
      expect(outcomes(run.emu)[0], String(consent)).toBe("Importata: INT-00001");
    }
  });

  it("reads dates as YYYY-MM-DD or GG/MM/AAAA text and as real date cells", () => {
    for (const [date, zone] of [
      ["2025-03-14", "Europe/Rome"],
      ["14/03/2025", "Europe/Rome"],
      ["14/3/2025", "Europe/Rome"],
      ["typed", "Europe/Rome"],
      ["typed", "America/Los_Angeles"],
    ] as const) {
      const { emu, addOn } = preparedAddOn({ spreadsheetTimeZone: zone });
      paste(emu, [bariRow({ "Data intervista": date === "typed" ? "" : date })]);
      if (date === "typed") {
        const header = emu.valuesOf("Importa")?.[0] as string[];
        emu.typeInto("Importa", `${columnLetters(header.indexOf("Data intervista") + 1)}2`, "2025-03-14");
        expect(emu.recordsOf("Importa")[0]["Data intervista"]).toBeInstanceOf(Date);
      }
      addOn.importInterviews();
      expect(outcomes(emu)[0], `${date} (${zone})`).toBe("Importata: INT-00001");
      expect(emu.recordsOf("Interviste")[0]["Data intervista"]).toBe("2025-03-14");
    }
  });

  it("speaks English to an English locale, in the Esito cells and the message", () => {
    const { emu, addOn } = preparedAddOn({ locale: "en_GB" });
    paste(emu, [bariRow(), bariRow({ Regione: "" })]);
    addOn.importInterviews();
    expect(outcomes(emu)).toEqual([
      "Imported: INT-00001",
      "To correct: Regione: Choose a region from the list.",
    ]);
    expect(alerts(emu).at(-1)).toMatch(
      /^Import finished: 1 interview imported, 0 already imported, 1 to correct\./,
    );
    // Run again: the English outcome is recognised as the row's import.
    expect(addOn.importInterviews()).toMatchObject({ imported: 0, already: 1 });
  });

  it("points a sheet prepared before Importa existed at Prepara il foglio, writing nothing", () => {
    const { emu, addOn } = preparedAddOn();
    emu.sheets = emu.sheets.filter((s: { name: string }) => s.name !== "Importa");
    const before = emu.toJSON();
    expect(addOn.importInterviews()).toBeUndefined();
    expect(alerts(emu).at(-1)).toBe('Manca la scheda "Importa". Usa CO.EFFICIENTI → Prepara il foglio.');
    expect(emu.toJSON()).toEqual(before);
  });

  it("says there is nothing to import when Importa is empty, and writes nothing but its Registro line", () => {
    const { emu, addOn } = preparedAddOn();
    expect(addOn.importInterviews()).toMatchObject({ imported: 0, already: 0, invalid: 0, refused: 0 });
    expect(alerts(emu).at(-1)).toMatch(/non ci sono righe da importare/);
  });

  it("ignores a header row repeated below the headers (a CSV imported with its own)", () => {
    const { emu, addOn } = preparedAddOn();
    const header = emu.valuesOf("Importa")?.[0] as string[];
    paste(emu, [Object.fromEntries(header.slice(0, -1).map((h) => [h, h])), bariRow()]);
    expect(addOn.importInterviews()).toMatchObject({ imported: 1, invalid: 0 });
    expect(outcomes(emu)).toEqual(["Riga di intestazione ripetuta: ignorata.", "Importata: INT-00001"]);
  });
});

// Nothing half-imported: Google fails each data call of an import in turn, the user runs it again,
// and the sheet ends exactly as after a fault-free run.
const NAVIGATION =
  /^(SpreadsheetApp\.getActive(Spreadsheet)?|Spreadsheet\.(getSheetByName|getSheets|getActiveSheet|getActiveRange|getName|getId|getSpreadsheetTimeZone)|Sheet\.(getRange|getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getName|getActiveRange|getSheetId|getParent|getFrozenRows)|Range\.(getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getSheet|getLastRow))$/;
const isDataCall = (method: string) => !NAVIGATION.test(method);

function stateOf(emu: Emulator): unknown {
  const json = emu.toJSON();
  for (const sheet of json.sheets)
    for (const cell of sheet.cells)
      if (cell[2] && typeof cell[2] === "object" && "$date" in cell[2]) cell[2] = "<now>";
  return json;
}

/** The interviews whose contacts are all there: an interview is never visible without them. */
function visible(emu: Emulator): Map<string, number> {
  const contacts = emu.recordsOf("Contatti");
  return new Map(
    emu
      .recordsOf("Interviste")
      .map((r) => [String(r.ID), contacts.filter((c) => c["ID intervista"] === r.ID).length]),
  );
}

describe.each([
  { apostropheInPlainText: "kept" as const, insertedInherit: true },
  { apostropheInPlainText: "hidden" as const, insertedInherit: false },
])("an import with a fault at every data call, then run again (%o)", (options: EmulatorOptions) => {
  it("ends exactly as a fault-free run, with no interview shown without its contacts meanwhile", () => {
    const start = preparedAddOn(options);
    start.addOn.submitInterview(interview());
    paste(start.emu, [bariRow({ Intervistato: "Luca Neri" })]);
    start.addOn.importInterviews();
    paste(
      start.emu,
      [
        marcheRow({
          "Contatto 2 Nome": "Rocco Lupo",
          "Contatto 2 Ruolo": "Sindaco",
          "Contatto 2 Ente": "Comune di Ancona",
          "Contatto 2 Telefono": "+39 071 222 3333",
          "Contatto 2 Livello decisionale": "Politico",
        }),
        bariRow({ "D2 Gravità": 9 }),
        bariRow({ Intervistato: "Carla Fois", "Contatto 1 Nome": "Paolo Sanna" }),
      ],
      3,
    );
    start.emu.ui.alerts = [];
    const json = start.emu.toJSON();
    const load = () => {
      const emu = Emulator.fromJSON(json, options);
      return { emu, addOn: emu.loadBundle() };
    };
    const clean = load();
    clean.emu.resetCalls();
    expect(clean.addOn.importInterviews()).toMatchObject({ imported: 2, already: 1, invalid: 1 });
    const expected = JSON.stringify(stateOf(clean.emu));
    const calls = clean.emu.totalCalls(isDataCall);
    expect(calls).toBeGreaterThan(10);
    const fired = new Set<string>();
    for (let at = 1; at <= calls; at++) {
      const { emu, addOn } = load();
      emu.failAtCall(at, isDataCall);
      const result = addOn.importInterviews();
      if (emu.failAt?.fired) fired.add(emu.failAt.fired);
      emu.failAt = null;
      for (const [id, count] of visible(emu))
        expect(count, `${id} after a fault at call ${at}`).toBe(id === "INT-00003" ? 2 : 1);
      if (result === undefined) {
        expect(addOn.importInterviews(), `run again after a fault at call ${at}`).toMatchObject({
          imported: 2,
          already: 1,
          invalid: 1,
        });
      }
      expect(JSON.stringify(stateOf(emu)), `state after a fault at call ${at}`).toBe(expected);
    }
    expect(fired.size).toBeGreaterThan(5);
  }, 300_000);
});

describe("an import cut by Google, then a form save, then the import run again", () => {
  it("gives every interview its own contacts, imports each row once, counts it once and reuses no id", () => {
    const start = preparedAddOn();
    paste(start.emu, [
      marcheRow({ "Contatto 1 Nome": "Lucia Neri" }),
      bariRow({ Intervistato: "Carla Fois", "Contatto 1 Nome": "Paolo Sanna" }),
    ]);
    start.emu.ui.alerts = [];
    const json = start.emu.toJSON();
    const load = () => {
      const emu = Emulator.fromJSON(json, {});
      return { emu, addOn: emu.loadBundle() };
    };
    const clean = load();
    clean.emu.resetCalls();
    clean.addOn.importInterviews();
    const calls = clean.emu.totalCalls(isDataCall);
    const viaForm = interview({
      interviewee: { name: "Dario Mele", role: "Educatore", organization: "Comune di Bari" },
      contacts: [
        {
          name: "Ivo Rana",
          role: "Tecnico",
          organization: "Comune di Bari",
          phone: "+39 080 111 2222",
          decisionLevel: "tecnico",
        },
      ],
    });
    const expected = new Map([
      ["Sara Conti", ["Lucia Neri"]],
      ["Carla Fois", ["Paolo Sanna"]],
      ["Dario Mele", ["Ivo Rana"]],
    ]);
    for (let at = 1; at <= calls; at++) {
      const { emu, addOn } = load();
      emu.failAtCall(at, isDataCall);
      addOn.importInterviews();
      emu.failAt = null;
      expect(
        addOn.submitInterview(JSON.parse(JSON.stringify(viaForm))).ok,
        `form save after a fault at ${at}`,
      ).toBe(true);
      addOn.importInterviews();
      const rows = emu.recordsOf("Interviste");
      const contacts = emu.recordsOf("Contatti");
      const ids = rows.map((r) => String(r.ID));
      expect(new Set(ids).size, `ids after a fault at ${at}`).toBe(ids.length);
      expect(
        new Map(
          rows.map((r) => [
            String(r.Intervistato),
            contacts.filter((c) => c["ID intervista"] === r.ID).map((c) => c.Nome),
          ]),
        ),
        `interviews and their contacts after a fault at ${at}`,
      ).toEqual(expected);
      // No contact is left without its interview.
      expect(
        contacts.every((c) => ids.includes(String(c["ID intervista"]))),
        `orphans after a fault at ${at}`,
      ).toBe(true);
      // Imported by the run again, or finished by the form save's roll forward (then "Già importata").
      for (const outcome of outcomes(emu))
        expect(outcome, `Esito after a fault at ${at}`).toMatch(/^(Già i|I)mportata: INT-\d+$/);
      // Each imported interview is counted once in Registro, whoever finished the run.
      const counted = emu
        .recordsOf("Registro")
        .filter((l) => String(l.Azione).startsWith("importazione"))
        .reduce((sum, l) => sum + Number(l.Conteggio || 0), 0);
      expect(counted, `Registro after a fault at ${at}`).toBe(2);
    }
  }, 120_000);
});

describe("an import cut by Google, then its rows changed, then run again", () => {
  it("imports each row once, with the contacts of one version of the row, never a mix or a stray", () => {
    const start = preparedAddOn();
    paste(start.emu, [
      bariRow({ "Contatto 1 Nome": "Paolo Sanna" }),
      marcheRow({ "Contatto 1 Nome": "Lucia Neri" }),
    ]);
    start.emu.ui.alerts = [];
    const json = start.emu.toJSON();
    const clean = Emulator.fromJSON(json, {});
    clean.loadBundle().importInterviews();
    const calls = clean.totalCalls(isDataCall);
    for (let at = 1; at <= calls; at++) {
      const emu = Emulator.fromJSON(json, {});
      const addOn = emu.loadBundle();
      emu.failAtCall(at, isDataCall);
      addOn.importInterviews();
      emu.failAt = null;
      // The first row's contact corrected in Importa before the run again.
      paste(emu, [{ "Contatto 1 Nome": "Paola Sanna" }]);
      addOn.importInterviews();
      const contacts = emu.recordsOf("Contatti");
      const names = emu
        .recordsOf("Interviste")
        .map((r) => [r.Intervistato, contacts.filter((c) => c["ID intervista"] === r.ID).map((c) => c.Nome)]);
      const ids = new Set(emu.recordsOf("Interviste").map((r) => r.ID));
      expect(
        contacts.every((c) => ids.has(c["ID intervista"])),
        `orphans after a fault at ${at}`,
      ).toBe(true);
      // Either the cut run took effect (the old name, already imported) or the new name is imported.
      const bari = names.find(([who]) => who === "Marco Bianchi");
      expect([["Paolo Sanna"], ["Paola Sanna"]], `Bari after a fault at ${at}`).toContainEqual(bari?.[1]);
      expect(names.find(([who]) => who === "Sara Conti")?.[1], `Marche after a fault at ${at}`).toEqual([
        "Lucia Neri",
      ]);
      // Never imported twice: one interview per row.
      expect(names.map(([who]) => who).sort(), `interviews after a fault at ${at}`).toEqual([
        "Marco Bianchi",
        "Sara Conti",
      ]);
    }
  }, 120_000);
});

describe("an import cut by Google, then another partner's import", () => {
  it("never gives one partner's interviews the other's contacts; each run completes its own", () => {
    const start = preparedAddOn();
    const partners = start.emu.sheetData("Partner");
    const people = [
      ["puglia@coop.example", "Puglia", "partner"],
      ["marche@coop.example", "Marche", "partner"],
    ];
    people.forEach((line, r) => {
      line.forEach((v, c) => {
        partners.cell(r + 1, c, true).value = v;
      });
    });
    paste(start.emu, [
      bariRow({ "Contatto 1 Nome": "Paolo Sanna" }),
      marcheRow({ "Contatto 1 Nome": "Lucia Neri" }),
    ]);
    start.emu.ui.alerts = [];
    const json = start.emu.toJSON();
    const load = () => {
      const emu = Emulator.fromJSON(json, {});
      emu.user = "puglia@coop.example";
      return { emu, addOn: emu.loadBundle() };
    };
    const clean = load();
    clean.emu.resetCalls();
    clean.addOn.importInterviews();
    const calls = clean.emu.totalCalls(isDataCall);
    const contactsOf = (emu: Emulator) => {
      const contacts = emu.recordsOf("Contatti");
      return new Map(
        emu
          .recordsOf("Interviste")
          .map((r) => [
            String(r.Regione),
            contacts.filter((c) => c["ID intervista"] === r.ID).map((c) => String(c.Nome)),
          ]),
      );
    };
    for (let at = 1; at <= calls; at++) {
      const { emu, addOn } = load();
      emu.failAtCall(at, isDataCall);
      addOn.importInterviews();
      emu.failAt = null;
      emu.user = "marche@coop.example";
      addOn.importInterviews();
      expect(contactsOf(emu).get("Marche"), `Marche after a fault at ${at}`).toEqual(["Lucia Neri"]);
      emu.user = "puglia@coop.example";
      addOn.importInterviews();
      expect(contactsOf(emu), `both after a fault at ${at}`).toEqual(
        new Map([
          ["Puglia", ["Paolo Sanna"]],
          ["Marche", ["Lucia Neri"]],
        ]),
      );
      const ids = new Set(emu.recordsOf("Interviste").map((r) => r.ID));
      expect(
        emu.recordsOf("Contatti").every((c) => ids.has(c["ID intervista"])),
        `no contact left without its interview after a fault at ${at}`,
      ).toBe(true);
      expect(JSON.parse(emu.documentProperties.get("coef.journal") ?? "[]"), `journal after ${at}`).toEqual(
        [],
      );
    }
  }, 120_000);
});

/** The cells of a CSV line (quoted fields may hold commas; "" is a quote). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

describe("the README's example", () => {
  it("imports the example CSV row as the README shows it, its header row over Importa's own", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const block = /```csv\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const [header, ...lines] = block
      .trim()
      .split("\n")
      .map((l) => csvCells(l.trim()));
    expect(lines).toHaveLength(1);
    const { emu, addOn } = preparedAddOn();
    const importa = emu.valuesOf("Importa")?.[0] as string[];
    expect(importa.slice(0, header.length)).toEqual(header);
    // Imported as text, without conversion: every cell a string.
    paste(
      emu,
      lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))),
    );
    expect(addOn.importInterviews()).toMatchObject({ imported: 1, invalid: 0 });
    expect(outcomes(emu)).toEqual(["Importata: INT-00001"]);
    expect(emu.recordsOf("Contatti")[0].Telefono).toBe("+39 080 577 1111");
  });
});

describe("likely duplicates in Importa", () => {
  it("leaves out a row like a saved interview (edited, Esito cleared, or pasted again spaced otherwise)", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow()]);
    addOn.importInterviews();
    // Changed, then its Esito cleared (the natural "run it again"): same region, interviewee and date.
    paste(emu, [{ "D2 Gravità": 5, "Esito importazione": "" }]);
    const again = addOn.importInterviews();
    expect(again).toMatchObject({ imported: 0, duplicates: 1, ids: [] });
    expect(outcomes(emu)[0]).toMatch(
      /^Non importata: sembra un'intervista già salvata, INT-00001 \(stessa regione, stessa persona intervistata e stessa data\)\..*scrivi "importa comunque" in questa cella/,
    );
    expect(alerts(emu).at(-1)).toMatch(/, 1 probabile doppione non importato\./);
    expect(lastLog(emu).Azione).toBe(
      "importazione (0 importate, 0 già importate, 0 da correggere, 0 non consentite, 1 probabile doppione non importato)",
    );
    // Its warning, which names the interview, is not taken for an import: run again, still left out.
    expect(addOn.importInterviews()).toMatchObject({ imported: 0, duplicates: 1 });
    // The same interviewee spaced and cased otherwise, pasted below: left out too.
    paste(emu, [bariRow({ Intervistato: "marco  BIANCHI", "D2 Gravità": 3 })], 3);
    expect(addOn.importInterviews()).toMatchObject({ imported: 0, duplicates: 2 });
    expect(outcomes(emu)[1]).toMatch(/^Non importata: sembra un'intervista già salvata, INT-00001 /);
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).toEqual(["INT-00001"]);
    // An interview saved by the form counts as saved.
    addOn.submitInterview(
      interview({ interviewee: { name: "Rita Sole", role: "Sindaca", organization: "Bari" } }),
    );
    paste(emu, [bariRow({ Intervistato: "Rita  Sole" })], 4);
    addOn.importInterviews();
    expect(outcomes(emu)[2]).toMatch(/^Non importata: sembra un'intervista già salvata, INT-00002 /);
    expect(emu.recordsOf("Interviste")).toHaveLength(2);
  });

  it('imports it when its Esito says "importa comunque", once', () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow()]);
    addOn.importInterviews();
    paste(emu, [bariRow({ "D2 Gravità": 2, "Esito importazione": "Importa comunque" })], 3);
    expect(addOn.importInterviews()).toMatchObject({ imported: 1, duplicates: 0, ids: ["INT-00002"] });
    expect(outcomes(emu)).toEqual(["Importata: INT-00001", "Importata: INT-00002"]);
    // Run again: both already imported, nothing added.
    expect(addOn.importInterviews()).toMatchObject({ imported: 0, already: 2, duplicates: 0 });
    expect(emu.recordsOf("Interviste").map((r) => r["D2 Gravità"])).toEqual([4, 2]);
  });

  it('says it in English to an English locale, and reads "import anyway"', () => {
    const { emu, addOn } = preparedAddOn({ locale: "en_GB" });
    paste(emu, [bariRow()]);
    addOn.importInterviews();
    paste(
      emu,
      [bariRow({ "D2 Gravità": 1 }), bariRow({ "D2 Gravità": 2, "Esito importazione": "Import anyway" })],
      3,
    );
    expect(addOn.importInterviews()).toMatchObject({ imported: 1, duplicates: 1 });
    expect(outcomes(emu).slice(1)).toEqual([
      expect.stringMatching(
        /^Not imported: it looks like an interview already saved, INT-00001 .*write "import anyway" in this cell/,
      ),
      "Imported: INT-00002",
    ]);
    expect(alerts(emu).at(-1)).toMatch(/, 1 likely duplicate not imported\./);
  });

  it("leaves out the second of two rows of one paste that look like one interview", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow(), bariRow({ Intervistato: "Marco Bianchi ", "D2 Gravità": 3 })]);
    expect(addOn.importInterviews()).toMatchObject({ imported: 1, duplicates: 1 });
    expect(outcomes(emu)).toEqual([
      "Importata: INT-00001",
      expect.stringMatching(/^Non importata: sembra la stessa intervista della riga 2 /),
    ]);
  });
});

describe("an Esito importazione that does not belong to its row", () => {
  it("imports a row copied with another row's Esito and a changed interviewee, and says so", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [bariRow()]);
    addOn.importInterviews();
    const esito = outcomes(emu)[0];
    paste(emu, [bariRow({ Intervistato: "Luisa Neri", "Esito importazione": esito })], 3);
    const result = addOn.importInterviews();
    expect(result).toMatchObject({ imported: 1, already: 1, ids: ["INT-00002"] });
    expect(outcomes(emu)[1]).toBe(
      "Importata: INT-00002 (questa cella diceva INT-00001, ma la riga non è quell'intervista: importata come nuova)",
    );
    expect(emu.recordsOf("Interviste").map((r) => `${r.ID} ${r.Intervistato}`)).toEqual([
      "INT-00001 Marco Bianchi",
      "INT-00002 Luisa Neri",
    ]);
    // Run again: recognised by its answers, nothing added.
    expect(addOn.importInterviews()).toMatchObject({ imported: 0, already: 2 });
  });

  it("never calls deleted an interview that no import gave, nor one created by the same run", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [
      bariRow(),
      bariRow({ Intervistato: "Altro Nome", "Esito importazione": "Importata: INT-00001" }),
      bariRow({ Intervistato: "Terzo Nome", "Esito importazione": "Importata: INT-00042" }),
    ]);
    expect(addOn.importInterviews()).toMatchObject({ imported: 3, already: 0 });
    const got = outcomes(emu);
    expect(got[0]).toBe("Importata: INT-00001");
    expect(got[1]).toMatch(/^Importata: INT-00002 \(questa cella diceva INT-00001, /);
    expect(got[2]).toMatch(/^Importata: INT-00003 \(questa cella diceva INT-00042, /);
    expect(got.join(" ")).not.toMatch(/eliminata/);
  });
});

describe("the values an import refuses", () => {
  it("names the refused value and lists the allowed ones", () => {
    const { emu, addOn } = preparedAddOn();
    paste(emu, [
      bariRow({ "Contatto 1 Livello decisionale": "capo" }),
      bariRow({ "D2 Evidenze": "Dati statistici; Percezione, altro, boh" }),
      bariRow({ "D1 Tipo area": "Quartiere" }),
    ]);
    addOn.importInterviews();
    const [level, evidence, kind] = outcomes(emu);
    expect(level).toBe(
      'Da correggere: Contatto 1 Livello decisionale: Valore non ammesso: scegli dall\'elenco. Valori ammessi: Politico, Dirigente, Tecnico, Altro. "capo" non è tra questi.',
    );
    expect(evidence).toMatch(
      /^Da correggere: D2 Evidenze: Valore non ammesso: scegli dall'elenco\. Valori ammessi: Dati statistici, .*\. "altro", "boh" non sono tra questi\.$/,
    );
    expect(kind).toMatch(
      /D1 Tipo area: Valore non ammesso: .*Valori ammessi: Comune, .*"Quartiere" non è tra questi\./,
    );
  });

  it("reads a yes in words as consent, and says when a consent cell is not understood", () => {
    const { emu, addOn } = preparedAddOn();
    const yes = ["Sì, acconsento", "Si, acconsento", "SÌ ACCONSENTO", "Yes, I agree"];
    const unclear = ["✓", "Sì, ma non acconsento", "forse"];
    paste(
      emu,
      [...yes, ...unclear, "No"].map((consent, i) =>
        bariRow({ Consenso: consent, Intervistato: `Persona ${i}` }),
      ),
    );
    addOn.importInterviews();
    const got = outcomes(emu);
    yes.forEach((consent, i) => {
      expect(got[i], consent).toMatch(/^Importata: INT-0000\d$/);
    });
    unclear.forEach((consent, i) => {
      expect(got[yes.length + i], consent).toBe(
        `Da correggere: Consenso: Valore non riconosciuto: "${consent}". Scrivi Sì se l'intervistato/a ha dato il consenso al trattamento dei dati personali (senza consenso la riga non si importa).`,
      );
    });
    expect(got.at(-1)).toMatch(/^Da correggere: Consenso: Serve il consenso/);
  });
});
