// The Scheda regione on the built bundle: the menu item, the region asked or taken from the active row,
// the dialog and its size, getRegionReport equal to the Shortlist tab, nothing written; the Riepilogo's
// interest-without-criticality table; an Ambito's comuni in its Perché.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "./addon";

type Any = any;

/** Puglia: Bari twice, Foggia once (Sara Gallo, a possible coordinator), Lucera only in D3 and D4. */
function seed(addOn: AddOn) {
  addOn.submitInterview(interview());
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "Foggia" },
      reasons: { evidence: [], causes: ["lingua"], severity: 5, explanation: "Corsi di italiano assenti." },
      interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 3 },
      protocolArea: "Foggia",
      contacts: [
        {
          name: "Sara Gallo",
          role: "Assistente sociale",
          organization: "Comune di Foggia",
          email: "s.gallo@comune.foggia.example",
          decisionLevel: "tecnico",
          coordinatorCandidate: true,
        } as Any,
      ],
    }),
  );
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "ambito", name: "Ambito di Foggia" },
      interestedAuthority: { name: "Comune di Lucera", kind: "comune", area: "Lucera", interest: 5 },
      protocolArea: "Lucera",
      contacts: [
        {
          name: "Marco Russo",
          role: "Sindaco",
          organization: "Comune di Lucera",
          email: "sindaco@comune.lucera.example",
          decisionLevel: "politico",
        },
      ],
    }),
  );
}

function ready() {
  const { emu, addOn } = preparedAddOn();
  seed(addOn);
  addOn.generateShortlist();
  emu.ui.toasts = [];
  emu.ui.alerts = [];
  return { emu, addOn };
}

/** The report's data as the dialog's page carries it. */
function dialogReport(emu: Emulator): Any {
  const html = emu.ui.dialogs[emu.ui.dialogs.length - 1].html as string;
  const json = html.match(/<script id="coef-report" type="application\/json">([\s\S]*?)<\/script>/)?.[1];
  return JSON.parse(json ?? "null");
}

describe("Scheda regione…", () => {
  it("asks the region when the active row has none, and opens the report in a wide modal dialog", () => {
    const { emu, addOn } = ready();
    emu.select("Impostazioni", "A1");
    emu.promptResponse = { button: "OK", text: "puglia" };
    addOn.showRegionReport();
    expect(emu.ui.prompts.at(-1)).toMatchObject({ title: "Scheda regione", buttons: "OK_CANCEL" });
    expect(emu.ui.dialogs).toHaveLength(1);
    const dialog = emu.ui.dialogs[0];
    expect([dialog.title, dialog.width, dialog.height]).toEqual(["Scheda regione – Puglia", 1000, 720]);
    // The page stays small: the map, the script, the styles and this region's data, under 40 kB.
    expect(dialog.html.length).toBeLessThan(40_000);
    // The same data as getRegionReport; the time it was made is compared apart, as the two calls may
    // fall either side of a minute.
    const { generated: shownAt, ...shown } = dialogReport(emu);
    const { generated: askedAt, ...asked } = addOn.getRegionReport("16");
    expect(shown).toEqual(asked);
    expect(Object.keys(shownAt ?? {}).sort()).toEqual(Object.keys(askedAt ?? {}).sort());
    expect(emu.ui.alerts).toEqual([]);
  });

  it("takes the region of the active row of the Shortlist without asking", () => {
    const { emu, addOn } = ready();
    const row = emu.recordsOf("Shortlist").findIndex((r) => r.Regione === "Puglia") + 2;
    emu.select("Shortlist", `C${row}`);
    emu.promptResponse = { button: "CANCEL", text: "" };
    addOn.showRegionReport();
    expect(emu.ui.prompts ?? []).toHaveLength(0);
    expect(dialogReport(emu).region).toEqual({ code: "16", name: "Puglia" });
  });

  it("opens nothing when the question is cancelled, and says why for an unknown or out-of-scope region", () => {
    const { emu, addOn } = ready();
    emu.select("Impostazioni", "A1");
    emu.promptResponse = { button: "CANCEL", text: "" };
    addOn.showRegionReport();
    expect(emu.ui.toasts.at(-1)?.message).toBe("Nessuna scheda aperta.");
    emu.promptResponse = { button: "OK", text: "Atlantide" };
    addOn.showRegionReport();
    expect(emu.ui.alerts.at(-1)?.message).toBe(
      'Non trovo la regione "Atlantide": scrivi il nome (es. Puglia) o il codice ISTAT (es. 16).',
    );
    emu.promptResponse = { button: "OK", text: "Lazio" };
    addOn.showRegionReport();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/^Lazio non è tra le regioni in Impostazioni/);
    expect(emu.ui.dialogs).toHaveLength(0);
  });

  it("has the Shortlist's areas, numbers, positions, Perché and people, and the Coordinatori's Stato", () => {
    const { emu, addOn } = ready();
    const report = addOn.getRegionReport("16");
    const rows = emu.recordsOf("Shortlist").filter((r) => r.Regione === "Puglia");
    const areas = [...new Map(rows.map((r) => [r.Area, r])).values()];
    expect(
      report.areas.map((a: Any) => [a.position, a.name, a.kind, a.score, a.stability, a.reason]),
    ).toEqual(areas.map((r) => [r.Posizione, r.Area, r["Tipo area"], r.Punteggio, r.Stabilità, r.Perché]));
    expect(report.contacts.map((c: Any) => [c.area, c.name, c.email, c.status])).toEqual(
      rows.filter((r) => r.Contatto).map((r) => [r.Area, r.Contatto, r.Email, r.Stato]),
    );
    expect(report.coordinators.map((c: Any) => [c.name, c.status])).toEqual(
      emu
        .recordsOf("Coordinatori")
        .filter((r) => r.Regione === "Puglia")
        .map((r) => [r.Nome, r.Stato]),
    );
    expect(report.interestOnly.map((a: Any) => [a.name, a.authority])).toEqual([
      ["Lucera", "Comune di Lucera"],
    ]);
  });

  it("follows the Stato the staff changed in the Shortlist", () => {
    const { emu, addOn } = ready();
    const headers = emu.valuesOf("Shortlist")[0];
    const row = emu.recordsOf("Shortlist").findIndex((r) => r.Contatto === "Sara Gallo") + 2;
    emu.typeInto("Shortlist", `${String.fromCharCode(65 + headers.indexOf("Stato"))}${row}`, "Contattato");
    const sara = addOn.getRegionReport("16").contacts.find((c: Any) => c.name === "Sara Gallo");
    expect(sara.status).toBe("Contattato");
  });

  it("writes nothing, and reads with a constant number of data calls", () => {
    const { emu, addOn } = ready();
    const before = JSON.stringify(emu.toJSON());
    emu.resetCalls();
    addOn.getRegionReport("16");
    const calls = emu.totalCalls();
    expect(JSON.stringify(emu.toJSON())).toBe(before);
    for (let i = 0; i < 20; i++)
      addOn.submitInterview(interview({ hardestArea: { kind: "comune", name: "Lecce" } }));
    addOn.generateShortlist();
    emu.resetCalls();
    addOn.getRegionReport("16");
    expect(emu.totalCalls()).toBe(calls);
  });

  it("carries sheet text into the page as data only: no text can close the script or become markup", () => {
    const { emu, addOn } = ready();
    addOn.submitInterview(
      interview({ hardestArea: { kind: "altro", name: '</script><img src=x onerror="alert(1)">' } }),
    );
    addOn.generateShortlist();
    emu.select("Impostazioni", "A1");
    emu.promptResponse = { button: "OK", text: "16" };
    addOn.showRegionReport();
    const html = emu.ui.dialogs.at(-1)?.html as string;
    expect(html).not.toContain("<img src=x");
    // Every closing script tag closes one of the page's own scripts.
    expect(html.match(/<\/script>/g)?.length).toBe(html.split("<script").length - 1);
    expect(dialogReport(emu).areas.map((a: Any) => a.name)).toContain(
      '</script><img src=x onerror="alert(1)">',
    );
  });

  it("is refused to a user the Partner tab does not list, like the Shortlist", () => {
    const { emu, addOn } = ready();
    emu.typeInto("Partner", "A2", "partner.puglia@example.org");
    emu.typeInto("Partner", "B2", "Puglia");
    emu.user = "someone.else@example.org";
    expect(() => addOn.getRegionReport("16")).toThrow(/non è nella scheda Partner/);
  });
});

