import { describe, expect, it } from "vitest";
import { scoreAreas } from "../../src/core/scoring";
import type { ScoringContact, ScoringInterview } from "../../src/core/scoringRows";
import {
  buildShortlist,
  generationNote,
  NO_AREA_NAMED,
  NO_INTERVIEWS,
  OUT_OF_SHORTLIST,
} from "../../src/core/shortlist";
import { rankAreas } from "../../src/core/stability";
import { SPEC_SHORTLIST_COLUMNS } from "../fixtures";

const iv = (id: string, region: string, area: string, severity: 1 | 2 | 3 | 4 | 5): ScoringInterview => ({
  id,
  region,
  hardestArea: area,
  hardestAreaIstat: "",
  evidence: ["dati_statistici"],
  severity,
  authorityName: `Comune di ${area}`,
  authorityArea: area,
  interest: 4,
  protocolArea: area,
});
const person = (
  interviewId: string,
  name: string,
  level: ScoringContact["decisionLevel"],
  email: string,
): ScoringContact => ({
  interviewId,
  name,
  role: "Referente",
  organization: "Comune",
  email,
  phone: "",
  decisionLevel: level,
});

const interviews = [
  iv("INT-1", "16", "Bari", 5),
  iv("INT-2", "16", "Lecce", 3),
  iv("INT-3", "16", "Taranto", 1),
  iv("INT-4", "16", "Brindisi", 2),
];
const contacts = [
  person("INT-1", "Zeno Conti", "tecnico", "z.conti@example.it"),
  person("INT-1", "Anna Verdi", "politico", "a.verdi@example.it"),
  person("INT-2", "Lia Greco", "dirigente", "l.greco@example.it"),
];
const H = (row: Record<string, unknown>, header: string) => row[header];

describe("buildShortlist", () => {
  const scores = scoreAreas(interviews, contacts);
  const shortlist = buildShortlist({ scores, regionsInScope: ["16", "13"], topN: 3 });

  it("has exactly the documented Shortlist columns", () => {
    expect(shortlist.headers).toEqual(SPEC_SHORTLIST_COLUMNS);
  });

  it("lists regions by name, a region without interviews visibly, and top N areas with contacts by level", () => {
    const rows = shortlist.rows.map((r) => [
      H(r, "Regione"),
      H(r, "Posizione"),
      H(r, "Area"),
      H(r, "Contatto"),
      H(r, "Livello decisionale"),
    ]);
    expect(rows).toEqual([
      ["Abruzzo", "", NO_INTERVIEWS, "", ""],
      ["Puglia", 1, "Bari", "Anna Verdi", "Politico"],
      ["Puglia", 1, "Bari", "Zeno Conti", "Tecnico"],
      ["Puglia", 2, "Lecce", "Lia Greco", "Dirigente"],
      ["Puglia", 3, "Brindisi", "", ""],
    ]);
    expect(shortlist.counts).toMatchObject({ regions: 2, areas: 3, contacts: 3 });
    expect(shortlist.rows.map((r) => r.Stato)).toEqual(["", ...Array(4).fill("Da contattare")]);
  });

  it("keeps follow-up status when the shortlist is regenerated", () => {
    const previous = shortlist.rows.map((r) => ({ ...r }));
    previous[2].Stato = "Incontro fissato";
    previous[2].Note = "Richiamare lunedì";
    const again = buildShortlist({
      scores,
      regionsInScope: ["16", "13"],
      topN: 3,
      previousHeaders: shortlist.headers,
      previous,
    });
    const zeno = again.rows.find((r) => r.Contatto === "Zeno Conti")!;
    expect([zeno.Stato, zeno.Note]).toEqual(["Incontro fissato", "Richiamare lunedì"]);
  });

  it("keeps followed-up rows that no longer qualify at the end of their region", () => {
    const previous = shortlist.rows.map((r) => ({ ...r }));
    const lia = previous.find((r) => r.Contatto === "Lia Greco")!;
    lia.Stato = "Contattato";
    const smaller = buildShortlist({
      scores,
      regionsInScope: ["16", "13"],
      topN: 1,
      previousHeaders: shortlist.headers,
      previous,
    });
    const last = smaller.rows[smaller.rows.length - 1];
    expect([last.Regione, last.Posizione, last.Contatto, last.Stato]).toEqual([
      "Puglia",
      OUT_OF_SHORTLIST,
      "Lia Greco",
      "Contattato",
    ]);
    expect(smaller.counts.keptOutside).toBe(1);
  });

  it("keeps columns the staff added", () => {
    const previous = shortlist.rows.map((r) => ({
      ...r,
      "Chiamato da": r.Contatto === "Anna Verdi" ? "Paola" : "",
    }));
    const again = buildShortlist({
      scores,
      regionsInScope: ["16"],
      topN: 3,
      previousHeaders: [...shortlist.headers, "Chiamato da"],
      previous,
    });
    expect(again.headers.at(-1)).toBe("Chiamato da");
    expect(again.rows.find((r) => r.Contatto === "Anna Verdi")!["Chiamato da"]).toBe("Paola");
  });
});

