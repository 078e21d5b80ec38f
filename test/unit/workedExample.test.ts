/**
 * The worked example of docs/scoring.md with eligibility, Stabilità and Perché:
 * Puglia with the example's three interviews, then a fourth that names the Ambito di Foggia in D1 and
 * Lucera only in D3 and D4.
 */
import { describe, expect, it } from "vitest";
import type { AreaScore } from "../../src/core/scoring";
import { buildShortlist, reasonOf } from "../../src/core/shortlist";
import { rankAreas } from "../../src/core/stability";
import { indexAmbiti } from "../../src/core/territory/areaKey";
import { answeredInterview as iv, scoringContact as person } from "../fixtures";

const README = [
  iv(
    "INT-1",
    ["Bari", 4, ["dati_statistici", "percezione"], ["casa", "lavoro"]],
    ["Bari", 5, "Comune di Bari"],
    "Comune di Bari",
  ),
  iv("INT-2", ["Foggia", 5, [], ["lingua"]], ["Foggia", 3, "Comune di Foggia"], "Foggia"),
  iv("INT-3", ["BARI", 2, ["testimonianze"], ["documenti"]], ["Foggia", 4, "comune di foggia"], "Bari"),
];
const INT_4 = iv(
  "INT-4",
  ["Ambito di Foggia", 5, ["dati_servizi"], ["lavoro", "lingua"], "ambito"],
  ["Lucera", 5, "Comune di Lucera"],
  "Lucera",
);
const CONTACTS = [
  person("INT-1", "Anna Verdi", "dirigente", { email: "a.verdi@comune.bari.example" }),
  person("INT-1", "Luca Neri", "politico", { phone: "+39 080 111 2222" }),
  person("INT-2", "Sara Gallo", "tecnico", { email: "s.gallo@comune.foggia.example" }),
  person("INT-3", "Anna Verdi", "tecnico", { email: "A.Verdi@comune.bari.example" }),
  person("INT-3", "L. Neri", "altro", { phone: "+390801112222" }),
  person("INT-4", "Marco Russo", "politico", { email: "sindaco@comune.lucera.example" }),
];
const SETTINGS = {
  weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 },
  topN: 3,
  onlyNamedInD1: true,
};
const byName = (scores: AreaScore[]) => Object.fromEntries(scores.map((s) => [s.name, s]));

describe("the worked example (Puglia, n = 3) with eligibility, Stabilità and Perché", () => {
  const scores = rankAreas(README, CONTACTS.slice(0, 5), SETTINGS);
  const s = byName(scores);

  it("keeps its numbers and positions: both areas are named in D1", () => {
    expect(s.Bari.score).toBeCloseTo(45.2, 9);
    expect(s.Foggia.score).toBeCloseTo(0.4 * (50 / 3) + 0.4 * (140 / 3) + 0.2 * 25, 9);
    expect(scores.map((a) => [a.name, a.kind, a.eligible, a.position])).toEqual([
      ["Bari", "comune", true, 1],
      ["Foggia", "comune", true, 2],
    ]);
  });

  it("gives both Stabilità 100 with 3 areas per region, and 97.2 / 2.8 with 1", () => {
    expect([s.Bari.stability, s.Foggia.stability]).toEqual([100, 100]);
    const one = byName(rankAreas(README, CONTACTS.slice(0, 5), { ...SETTINGS, topN: 1 }));
    // Foggia is first only under (0.1, 0.8, 0.1): 0.1·16.67 + 0.8·46.67 + 0.1·25 = 41.5 > 0.1·34.67 + 0.8·33.33 + 0.1·90 = 39.13.
    expect(one.Bari.stability).toBeCloseTo((100 * 35) / 36, 9);
    expect(one.Foggia.stability).toBeCloseTo(100 / 36, 9);
  });

  it("explains each area in one line with exact counts", () => {
    expect(reasonOf(s.Bari)).toBe(
      "indicata come la più difficile in 2 interviste su 3 (gravità media 3,0 su 5; cause: lavoro, casa, documenti) · ente interessato: Comune di Bari (1 intervista, interesse medio 5,0 su 5) · 2 contatti per il protocollo (1 politico, 1 dirigente)",
    );
    expect(reasonOf(s.Foggia)).toBe(
      "indicata come la più difficile in 1 intervista su 3 (gravità media 5,0 su 5; cause: lingua) · ente interessato: Comune di Foggia (2 interviste, interesse medio 3,5 su 5) · 1 contatto per il protocollo (1 tecnico)",
    );
  });
});

