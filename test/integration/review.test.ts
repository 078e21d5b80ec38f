// The staff's review of interviews (Verifica), and what happens when review and edit meet.
import { describe, expect, it } from "vitest";
import {
  interview,
  lucia,
  reviews,
  selectRows,
  threeInterviews,
  typePartners,
  typeSetting,
} from "../fixtures";
import { preparedAddOn } from "./addon";

type Any = any;

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

describe("review of interviews", () => {
  it("a new interview is Da verificare; staff mark several selected rows at once, with one Registro line", () => {
    const { emu, addOn, ids } = threeInterviews();
    expect(reviews(emu)).toEqual(ids.map((id) => [id, "Da verificare", ""]));
    typePartners(emu, [
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
    emu.promptResponse = { button: "OK", text: "Manca il telefono di Anna Verdi" };
    addOn.markSelectedToCorrect();
    expect(emu.ui.prompts.at(-1)!.title).toBe("Segna da correggere");
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
    typePartners(emu, [
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
    expect(emu.ui.prompts ?? []).toHaveLength(0);
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
    emu.promptResponse = { button: "CANCEL", text: "da rifare" };
    addOn.markSelectedToCorrect();
    emu.promptResponse = { button: "OK", text: "   " };
    addOn.markSelectedToCorrect();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Scrivi cosa correggere/);
    expect(reviews(emu)[2]).toEqual([ids[2], "Da verificare", ""]);
    addOn.markSelectedVerified();
    expect(reviews(emu)[2]).toEqual([ids[2], "Verificata", ""]);
  });

  it("a form save of an interview to correct sends it back to Da verificare; the form cannot change Verifica", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 2, 2);
    emu.promptResponse = { button: "OK", text: "La gravità sembra alta: ricontrollare" };
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

    typeSetting(emu, "solo_interviste_verificate", "Sì");
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
    typeSetting(emu, "solo_interviste_verificate", "No");
    addOn.generateShortlist();
    expect(areasOf().map(([area]) => area)).toEqual(["Bari", "Foggia"]);
    expect(emu.recordsOf("Riepilogo").find((r) => r.Regione === "Puglia")?.Interviste).toBe(2);
    expect(emu.recordsOf("Coordinatori").map((r) => [r.Regione, r.Nome])).toEqual([
      ["Marche", "Lucia Ferrante"],
    ]);
    expect(ids).toHaveLength(3);
  });
});
