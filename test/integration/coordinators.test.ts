// Coordinator candidates, from the form to Contatti and the Coordinatori tab, on the built bundle.
import { describe, expect, it } from "vitest";
import type { ContactInput } from "../../src/core/interview";
import { interview } from "../fixtures";
import { type AddOn, preparedAddOn } from "./addon";

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
    const rule = emu.sheetData("Coordinatori").validations.get(`1,${stato}`);
    expect(rule?.values).toEqual([
      "Da contattare",
      "Interessato/a",
      "Iscritto/a alla formazione",
      "Non disponibile",
    ]);
    expect(emu.sheetData("Coordinatori").validations.get(`1,${stato - 1}`)).toBeUndefined();
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
