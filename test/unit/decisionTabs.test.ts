import { describe, expect, it } from "vitest";
import { currentScoringContacts } from "../../src/core/contactVersions";
import { buildDecisionTabs } from "../../src/core/decisionTabs";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { CONTACT_COLUMNS as C, INTERVIEW_COLUMNS as I } from "../../src/core/tabs";
import { SPEC_RIEPILOGO_COLUMNS, SPEC_SHORTLIST_COLUMNS } from "../fixtures";

const interviste = [
  [
    I.id.header,
    I.version.header,
    I.region.header,
    I.hardestAreaKind.header,
    I.hardestArea.header,
    I.evidence.header,
    I.causes.header,
    I.severity.header,
    I.authorityName.header,
    I.authorityArea.header,
    I.interest.header,
    I.protocolArea.header,
  ],
  [
    "INT-00001",
    1,
    "Marche",
    "Ambito",
    "ATS XI",
    "Dati dei servizi",
    "Lavoro, Lingua",
    5,
    "ATS 11",
    "ATS 11 Ancona",
    4,
    "ATS XI",
  ],
  [
    "INT-00002",
    2,
    "Marche",
    "Comune",
    "Ancona",
    "Percezione",
    "Casa",
    3,
    "Comune di Ancona",
    "Ancona",
    5,
    "Ancona",
  ],
  [
    "INT-00003",
    1,
    "Marche",
    "Comune",
    "Ancona",
    "",
    "Casa",
    "molto",
    "Comune di Ancona",
    "Ancona",
    5,
    "Ancona",
  ],
];
const contatti = [
  [
    C.interviewId.header,
    C.name.header,
    C.email.header,
    C.phone.header,
    C.decisionLevel.header,
    C.interviewVersion.header,
  ],
  ["INT-00001", "Pietro Marchetti", "p.marchetti@ats11.example", "", "Dirigente", 1],
  ["INT-00002", "Giulia Conti", "g.conti@comune.ancona.example", "", "Tecnico", 1], // left over from version 1
  ["INT-00002", "Elena Ricci", "e.ricci@comune.ancona.example", "", "Politico", 2],
];
const ambiti = [
  ["Regione", "Ambito", "Alias", "Comuni"],
  ["Marche", "ATS 11 Ancona", "ATS XI", "Ancona; Agugliano"],
];

describe("buildDecisionTabs: from the tabs' values to the Shortlist and the Riepilogo", () => {
  const result = buildDecisionTabs({
    interviews: interviste,
    contacts: contatti,
    ambiti,
    settings: { ...DEFAULT_SETTINGS, regionsInScope: ["11"] },
  });

  it("ranks with the declared Ambiti and the current contacts, and counts the unreadable rows", () => {
    expect(result.scores.map((a) => [a.name, a.kind, a.position, a.stability])).toEqual([
      ["ATS 11 Ancona", "ambito", 1, 100],
      ["Ancona", "comune", 2, 100],
    ]);
    expect(result.skipped).toEqual({ count: 1, first: "Interviste!H4 (D2 Gravità)" });
    expect(result.shortlist.headers).toEqual(SPEC_SHORTLIST_COLUMNS);
    expect(result.shortlist.rows.map((r) => r.Contatto)).toEqual(["Pietro Marchetti", "Elena Ricci"]);
  });

  it("builds the Riepilogo from the same ranking", () => {
    expect(result.riepilogo.headers).toEqual(SPEC_RIEPILOGO_COLUMNS);
    expect(result.riepilogo.rows[0]).toEqual([
      "Marche",
      2,
      5,
      0.4,
      2,
      "ATS 11 Ancona",
      result.scores[0].score,
      100,
      2,
      "",
      "Da contattare",
      "Lavoro (1), Casa (1), Lingua (1)",
    ]);
  });
});

describe("currentScoringContacts", () => {
  it("keeps the contacts of each interview's version in sheet order, unversioned ones only when none has it", () => {
    const c = (interviewId: string, name: string, interviewVersion: number | null) => ({
      interviewId,
      name,
      interviewVersion,
    });
    const contacts = [
      c("INT-2", "Elena", 2),
      c("INT-1", "Anna", null),
      c("INT-2", "Giulia", 1),
      c("INT-3", "Marco", null),
      c("INT-2", "Bruno", null),
      c("INT-9", "Nessuno", 1),
    ];
    const interviews = [
      { id: "INT-1", version: 1 },
      { id: "INT-2", version: 2 },
      { id: "INT-3", version: null },
    ];
    expect(currentScoringContacts(interviews, contacts).map((x) => x.name)).toEqual([
      "Elena",
      "Anna",
      "Marco",
    ]);
  });
});
