// People: coordinator candidates from the form to Contatti and the Coordinatori tab,
// and the staff's review of interviews, on the built bundle.
import { describe, expect, it } from "vitest";
import type { ContactInput } from "../../src/core/interview";
import { interview } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "./addon";

type Any = any;

function partners(emu: Emulator, rows: [string, string, string][]) {
  rows.forEach(([email, regions, role], i) => {
    emu.typeInto("Partner", `A${i + 2}`, email);
    emu.typeInto("Partner", `B${i + 2}`, regions);
    emu.typeInto("Partner", `C${i + 2}`, role);
  });
}

/** Selects rows first…last of Interviste (a click and a shift-click on column C). */
function selectRows(emu: Emulator, first: number, last: number) {
  emu.select("Interviste", `C${first}`);
  (emu.sheetData("Interviste") as Any).activeRange = { row: first, col: 3, rows: last - first + 1, cols: 1 };
}

function setting(emu: Emulator, key: string, value: string) {
  const row = emu.recordsOf("Impostazioni").findIndex((r) => r.Chiave === key) + 2;
  expect(row).toBeGreaterThan(1);
  const column = String.fromCharCode(65 + (emu.valuesOf("Impostazioni") as unknown[][])[0].indexOf("Valore"));
  emu.typeInto("Impostazioni", `${column}${row}`, value);
}

const lucia: ContactInput = {
  name: "Lucia Ferrante",
  role: "Assistente sociale",
  organization: "Ambito Territoriale Bari",
  email: "l.ferrante@ambitobari.example",
  phone: "+39 080 541 2233",
  decisionLevel: "tecnico",
  coordinatorCandidate: true,
};
const anna: ContactInput = {
  name: "Anna Verdi",
  role: "Dirigente Servizi Sociali",
  organization: "Comune di Bari",
  email: "a.verdi@comune.bari.example",
  decisionLevel: "dirigente",
};

function withCandidates(addOn: AddOn) {
  const first = addOn.submitInterview(interview({ contacts: [anna, lucia] }));
  // Lucia again, written differently (same e-mail in capitals), from an interview about Foggia.
  const second = addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "Foggia" },
      interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 4 },
      protocolArea: "Foggia",
      contacts: [
        { ...lucia, email: "L.Ferrante@AmbitoBari.example", phone: "", decisionLevel: "altro" },
        {
          name: "Rocco Lupo",
          role: "Assistente sociale",
          organization: "Comune di Foggia",
          phone: "+39 0881 792 111",
          decisionLevel: "tecnico",
          coordinatorCandidate: true,
        },
      ],
    }),
  );
  const marche = addOn.submitInterview(
    interview({
      region: "11",
      hardestArea: { kind: "comune", name: "Ancona" },
      interestedAuthority: { name: "Comune di Ancona", kind: "comune", area: "Ancona", interest: 3 },
      protocolArea: "Ancona",
      contacts: [{ ...lucia, email: "", phone: "+39 071 222 3344", organization: "Comune di Ancona" }],
    }),
  );
  return { first: first.id, second: second.id, marche: marche.id };
}

