import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/core/codes";
import type { Scale } from "../../src/core/interview";
import type { AreaScore } from "../../src/core/scoring";
import type { ScoringContact, ScoringInterview } from "../../src/core/scoringRows";
import { rankAreas, WEIGHT_GRID } from "../../src/core/stability";

const AREAS = ["Bari", "Foggia", "Lecce", "Ambito Murgia", "Taranto", "Valle d'Itria"];
const LEVELS = ["politico", "dirigente", "tecnico", "altro"] as const;

const arbInterview = fc.record({
  region: fc.constantFrom("16", "15", "09"),
  q1: fc.constantFrom(...AREAS),
  severity: fc.integer({ min: 1, max: 5 }),
  evidence: fc.subarray(["dati_statistici", "studi_rapporti", "testimonianze", "percezione"] as Evidence[]),
  q3: fc.constantFrom(...AREAS),
  interest: fc.integer({ min: 1, max: 5 }),
  q4: fc.constantFrom(...AREAS),
  contacts: fc.array(fc.record({ who: fc.integer({ min: 0, max: 8 }), level: fc.constantFrom(...LEVELS) }), {
    maxLength: 3,
  }),
});
type Row = typeof arbInterview extends fc.Arbitrary<infer T> ? T : never;

function build(rows: readonly Row[]) {
  const interviews: ScoringInterview[] = rows.map((r, i) => ({
    id: `INT-${i + 1}`,
    region: r.region,
    hardestArea: r.q1,
    hardestAreaIstat: "",
    evidence: r.evidence,
    severity: r.severity as Scale,
    authorityName: `Comune di ${r.q3}`,
    authorityArea: r.q3,
    interest: r.interest as Scale,
    protocolArea: r.q4,
  }));
  const contacts: ScoringContact[] = rows.flatMap((r, i) =>
    r.contacts.map((c) => ({
      interviewId: `INT-${i + 1}`,
      name: `Persona ${c.who}`,
      role: "Referente",
      organization: "Comune",
      email: `p${c.who}@comune.example.it`,
      phone: "",
      decisionLevel: c.level,
    })),
  );
  return { interviews, contacts };
}

const settings = (topN: number) => ({
  weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 },
  topN,
  onlyNamedInD1: true,
});
const stabilityByArea = (scores: AreaScore[]) =>
  Object.fromEntries(scores.map((a) => [`${a.region}|${a.key}`, a.stability]));

describe("the weight grid", () => {
  it("has the 36 triples with each weight in 0.1…0.8 and a sum of 1", () => {
    expect(WEIGHT_GRID).toHaveLength(36);
    const seen = new Set(WEIGHT_GRID.map((w) => `${w.criticality}/${w.interest}/${w.readiness}`));
    expect(seen.size).toBe(36);
    for (const w of WEIGHT_GRID) {
      expect(w.criticality + w.interest + w.readiness).toBe(10);
      for (const x of [w.criticality, w.interest, w.readiness]) expect(x >= 1 && x <= 8).toBe(true);
    }
    expect(seen.has("4/4/2")).toBe(true); // the default weights are one of them
  });
});

describe("Stabilità: properties", () => {
  it("is 100 for an area with the highest C, I and R of its region, whatever N", () => {
    fc.assert(
      fc.property(fc.array(arbInterview, { maxLength: 25 }), fc.integer({ min: 1, max: 5 }), (rows, topN) => {
        // Altamura is named in D1, D3 and D4 by more interviews than all others together, with the
        // strongest evidence and two political contacts: highest C and I, and R = 100.
        const strong: Row[] = Array.from({ length: rows.length + 1 }, (_, i) => ({
          region: "16",
          q1: "Altamura",
          severity: 5,
          evidence: ["dati_statistici"],
          q3: "Altamura",
          interest: 5,
          q4: "Altamura",
          contacts: [
            { who: 100 + (i % 2), level: "politico" },
            { who: 101, level: "politico" },
          ],
        }));
        const { interviews, contacts } = build([...rows, ...strong]);
        const scores = rankAreas(interviews, contacts, settings(topN));
        const altamura = scores.find((a) => a.name === "Altamura")!;
        for (const other of scores.filter((a) => a.region === "16" && a !== altamura)) {
          expect(altamura.criticality).toBeGreaterThan(other.criticality);
          expect(altamura.interest).toBeGreaterThan(other.interest);
          expect(altamura.readiness!).toBeGreaterThanOrEqual(other.readiness!);
        }
        expect(altamura.stability).toBe(100);
      }),
    );
  });

  it("is the same for any order of the interview and contact rows", () => {
    fc.assert(
      fc.property(
        fc.array(arbInterview, { minLength: 1, maxLength: 30 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(
              rows.map((_, i) => i),
              { minLength: rows.length, maxLength: rows.length },
            ),
            fc.integer({ min: 1, max: 4 }),
          ),
        ),
        ([rows, order, topN]) => {
          const { interviews, contacts } = build(rows);
          const shuffled = order.map((i) => interviews[i]);
          expect(stabilityByArea(rankAreas(shuffled, [...contacts].reverse(), settings(topN)))).toEqual(
            stabilityByArea(rankAreas(interviews, contacts, settings(topN))),
          );
        },
      ),
    );
  });

  it("is 100 for the only area of a region named in D1", () => {
    fc.assert(
      fc.property(
        fc.array(arbInterview, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 3 }),
        (rows, topN) => {
          const single = rows.map((r) => ({ ...r, region: "16" as const, q1: "Lecce" }));
          const { interviews, contacts } = build(single);
          const scores = rankAreas(interviews, contacts, settings(topN));
          const eligible = scores.filter((a) => a.eligible);
          expect(eligible.map((a) => [a.name, a.position, a.stability])).toEqual([["Lecce", 1, 100]]);
          for (const a of scores.filter((x) => !x.eligible)) expect(a.stability).toBeNull();
        },
      ),
    );
  });

  it("counts 36 triples: a region's Stabilità adds up to 100 × min(N, eligible areas)", () => {
    fc.assert(
      fc.property(
        fc.array(arbInterview, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, topN) => {
          const { interviews, contacts } = build(rows);
          const byRegion = new Map<string, AreaScore[]>();
          for (const a of rankAreas(interviews, contacts, settings(topN)).filter((x) => x.eligible))
            byRegion.set(a.region, [...(byRegion.get(a.region) ?? []), a]);
          for (const areas of byRegion.values()) {
            const sum = areas.reduce((s, a) => s + (a.stability ?? 0), 0);
            expect(sum).toBeCloseTo(100 * Math.min(topN, areas.length), 6);
            for (const a of areas)
              expect(Math.round(((a.stability ?? 0) * 36) / 100)).toBeCloseTo(
                ((a.stability ?? 0) * 36) / 100,
                9,
              );
          }
        },
      ),
    );
  });

  it("is above 0 for every area in the top N under the default weights (one of the 36)", () => {
    fc.assert(
      fc.property(
        fc.array(arbInterview, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, topN) => {
          const { interviews, contacts } = build(rows);
          for (const a of rankAreas(interviews, contacts, settings(topN)))
            if (a.position !== null && a.position <= topN) expect(a.stability).toBeGreaterThan(0);
        },
      ),
    );
  });
});
