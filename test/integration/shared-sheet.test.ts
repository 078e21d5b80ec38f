// The ordinary life of a shared sheet, on the built bundle: people keep their follow-up, selected rows
// are acted on by id, renamed tabs are named, the staff's dropdown values are kept, review meets edit,
// and a likely duplicate is asked about first.
import { describe, expect, it } from "vitest";
import type { ContactInput } from "../../src/core/interview";
import { interview } from "../fixtures";
import { type Emulator, preparedAddOn } from "./addon";

type Any = any;

const lucia: ContactInput = {
  name: "Lucia Ferrante",
  role: "Assistente sociale",
  organization: "Comune di Bari",
  phone: "+39 080 541 2233",
  decisionLevel: "tecnico",
  coordinatorCandidate: true,
};

/** The column letter of a header of a tab. */
function col(emu: Emulator, tab: string, header: string): string {
  const headers = (emu.valuesOf(tab) as unknown[][])[0] as string[];
  const at = headers.indexOf(header);
  expect(at, `${tab} has ${header}`).toBeGreaterThanOrEqual(0);
  let n = at + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

describe("people stay themselves", () => {
  it("follow-up in Shortlist and Coordinatori stays with a person whose details grow, after an unrelated edit", () => {
    const { emu, addOn } = preparedAddOn();
    // Named by phone in one interview, by phone and e-mail in another.
    const first = addOn.submitInterview(interview({ contacts: [lucia] }));
    addOn.submitInterview(
      interview({
        interviewee: { name: "Paola Neri", role: "Educatrice", organization: "Comune di Bari" },
        contacts: [{ ...lucia, email: "l.ferrante@comune.bari.example" }],
      }),
    );
    addOn.generateShortlist();
    const rowOf = (tab: string, header: string) =>
      emu.recordsOf(tab).findIndex((r) => r[header] === "Lucia Ferrante") + 2;
    const shortRow = rowOf("Shortlist", "Contatto");
    const coordRow = rowOf("Coordinatori", "Nome");
    emu.typeInto("Shortlist", `${col(emu, "Shortlist", "Stato")}${shortRow}`, "Contattato");
    emu.typeInto("Shortlist", `${col(emu, "Shortlist", "Note")}${shortRow}`, "richiamare lunedì");
    emu.typeInto("Coordinatori", `${col(emu, "Coordinatori", "Stato")}${coordRow}`, "Interessato/a");
    emu.typeInto("Coordinatori", `${col(emu, "Coordinatori", "Note")}${coordRow}`, "corso di maggio");
    emu.typeInto("Coordinatori", "K1", "Chi segue");
    emu.typeInto("Coordinatori", `K${coordRow}`, "Giulia");

    // An unrelated edit of the first interview: its contacts move below the second's.
    const stored = addOn.getInterview(first.id);
    expect(addOn.submitInterview({ ...stored, submissionId: "S-unrelated-edit", notes: "Visto" }).ok).toBe(
      true,
    );
    addOn.generateShortlist();

    const shortlist = emu.recordsOf("Shortlist").filter((r) => r.Contatto === "Lucia Ferrante");
    expect(shortlist.map((r) => [r.Posizione, r.Stato, r.Note])).toEqual([
      [1, "Contattato", "richiamare lunedì"],
    ]);
    const coordinators = emu.recordsOf("Coordinatori").filter((r) => r.Nome === "Lucia Ferrante");
    expect(coordinators.map((r) => [r.Area, r.Stato, r.Note, r["Chi segue"]])).toEqual([
      ["Bari", "Interessato/a", "corso di maggio", "Giulia"],
    ]);
    // Regenerating again changes nothing.
    const before = JSON.stringify([emu.valuesOf("Shortlist"), emu.valuesOf("Coordinatori")]);
    addOn.generateShortlist();
    expect(JSON.stringify([emu.valuesOf("Shortlist"), emu.valuesOf("Coordinatori")])).toBe(before);
  });
});

describe("selected rows, by id", () => {
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
  const selectRows = (emu: Emulator, first: number, last: number) =>
    emu.selectRanges("Interviste", [`C${first}:C${last}`]);

  it("a row deleted above while the note is typed: the note goes to the interview selected", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 3, 3);
    (emu as Any).promptResponse = { button: "OK", text: "Manca la causa" };
    emu.whileDialogOpen = () => {
      emu.whileDialogOpen = undefined;
      emu.deleteRowsByHand("Interviste", 2);
    };
    addOn.markSelectedToCorrect();
    expect(reviews(emu)).toEqual([
      [ids[1], "Da correggere", "Manca la causa"],
      [ids[2], "Da verificare", ""],
    ]);
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({ Azione: "da correggere", ID: ids[1] });
  });

  it("an interview deleted while the note is typed refuses the review, changing nothing", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 3, 4);
    (emu as Any).promptResponse = { button: "OK", text: "Manca la causa" };
    emu.whileDialogOpen = () => {
      emu.whileDialogOpen = undefined;
      emu.deleteRowsByHand("Interviste", 3);
    };
    addOn.markSelectedToCorrect();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(
      new RegExp(`L'intervista ${ids[1]} non è più nella scheda`),
    );
    expect(reviews(emu)).toEqual([
      [ids[0], "Da verificare", ""],
      [ids[2], "Da verificare", ""],
    ]);
  });

  it("rows hidden by a filter or by hand are not marked, and the message says so", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.filterOut("Interviste", [3]);
    selectRows(emu, 2, 4);
    addOn.markSelectedVerified();
    expect(reviews(emu)).toEqual([
      [ids[0], "Verificata", ""],
      [ids[1], "Da verificare", ""],
      [ids[2], "Verificata", ""],
    ]);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /2 interviste verificate.*La riga 3 della selezione è nascosta/,
    );
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({ ID: `${ids[0]}, ${ids[2]}`, Conteggio: 2 });

    emu.filterOut("Interviste", []);
    emu.hideRowsByHand("Interviste", 2, 2);
    selectRows(emu, 2, 3);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/tutte nascoste/);
    expect(reviews(emu)[1]).toEqual([ids[1], "Da verificare", ""]);
  });

  it("several ranges selected at once (ctrl-click) are all acted on, not only the last", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.selectRanges("Interviste", ["B2", "B4"]);
    addOn.markSelectedVerified();
    expect(reviews(emu).map((r) => r[1])).toEqual(["Verificata", "Da verificare", "Verificata"]);
    expect(emu.ui.toasts.at(-1)?.message).toBe(`2 interviste verificate: ${ids[0]}, ${ids[2]}.`);
  });

  it("edit and delete act on the visible selected interview, never a row hidden by the filter", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.filterOut("Interviste", [2]);
    selectRows(emu, 2, 3);
    addOn.editSelectedInterview();
    expect(emu.ui.sidebars.at(-1)?.html).toContain(`"editId":"${ids[1]}"`);
    emu.alertResponse = "NO";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toContain(ids[1]);
    expect(emu.ui.alerts.at(-1)?.message).toContain("La riga 2 della selezione è nascosta");
    expect(emu.recordsOf("Interviste")).toHaveLength(3);
  });

  it("delete: rows moved while confirming refuses, naming where the interview is now; nothing deleted", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 3, 3);
    emu.alertResponse = "YES";
    emu.whileDialogOpen = () => {
      emu.whileDialogOpen = undefined;
      emu.deleteRowsByHand("Interviste", 2);
    };
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(new RegExp(`${ids[1]} ora è alla riga 2`));
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).toEqual([ids[1], ids[2]]);
  });

  it("one duplicate-id rule for every action (case and spaces ignored); an empty id is refused everywhere", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.typeInto("Interviste", "A3", ` ${ids[0].toLowerCase()} `);
    selectRows(emu, 2, 2);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/compare in più righe \(Interviste!A2, Interviste!A3\)/);
    addOn.editSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/compare in più righe \(Interviste!A2, Interviste!A3\)/);
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/compare in più righe \(Interviste!A2, Interviste!A3\)/);
    expect(reviews(emu).map((r) => r[1])).toEqual(["Da verificare", "Da verificare", "Da verificare"]);
    expect(emu.recordsOf("Interviste")).toHaveLength(3);

    for (const empty of ["", "   "]) {
      expect(() => addOn.getInterview(empty)).toThrow(/Manca l'ID/);
      expect(() => addOn.deleteInterview(empty)).toThrow(/Manca l'ID/);
    }
    // An edit naming a blank id is refused, never taken for another interview.
    expect(addOn.submitInterview({ ...interview(), id: "   ", version: 1 }).ok).toBe(false);
    expect(emu.recordsOf("Interviste")).toHaveLength(3);
  });
});