describe("buildShortlist: the explained columns", () => {
  const scores = rankAreas(interviews, contacts, {
    weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 },
    topN: 3,
    onlyNamedInD1: true,
  });
  const shortlist = buildShortlist({ scores, regionsInScope: ["16"], topN: 3 });

  it("fills Tipo area, Stabilità and Perché, and leaves Coordinatore blank until contacts carry the mark", () => {
    const anna = shortlist.rows.find((r) => r.Contatto === "Anna Verdi")!;
    expect([anna["Tipo area"], anna.Stabilità, anna.Coordinatore]).toEqual(["Comune", 100, ""]);
    expect(anna.Perché).toBe(
      "indicata come la più difficile in 1 intervista su 4 (gravità media 5,0 su 5) · ente interessato: Comune di Bari (1 intervista, interesse medio 4,0 su 5) · 2 contatti per il protocollo (1 politico, 1 tecnico)",
    );
    const marked = rankAreas(
      interviews,
      contacts.map((c) => ({ ...c, coordinatorCandidate: c.name === "Lia Greco" })),
      { weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 }, topN: 3, onlyNamedInD1: true },
    );
    const rows = buildShortlist({ scores: marked, regionsInScope: ["16"], topN: 3 }).rows;
    expect(rows.find((r) => r.Contatto === "Lia Greco")!.Coordinatore).toBe("Sì");
  });

  it("keeps Stato, Referente, Ultimo contatto, Prossimo passo and Note for the same region + area + contact", () => {
    const previous = shortlist.rows.map((r) => ({ ...r }));
    const lia = previous.find((r) => r.Contatto === "Lia Greco")!;
    const met = new Date(2026, 10, 20);
    Object.assign(lia, {
      Stato: "Incontro fissato",
      Referente: "Paola Esposito",
      "Ultimo contatto": met,
      "Prossimo passo": "Inviare la bozza di protocollo",
      Note: "Disponibile il martedì",
    });
    const again = buildShortlist({
      scores,
      regionsInScope: ["16"],
      topN: 3,
      previousHeaders: shortlist.headers,
      previous,
    });
    expect(again.rows.find((r) => r.Contatto === "Lia Greco")).toMatchObject({
      Stato: "Incontro fissato",
      Referente: "Paola Esposito",
      "Ultimo contatto": met,
      "Prossimo passo": "Inviare la bozza di protocollo",
      Note: "Disponibile il martedì",
    });
  });

  it("finds the follow-up of a Shortlist written with the first release's columns", () => {
    const old = [
      {
        Regione: "Puglia",
        Posizione: 1,
        Area: "Bari",
        Contatto: "Anna Verdi",
        Email: "a.verdi@example.it",
        Stato: "Contattato",
        Note: "Richiamare",
        "Chiamato da": "Paola",
      },
    ];
    const again = buildShortlist({
      scores,
      regionsInScope: ["16"],
      topN: 3,
      previousHeaders: ["Regione", "Posizione", "Area", "Contatto", "Email", "Stato", "Note", "Chiamato da"],
      previous: old,
    });
    expect(again.headers).toEqual([...SPEC_SHORTLIST_COLUMNS, "Chiamato da"]);
    expect(again.rows.find((r) => r.Contatto === "Anna Verdi")).toMatchObject({
      Stato: "Contattato",
      Note: "Richiamare",
      "Chiamato da": "Paola",
    });
  });

  it("keeps an Ambito's follow-up apart from the comune of the same name", () => {
    const mixed = rankAreas(
      [
        {
          ...interviews[0],
          id: "INT-7",
          hardestArea: "Ambito di Bari",
          hardestAreaKind: "ambito",
          protocolArea: "Ambito di Bari",
        },
        { ...interviews[0], id: "INT-8" },
      ],
      [
        person("INT-7", "Anna Verdi", "politico", "a.verdi@example.it"),
        person("INT-8", "Anna Verdi", "politico", "a.verdi@example.it"),
      ],
      { weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 }, topN: 3, onlyNamedInD1: true },
    );
    const first = buildShortlist({ scores: mixed, regionsInScope: ["16"], topN: 3 });
    const previous = first.rows.map((r) => ({
      ...r,
      Stato: r.Area === "Ambito di Bari" ? "Protocollo firmato" : r.Stato,
    }));
    const again = buildShortlist({
      scores: mixed,
      regionsInScope: ["16"],
      topN: 3,
      previousHeaders: first.headers,
      previous,
    });
    expect(again.rows.map((r) => [r.Area, r["Tipo area"], r.Stato]).sort()).toEqual([
      ["Ambito di Bari", "Ambito", "Protocollo firmato"],
      ["Bari", "Comune", "Da contattare"],
    ]);
  });

  it("says when a region has interviews but none names an area in D1, with Stato blank", () => {
    const unnamed = rankAreas([{ ...interviews[0], hardestArea: "" }], [], {
      weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 },
      topN: 3,
      onlyNamedInD1: true,
    });
    const rows = buildShortlist({ scores: unnamed, regionsInScope: ["16"], topN: 3 }).rows;
    expect(rows.map((r) => [r.Area, r.Stato])).toEqual([[NO_AREA_NAMED, ""]]);
  });

  it("writes the generation time, the weights and the Stabilità rule in the header note", () => {
    const note = generationNote(
      { weights: { criticality: 2, interest: 2, readiness: 1 }, topN: 3, onlyNamedInD1: true },
      "2026-11-28 14:05",
    );
    expect(note).toContain("Generata il 2026-11-28 14:05.");
    expect(note).toContain("Pesi: criticità 0,4, interesse 0,4, prontezza 0,2.");
    expect(note).toContain("36 combinazioni di pesi");
  });
});
