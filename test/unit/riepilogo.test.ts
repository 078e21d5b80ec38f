import { describe, expect, it } from "vitest";
import type { Cause } from "../../src/core/codes";
import type { Scale } from "../../src/core/interview";
import { buildRiepilogo, TOTAL_LABEL } from "../../src/core/riepilogo";
import type { ScoringContact, ScoringInterview } from "../../src/core/scoringRows";
import { buildShortlist } from "../../src/core/shortlist";
import { rankAreas } from "../../src/core/stability";
import { SPEC_RIEPILOGO_COLUMNS } from "../fixtures";

const iv = (id: string, region: string, area: string, causes: Cause[], severity = 4): ScoringInterview => ({
  id,
  region,
  hardestArea: area,
  hardestAreaIstat: "",
  evidence: ["dati_servizi"],
  causes,
  severity: severity as Scale,
  authorityName: `Comune di ${area}`,
  authorityArea: area,
  interest: 4,
  protocolArea: area,
});
const person = (
  interviewId: string,
  name: string,
  email: string,
  level: ScoringContact["decisionLevel"] = "dirigente",
): ScoringContact => ({
  interviewId,
  name,
  role: "Dirigente Servizi Sociali",
  organization: "Comune",
  email,
  phone: "",
  decisionLevel: level,
});

const interviews = [
  iv("INT-1", "16", "Bari", ["casa", "lavoro"]),
  iv("INT-2", "16", "Bari", ["lavoro"]),
  iv("INT-3", "16", "Lecce", ["lingua", "lavoro"], 2),
  iv("INT-4", "11", "Ancona", ["documenti"]),
  iv("INT-5", "19", "Palermo", ["casa"]), // Sicilia: a pilot region, not in scope
];
const contacts = [
  person("INT-1", "Anna Verdi", "a.verdi@comune.bari.example"),
  person("INT-2", "Anna Verdi", "A.Verdi@comune.bari.example", "politico"), // the same person
  person("INT-3", "Paolo Greco", "p.greco@comune.lecce.example"),
  person("INT-4", "Pietro Marchetti", "p.marchetti@comune.ancona.example"),
];
const settings = {
  weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 },
  topN: 3,
  onlyNamedInD1: true,
};

describe("buildRiepilogo", () => {
  const scores = rankAreas(interviews, contacts, settings);
  const shortlist = buildShortlist({ scores, regionsInScope: ["16", "11", "13"], topN: 3 });
  const rows = shortlist.rows.map((r) => ({ ...r }));
  rows.find((r) => r.Area === "Lecce")!.Stato = "Incontro fissato";
  rows.find((r) => r.Area === "Bari")!.Stato = "Non interessato";
  const riepilogo = buildRiepilogo({
    scores,
    interviews,
    contacts,
    regionsInScope: ["16", "11", "13"],
    target: 5,
    shortlistRows: rows,
  });
  const byRegion = Object.fromEntries(riepilogo.rows.map((r) => [r[0], r]));

  it("has exactly the documented Riepilogo columns, one row per region in scope by name, then the total", () => {
    expect(riepilogo.headers).toEqual(SPEC_RIEPILOGO_COLUMNS);
    expect(riepilogo.rows.map((r) => r[0])).toEqual(["Abruzzo", "Marche", "Puglia", TOTAL_LABEL]);
  });

  it("tells interviews against the target, areas named in D1, the first area and its Stabilità", () => {
    const puglia = byRegion.Puglia;
    expect(puglia.slice(0, 6)).toEqual(["Puglia", 3, 5, 0.6, 2, "Bari"]);
    expect(puglia[6]).toBeCloseTo(scores.find((a) => a.name === "Bari")!.score, 9);
    expect(puglia[7]).toBe(100);
  });

  it("counts distinct contacts, the furthest follow-up state and the three most given causes", () => {
    // Anna Verdi twice is one person; "Non interessato" is not progress.
    expect(byRegion.Puglia.slice(8)).toEqual([2, "", "Incontro fissato", "Lavoro (3), Casa (1), Lingua (1)"]);
    expect(byRegion.Marche.slice(8)).toEqual([1, "", "Da contattare", "Documenti (1)"]);
    expect(byRegion.Abruzzo).toEqual(["Abruzzo", 0, 5, 0, 0, "", "", "", 0, "", "", ""]);
  });

  it("adds a total row over the regions in scope only", () => {
    expect(byRegion[TOTAL_LABEL]).toEqual([
      TOTAL_LABEL,
      4,
      15,
      4 / 15,
      3,
      "",
      "",
      "",
      3,
      "",
      "Incontro fissato",
      "Lavoro (3), Casa (1), Lingua (1)",
    ]);
  });

  it("gives the two charts' data: interviews against target, and causes by region", () => {
    expect(riepilogo.progressChart).toEqual([
      ["Regione", "Interviste", "Obiettivo"],
      ["Abruzzo", 0, 5],
      ["Marche", 1, 5],
      ["Puglia", 3, 5],
    ]);
    expect(riepilogo.causesChart).toEqual([
      ["Regione", "Lavoro", "Casa", "Lingua", "Documenti"],
      ["Abruzzo", 0, 0, 0, 0],
      ["Marche", 0, 0, 0, 1],
      ["Puglia", 3, 1, 1, 0],
    ]);
  });

  it("counts coordinator candidates once each when the contacts carry the mark", () => {
    const marked = contacts.map((c) => ({ ...c, coordinatorCandidate: c.name === "Anna Verdi" }));
    const r = buildRiepilogo({ scores, interviews, contacts: marked, regionsInScope: ["16"], target: 4 });
    expect(r.rows[0][9]).toBe(1);
    expect(r.rows[0][3]).toBe(0.75);
  });

  it("lists every cause as a series when no interview gives one", () => {
    const r = buildRiepilogo({ scores: [], interviews: [], contacts: [], regionsInScope: ["02"], target: 5 });
    expect(r.causesChart[0]).toHaveLength(11);
    expect(r.rows).toEqual([
      ["Valle d'Aosta", 0, 5, 0, 0, "", "", "", 0, "", "", ""],
      [TOTAL_LABEL, 0, 5, 0, 0, "", "", "", 0, "", "", ""],
    ]);
  });
});
