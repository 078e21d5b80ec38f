/**
 * The Scheda regione's data on a worked example, every number checked by hand: Puglia with four
 * interviews (Bari twice, Foggia, the Ambito di Foggia) and Lucera named only in D3 and D4, the Ambito
 * declared in `Ambiti` with its comuni Foggia and Lucera.
 */
import { describe, expect, it } from "vitest";
import { comuniReceipts, scoresByKey } from "../../src/core/ambitoComuni";
import { buildCoordinators } from "../../src/core/coordinators";
import type { DecisionTabs } from "../../src/core/decisionTabs";
import { interestOnlyTable, interestWithoutCriticality } from "../../src/core/interestOnly";
import { positionRanges } from "../../src/core/positionRange";
import { reasonOf } from "../../src/core/reason";
import { buildRegionReport } from "../../src/core/regionReport";
import { buildRiepilogo } from "../../src/core/riepilogo";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { buildShortlist, type ShortlistRow } from "../../src/core/shortlist";
import { rankAreas } from "../../src/core/stability";
import { indexAmbiti } from "../../src/core/territory/areaKey";
import { answeredInterview as iv, scoringContact as person } from "../fixtures";

const INTERVIEWS = [
  iv(
    "INT-1",
    ["Bari", 4, ["dati_statistici", "percezione"], ["casa", "lavoro"]],
    ["Bari", 5, "Comune di Bari"],
    "Comune di Bari",
  ),
  iv("INT-2", ["Foggia", 5, [], ["lingua"]], ["Foggia", 3, "Comune di Foggia"], "Foggia"),
  iv("INT-3", ["BARI", 2, ["testimonianze"], ["documenti"]], ["Foggia", 4, "comune di foggia"], "Bari"),
  iv(
    "INT-4",
    ["Ambito di Foggia", 5, ["dati_servizi"], ["lavoro", "lingua"], "ambito"],
    ["Lucera", 5, "Comune di Lucera"],
    "Lucera",
  ),
];
const CONTACTS = [
  person("INT-1", "Anna Verdi", "dirigente", { email: "a.verdi@comune.bari.example" }),
  person("INT-1", "Luca Neri", "politico", { phone: "+39 080 111 2222" }),
  person("INT-2", "Sara Gallo", "tecnico", {
    email: "s.gallo@comune.foggia.example",
    coordinatorCandidate: true,
  }),
  person("INT-3", "Anna Verdi", "tecnico", { email: "A.Verdi@comune.bari.example" }),
  person("INT-3", "L. Neri", "altro", { phone: "+390801112222" }),
  person("INT-4", "Marco Russo", "politico", { email: "sindaco@comune.lucera.example" }),
];
const AMBITI = indexAmbiti([
  {
    region: "16",
    key: "ambito:ambito territoriale di foggia",
    name: "Ambito territoriale di Foggia",
    aliases: ["Ambito di Foggia"],
    comuni: ["Foggia", "Lucera"],
  },
]);
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, topN: 3, target: 5 };

/** The decision tabs as "Genera shortlist contatti" builds them (buildDecisionTabs, from parsed rows). */
function decisionTabs(previous: ShortlistRow[] = [], previousHeaders: string[] = []): DecisionTabs {
  const scores = rankAreas(INTERVIEWS, CONTACTS, SETTINGS, { ambiti: AMBITI });
  const shortlist = buildShortlist({
    scores,
    regionsInScope: SETTINGS.regionsInScope,
    topN: SETTINGS.topN,
    previous,
    previousHeaders,
    ambiti: AMBITI,
  });
  const riepilogo = buildRiepilogo({
    scores,
    interviews: INTERVIEWS,
    contacts: CONTACTS,
    regionsInScope: SETTINGS.regionsInScope,
    target: SETTINGS.target,
    shortlistRows: shortlist.rows,
  });
  const coordinators = buildCoordinators({
    interviews: INTERVIEWS,
    contacts: CONTACTS,
    scores,
    regionsInScope: SETTINGS.regionsInScope,
    ambiti: AMBITI,
  });
  return { scores, shortlist, riepilogo, coordinators, skipped: { count: 0, first: "" } };
}

