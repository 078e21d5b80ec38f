/**
 * The Importa tab: interviews collected elsewhere (a Google Form's responses, another spreadsheet, a
 * CSV) pasted under the answer headers of Interviste, five contacts side by side, and the outcome the
 * import writes on each row. Columns are found by header name, as everywhere.
 */
import { DECISION_LEVELS, labelOf } from "./codes";
import { type ColumnSpec, INTERVIEW_COLUMNS } from "./tabs";

/** How many contacts a row of Importa holds (the form takes up to 10; a pasted row has room for 5). */
export const IMPORT_CONTACT_SLOTS = 5;

/** The fields of one contact slot, in the order of its columns, with the words of their headers. */
export const CONTACT_SLOT_FIELDS = [
  ["name", "Nome"],
  ["role", "Ruolo"],
  ["organization", "Ente"],
  ["email", "Email"],
  ["phone", "Telefono"],
  ["decisionLevel", "Livello decisionale"],
] as const;
export type ContactSlotField = (typeof CONTACT_SLOT_FIELDS)[number][0];

/** The column key of a contact slot's field: `c1name`, `c3decisionLevel`. */
export const slotKey = (slot: number, field: ContactSlotField) => `c${slot}${field}`;

/** The header of a contact slot's field: `Contatto 1 Nome`. */
export const slotHeader = (slot: number, field: ContactSlotField) =>
  `Contatto ${slot} ${CONTACT_SLOT_FIELDS.find(([f]) => f === field)?.[1] ?? field}`;

type InterviewKey = keyof typeof INTERVIEW_COLUMNS;

/** The answer columns of Interviste (what a person answered, not what the add-on or the staff write). */
export const ANSWER_KEYS = (Object.keys(INTERVIEW_COLUMNS) as InterviewKey[]).filter((k) => {
  const spec: ColumnSpec = INTERVIEW_COLUMNS[k];
  return !spec.technical && !spec.review;
});

const decisionLevels = Object.keys(DECISION_LEVELS).map((c) => labelOf(DECISION_LEVELS, c));

function importColumns(): Record<string, ColumnSpec> {
  const columns: Record<string, ColumnSpec> = {};
  for (const key of ANSWER_KEYS) columns[key] = INTERVIEW_COLUMNS[key];
  for (let slot = 1; slot <= IMPORT_CONTACT_SLOTS; slot++)
    for (const [field] of CONTACT_SLOT_FIELDS)
      columns[slotKey(slot, field)] = {
        header: slotHeader(slot, field),
        kind: "text",
        ...(field === "decisionLevel" ? { choices: decisionLevels } : {}),
      };
  columns.outcome = { header: "Esito importazione", kind: "text" };
  return columns;
}

/**
 * Importa's columns: the answer headers of Interviste (same names, same order), `Contatto N …` for
 * N = 1..5, then `Esito importazione`.
 */
export const IMPORT_COLUMNS: Record<string, ColumnSpec> = importColumns();

/** What each Importa header explains, shown as its note by Prepara il foglio. */
export function importHeaderNotes(): Record<string, string> {
  const notes: Record<string, string> = {
    region: "La regione, per nome (Puglia) o codice ISTAT (16). Chi è partner importa solo le sue regioni.",
    interviewDate: "Data dell'intervista: AAAA-MM-GG (2025-03-14) o GG/MM/AAAA (14/03/2025).",
    interviewer: "Chi ha condotto l'intervista.",
    intervieweeName: "Nome e cognome della persona intervistata.",
    intervieweeRole: "Ruolo della persona intervistata.",
    intervieweeOrganization: "Ente della persona intervistata.",
    consent: "Consenso al trattamento dei dati personali: Sì (obbligatorio per importare la riga).",
    hardestAreaKind: "D1: Comune, Ambito o Altro.",
    hardestArea: "D1: l'Ambito/Comune in cui l'inclusione socio-lavorativa è più difficile.",
    hardestAreaIstat:
      "D1: codice ISTAT del comune (6 cifre), facoltativo: si compila da solo se il nome corrisponde.",
    evidence:
      "D2: su cosa si basa la risposta, più voci separate da virgola (es. Dati statistici, Esperienza diretta).",
    causes: "D2: cosa produce la criticità, più voci separate da virgola (es. Casa, Lavoro).",
    severity: "D2: gravità da 1 (bassa) a 5 (molto alta).",
    explanation: "D2: in base a cosa si può dire, cosa produce la criticità.",
    authorityName: "D3: l'ente locale più interessato alla formazione per il Coordinatore d'area.",
    authorityKind: "D3: il tipo di ente (dall'elenco).",
    authorityArea: "D3: l'area dell'ente.",
    interest: "D3: interesse dell'ente da 1 a 5.",
    authorityNotes: "D3: note (facoltative).",
    protocolArea: "D4: l'Ambito/Comune con cui avviare i contatti per un protocollo operativo.",
    notes: "Note libere (facoltative).",
    outcome:
      "La scrive CO.EFFICIENTI → Importa interviste…: l'ID dell'intervista creata, oppure cosa correggere e in quale colonna. Una riga già importata non viene importata di nuovo; per importare di nuovo una riga la cui intervista è stata eliminata, svuota questa cella. Una riga con stessa regione, persona intervistata e data di un'intervista già salvata non viene importata: se è davvero un'altra intervista, scrivi qui importa comunque.",
  };
  for (let slot = 1; slot <= IMPORT_CONTACT_SLOTS; slot++) {
    notes[slotKey(slot, "name")] =
      `Contatto ${slot} (facoltativo${slot === 1 ? ", ma serve almeno un contatto" : ""}): nome e cognome della persona da contattare.`;
    notes[slotKey(slot, "role")] = `Contatto ${slot}: il suo ruolo (es. Dirigente Servizi Sociali).`;
    notes[slotKey(slot, "organization")] = `Contatto ${slot}: il suo ente (es. Comune di Bari).`;
    notes[slotKey(slot, "email")] = "E-mail del contatto (almeno una tra e-mail e telefono).";
    notes[slotKey(slot, "phone")] = "Telefono del contatto, come testo (es. +39 333 123 4567).";
    notes[slotKey(slot, "decisionLevel")] = "Livello decisionale: Politico, Dirigente, Tecnico o Altro.";
  }
  return notes;
}
