import { describe, expect, it } from "vitest";
import { interview, SPEC_SHORTLIST_COLUMNS } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "./addon";

/** A region (Puglia) with three interviews and a region (Marche) with one. */
function seed(addOn: AddOn) {
  addOn.submitInterview(interview());
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "Foggia" },
      reasons: {
        evidence: [],
        causes: ["lingua"],
        severity: 5,
        explanation: "Braccianti senza corsi di italiano.",
      },
      interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 3 },
      protocolArea: "Foggia",
      contacts: [
        {
          name: "Sara Gallo",
          role: "Assistente sociale",
          organization: "Comune di Foggia",
          email: "s.gallo@comune.foggia.example",
          decisionLevel: "tecnico",
        },
      ],
    }),
  );
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "BARI" },
      reasons: {
        evidence: ["testimonianze"],
        causes: ["documenti"],
        severity: 2,
        explanation: "Tempi lunghi per i permessi.",
      },
      interestedAuthority: { name: "comune di foggia", kind: "comune", area: "Foggia", interest: 4 },
      protocolArea: "Bari",
      contacts: [
        {
          name: "Anna Verdi",
          role: "Dirigente",
          organization: "Comune di Bari",
          email: "A.Verdi@comune.bari.example",
          decisionLevel: "tecnico",
        },
      ],
    }),
  );
  addOn.submitInterview(
    interview({
      region: "11",
      hardestArea: { kind: "ambito", name: "ATS 11 Ancona" },
      interestedAuthority: {
        name: "ATS 11",
        kind: "ambito",
        area: "Ambito territoriale 11 Ancona",
        interest: 4,
      },
      protocolArea: "ATS 11 Ancona",
      contacts: [
        {
          name: "Pietro Marchetti",
          role: "Coordinatore ATS",
          organization: "ATS 11",
          phone: "+39 071 222 3333",
          decisionLevel: "dirigente",
        },
      ],
    }),
  );
}

/** A whole-column range as Sheets passes it: the header, the rows, then blank rows up to the sheet's end. */
function wholeColumns(emu: Emulator, name: string, width: number) {
  const values = emu.valuesOf(name) as unknown[][];
  const padded = values.map((row) =>
    [...row, ...Array(Math.max(0, width - row.length)).fill("")].slice(0, width),
  );
  while (padded.length < 200) padded.push(Array(width).fill(""));
  return padded;
}

