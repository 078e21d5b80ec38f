import { describe, expect, it } from "vitest";
import {
  cellsLine,
  type InstallFacts,
  installReport,
  partnerLine,
  tabsLine,
} from "../../src/core/installReport";
import { PREPARED_TABS } from "../../src/core/preparedTabs";
import { CELL_LIMIT, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from "../../src/core/storageUsage";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, PARTNER_COLUMNS } from "../../src/core/tabs";

const headersOf = (columns: Record<string, { header: string }>) =>
  Object.values(columns).map((c) => c.header);

/** A sheet as Prepara il foglio leaves it, used by a staff member whose e-mail Google gives. */
function facts(overrides: Partial<InstallFacts> = {}): InstallFacts {
  return {
    email: { kind: "disclosed", email: "giulia.rossi@regione.puglia.it" },
    lock: "available",
    tabs: PREPARED_TABS.map((tab) => ({
      name: tab.name,
      present: true,
      headers: headersOf(tab.columns),
      columns: tab.columns,
    })),
    partner: { kind: "listed", rows: [] },
    you: { regions: null },
    properties: { "coef.interviewCounter": "42" },
    sheets: [{ name: "Interviste", rows: 1000, columns: 30 }],
    version: "0.1.0",
    journalBound: 6_000,
    ...overrides,
  };
}

const lineTitled = (report: ReturnType<typeof installReport>, title: string) => {
  const found = report.lines.find((l) => l.title === title);
  if (!found) throw new Error(`no line ${title}`);
  return found;
};

describe("installReport", () => {
  it("says all is well for a prepared sheet whose Partner tab lists its staff, with one line per question and the version", () => {
    const staff = { email: "giulia.rossi@regione.puglia.it", staff: true, regions: [] };
    const report = installReport(facts({ partner: { kind: "listed", rows: [staff] } }), "it");
    expect(report.summary).toBe("Tutto a posto.");
    expect(report.lines.map((l) => l.title)).toEqual([
      "Il tuo indirizzo e-mail",
      "Il blocco del documento",
      "Schede e intestazioni",
      "Chi può scrivere (scheda Partner)",
      "Spazio delle proprietà del documento",
      "Giornale delle operazioni in corso",
      "Celle del foglio",
      "Versione",
    ]);
    expect(report.lines.every((l) => l.status === "ok")).toBe(true);
    expect(lineTitled(report, "Versione").text).toEqual([
      "Componente aggiuntivo CO.EFFICIENTI, versione 0.1.0.",
    ]);
  });

  it("counts the lines to fix and says why the e-mail is missing, blank or refused", () => {
    const blank = installReport(facts({ email: { kind: "blank" } }), "it");
    expect(blank.summary).toBe("Un punto da sistemare.");
    const email = lineTitled(blank, "Il tuo indirizzo e-mail");
    expect(email.status).toBe("problem");
    expect(email.text[0]).toMatch(/non comunica il tuo indirizzo/);
    // Partner lists no one: writing works, but nobody is named as the writer.
    expect(email.text[1]).toMatch(/Creata da/);
    const refused = installReport(
      facts({
        email: { kind: "refused", how: "apri https://script.google.com/… e spunta quel permesso." },
        lock: "missing",
        partner: {
          kind: "listed",
          rows: [{ email: "anna.verdi@comune.bari.it", staff: false, regions: ["16"] }],
        },
        you: { regions: [], refusal: "Google non ci dice chi sei." },
      }),
      "it",
    );
    expect(refused.summary).toBe("2 punti da sistemare.");
    // A refused permission stops every write, whoever Partner lists: one sentence says so and how to grant it.
    expect(lineTitled(refused, "Il tuo indirizzo e-mail").text).toEqual([
      "Non hai concesso il permesso «Visualizzare l'indirizzo email principale del tuo Account Google»: finché manca non puoi salvare interviste né usare le voci del menu che scrivono. Per concederlo: apri https://script.google.com/… e spunta quel permesso.",
    ]);
    const restricted = installReport(
      facts({
        email: { kind: "blank" },
        partner: {
          kind: "listed",
          rows: [{ email: "anna.verdi@comune.bari.it", staff: false, regions: ["16"] }],
        },
      }),
      "it",
    );
    expect(lineTitled(restricted, "Il tuo indirizzo e-mail").text[1]).toMatch(
      /senza indirizzo non puoi salvare/,
    );
    const lock = lineTitled(refused, "Il blocco del documento");
    expect(lock.status).toBe("problem");
    expect(lock.text[0]).toMatch(/script autonomo/);
  });

  it("speaks English to an English user", () => {
    const report = installReport(facts({ lock: "missing" }), "en");
    expect(report.title).toBe("CO.EFFICIENTI – Check the installation");
    expect(report.summary).toBe("One thing to fix.");
    expect(report.lines[1].text[0]).toMatch(/no document lock/);
  });

  it("turns a fact Google failed to give into a line to fix, not a failure of the check", () => {
    const report = installReport(facts({ properties: { failed: "Service error" } }), "it");
    expect(lineTitled(report, "Spazio delle proprietà del documento").text[0]).toMatch(/Service error/);
    expect(lineTitled(report, "Giornale delle operazioni in corso").status).toBe("problem");
  });

  it("says the version is unknown when the build did not write it", () => {
    const line = lineTitled(installReport(facts({ version: "" }), "it"), "Versione");
    expect(line.status).toBe("problem");
  });
});

