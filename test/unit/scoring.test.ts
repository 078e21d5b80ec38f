import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/core/codes";
import type { Scale } from "../../src/core/interview";
import { type AreaScore, scoreAreas } from "../../src/core/scoring";
import type { ScoringContact, ScoringInterview } from "../../src/core/scoringRows";
import { scoringContact as contact } from "../fixtures";

function iv(
  id: string,
  q1: string,
  severity: number,
  evidence: Evidence[],
  q3: string,
  interest: number,
  q4: string,
  extra: Partial<ScoringInterview> = {},
): ScoringInterview {
  return {
    id,
    region: "16",
    hardestArea: q1,
    hardestAreaIstat: "",
    evidence,
    severity: severity as Scale,
    authorityName: `Comune di ${q3}`,
    authorityArea: q3,
    interest: interest as Scale,
    protocolArea: q4,
    ...extra,
  };
}
const byName = (scores: AreaScore[]) => Object.fromEntries(scores.map((s) => [s.name, s]));

describe("scoreAreas: a region with three interviews, two areas, shared contacts", () => {
  const interviews = [
    iv("INT-1", "Bari", 4, ["dati_statistici", "percezione"], "Bari", 5, "Comune di Bari", {
      authorityName: "Comune di Bari",
    }),
    iv("INT-2", "Foggia", 5, [], "Foggia", 3, "Foggia", { authorityName: "Comune di Foggia" }),
    iv("INT-3", "BARI", 2, ["testimonianze"], "Foggia", 4, "Bari", { authorityName: "comune di foggia" }),
  ];
  const contacts = [
    contact("INT-1", "Anna Verdi", "dirigente", { email: "a.verdi@comune.bari.example" }),
    contact("INT-1", "Luca Neri", "politico", { phone: "+39 080 111 2222" }),
    contact("INT-2", "Sara Gallo", "tecnico", { email: "s.gallo@comune.foggia.example" }),
    contact("INT-3", "Anna Verdi (ufficio)", "tecnico", { email: "A.Verdi@Comune.Bari.example" }),
    contact("INT-3", "L. Neri", "altro", { phone: "+390801112222" }),
  ];
  const scores = byName(scoreAreas(interviews, contacts));

  it("computes criticality from severity and the best evidence weight (0.5 without evidence)", () => {
    expect(scores.Bari.criticality).toBeCloseTo((100 * (0.8 * 1.0 + 0.4 * 0.6)) / 3, 9);
    expect(scores.Foggia.criticality).toBeCloseTo((100 * (1.0 * 0.5)) / 3, 9);
  });

  it("computes interest over all interviews of the region", () => {
    expect(scores.Bari.interest).toBeCloseTo(100 / 3, 9);
    expect(scores.Foggia.interest).toBeCloseTo((100 * (0.6 + 0.8)) / 3, 9);
  });

  it("counts a contact named twice once, with its highest weight", () => {
    expect(scores.Bari.contacts.map((c) => [c.name, c.decisionLevel])).toEqual([
      ["Anna Verdi", "dirigente"],
      ["Luca Neri", "politico"],
    ]);
    expect(scores.Bari.readiness).toBeCloseTo(90, 9);
    expect(scores.Foggia.readiness).toBeCloseTo(25, 9);
  });

  it("weights the score 0.4, 0.4, 0.2 and ranks the areas", () => {
    expect(scores.Bari.score).toBeCloseTo(45.2, 9);
    expect(scores.Foggia.score).toBeCloseTo(0.4 * (50 / 3) + 0.4 * (140 / 3) + 0.2 * 25, 9);
    expect([scores.Bari.position, scores.Foggia.position]).toEqual([1, 2]);
  });

  it("counts the interviews mentioning each area and names the most named authority", () => {
    expect(scores.Bari.interviewIds).toEqual(["INT-1", "INT-3"]);
    expect(scores.Foggia.interviewIds).toEqual(["INT-2", "INT-3"]);
    expect(scores.Foggia.authority).toBe("Comune di Foggia");
  });

  it("shows the ISTAT name for a comune and the frequent spelling otherwise", () => {
    const other = scoreAreas([iv("1", "ATS Murgia", 3, [], "Ambito Murgia", 3, "Ambito Murgia")], null);
    expect(other[0].name).toBe("Ambito Murgia");
    expect(scores.Bari.key).toBe("istat:072006");
  });

  it("rescales the weights when scored without contacts", () => {
    const noContacts = byName(scoreAreas(interviews, null));
    expect(noContacts.Bari.readiness).toBeNull();
    expect(noContacts.Bari.score).toBeCloseTo(
      (0.4 * scores.Bari.criticality + 0.4 * scores.Bari.interest) / 0.8,
      9,
    );
  });
});