describe("coordinator candidates", () => {
  it("a contact marked in the form reads Sì in Contatti's Coordinatore d'area and comes back to the form", () => {
    const { emu, addOn } = preparedAddOn();
    const saved = addOn.submitInterview(interview({ contacts: [anna, lucia] }));
    expect(saved.ok).toBe(true);
    const contacts = emu.recordsOf("Contatti");
    expect(contacts.map((c) => [c.Nome, c["Coordinatore d'area"]])).toEqual([
      ["Anna Verdi", ""],
      ["Lucia Ferrante", "Sì"],
    ]);
    const stored = addOn.getInterview(saved.id);
    expect(stored.contacts[0].coordinatorCandidate).toBeUndefined();
    expect(stored.contacts[1].coordinatorCandidate).toBe(true);
    // The mark can be taken off by an edit.
    const edited = addOn.submitInterview({
      ...stored,
      submissionId: "S-edit-unmark-1",
      contacts: stored.contacts.map((c: ContactInput) => ({ ...c, coordinatorCandidate: false })),
    });
    expect(edited.ok).toBe(true);
    expect(emu.recordsOf("Contatti").map((c) => c["Coordinatore d'area"])).toEqual(["", ""]);
  });

  it("Prepara il foglio adds Coordinatore d'area to an older Contatti, after its columns, with a Sì dropdown", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const header = (emu.valuesOf("Contatti") as unknown[][])[0];
    expect(header.at(-1)).toBe("Coordinatore d'area");
    expect(header.indexOf("Versione intervista")).toBe(header.length - 2);
    expect(emu.valuesOf("Interviste")?.[0].slice(-2)).toEqual(["Verifica", "Nota verifica"]);
  });

  it("Coordinatori lists each candidate once per region with the areas and interviews naming them", () => {
    const { emu, addOn } = preparedAddOn();
    const ids = withCandidates(addOn);
    addOn.generateShortlist();
    const rows = emu.recordsOf("Coordinatori");
    expect((emu.valuesOf("Coordinatori") as unknown[][])[0]).toEqual([
      "Regione",
      "Area",
      "Nome",
      "Ruolo",
      "Ente",
      "Email",
      "Telefono",
      "ID interviste",
      "Stato",
      "Note",
    ]);
    expect(rows.map((r) => [r.Regione, r.Nome, r.Area, r["ID interviste"], r.Stato])).toEqual([
      ["Marche", "Lucia Ferrante", "Ancona", ids.marche, "Da contattare"],
      ["Puglia", "Lucia Ferrante", "Bari, Foggia", `${ids.first}, ${ids.second}`, "Da contattare"],
      ["Puglia", "Rocco Lupo", "Foggia", ids.second, "Da contattare"],
    ]);
    // First-seen details, as typed (phones stay text).
    expect(rows[1]).toMatchObject({ Email: "l.ferrante@ambitobari.example", Telefono: "+39 080 541 2233" });
    expect(rows[2].Telefono).toBe("+39 0881 792 111");
    // The Shortlist marks them, the Riepilogo counts them per region.
    const shortlist = emu.recordsOf("Shortlist");
    expect(shortlist.find((r) => r.Contatto === "Lucia Ferrante")?.Coordinatore).toBe("Sì");
    expect(shortlist.find((r) => r.Contatto === "Anna Verdi")?.Coordinatore).toBe("");
    const riepilogo = emu.recordsOf("Riepilogo");
    expect(riepilogo.find((r) => r.Regione === "Puglia")?.Coordinatori).toBe(2);
    expect(riepilogo.find((r) => r.Regione === "Marche")?.Coordinatori).toBe(1);
    // Stato is a dropdown of the four follow-up states, on the Stato column only.
    const stato = (emu.valuesOf("Coordinatori") as unknown[][])[0].indexOf("Stato");
    const rule = (emu.sheetData("Coordinatori") as Any).validations.get(`1,${stato}`);
    expect(rule?.values).toEqual([
      "Da contattare",
      "Interessato/a",
      "Iscritto/a alla formazione",
      "Non disponibile",
    ]);
    expect((emu.sheetData("Coordinatori") as Any).validations.get(`1,${stato - 1}`)).toBeUndefined();
  });

  it("keeps Stato, Note and added columns on regeneration; a followed-up candidate no longer named stays, marked", () => {
    const { emu, addOn } = preparedAddOn();
    const ids = withCandidates(addOn);
    addOn.generateShortlist();
    const header = (emu.valuesOf("Coordinatori") as unknown[][])[0] as string[];
    const col = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    const rowOf = (name: string, region: string) =>
      emu.recordsOf("Coordinatori").findIndex((r) => r.Nome === name && r.Regione === region) + 2;
    emu.typeInto("Coordinatori", `${col("Stato")}${rowOf("Lucia Ferrante", "Puglia")}`, "Interessato/a");
    emu.typeInto(
      "Coordinatori",
      `${col("Note")}${rowOf("Lucia Ferrante", "Puglia")}`,
      "'=chiamare dopo le 15",
    );
    emu.typeInto("Coordinatori", `K1`, "Chi segue");
    emu.typeInto("Coordinatori", `K${rowOf("Rocco Lupo", "Puglia")}`, "Giulia");
    // A new interview names someone else first: rows move, follow-up stays with its person.
    addOn.submitInterview(
      interview({
        contacts: [
          { ...anna, name: "Aldo Basile", email: "a.basile@comune.bari.example", coordinatorCandidate: true },
        ],
      }),
    );
    // Rocco's mark is taken off: he is no longer a candidate, but has follow-up.
    const second = addOn.getInterview(ids.second);
    addOn.submitInterview({
      ...second,
      submissionId: "S-edit-rocco-1",
      contacts: second.contacts.map((c: ContactInput) => ({
        ...c,
        coordinatorCandidate: c.name !== "Rocco Lupo",
      })),
    });
    addOn.generateShortlist();
    const rows = emu.recordsOf("Coordinatori");
    expect(rows.map((r) => [r.Regione, r.Nome, r.Area, r.Stato, r.Note, r["Chi segue"]])).toEqual([
      ["Marche", "Lucia Ferrante", "Ancona", "Da contattare", "", ""],
      ["Puglia", "Aldo Basile", "Bari", "Da contattare", "", ""],
      ["Puglia", "Lucia Ferrante", "Bari, Foggia", "Interessato/a", "=chiamare dopo le 15", ""],
      ["Puglia", "Rocco Lupo", "(non più citato/a)", "Da contattare", "", "Giulia"],
    ]);
    // Literal text, never a formula.
    expect(emu.formulas().filter((f) => f.sheet === "Coordinatori")).toEqual([]);
    // Regenerating again changes nothing.
    const before = JSON.stringify(emu.valuesOf("Coordinatori"));
    addOn.generateShortlist();
    expect(JSON.stringify(emu.valuesOf("Coordinatori"))).toBe(before);
  });
});