describe("tabsLine", () => {
  it("names each missing tab and each missing header, and says how to fix them", () => {
    const line = tabsLine(
      [
        {
          name: "Interviste",
          present: true,
          headers: headersOf(INTERVIEW_COLUMNS),
          columns: INTERVIEW_COLUMNS,
        },
        {
          name: "Contatti",
          present: true,
          headers: headersOf(CONTACT_COLUMNS).filter((h) => h !== "Telefono" && h !== "Email"),
          columns: CONTACT_COLUMNS,
        },
        { name: "Partner", present: false, headers: [], columns: PARTNER_COLUMNS },
      ],
      "it",
    );
    expect(line.status).toBe("problem");
    expect(line.text).toEqual([
      'Nella scheda "Contatti" mancano le intestazioni "Email", "Telefono".',
      'Manca la scheda "Partner".',
      "Usa CO.EFFICIENTI → Prepara il foglio: crea le schede e le intestazioni che mancano.",
    ]);
  });

  it("finds headers ignoring case and accents, and notes a header of an earlier version without a problem", () => {
    const headers = headersOf(INTERVIEW_COLUMNS).map((h) =>
      h === "Intervistatore/intervistatrice" ? "Intervistatore" : h.toUpperCase(),
    );
    const line = tabsLine([{ name: "Interviste", present: true, headers, columns: INTERVIEW_COLUMNS }], "it");
    expect(line.status).toBe("ok");
    expect(line.text[1]).toBe(
      'Nella scheda "Interviste" la colonna "Intervistatore" ha il nome di una versione precedente: funziona, e Prepara il foglio la rinomina "Intervistatore/intervistatrice".',
    );
  });
});

describe("partnerLine", () => {
  it("says everyone may write when the tab is absent or lists nobody", () => {
    expect(partnerLine({ kind: "absent" }, { regions: null }, "it").text[0]).toMatch(
      /^Non c'è la scheda Partner: chiunque/,
    );
    expect(partnerLine({ kind: "listed", rows: [] }, { regions: null }, "it").text[0]).toMatch(
      /non elenca nessun indirizzo: chiunque/,
    );
  });

  it("lists each address with its regions (rows of one address added up), staff, and the user's own rights", () => {
    const line = partnerLine(
      {
        kind: "listed",
        rows: [
          { email: "anna.verdi@comune.bari.it", staff: false, regions: ["16"] },
          { email: "Anna.Verdi@comune.bari.it", staff: false, regions: ["11"] },
          { email: "luca.neri@anci.it", staff: true, regions: [] },
        ],
      },
      { regions: ["16", "11"] },
      "it",
    );
    expect(line.status).toBe("ok");
    expect(line.text).toEqual([
      "La scheda Partner elenca 2 indirizzi; chi non è elencato non può scrivere.",
      "anna.verdi@comune.bari.it: Marche, Puglia.",
      "luca.neri@anci.it: staff, tutte le regioni, e può verificare le interviste.",
      "Tu puoi scrivere interviste di: Marche, Puglia.",
    ]);
  });

  it("lists at most 50 addresses one by one and counts the rest", () => {
    const rows = Array.from({ length: 52 }, (_, i) => ({
      email: `partner${i}@comune.example.it`,
      staff: false,
      regions: ["16"],
    }));
    const line = partnerLine({ kind: "listed", rows }, { regions: null }, "it");
    expect(line.text.filter((l) => l.endsWith(": Puglia."))).toHaveLength(50);
    expect(line.text).toContain("… e 2 altri indirizzi.");
  });

  it("marks an address without regions as a problem and repeats the user's refusal", () => {
    const line = partnerLine(
      { kind: "listed", rows: [{ email: "marco.bianchi@comune.lecce.it", staff: false, regions: [] }] },
      { regions: [], refusal: "Il tuo indirizzo non è nella scheda Partner." },
      "it",
    );
    expect(line.status).toBe("problem");
    expect(line.text).toContain(
      "marco.bianchi@comune.lecce.it: nessuna regione indicata, quindi non può scrivere.",
    );
    expect(line.text).toContain("Tu: Il tuo indirizzo non è nella scheda Partner.");
  });

  it("says nobody can write while the Partner tab has rows but lacks a column the rules read", () => {
    const line = partnerLine({ kind: "unreadable", missing: ["Email"] }, { failed: "x" }, "it");
    expect(line.status).toBe("problem");
    expect(line.text[0]).toMatch(/non la colonna "Email".*nessuno può scrivere/);
    const both = partnerLine({ kind: "unreadable", missing: ["Email", "Regioni"] }, { failed: "x" }, "it");
    expect(both.text[0]).toBe(
      'La scheda Partner ha delle righe ma non le colonne "Email", "Regioni": finché non le rimetti a mano nella riga 1, nessuno può scrivere.',
    );
  });

  it("says a failing e-mail lookup in words, not as a refused permission", () => {
    const report = installReport(facts({ email: { kind: "failed", reason: "Service error" } }), "en");
    expect(report.lines[0].text[0]).toBe(
      "Google did not tell your address (Service error). Try again shortly.",
    );
  });
});