describe("scoreAreas: tie-breaks, one at a time", () => {
  const positions = (scores: AreaScore[]) => scores.map((s) => `${s.position}:${s.name}`);

  it("on equal scores, higher criticality comes first", () => {
    const scores = scoreAreas(
      [
        iv("1", "Altamura", 5, ["dati_statistici"], "Bitonto", 5, "Zeta"),
        iv("2", "Yuma", 1, ["percezione"], "Yuma", 1, "Yuma"),
      ],
      null,
      { criticality: 0.5, interest: 0.5, readiness: 0 },
      { eligibleOnly: false }, // Bitonto is named only in D3: ranked only when eligibility is off
    );
    expect(positions(scores).slice(0, 2)).toEqual(["1:Altamura", "2:Bitonto"]);
  });

  it("on equal scores and criticality, higher interest comes first", () => {
    const scores = scoreAreas(
      [
        iv("1", "Bitonto", 5, ["dati_statistici"], "Bitonto", 5, "Zeta"),
        iv("2", "Altamura", 5, ["dati_statistici"], "Yuma", 1, "Altamura"),
      ],
      [contact("2", "Rosa Bruno", "politico", { email: "r.bruno@example.it" })],
      { criticality: 1, interest: 1, readiness: 1 },
    );
    const s = byName(scores);
    expect(s.Bitonto.score).toBeCloseTo(s.Altamura.score, 9);
    expect(positions(scores).slice(0, 2)).toEqual(["1:Bitonto", "2:Altamura"]);
  });

  it("on equal scores, criticality and interest, more mentions come first", () => {
    const scores = scoreAreas(
      [
        iv("1", "Bitonto", 3, ["percezione"], "Z1", 1, "Z1"),
        iv("2", "Z2", 1, ["percezione"], "Z2", 1, "Bitonto"),
        iv("3", "Altamura", 3, ["percezione"], "Z3", 1, "Z3"),
      ],
      null,
    );
    expect(positions(scores).slice(0, 2)).toEqual(["1:Bitonto", "2:Altamura"]);
  });

  it("when everything else is equal, the name decides (Italian collation)", () => {
    const scores = scoreAreas(
      [iv("1", "Bitonto", 3, [], "Q", 1, "Q"), iv("2", "Altamura", 3, [], "R", 1, "R")],
      null,
    );
    expect(positions(scores).slice(0, 2)).toEqual(["1:Altamura", "2:Bitonto"]);
  });
});

const AREAS = ["Bari", "Foggia", "Lecce", "Ambito Murgia", "Taranto"];
const arbInterview = fc.record({
  q1: fc.constantFrom(...AREAS),
  severity: fc.integer({ min: 1, max: 5 }),
  evidence: fc.subarray(["dati_statistici", "studi_rapporti", "testimonianze", "percezione"] as Evidence[]),
  q3: fc.constantFrom(...AREAS),
  interest: fc.integer({ min: 1, max: 5 }),
  q4: fc.constantFrom(...AREAS),
  region: fc.constantFrom("16", "15", "09"),
  contacts: fc.array(
    fc.record({
      who: fc.integer({ min: 0, max: 6 }),
      level: fc.constantFrom("politico", "dirigente", "tecnico", "altro") as fc.Arbitrary<
        ScoringContact["decisionLevel"]
      >,
    }),
    { maxLength: 3 },
  ),
});
type GeneratedRow = typeof arbInterview extends fc.Arbitrary<infer T> ? T : never;
const build = (rows: GeneratedRow[]) => {
  const interviews = rows.map((r, i) =>
    iv(`INT-${i}`, r.q1, r.severity, r.evidence, r.q3, r.interest, r.q4, { region: r.region }),
  );
  const contacts = rows.flatMap((r, i) =>
    r.contacts.map((c) =>
      contact(`INT-${i}`, `Persona ${c.who}`, c.level, { email: `p${c.who}@example.it` }),
    ),
  );
  return { interviews, contacts };
};
const summary = (scores: AreaScore[]) =>
  scores
    .map((s) =>
      [
        s.region,
        s.key,
        s.position,
        s.interviews,
        s.criticality.toFixed(9),
        s.interest.toFixed(9),
        s.readiness?.toFixed(9),
        s.score.toFixed(9),
      ].join("|"),
    )
    .sort();