describe("the Scheda regione of Puglia (worked example, n = 4)", () => {
  const tabs = decisionTabs();
  const report = buildRegionReport(tabs, SETTINGS, "16");

  it("shows progress against the target: 4 interviews of 5, 80%", () => {
    expect(report.region).toEqual({ code: "16", name: "Puglia" });
    expect(report.progress).toEqual({ interviews: 4, target: 5, share: 0.8, allInterviews: null });
  });

  it("lists the shortlisted areas with the Shortlist's names, positions, scores and Stabilità", () => {
    // Bari: C = 100·(4/5·1.0 + 2/5·0.6)/4 = 26, I = 100·(5/5)/4 = 25, R = 100·min(1, (1.0 + 0.8)/2) = 90
    // (Luca Neri, politico, and Anna Verdi, dirigente, each counted once); S = 0.4·26 + 0.4·25 + 0.2·90 = 38.4.
    // Foggia: C = 100·1·0.5/4 = 12.5, I = 100·(0.6 + 0.8)/4 = 35, R = 100·0.5/2 = 25; S = 24.
    // The Ambito: C = 100·1·1/4 = 25, I = 0, R = 0; S = 10.
    const rows = report.areas.map((a) => [
      a.position,
      a.name,
      a.kind,
      a.score,
      a.criticality,
      a.interest,
      a.readiness,
    ]);
    const expected = [
      [1, "Bari", "Comune", 38.4, 26, 25, 90],
      [2, "Foggia", "Comune", 24, 12.5, 35, 25],
      [3, "Ambito territoriale di Foggia", "Ambito", 10, 25, 0, 0],
    ];
    rows.forEach((row, i) => {
      expect(row.slice(0, 3)).toEqual(expected[i].slice(0, 3));
      for (let k = 3; k < 7; k++) expect(row[k]).toBeCloseTo(expected[i][k] as number, 9);
    });
    expect(report.areas.map((a) => a.stability)).toEqual([100, 100, 100]);
    // The same as the Shortlist's rows, area by area.
    for (const area of report.areas) {
      const row = tabs.shortlist.rows.find((r) => r.Area === area.name) as ShortlistRow;
      expect([row.Posizione, row.Punteggio, row.Stabilità, row.Perché, row.Interviste]).toEqual([
        area.position,
        area.score,
        area.stability,
        area.reason,
        area.interviews,
      ]);
    }
  });

  it("gives each area its best and worst position over the 36 weightings", () => {
    // Bari − Foggia = 13.5·wC − 10·wI + 65·wR: negative only at (0.1, 0.8, 0.1) (31.6 against 31.75).
    // Foggia − Ambito = −12.5·wC + 35·wI + 25·wR: negative at (0.8, 0.1, 0.1) and (0.7, 0.1, 0.2).
    // Bari − Ambito = wC + 25·wI + 90·wR is always positive.
    expect(report.areas.map((a) => [a.name, a.bestPosition, a.worstPosition])).toEqual([
      ["Bari", 1, 2],
      ["Foggia", 1, 3],
      ["Ambito territoriale di Foggia", 2, 3],
    ]);
  });

  it("says what the Ambito's comuni received in D3 and D4, without adding it to the Ambito's scores", () => {
    const ambito = report.areas[2];
    expect(ambito.comuni).toEqual([
      {
        name: "Foggia",
        authority: "Comune di Foggia",
        interested: { interviews: 2, meanInterest: 3.5 },
        contacts: 1,
      },
      {
        name: "Lucera",
        authority: "Comune di Lucera",
        interested: { interviews: 1, meanInterest: 5 },
        contacts: 1,
      },
    ]);
    expect(ambito.reason).toBe(
      "indicata come la più difficile in 1 intervista su 4 (gravità media 5,0 su 5; cause: lavoro, lingua) · nessun ente interessato · nessun contatto per il protocollo · comuni dell'ambito: Foggia (ente interessato Comune di Foggia, 2 interviste, interesse medio 3,5 su 5; 1 contatto), Lucera (ente interessato Comune di Lucera, 1 intervista, interesse medio 5,0 su 5; 1 contatto)",
    );
    // The ranking is the one without the declared comuni.
    const plain = rankAreas(INTERVIEWS, CONTACTS, SETTINGS);
    expect(plain.map((a) => [a.position, a.score])).toEqual(tabs.scores.map((a) => [a.position, a.score]));
  });

  it("lists whom to call with their Stato, and the coordinator candidates", () => {
    expect(
      report.contacts.map((c) => [c.position, c.area, c.name, c.decisionLevel, c.coordinator, c.status]),
    ).toEqual([
      [1, "Bari", "Luca Neri", "Politico", false, "Da contattare"],
      [1, "Bari", "Anna Verdi", "Dirigente", false, "Da contattare"],
      [2, "Foggia", "Sara Gallo", "Tecnico", true, "Da contattare"],
    ]);
    expect(report.coordinators).toEqual([
      {
        areas: "Foggia",
        name: "Sara Gallo",
        role: "Referente",
        organization: "Comune",
        email: "s.gallo@comune.foggia.example",
        phone: "",
        status: "Da contattare",
      },
    ]);
  });

  it("takes the Stato the staff keep in the Shortlist", () => {
    const previous = tabs.shortlist.rows.map((r) =>
      r.Contatto === "Sara Gallo"
        ? { ...r, Stato: "Incontro fissato", "Prossimo passo": "Incontro il 12/05" }
        : r,
    );
    const again = buildRegionReport(decisionTabs(previous, tabs.shortlist.headers), SETTINGS, "16");
    expect(again.contacts.find((c) => c.name === "Sara Gallo")).toMatchObject({
      status: "Incontro fissato",
      nextStep: "Incontro il 12/05",
    });
  });

  it("counts the causes given in the region, most given first", () => {
    // Lavoro: INT-1, INT-4; Lingua: INT-2, INT-4; Casa: INT-1; Documenti: INT-3.
    expect(report.causes).toEqual([
      { label: "Lavoro", count: 2 },
      { label: "Lingua", count: 2 },
      { label: "Casa", count: 1 },
      { label: "Documenti", count: 1 },
    ]);
  });

  it("lists Lucera as interest without criticality: an interested authority, no D1", () => {
    expect(report.interestOnly).toEqual([
      {
        region: "16",
        name: "Lucera",
        kind: "Comune",
        authority: "Comune di Lucera",
        interest: 25,
        interviews: 1,
        meanInterest: 5,
        contacts: 1,
        people: [
          {
            name: "Marco Russo",
            role: "Referente",
            organization: "Comune",
            email: "sindaco@comune.lucera.example",
            phone: "",
            decisionLevel: "Politico",
          },
        ],
        interviewIds: ["INT-4"],
      },
    ]);
  });

  it("colours the map by coverage: regions in scope with their share, the others out of scope", () => {
    expect(report.coverage).toHaveLength(20);
    expect(report.coverage.find((c) => c.code === "16")).toEqual({
      code: "16",
      name: "Puglia",
      inScope: true,
      interviews: 4,
      share: 0.8,
    });
    expect(report.coverage.find((c) => c.code === "12")).toEqual({
      code: "12",
      name: "Lazio",
      inScope: false,
      interviews: null,
      share: null,
    });
    expect(report.coverage.find((c) => c.code === "11")).toMatchObject({
      inScope: true,
      interviews: 0,
      share: 0,
    });
  });

  it("is plain data: it survives JSON unchanged (no Date, no undefined)", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("tells a region in scope without interviews apart", () => {
    const marche = buildRegionReport(tabs, SETTINGS, "11");
    expect(marche.placeholder).toBe("(nessuna intervista)");
    expect([marche.areas, marche.contacts, marche.interestOnly]).toEqual([[], [], []]);
    expect(marche.progress).toMatchObject({ interviews: 0, share: 0 });
  });
});

describe("interest without criticality and the Riepilogo's table", () => {
  it("keeps areas with I > 0 and no D1 mention, by region, interest, name; says when there are none", () => {
    const scores = rankAreas(INTERVIEWS, CONTACTS, SETTINGS);
    expect(interestWithoutCriticality(scores, ["16"]).map((a) => a.name)).toEqual(["Lucera"]);
    expect(interestOnlyTable(interestWithoutCriticality(scores, SETTINGS.regionsInScope))).toEqual([
      [
        "Interesse senza criticità: regione",
        "Area",
        "Tipo area",
        "Ente interessato",
        "Interesse",
        "Interviste D3",
        "Contatti D4",
      ],
      ["Puglia", "Lucera", "Comune", "Comune di Lucera", 25, 1, 1],
    ]);
    expect(interestOnlyTable([]).slice(1)).toEqual([["(nessuna area)", "", "", "", "", "", ""]]);
  });
});

describe("positionRanges", () => {
  it("is always the same position when only one area is eligible", () => {
    const scores = rankAreas(INTERVIEWS.slice(1, 2), CONTACTS, SETTINGS);
    expect(positionRanges(scores.filter((a) => a.position !== null))).toEqual([{ best: 1, worst: 1 }]);
  });
});

describe("comuniReceipts", () => {
  it("gives a comune no interview names zero counts, and finds the others by their ISTAT key", () => {
    const ambiti = indexAmbiti([
      {
        region: "16",
        key: "ambito:foggia",
        name: "Ambito di Foggia",
        aliases: [],
        comuni: ["Lucera", "San Severo"],
      },
    ]);
    const scores = rankAreas(INTERVIEWS, CONTACTS, SETTINGS, { ambiti });
    const ambito = scores.find((a) => a.kind === "ambito");
    expect(ambito && comuniReceipts(ambito, scoresByKey(scores))).toEqual([
      {
        name: "Lucera",
        authority: "Comune di Lucera",
        interested: { interviews: 1, meanInterest: 5 },
        contacts: 1,
      },
      { name: "San Severo", authority: "", interested: { interviews: 0, meanInterest: 0 }, contacts: 0 },
    ]);
    expect(ambito && reasonOf(ambito, comuniReceipts(ambito, scoresByKey(scores)))).toMatch(
      / · comuni dell'ambito: Lucera \(ente interessato Comune di Lucera, 1 intervista, interesse medio 5,0 su 5; 1 contatto\), San Severo \(nessun ente interessato; nessun contatto\)$/,
    );
  });
});