describe("custom functions called as Sheets calls them", () => {
  it("COEF_AREA_SCORES returns the table from whole columns with blank rows", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const table = addOn.COEF_AREA_SCORES(
      wholeColumns(emu, "Interviste", 52),
      wholeColumns(emu, "Contatti", 26),
    );
    expect(table[0]).toEqual([
      "Regione",
      "Area",
      "Interviste",
      "Criticità",
      "Interesse",
      "Prontezza",
      "Punteggio",
      "Posizione",
    ]);
    const rows = table.slice(1).map((r: unknown[]) => [r[0], r[1], r[2], r[7]]);
    expect(rows).toEqual([
      ["Marche", "ATS 11 Ancona", 1, 1],
      ["Puglia", "Bari", 2, 1],
      ["Puglia", "Foggia", 2, 2],
    ]);
    const bari = table.find((r: unknown[]) => r[1] === "Bari");
    expect(bari[3]).toBeCloseTo((100 * (0.8 * 1.0 + 0.4 * 0.6)) / 3, 9);
    expect(bari[5]).toBeCloseTo(40, 9); // Anna Verdi named twice counts once, at her highest level (0.8 / 2)
  });

  it("COEF_AREA_SCORES without contacts leaves Prontezza blank and rescales the weights", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const table = addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste"));
    const bari = table.find((r: unknown[]) => r[1] === "Bari");
    expect(bari[5]).toBe("");
    expect(bari[6]).toBeCloseTo((bari[3] + bari[4]) / 2, 9);
  });

  it("COEF_AREA_SCORES reads numbers typed as text and skips rows with bad values", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const values = emu.valuesOf("Interviste") as unknown[][];
    const severity = values[0].indexOf("D2 Gravità");
    values[2][severity] = "5";
    values[3][severity] = "molto";
    const table = addOn.COEF_AREA_SCORES(values);
    expect(table.find((r: unknown[]) => r[1] === "Foggia")[2]).toBe(1);
  });

  it("COEF_AREA_SCORES follows Impostazioni passed as its third argument (Impostazioni!A:D)", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    addOn.submitInterview(
      interview({
        hardestArea: { kind: "ambito", name: "Ambito di Foggia" },
        interestedAuthority: { name: "Comune di Lucera", kind: "comune", area: "Lucera", interest: 5 },
        protocolArea: "Lucera",
      }),
    );
    const positions = () =>
      addOn
        .COEF_AREA_SCORES(emu.valuesOf("Interviste"), emu.valuesOf("Contatti"), emu.valuesOf("Impostazioni"))
        .filter((r: unknown[]) => r[0] === "Puglia")
        .map((r: unknown[]) => [r[1], r[7]]);
    expect(positions()).toEqual([
      ["Bari", 1],
      ["Foggia", 2],
      ["Ambito di Foggia", 3],
      ["Lucera", ""],
    ]);
    const settings = emu.valuesOf("Impostazioni") as unknown[][];
    const row = settings.findIndex((r) => r[0] === "solo_aree_citate_d1") + 1;
    emu.typeInto("Impostazioni", `C${row}`, "No");
    expect(positions().map((p: unknown[]) => p[1])).toEqual([1, 2, 3, 4]);
  });

  it("COEF_AREA_SCORES names a missing header in its error", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const values = (emu.valuesOf("Interviste") as unknown[][]).map((r) => r.slice(1));
    expect(() => addOn.COEF_AREA_SCORES(values)).toThrow(
      'COEF_AREA_SCORES: Nella scheda "Interviste" manca la colonna "ID".',
    );
  });

  it("COEF_AREA_SCORES says so when Contatti is passed where Interviste is expected, not 'Prepara il foglio'", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const contacts = emu.valuesOf("Contatti");
    const interviews = emu.valuesOf("Interviste");
    expect(() => addOn.COEF_AREA_SCORES(contacts, interviews)).toThrow(
      "COEF_AREA_SCORES: il 1° argomento (interviste) deve venire dalla scheda Interviste, ma questo intervallo è della scheda Contatti.",
    );
    expect(() => addOn.COEF_AREA_SCORES(interviews, interviews)).toThrow(
      /2° argomento \(contatti\) .* scheda Contatti/,
    );
  });

  it("COEF_SCORE, COEF_RANK and COEF_NORMALIZE work on ranges from the sheet", () => {
    const { addOn } = preparedAddOn();
    expect(addOn.COEF_SCORE([[50], ["100"], [""]], [[50], [80], [10]], [[0], [100], [10]])).toEqual([
      [40],
      [92],
      [""],
    ]);
    expect(addOn.COEF_RANK([[10], [30], [30], [""], [5]])).toEqual([[3], [1], [1], [""], [4]]);
    expect(addOn.COEF_NORMALIZE([[10], [20], [30]], "minmax", -1)).toEqual([[100], [50], [0]]);
    expect(() => addOn.COEF_SCORE([[1], [2]], [[1], [2], [3]], 1)).toThrow(/^COEF_SCORE: /);
    expect(() => addOn.COEF_NORMALIZE([[1]], "media")).toThrow('COEF_NORMALIZE: metodo "media" sconosciuto');
  });
});