describe("review of interviews", () => {
  function threeInterviews() {
    const loaded = preparedAddOn();
    const ids = [
      loaded.addOn.submitInterview(interview()).id,
      loaded.addOn.submitInterview(interview({ hardestArea: { kind: "comune", name: "Foggia" } })).id,
      loaded.addOn.submitInterview(
        interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }),
      ).id,
    ];
    return { ...loaded, ids };
  }
  const reviews = (emu: Emulator) =>
    emu.recordsOf("Interviste").map((r) => [r.ID, r.Verifica, r["Nota verifica"]]);

  it("a new interview is Da verificare; staff mark several selected rows at once, with one Registro line", () => {
    const { emu, addOn, ids } = threeInterviews();
    expect(reviews(emu)).toEqual(ids.map((id) => [id, "Da verificare", ""]));
    partners(emu, [
      ["staff@coefficienti.example", "", "staff"],
      ["partner.puglia@example.it", "Puglia", "partner"],
    ]);
    emu.user = "staff@coefficienti.example";
    selectRows(emu, 2, 3);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts).toHaveLength(0);
    expect(reviews(emu)).toEqual([
      [ids[0], "Verificata", ""],
      [ids[1], "Verificata", ""],
      [ids[2], "Da verificare", ""],
    ]);
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({
      Chi: "staff@coefficienti.example",
      Azione: "verifica",
      ID: `${ids[0]}, ${ids[1]}`,
      Conteggio: 2,
    });
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/2 interviste verificate/);

    selectRows(emu, 3, 4);
    (emu as Any).promptResponse = { button: "OK", text: "Manca il telefono di Anna Verdi" };
    addOn.markSelectedToCorrect();
    expect((emu.ui as Any).prompts.at(-1).title).toBe("Segna da correggere");
    expect(reviews(emu)).toEqual([
      [ids[0], "Verificata", ""],
      [ids[1], "Da correggere", "Manca il telefono di Anna Verdi"],
      [ids[2], "Da correggere", "Manca il telefono di Anna Verdi"],
    ]);
    const line = emu.recordsOf("Registro").at(-1);
    expect(line).toMatchObject({ Azione: "da correggere", ID: `${ids[1]}, ${ids[2]}`, Conteggio: 2 });
    // No personal data and no note in Registro.
    expect(JSON.stringify(emu.valuesOf("Registro"))).not.toMatch(/Anna|telefono|Bianchi/);
  });

  it("refuses partners (before asking for a note), rows without an id and ids typed twice, changing nothing", () => {
    const { emu, addOn } = threeInterviews();
    partners(emu, [
      ["staff@coefficienti.example", "", "staff"],
      ["partner.puglia@example.it", "Puglia", "partner"],
    ]);
    emu.user = "partner.puglia@example.it";
    selectRows(emu, 2, 2);
    const before = JSON.stringify(emu.toJSON().sheets);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Solo lo staff/);
    addOn.markSelectedToCorrect();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Solo lo staff/);
    expect((emu.ui as Any).prompts ?? []).toHaveLength(0);
    expect(JSON.stringify(emu.toJSON().sheets)).toBe(before);

    emu.user = "staff@coefficienti.example";
    emu.typeInto("Interviste", "A3", "");
    selectRows(emu, 2, 4);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/La riga 3 della selezione non ha un ID/);
    emu.typeInto("Interviste", "A3", "INT-00001");
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(
      /INT-00001 compare in più righe \(Interviste!A2, Interviste!A3\)/,
    );
    expect(emu.recordsOf("Interviste").map((r) => r.Verifica)).toEqual([
      "Da verificare",
      "Da verificare",
      "Da verificare",
    ]);
    expect(emu.recordsOf("Registro").some((r) => /verifica|correggere/.test(String(r.Azione)))).toBe(false);
  });

  it("anyone may review while Partner is empty; a cancelled or empty note changes nothing", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 4, 4);
    (emu as Any).promptResponse = { button: "CANCEL", text: "da rifare" };
    addOn.markSelectedToCorrect();
    (emu as Any).promptResponse = { button: "OK", text: "   " };
    addOn.markSelectedToCorrect();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Scrivi cosa correggere/);
    expect(reviews(emu)[2]).toEqual([ids[2], "Da verificare", ""]);
    addOn.markSelectedVerified();
    expect(reviews(emu)[2]).toEqual([ids[2], "Verificata", ""]);
  });

  it("a form save of an interview to correct sends it back to Da verificare; the form cannot change Verifica", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 2, 2);
    (emu as Any).promptResponse = { button: "OK", text: "La gravità sembra alta: ricontrollare" };
    addOn.markSelectedToCorrect();
    const stored = addOn.getInterview(ids[0]);
    expect(stored).toMatchObject({
      review: "Da correggere",
      reviewNote: "La gravità sembra alta: ricontrollare",
    });
    // The partner fixes it through the form, and tries to mark it verified there too.
    const saved = addOn.submitInterview({
      ...stored,
      submissionId: "S-fix-first",
      review: "Verificata",
      reviewNote: "",
      reasons: { ...stored.reasons, severity: 3 },
    });
    expect(saved.ok).toBe(true);
    expect(reviews(emu)[0]).toEqual([ids[0], "Da verificare", "La gravità sembra alta: ricontrollare"]);
    // A verified interview saved through the form stays verified (only the staff change Verifica).
    selectRows(emu, 2, 2);
    addOn.markSelectedVerified();
    const again = addOn.getInterview(ids[0]);
    addOn.submitInterview({
      ...again,
      submissionId: "S-fix-second",
      review: "Da correggere",
      notes: "Visto",
    });
    expect(reviews(emu)[0]).toEqual([ids[0], "Verificata", ""]);
    // A new interview never takes Verifica from the input.
    const created = addOn.submitInterview({ ...interview(), review: "Verificata" } as Any);
    expect(emu.recordsOf("Interviste").find((r) => r.ID === created.id)?.Verifica).toBe("Da verificare");
  });

  it("solo interviste verificate: scores, Shortlist, Riepilogo and Coordinatori count verified interviews only", () => {
    const { emu, addOn, ids } = threeInterviews();
    // Puglia: Bari (verified) and Foggia (not); Marche: Ancona twice (not), naming a candidate.
    addOn.submitInterview(
      interview({
        region: "11",
        hardestArea: { kind: "comune", name: "Ancona" },
        contacts: [{ ...lucia, organization: "Comune di Ancona" }],
      }),
    );
    selectRows(emu, 2, 2);
    addOn.markSelectedVerified();
    addOn.generateShortlist();
    const areasOf = () =>
      emu
        .recordsOf("Shortlist")
        .filter((r) => r.Regione === "Puglia")
        .map((r) => [r.Area, r.Interviste]);
    expect(areasOf().map(([area]) => area)).toEqual(["Bari", "Foggia"]);
    const allScore = emu.recordsOf("Shortlist").find((r) => r.Area === "Bari")?.Punteggio;

    setting(emu, "solo_interviste_verificate", "Sì");
    addOn.generateShortlist();
    expect(areasOf()).toEqual([["Bari", 1]]);
    // n_r counts the verified interviews: Bari's criticality is that of one interview in one.
    const verifiedScore = emu.recordsOf("Shortlist").find((r) => r.Area === "Bari")?.Punteggio;
    expect(Number(verifiedScore)).toBeGreaterThan(Number(allScore));
    expect(emu.recordsOf("Shortlist").find((r) => r.Regione === "Marche")?.Area).toBe("(nessuna intervista)");
    const riepilogo = emu.recordsOf("Riepilogo");
    expect(riepilogo.find((r) => r.Regione === "Puglia")).toMatchObject({
      Interviste: 1,
      "Interviste totali": 2,
    });
    expect(riepilogo.find((r) => r.Regione === "Marche")).toMatchObject({
      Interviste: 0,
      "Interviste totali": 2,
    });
    expect(emu.recordsOf("Coordinatori")).toEqual([]);
    // Every interview counts again once the setting is No.
    setting(emu, "solo_interviste_verificate", "No");
    addOn.generateShortlist();
    expect(areasOf().map(([area]) => area)).toEqual(["Bari", "Foggia"]);
    expect(emu.recordsOf("Riepilogo").find((r) => r.Regione === "Puglia")?.Interviste).toBe(2);
    expect(emu.recordsOf("Coordinatori").map((r) => [r.Regione, r.Nome])).toEqual([
      ["Marche", "Lucia Ferrante"],
    ]);
    expect(ids).toHaveLength(3);
  });
});