describe("their dropdown values", () => {
  it("a Stato the staff added to the dropdown is kept and never blocks Genera shortlist; its cell is named", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview({ contacts: [lucia] }));
    addOn.generateShortlist();
    const cells: string[] = [];
    for (const [tab, name] of [
      ["Shortlist", "Contatto"],
      ["Coordinatori", "Nome"],
    ]) {
      const column = col(emu, tab, "Stato");
      const row = emu.recordsOf(tab).findIndex((r) => r[name] === "Lucia Ferrante") + 2;
      // The staff extend the dropdown of the cell, then choose their new value.
      const data = emu.sheetData(tab) as Any;
      const key = `${row - 1},${column.charCodeAt(0) - 65}`;
      const rule = data.validations.get(key);
      data.validations.set(key, { ...rule, values: [...rule.values, "In attesa di risposta"] });
      emu.typeInto(tab, `${column}${row}`, "In attesa di risposta");
      cells.push(`${tab}!${column}${row}`);
    }
    emu.ui.alerts = [];
    addOn.generateShortlist();
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.recordsOf("Shortlist").find((r) => r.Contatto === "Lucia Ferrante")?.Stato).toBe(
      "In attesa di risposta",
    );
    expect(emu.recordsOf("Coordinatori")[0].Stato).toBe("In attesa di risposta");
    expect(emu.ui.toasts.at(-1)?.message).toContain(
      `fuori dall'elenco del menu a tendina, mantenuti (e aggiunti al menu di quella colonna): ${cells.join(", ")}.`,
    );
    // The dropdown still offers the add-on's states, and the staff's value; it stays strict.
    const [tab, a1] = cells[0].split("!");
    const at = a1.match(/^([A-Z])(\d+)$/) as RegExpMatchArray;
    const rule = (emu.sheetData(tab) as Any).validations.get(
      `${Number(at[2]) - 1},${at[1].charCodeAt(0) - 65}`,
    );
    expect(rule.values).toEqual(
      expect.arrayContaining(["Da contattare", "Contattato", "In attesa di risposta"]),
    );
    expect(rule.allowInvalid).toBe(false);
  });
});

