// The tests' builders, in one place: a form's interview, the scoring's plain rows, and what people type
// into a prepared sheet on the emulator.
import { expect } from "vitest";
import type { Emulator } from "../dev/emulator.mjs";
import type { Cause, Evidence } from "../src/core/codes";
import type { ContactInput, InterviewInput, Scale } from "../src/core/interview";
import type { ScoringContact, ScoringInterview } from "../src/core/scoringRows";
import { type AddOn, preparedAddOn } from "./integration/addon";

let counter = 0;

/** A unique submission id, as the form would make. */
export function submissionId(): string {
  counter++;
  return `S-test-${Date.now().toString(36)}-${counter}`;
}

/** A valid, realistic interview (Puglia, Bari); override any part. */
export function interview(overrides: Partial<InterviewInput> = {}): InterviewInput {
  return {
    submissionId: submissionId(),
    region: "16",
    interviewDate: "2025-03-14",
    interviewer: "Giulia Rossi",
    interviewee: { name: "Marco Bianchi", role: "Assistente sociale", organization: "Comune di Bari" },
    consent: true,
    hardestArea: { kind: "comune", name: "Bari" },
    reasons: {
      evidence: ["dati_statistici", "esperienza_diretta"],
      causes: ["casa", "lavoro"],
      severity: 4,
      explanation: "Liste d'attesa per l'alloggio molto lunghe e lavoro stagionale irregolare.",
    },
    interestedAuthority: { name: "Comune di Bari", kind: "comune", area: "Bari", interest: 5 },
    protocolArea: "Comune di Bari",
    contacts: [
      {
        name: "Anna Verdi",
        role: "Dirigente Servizi Sociali",
        organization: "Comune di Bari",
        email: "a.verdi@comune.bari.example",
        phone: "+39 080 577 1111",
        decisionLevel: "dirigente",
      },
    ],
    ...overrides,
  };
}

/** The Shortlist columns exactly as docs/contract.md lists them (the tests' oracle, written out). */
export const SPEC_SHORTLIST_COLUMNS = [
  "Regione",
  "Posizione",
  "Area",
  "Tipo area",
  "Punteggio",
  "Stabilità",
  "Criticità",
  "Interesse",
  "Prontezza",
  "Interviste",
  "Perché",
  "Ente interessato",
  "Contatto",
  "Ruolo",
  "Ente",
  "Email",
  "Telefono",
  "Livello decisionale",
  "Coordinatore",
  "ID interviste",
  "Stato",
  "Referente",
  "Ultimo contatto",
  "Prossimo passo",
  "Note",
];

/** The Riepilogo columns exactly as docs/contract.md lists them. */
export const SPEC_RIEPILOGO_COLUMNS = [
  "Regione",
  "Interviste",
  "Obiettivo",
  "Avanzamento",
  "Aree citate",
  "Prima area",
  "Punteggio",
  "Stabilità",
  "Contatti",
  "Coordinatori",
  "Stato più avanzato",
  "Cause principali",
];

// ---- The scoring's plain rows (unit tests of core) ----

/**
 * A Puglia interview as the scoring reads it, written as its answers: D1 [area, severity, evidence,
 * causes, kind (comune unless given)], D3 [the authority's area, interest, the authority's name], D4.
 */
export function answeredInterview(
  id: string,
  q1: [string, number, Evidence[], Cause[], ScoringInterview["hardestAreaKind"]?],
  q3: [string, number, string],
  q4: string,
): ScoringInterview {
  return {
    id,
    region: "16",
    hardestArea: q1[0],
    hardestAreaIstat: "",
    hardestAreaKind: q1[4] ?? "comune",
    severity: q1[1] as Scale,
    evidence: q1[2],
    causes: q1[3],
    authorityArea: q3[0],
    interest: q3[1] as Scale,
    authorityName: q3[2],
    protocolArea: q4,
  };
}

/** A contact as the scoring reads it: a Referente of a Comune, with no e-mail or phone unless given. */
export const scoringContact = (
  interviewId: string,
  name: string,
  decisionLevel: ScoringContact["decisionLevel"],
  more: Partial<ScoringContact> = {},
): ScoringContact => ({
  interviewId,
  name,
  role: "Referente",
  organization: "Comune",
  email: "",
  phone: "",
  decisionLevel,
  ...more,
});

// ---- What people type into a prepared sheet (integration tests on the emulator) ----

/** Types the Partner tab's rows from row 2: e-mail, regions, role. */
export function typePartners(emu: Emulator, rows: [string, string, string][]) {
  rows.forEach(([email, regions, role], i) => {
    emu.typeInto("Partner", `A${i + 2}`, email);
    emu.typeInto("Partner", `B${i + 2}`, regions);
    emu.typeInto("Partner", `C${i + 2}`, role);
  });
}

/** Types a value into Impostazioni's Valore column, on the row of the setting's key. */
export function typeSetting(emu: Emulator, key: string, value: string) {
  const row = emu.recordsOf("Impostazioni").findIndex((r) => r.Chiave === key) + 2;
  expect(row, `Impostazioni has ${key}`).toBeGreaterThan(1);
  emu.typeInto(
    "Impostazioni",
    `${columnLetters(emu.valuesOf("Impostazioni")[0].indexOf("Valore") + 1)}${row}`,
    value,
  );
}

