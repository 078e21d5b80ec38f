import type { InterviewInput } from "../src/core/interview";

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