describe("generateShortlist", () => {
  it("writes the Shortlist with its documented columns, a toast with the counts and a Registro line", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    addOn.generateShortlist();
    const values = emu.valuesOf("Shortlist");
    expect(values[0]).toEqual(SPEC_SHORTLIST_COLUMNS);
    const rows = emu.recordsOf("Shortlist");
    expect(rows).toHaveLength(13 + 1 + 2);
    const puglia = rows.filter((r) => r.Regione === "Puglia");
    expect(puglia.map((r) => [r.Posizione, r.Area, r.Contatto, r["ID interviste"]])).toEqual([
      [1, "Bari", "Anna Verdi", "INT-00001, INT-00003"],
      [2, "Foggia", "Sara Gallo", "INT-00002, INT-00003"],
    ]);
    expect(puglia[1]["Ente interessato"]).toBe("Comune di Foggia");
    expect(rows.find((r) => r.Regione === "Abruzzo")!.Area).toBe("(nessuna intervista)");
    const column = (header: string) => SPEC_SHORTLIST_COLUMNS.indexOf(header);
    expect(emu.sheetData("Shortlist").validations.get(`1,${column("Stato")}`).values).toContain(
      "Protocollo firmato",
    );
    expect(puglia.map((r) => [r["Tipo area"], r.Stabilità])).toEqual([
      ["Comune", 100],
      ["Comune", 100],
    ]);
    expect(puglia[1].Perché).toBe(
      "indicata come la più difficile in 1 intervista su 3 (gravità media 5,0 su 5; cause: lingua) · ente interessato: Comune di Foggia (2 interviste, interesse medio 3,5 su 5) · 1 contatto per il protocollo (1 tecnico)",
    );
    const marche = rows.find((r) => r.Regione === "Marche")!;
    expect([marche.Area, marche["Tipo area"]]).toEqual(["ATS 11 Ancona", "Ambito"]);
    const abruzzo = rows.find((r) => r.Regione === "Abruzzo")!;
    expect([abruzzo.Area, abruzzo.Stato]).toEqual(["(nessuna intervista)", ""]);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/15 regioni, 3 aree, 3 contatti/);
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({ Azione: "shortlist", Conteggio: 16 });
    const scoreCell = emu.sheetData("Shortlist").formats.get(`1,${column("Punteggio")}`);
    expect(scoreCell).toBe("0.0");
  });

  it("keeps follow-up edits across regenerations, and rows that no longer qualify", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    addOn.generateShortlist();
    const rows = emu.recordsOf("Shortlist");
    const sara = rows.findIndex((r) => r.Contatto === "Sara Gallo") + 2;
    // Stato is U, Referente V, Prossimo passo X, Note Y (docs/contract.md).
    emu.typeInto("Shortlist", `U${sara}`, "Incontro fissato");
    emu.typeInto("Shortlist", `V${sara}`, "Paola Esposito");
    emu.typeInto("Shortlist", `X${sara}`, "Mandare la bozza di protocollo");
    emu.typeInto("Shortlist", `Y${sara}`, "Incontro il 12/12 in Comune");
    addOn.generateShortlist();
    let again = emu.recordsOf("Shortlist").find((r) => r.Contatto === "Sara Gallo")!;
    expect([again.Stato, again.Referente, again["Prossimo passo"], again.Note, again.Posizione]).toEqual([
      "Incontro fissato",
      "Paola Esposito",
      "Mandare la bozza di protocollo",
      "Incontro il 12/12 in Comune",
      2,
    ]);

    emu.typeInto("Impostazioni", "C5", "1");
    addOn.generateShortlist();
    const puglia = emu.recordsOf("Shortlist").filter((r) => r.Regione === "Puglia");
    again = puglia.at(-1)!;
    expect([again.Contatto, again.Posizione, again.Stato]).toEqual([
      "Sara Gallo",
      "fuori shortlist",
      "Incontro fissato",
    ]);
    expect(emu.recordsOf("Shortlist").filter((r) => r.Contatto === "Sara Gallo")).toHaveLength(1);
  });

  it("leaves the previous Shortlist as it was when writing fails half-way", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    addOn.generateShortlist();
    emu.typeInto("Shortlist", "U2", "Contattato");
    const before = emu.valuesOf("Shortlist");
    addOn.submitInterview(
      interview({ hardestArea: { kind: "comune", name: "Lecce" }, protocolArea: "Lecce" }),
    );
    emu.injectFault({ method: "Range.setValues", sheet: "Shortlist" });
    addOn.generateShortlist();
    expect(emu.valuesOf("Shortlist")).toEqual(before);
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Errore imprevisto \(riferimento E\w+\)/);
    expect(emu.logs.at(-1)?.text).toMatch(/Service Spreadsheets failed while accessing document/);
  });

  it("names a bad setting's cell instead of using a silent default", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    emu.typeInto("Impostazioni", "C2", "tanto");
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toBe(
      'Impostazioni!C2: "tanto" non è un valore valido per Peso criticità (numero da 0 a 1000).',
    );
    expect(emu.sheetData("Shortlist")).toBeUndefined();
  });

  it("skips rows typed by hand with bad values and says how many", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    emu.typeInto("Interviste", "O3", "altissima");
    addOn.generateShortlist();
    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /1 riga con valori non validi è stata ignorata \(cella: Interviste!O3 \(D2 Gravità\)\)/,
    );
  });
});