describe("renamed and removed tabs", () => {
  function renamed(from: string, to: string) {
    const loaded = preparedAddOn();
    loaded.addOn.submitInterview(interview());
    loaded.addOn.generateShortlist();
    (loaded.emu.sheetData(from) as Any).name = to;
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
    (emu as Any).sheets = (emu as Any).sheets.filter((s: Any) => s.name !== "Interviste");
    (emu as Any).activeSheet = (emu as Any).sheets[0];
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
    (emu.sheetData("Partner") as Any).name = "Partner ";
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
    (emu.sheetData("Partner ") as Any).name = "Partner";
    expect(addOn.submitInterview(interview()).errors[0].message).toMatch(/non è nella scheda Partner/);
    emu.user = "staff@coefficienti.example";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
  });
});

describe("their dropdown values, through Prepara il foglio", () => {
  it("a Verifica the staff added to the dropdown survives Prepara il foglio and the next edit; its cell is named", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    const column = col(emu, "Interviste", "Verifica");
    const data = emu.sheetData("Interviste") as Any;
    const key = `1,${((emu.valuesOf("Interviste") as unknown[][])[0] as string[]).indexOf("Verifica")}`;
    const rule = data.validations.get(key);
    data.validations.set(key, { ...rule, values: [...rule.values, "Verificata con riserva"] });
    emu.typeInto("Interviste", `${column}2`, "Verificata con riserva");
    emu.ui.toasts = [];
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.ui.toasts.at(-1)?.message).toContain(
      `mantenuti (e aggiunti al menu di quella colonna): Interviste!${column}2.`,
    );
    expect((emu.sheetData("Interviste") as Any).validations.get(key).values).toContain(
      "Verificata con riserva",
    );
    // The next edit through the form keeps it (only the notes changed) and is not refused.
    const stored = addOn.getInterview(id);
    expect(addOn.submitInterview({ ...stored, submissionId: "S-after-setup", notes: "ok" }).ok).toBe(true);
    expect(emu.recordsOf("Interviste")[0].Verifica).toBe("Verificata con riserva");
  });
});