describe("storage and cells lines", () => {
  it("says a limit is close from 80% on", () => {
    const near = installReport(
      facts({
        properties: { "coef.journal": "x".repeat(0.8 * PROPERTY_VALUE_LIMIT - "coef.journal".length) },
      }),
      "it",
    );
    const journal = lineTitled(near, "Giornale delle operazioni in corso");
    expect(journal.status).toBe("problem");
    expect(journal.text[0]).toBe(
      "Occupa 7,2 kB dei 9 kB che Google concede a una singola proprietà (80,0%), contando nome e valore.",
    );
    const store = installReport(facts({ properties: { big: "y".repeat(PROPERTY_STORE_LIMIT / 2) } }), "it");
    expect(lineTitled(store, "Spazio delle proprietà del documento").status).toBe("ok");
  });

  it("measures the journal against the add-on's own bound too, past which it refuses new operations", () => {
    const value = "x".repeat(4_800);
    const report = installReport(facts({ properties: { "coef.journal": value }, journalBound: 6_000 }), "it");
    const journal = lineTitled(report, "Giornale delle operazioni in corso");
    expect(journal.status).toBe("problem");
    expect(journal.text).toEqual([
      "Occupa 4,8 kB dei 9 kB che Google concede a una singola proprietà (53,5%), contando nome e valore.",
      "Il componente aggiuntivo tiene il valore del giornale sotto i 6 kB: oltre, rifiuta nuove operazioni finché lo staff non usa Prepara il foglio.",
      "Vicino al limite: lo staff usi Prepara il foglio, che completa le operazioni rimaste a metà.",
      "Nessuna operazione in corso o rimasta a metà.",
    ]);
    const small = installReport(facts({ properties: { "coef.journal": "[]" } }), "it");
    expect(lineTitled(small, "Giornale delle operazioni in corso").status).toBe("ok");
  });

  it("counts every row and column of every tab against the 10 million cells", () => {
    const line = cellsLine(
      [
        { name: "Interviste", rows: 5000, columns: 30 },
        { name: "Contatti", rows: 10_000, columns: 26 },
        { name: "Registro", rows: 1000, columns: 26 },
        { name: "Partner", rows: 1000, columns: 26 },
      ],
      "it",
    );
    expect(line.status).toBe("ok");
    expect(line.text[0]).toMatch(/^Usate 462\.000 dei 10\.000\.000 di celle .* \(4,6%\)/);
    expect(line.text.slice(1)).toEqual([
      "Contatti: 10.000 righe × 26 colonne = 260.000 celle.",
      "Interviste: 5.000 righe × 30 colonne = 150.000 celle.",
      "Registro: 1.000 righe × 26 colonne = 26.000 celle.",
    ]);
    expect(cellsLine([{ name: "Interviste", rows: CELL_LIMIT / 10, columns: 9 }], "en").status).toBe(
      "problem",
    );
  });
});

describe("partnerLine, strict", () => {
  it("names a partner's Regioni cell read only in part, with its row, and leaves staff rows alone", () => {
    const line = partnerLine(
      {
        kind: "listed",
        rows: [
          {
            email: "s@x.it",
            staff: true,
            regions: [],
            row: 2,
            cell: "sede centrale",
            unrecognised: ["sede centrale"],
          },
          {
            email: "p@x.it",
            staff: false,
            regions: ["16"],
            row: 3,
            cell: "Puglia, Marchee",
            unrecognised: ["Marchee"],
          },
        ],
      },
      { regions: null },
      "it",
    );
    expect(line.status).toBe("problem");
    expect(line.text).toContain(
      "Riga 3 (p@x.it): nella cella Regioni «Puglia, Marchee» non riconosco la regione «Marchee».",
    );
    expect(line.text.join(" ")).not.toContain("sede centrale");
  });

  it("is to fix when the identified user may write nothing, and a warning when anyone may write", () => {
    const rows = [{ email: "p@x.it", staff: false, regions: ["16"] }];
    expect(
      partnerLine({ kind: "listed", rows }, { regions: [], refusal: "Non sei elencato." }, "it").status,
    ).toBe("problem");
    expect(partnerLine({ kind: "listed", rows }, { regions: [] }, "it").text.at(-1)).toMatch(
      /nessuna delle regioni scritte è riconosciuta/,
    );
    expect(partnerLine({ kind: "listed", rows: [] }, { regions: null }, "it").status).toBe("warning");
    expect(partnerLine({ kind: "absent" }, { regions: null }, "it").status).toBe("warning");
  });
});