describe("the Riepilogo's interest without criticality", () => {
  it("lists, with its header, the areas with an interested authority that no interview named hardest", () => {
    const { emu } = ready();
    const values = emu.valuesOf("Riepilogo") as unknown[][];
    const at = values[0].indexOf("Interesse senza criticità: regione");
    expect(at).toBeGreaterThan(0);
    expect(values[0].slice(at, at + 7)).toEqual([
      "Interesse senza criticità: regione",
      "Area",
      "Tipo area",
      "Ente interessato",
      "Interesse",
      "Interviste D3",
      "Contatti D4",
    ]);
    // Lucera: I = 100·(5/5)/3.
    expect(values[1].slice(at, at + 7)).toEqual([
      "Puglia",
      "Lucera",
      "Comune",
      "Comune di Lucera",
      100 / 3,
      1,
      1,
    ]);
    expect(values[2][at]).toBe("");
  });
});

describe("an Ambito's comuni", () => {
  it("says in the Ambito's Perché what its comuni received in D3 and D4, ranking unchanged", () => {
    const { emu, addOn } = ready();
    const before = emu.recordsOf("Shortlist").map((r) => [r.Posizione, r.Punteggio]);
    emu.typeInto("Ambiti", "A2", "Puglia");
    emu.typeInto("Ambiti", "B2", "Ambito di Foggia");
    emu.typeInto("Ambiti", "D2", "Foggia; Lucera");
    addOn.generateShortlist();
    const rows = emu.recordsOf("Shortlist");
    expect(rows.map((r) => [r.Posizione, r.Punteggio])).toEqual(before);
    const ambito = rows.find((r) => r["Tipo area"] === "Ambito");
    expect(ambito?.Perché).toMatch(
      / · comuni dell'ambito: Foggia \(ente interessato Comune di Foggia, 1 intervista, interesse medio 3,0 su 5; 1 contatto\), Lucera \(ente interessato Comune di Lucera, 1 intervista, interesse medio 5,0 su 5; 1 contatto\)$/,
    );
    const report = addOn.getRegionReport("16");
    expect(report.areas.find((a: Any) => a.kind === "Ambito").comuni.map((c: Any) => c.name)).toEqual([
      "Foggia",
      "Lucera",
    ]);
  });
});