describe("a fourth interview: the Ambito di Foggia in D1, Lucera only in D3 and D4 (n = 4)", () => {
  const interviews = [...README, INT_4];
  const scores = rankAreas(interviews, CONTACTS, SETTINGS);
  const s = byName(scores);

  it("keeps the Ambito apart from the comune of Foggia", () => {
    expect(s["Ambito di Foggia"].key).toBe("ambito:foggia");
    expect(s["Ambito di Foggia"].kind).toBe("ambito");
    expect(s.Foggia.key).toBe("istat:071024");
  });

  it("scores every area over the region's four interviews", () => {
    const table = scores.map((a) => [a.name, a.criticality, a.interest, a.readiness, a.score]);
    const expected = [
      ["Bari", 26, 25, 90, 38.4],
      ["Foggia", 12.5, 35, 25, 24],
      ["Ambito di Foggia", 25, 0, 0, 10],
      ["Lucera", 0, 25, 50, 20],
    ];
    table.forEach((row, i) => {
      expect(row[0]).toBe(expected[i][0]);
      for (let k = 1; k < 5; k++) expect(row[k]).toBeCloseTo(expected[i][k] as number, 9);
    });
  });

  it("ranks only the areas named in D1: Lucera keeps its score, no position, and comes after", () => {
    expect(scores.map((a) => [a.name, a.position, a.stability])).toEqual([
      ["Bari", 1, 100],
      ["Foggia", 2, 100],
      ["Ambito di Foggia", 3, 100],
      ["Lucera", null, null],
    ]);
    // With the rule off, Lucera (20) would pass the Ambito (10) and take the third place.
    const off = rankAreas(interviews, CONTACTS, { ...SETTINGS, onlyNamedInD1: false });
    expect(off.map((a) => [a.name, a.position])).toEqual([
      ["Bari", 1],
      ["Foggia", 2],
      ["Lucera", 3],
      ["Ambito di Foggia", 4],
    ]);
  });

  it("measures with Stabilità how much the top 2 depends on the weights", () => {
    const two = byName(rankAreas(interviews, CONTACTS, { ...SETTINGS, topN: 2 }));
    // The Ambito passes Foggia only under (0.8, 0.1, 0.1) and (0.7, 0.1, 0.2); Bari is never third.
    expect(two.Bari.stability).toBe(100);
    expect(two.Foggia.stability).toBeCloseTo((100 * 34) / 36, 9);
    expect(two["Ambito di Foggia"].stability).toBeCloseTo((100 * 2) / 36, 9);
  });

  it("explains the Ambito, and shows a declared Ambito by its declared name with its comuni", () => {
    expect(reasonOf(s["Ambito di Foggia"])).toBe(
      "indicata come la più difficile in 1 intervista su 4 (gravità media 5,0 su 5; cause: lavoro, lingua) · nessun ente interessato · nessun contatto per il protocollo",
    );
    expect(reasonOf(s.Bari)).toBe(
      "indicata come la più difficile in 2 interviste su 4 (gravità media 3,0 su 5; cause: lavoro, casa, documenti) · ente interessato: Comune di Bari (1 intervista, interesse medio 5,0 su 5) · 2 contatti per il protocollo (1 politico, 1 dirigente)",
    );
    expect(reasonOf(s.Lucera)).toBe(
      "non indicata come la più difficile (0 interviste su 4) · ente interessato: Comune di Lucera (1 intervista, interesse medio 5,0 su 5) · 1 contatto per il protocollo (1 politico)",
    );
    const ambiti = indexAmbiti([
      {
        region: "16",
        key: "ambito:ambito territoriale di foggia",
        name: "Ambito territoriale di Foggia",
        aliases: ["Ambito di Foggia", "ATS FG"],
        comuni: ["Foggia"],
      },
    ]);
    const declared = byName(rankAreas(interviews, CONTACTS, SETTINGS, { ambiti }));
    const ambito = declared["Ambito territoriale di Foggia"];
    expect([ambito.position, ambito.kind]).toEqual([3, "ambito"]);
    expect(reasonOf(ambito)).toMatch(/ · comuni dell'ambito: Foggia$/);
  });

  it("puts the three ranked areas in the Shortlist with their type, Stabilità and Perché", () => {
    const shortlist = buildShortlist({ scores, regionsInScope: ["16"], topN: 3 });
    expect(
      shortlist.rows.map((r) => [r.Posizione, r.Area, r["Tipo area"], r.Stabilità, r.Contatto, r.Stato]),
    ).toEqual([
      [1, "Bari", "Comune", 100, "Luca Neri", "Da contattare"],
      [1, "Bari", "Comune", 100, "Anna Verdi", "Da contattare"],
      [2, "Foggia", "Comune", 100, "Sara Gallo", "Da contattare"],
      [3, "Ambito di Foggia", "Ambito", 100, "", "Da contattare"],
    ]);
    expect(shortlist.rows[3].Perché).toBe(reasonOf(s["Ambito di Foggia"]));
  });
});