/** Selects rows first…last of Interviste (a click and a shift-click on column C). */
export function selectRows(emu: Emulator, first: number, last: number) {
  emu.select("Interviste", `C${first}`);
  emu.sheetData("Interviste").activeRange = {
    row: first,
    col: 3,
    rows: last - first + 1,
    cols: 1,
  };
}

/** The letters of a 1-based column, as Sheets names it (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The column letters of a header of a tab (the header must be there). */
export function columnOf(emu: Emulator, tab: string, header: string): string {
  const at = (emu.valuesOf(tab)[0] as string[]).indexOf(header);
  expect(at, `${tab} has ${header}`).toBeGreaterThanOrEqual(0);
  return columnLetters(at + 1);
}

/** The whole workbook as text, to show that nothing changed. */
export const snapshot = (emu: Emulator) => JSON.stringify(emu.toJSON());

/** A region (Puglia) with three interviews and a region (Marche) with one. */
export function seedPugliaAndMarche(addOn: AddOn) {
  addOn.submitInterview(interview());
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "Foggia" },
      reasons: {
        evidence: [],
        causes: ["lingua"],
        severity: 5,
        explanation: "Braccianti senza corsi di italiano.",
      },
      interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 3 },
      protocolArea: "Foggia",
      contacts: [
        {
          name: "Sara Gallo",
          role: "Assistente sociale",
          organization: "Comune di Foggia",
          email: "s.gallo@comune.foggia.example",
          decisionLevel: "tecnico",
        },
      ],
    }),
  );
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "BARI" },
      reasons: {
        evidence: ["testimonianze"],
        causes: ["documenti"],
        severity: 2,
        explanation: "Tempi lunghi per i permessi.",
      },
      interestedAuthority: { name: "comune di foggia", kind: "comune", area: "Foggia", interest: 4 },
      protocolArea: "Bari",
      contacts: [
        {
          name: "Anna Verdi",
          role: "Dirigente",
          organization: "Comune di Bari",
          email: "A.Verdi@comune.bari.example",
          decisionLevel: "tecnico",
        },
      ],
    }),
  );
  addOn.submitInterview(
    interview({
      region: "11",
      hardestArea: { kind: "ambito", name: "ATS 11 Ancona" },
      interestedAuthority: {
        name: "ATS 11",
        kind: "ambito",
        area: "Ambito territoriale 11 Ancona",
        interest: 4,
      },
      protocolArea: "ATS 11 Ancona",
      contacts: [
        {
          name: "Pietro Marchetti",
          role: "Coordinatore ATS",
          organization: "ATS 11",
          phone: "+39 071 222 3333",
          decisionLevel: "dirigente",
        },
      ],
    }),
  );
}

/** A coordinator candidate as the form sends her: Lucia Ferrante, assistente sociale of the Comune di Bari. */
export const lucia: ContactInput = {
  name: "Lucia Ferrante",
  role: "Assistente sociale",
  organization: "Comune di Bari",
  phone: "+39 080 541 2233",
  decisionLevel: "tecnico",
  coordinatorCandidate: true,
};

/** A prepared sheet with three interviews (Bari and Foggia in Puglia, Ancona in Marche) and their ids. */
export function threeInterviews() {
  const loaded = preparedAddOn();
  const ids: string[] = [
    loaded.addOn.submitInterview(interview()).id,
    loaded.addOn.submitInterview(interview({ hardestArea: { kind: "comune", name: "Foggia" } })).id,
    loaded.addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }))
      .id,
  ];
  return { ...loaded, ids };
}

/** Each interview's ID, Verifica and Nota verifica, in sheet order. */
export const reviews = (emu: Emulator) =>
  emu.recordsOf("Interviste").map((r) => [r.ID, r.Verifica, r["Nota verifica"]]);

/** One valid row of the Importa tab (header → value), as a partner pastes it: Puglia, one contact. */
export const IMPORT_ROW: Readonly<Record<string, unknown>> = {
  Regione: "Puglia",
  "Data intervista": "2025-03-14",
  "Intervistatore/intervistatrice": "Giulia Rossi",
  "Ruolo intervistato": "Assistente sociale",
  "Ente intervistato": "Comune di Bari",
  Consenso: "Sì",
  "D1 Tipo area": "Comune",
  "D1 Area più difficile": "Bari",
  "D2 Cause": "Casa",
  "D2 Gravità": 4,
  "D2 Spiegazione": "Affitti alti.",
  "D3 Ente interessato": "Comune di Bari",
  "D3 Tipo ente": "Comune",
  "D3 Area": "Bari",
  "D3 Interesse": 5,
  "D4 Area protocollo": "Bari",
  "Contatto 1 Nome": "Anna Verdi",
  "Contatto 1 Ruolo": "Dirigente",
  "Contatto 1 Ente": "Comune di Bari",
  "Contatto 1 Email": "a.verdi@comune.bari.example",
  "Contatto 1 Livello decisionale": "Dirigente",
};