describe("scoreAreas: properties", () => {
  it("keeps every score within 0–100", () => {
    fc.assert(
      fc.property(fc.array(arbInterview, { minLength: 1, maxLength: 40 }), (rows) => {
        const { interviews, contacts } = build(rows);
        for (const s of scoreAreas(interviews, contacts)) {
          for (const x of [s.criticality, s.interest, s.readiness ?? 0, s.score]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100 + 1e-9);
          }
        }
      }),
    );
  });

  it("gives the same table for the same rows in any order", () => {
    fc.assert(
      fc.property(
        fc.array(arbInterview, { minLength: 1, maxLength: 30 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(
              rows.map((_, i) => i),
              { minLength: rows.length, maxLength: rows.length },
            ),
          ),
        ),
        ([rows, order]) => {
          const { interviews, contacts } = build(rows);
          const shuffled = order.map((i) => interviews[i]);
          expect(summary(scoreAreas(shuffled, [...contacts].reverse()))).toEqual(
            summary(scoreAreas(interviews, contacts)),
          );
        },
      ),
    );
  });

  it("numbers the areas named in D1 1..k within each region, then lists the others without a position", () => {
    fc.assert(
      fc.property(fc.array(arbInterview, { minLength: 1, maxLength: 40 }), (rows) => {
        const { interviews, contacts } = build(rows);
        const byRegion = new Map<string, (number | null)[]>();
        for (const s of scoreAreas(interviews, contacts)) {
          expect(s.eligible).toBe(s.criticality > 0);
          expect(s.position === null).toBe(!s.eligible);
          byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s.position]);
        }
        for (const list of byRegion.values()) {
          const k = list.filter((p) => p !== null).length;
          expect(list).toEqual(list.map((_, i) => (i < k ? i + 1 : null)));
        }
      }),
    );
  });

  it("numbers every area 1..k when eligibility is off", () => {
    fc.assert(
      fc.property(fc.array(arbInterview, { minLength: 1, maxLength: 40 }), (rows) => {
        const { interviews, contacts } = build(rows);
        const byRegion = new Map<string, (number | null)[]>();
        for (const s of scoreAreas(interviews, contacts, undefined, { eligibleOnly: false }))
          byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s.position]);
        for (const list of byRegion.values()) expect(list).toEqual(list.map((_, i) => i + 1));
      }),
    );
  });

  it("never lowers an area's criticality when one interview's severity rises", () => {
    fc.assert(
      fc.property(fc.array(arbInterview, { minLength: 1, maxLength: 30 }), fc.nat(), (rows, pick) => {
        const index = pick % rows.length;
        if (rows[index].severity === 5) return;
        const { interviews, contacts } = build(rows);
        const before = scoreAreas(interviews, contacts);
        const raised = interviews.map((x, i) =>
          i === index ? { ...x, severity: (x.severity + 1) as Scale } : x,
        );
        const after = scoreAreas(raised, contacts);
        const target = interviews[index];
        const find = (list: AreaScore[]) =>
          list.find((s) => s.region === target.region && s.name === target.hardestArea)!;
        expect(find(after).criticality).toBeGreaterThanOrEqual(find(before).criticality);
      }),
    );
  });
});