describe("review and edit meet", () => {
  it("an edit whose Verifica changed since the form opened is shown first (the current interview), then saves", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    const loaded = addOn.getInterview(id);
    // The staff verify it while the partner edits.
    emu.selectRanges("Interviste", ["A2"]);
    addOn.markSelectedVerified();
    const sent = {
      ...loaded,
      submissionId: "S-edit-after-review",
      reviewSeen: loaded.review,
      reviewNoteSeen: "",
    };
    const first = addOn.submitInterview({ ...sent, notes: "Aggiunta una nota" });
    expect(first).toMatchObject({ ok: false, conflict: true, current: { id, review: "Verificata" } });
    expect(emu.recordsOf("Interviste")[0].Note).toBe("");
    // The form showed it; the user saves on top of what they now saw.
    const again = addOn.submitInterview({
      ...sent,
      reviewSeen: first.current.review,
      notes: "Aggiunta una nota",
    });
    expect(again.ok).toBe(true);
    expect(emu.recordsOf("Interviste")[0]).toMatchObject({
      Note: "Aggiunta una nota",
      Verifica: "Verificata",
    });
  });

  it("an edit that changes a Verificata interview's answers sets it back to Da verificare", () => {
    const { emu, addOn } = preparedAddOn();
    const { id } = addOn.submitInterview(interview());
    emu.selectRanges("Interviste", ["A2"]);
    addOn.markSelectedVerified();
    const stored = addOn.getInterview(id);
    const saved = addOn.submitInterview({
      ...stored,
      submissionId: "S-answers-changed",
      reasons: { ...stored.reasons, severity: 2 },
    });
    expect(saved.ok).toBe(true);
    expect(emu.recordsOf("Interviste")[0].Verifica).toBe("Da verificare");
    // A contact's phone is an answer too.
    emu.selectRanges("Interviste", ["A2"]);
    addOn.markSelectedVerified();
    const again = addOn.getInterview(id);
    addOn.submitInterview({
      ...again,
      submissionId: "S-contact-changed",
      contacts: [{ ...again.contacts[0], phone: "+39 080 000 0000" }],
    });
    expect(emu.recordsOf("Interviste")[0].Verifica).toBe("Da verificare");
  });
});

describe("likely duplicates", () => {
  it("a new interview with the same region, interviewee and date is asked about first; confirmed, it is saved", () => {
    const { emu, addOn } = preparedAddOn();
    const first = addOn.submitInterview(interview());
    const again = interview({
      interviewee: { name: "  marco  BIANCHI ", role: "Assistente sociale", organization: "Comune di Bari" },
      hardestArea: { kind: "comune", name: "Foggia" },
    });
    const asked = addOn.submitInterview({ ...again, askIfDuplicate: true });
    expect(asked).toEqual({
      ok: false,
      duplicate: { id: first.id, region: "16", interviewee: "Marco Bianchi", date: "2025-03-14" },
    });
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    // Another date, region or person is not a duplicate.
    for (const other of [
      { interviewDate: "2025-03-15" },
      { region: "11" },
      { interviewee: { name: "Paola Neri", role: "Educatrice", organization: "Comune di Bari" } },
    ])
      expect(addOn.submitInterview({ ...interview(other), askIfDuplicate: true }).ok).toBe(true);
    // The user confirms: saved as new.
    const confirmed = addOn.submitInterview(again);
    expect(confirmed).toMatchObject({ ok: true, created: true });
    expect(emu.recordsOf("Interviste")).toHaveLength(5);
  });
});
