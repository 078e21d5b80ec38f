import { describe, expect, it } from "vitest";
import type { ScoringContact, ScoringInterview } from "../../src/core/records";
import { scoreAreas } from "../../src/core/scoring";
import { buildShortlist, NO_INTERVIEWS, OUT_OF_SHORTLIST } from "../../src/core/shortlist";
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

  it("has exactly the SPEC 10.4 columns", () => {
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
