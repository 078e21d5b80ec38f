// Genera shortlist (generateShortlist): the Shortlist's columns, follow-up kept, failures and bad settings.
import { describe, expect, it } from "vitest";
import { interview, SPEC_SHORTLIST_COLUMNS, seedPugliaAndMarche } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("generateShortlist", () => {
  it("writes the Shortlist with its documented columns, a toast with the counts and a Registro line", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
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
    seedPugliaAndMarche(addOn);
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
    seedPugliaAndMarche(addOn);
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
    seedPugliaAndMarche(addOn);
    emu.typeInto("Impostazioni", "C2", "tanto");
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toBe(
      'Impostazioni!C2: "tanto" non è un valore valido per Peso criticità (numero da 0 a 1000).',
    );
    expect(emu.sheetData("Shortlist")).toBeUndefined();
  });

  it("skips rows typed by hand with bad values and says how many", () => {
    const { emu, addOn } = preparedAddOn();
    seedPugliaAndMarche(addOn);
    emu.typeInto("Interviste", "O3", "altissima");
    addOn.generateShortlist();
    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /1 riga con valori non validi è stata ignorata \(cella: Interviste!O3 \(D2 Gravità\)\)/,
    );
  });
});
