/**
 * The tabs of the shared sheet and their columns (docs/contract.md). Columns are always found by these
 * header names, never by position: users reorder and add columns.
 */
import { AREA_KINDS, AUTHORITY_KINDS, DECISION_LEVELS, FOLLOW_UP_STATES, labelOf } from "./codes";
import { REGIONS } from "./territory/regions";

/** How a column's cells are written: user text keeps exactly what was typed. */
export type ColumnKind = "text" | "number" | "date" | "datetime" | "boolean";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Written by the add-on, not meant to be typed: shown greyed. */
  technical?: boolean;
  /** Allowed values, offered as a dropdown. */
  choices?: readonly string[];
  /** Number format of the column, when it matters. */
  format?: string;
  /**
   * Kept by the staff's review, never taken from the form's input: a form save keeps what
   * the sheet holds (see reviewAfterSave), so a partner cannot change it through the form.
   */
  review?: boolean;
  /** Headers the column had in earlier releases: still found by them; Prepara il foglio renames them. */
  formerly?: readonly string[];
}

const labels = (table: Record<string, { it: string; en: string }>) =>
  Object.keys(table).map((c) => labelOf(table, c));
const SCALE = ["1", "2", "3", "4", "5"];

export const SHEETS = {
  interviews: "Interviste",
  contacts: "Contatti",
  settings: "Impostazioni",
  partners: "Partner",
  log: "Registro",
  shortlist: "Shortlist",
  ambiti: "Ambiti",
  riepilogo: "Riepilogo",
  coordinators: "Coordinatori",
  /** Interviews collected elsewhere, pasted here and brought in by Importa interviste… */
  import: "Importa",
} as const;

/** The review of an interview: `Da verificare` is the default, `Verificata` counts when only verified interviews do. */
export const REVIEW_STATES = ["Da verificare", "Verificata", "Da correggere"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The follow-up of a coordinator candidate (the Coordinatori tab's Stato); the first is the default. */
export const COORDINATOR_STATES = [
  "Da contattare",
  "Interessato/a",
  "Iscritto/a alla formazione",
  "Non disponibile",
] as const;

/** What the Coordinatore d'area cell holds for a candidate (blank otherwise). */
export const YES_MARK = "Sì";

/** Interviste: one row per interview. The key names are used by the code; headers by the sheet. */
export const INTERVIEW_COLUMNS = {
  id: { header: "ID", kind: "text", technical: true },
  version: { header: "Versione", kind: "number", technical: true },
  region: { header: "Regione", kind: "text", choices: REGIONS.map((r) => r.name) },
  interviewDate: { header: "Data intervista", kind: "date", format: "yyyy-mm-dd" },
  interviewer: { header: "Intervistatore/intervistatrice", formerly: ["Intervistatore"], kind: "text" },
  intervieweeName: { header: "Intervistato", kind: "text" },
  intervieweeRole: { header: "Ruolo intervistato", kind: "text" },
  intervieweeOrganization: { header: "Ente intervistato", kind: "text" },
  consent: { header: "Consenso", kind: "boolean" },
  hardestAreaKind: {
    header: "D1 Tipo area",
    formerly: ["Q1 Tipo area"],
    kind: "text",
    choices: labels(AREA_KINDS),
  },
  hardestArea: { header: "D1 Area più difficile", formerly: ["Q1 Area più difficile"], kind: "text" },
  hardestAreaIstat: { header: "D1 Codice ISTAT", formerly: ["Q1 Codice ISTAT"], kind: "text" },
  evidence: { header: "D2 Evidenze", formerly: ["Q2 Evidenze"], kind: "text" },
  causes: { header: "D2 Cause", formerly: ["Q2 Cause"], kind: "text" },
  severity: { header: "D2 Gravità", formerly: ["Q2 Gravità"], kind: "number", choices: SCALE },
  explanation: { header: "D2 Spiegazione", formerly: ["Q2 Spiegazione"], kind: "text" },
  authorityName: { header: "D3 Ente interessato", formerly: ["Q3 Ente interessato"], kind: "text" },
  authorityKind: {
    header: "D3 Tipo ente",
    formerly: ["Q3 Tipo ente"],
    kind: "text",
    choices: labels(AUTHORITY_KINDS),
  },
  authorityArea: { header: "D3 Area", formerly: ["Q3 Area"], kind: "text" },
  interest: { header: "D3 Interesse", formerly: ["Q3 Interesse"], kind: "number", choices: SCALE },
  authorityNotes: { header: "D3 Note", formerly: ["Q3 Note"], kind: "text" },
  protocolArea: { header: "D4 Area protocollo", formerly: ["Q4 Area protocollo"], kind: "text" },
  notes: { header: "Note", kind: "text" },
  createdAt: { header: "Creata il", kind: "datetime", technical: true, format: "yyyy-mm-dd hh:mm" },
  createdBy: { header: "Creata da", kind: "text", technical: true },
  updatedAt: { header: "Aggiornata il", kind: "datetime", technical: true, format: "yyyy-mm-dd hh:mm" },
  updatedBy: { header: "Aggiornata da", kind: "text", technical: true },
  submissionId: { header: "ID invio", kind: "text", technical: true },
  // The staff's review, set by the menu's "Segna come verificata" / "Segna da correggere…".
  review: { header: "Verifica", kind: "text", choices: REVIEW_STATES, review: true },
  reviewNote: { header: "Nota verifica", kind: "text", review: true },
} as const satisfies Record<string, ColumnSpec>;

/** Contatti: one row per contact, linked to its interview by id. */
export const CONTACT_COLUMNS = {
  interviewId: { header: "ID intervista", kind: "text", technical: true },
  region: { header: "Regione", kind: "text", technical: true },
  name: { header: "Nome", kind: "text" },
  role: { header: "Ruolo", kind: "text" },
  organization: { header: "Ente", kind: "text" },
  email: { header: "Email", kind: "text" },
  phone: { header: "Telefono", kind: "text" },
  decisionLevel: { header: "Livello decisionale", kind: "text", choices: labels(DECISION_LEVELS) },
  notes: { header: "Note", kind: "text" },
  /**
   * The interview version the contact belongs to: an edit writes the new contacts under the new
   * version before the interview switches to it, so no one ever sees a mix of old and new contacts.
   */
  interviewVersion: { header: "Versione intervista", kind: "number", technical: true },
  /** Marked in the form as a possible Coordinatore d'area: "Sì" or blank. */
  coordinatorCandidate: { header: "Coordinatore d'area", kind: "text", choices: [YES_MARK] },
} as const satisfies Record<string, ColumnSpec>;

export const SETTINGS_COLUMNS = {
  key: { header: "Chiave", kind: "text", technical: true },
  name: { header: "Impostazione", kind: "text" },
  value: { header: "Valore", kind: "number" },
  help: { header: "Descrizione", kind: "text" },
} as const satisfies Record<string, ColumnSpec>;

export const PARTNER_COLUMNS = {
  email: { header: "Email", kind: "text" },
  regions: { header: "Regioni", kind: "text" },
  role: { header: "Ruolo", kind: "text", choices: ["partner", "staff"] },
} as const satisfies Record<string, ColumnSpec>;

/** Registro: append-only audit, no personal data (the interview id, never names or contacts). */
export const LOG_COLUMNS = {
  when: { header: "Quando", kind: "datetime", format: "yyyy-mm-dd hh:mm:ss" },
  who: { header: "Chi", kind: "text" },
  action: { header: "Azione", kind: "text" },
  id: { header: "ID", kind: "text" },
  version: { header: "Versione", kind: "number" },
  count: { header: "Conteggio", kind: "number" },
  submissionId: { header: "ID invio", kind: "text" },
} as const satisfies Record<string, ColumnSpec>;

/** Ambiti (optional, typed by staff): declared ambiti, their other names and their comuni. */
export const AMBITI_COLUMNS = {
  region: { header: "Regione", kind: "text", choices: REGIONS.map((r) => r.name) },
  name: { header: "Ambito", kind: "text" },
  /** Other names of the same Ambito, separated by ";". */
  aliases: { header: "Alias", kind: "text" },
  /** The comuni it covers, separated by ";": shown, never aggregated. */
  comuni: { header: "Comuni", kind: "text" },
} as const satisfies Record<string, ColumnSpec>;

/**
 * Shortlist: exactly the columns of docs/contract.md, in this order. The follow-up columns (Stato,
 * Referente, Ultimo contatto, Prossimo passo, Note) are the staff's and are kept on regeneration.
 */
export const SHORTLIST_COLUMNS = {
  region: { header: "Regione", kind: "text" },
  position: { header: "Posizione", kind: "number" },
  area: { header: "Area", kind: "text" },
  areaKind: { header: "Tipo area", kind: "text" },
  score: { header: "Punteggio", kind: "number", format: "0.0" },
  stability: { header: "Stabilità", kind: "number", format: "0.0" },
  criticality: { header: "Criticità", kind: "number", format: "0.0" },
  interest: { header: "Interesse", kind: "number", format: "0.0" },
  readiness: { header: "Prontezza", kind: "number", format: "0.0" },
  interviews: { header: "Interviste", kind: "number" },
  reason: { header: "Perché", kind: "text" },
  authority: { header: "Ente interessato", kind: "text" },
  contact: { header: "Contatto", kind: "text" },
  role: { header: "Ruolo", kind: "text" },
  organization: { header: "Ente", kind: "text" },
  email: { header: "Email", kind: "text" },
  phone: { header: "Telefono", kind: "text" },
  decisionLevel: { header: "Livello decisionale", kind: "text" },
  coordinator: { header: "Coordinatore", kind: "text" },
  interviewIds: { header: "ID interviste", kind: "text" },
  status: { header: "Stato", kind: "text", choices: FOLLOW_UP_STATES },
  owner: { header: "Referente", kind: "text" },
  lastContact: { header: "Ultimo contatto", kind: "date", format: "yyyy-mm-dd" },
  nextStep: { header: "Prossimo passo", kind: "text" },
  notes: { header: "Note", kind: "text" },
} as const satisfies Record<string, ColumnSpec>;

/** The Shortlist columns the staff fill in, kept on regeneration (with any column they add). */
export const SHORTLIST_FOLLOW_UP = ["status", "owner", "lastContact", "nextStep", "notes"] as const;

/** Riepilogo: one row per region in scope, then a total row. */
export const RIEPILOGO_COLUMNS = {
  region: { header: "Regione", kind: "text" },
  interviews: { header: "Interviste", kind: "number", format: "0" },
  target: { header: "Obiettivo", kind: "number", format: "0" },
  progress: { header: "Avanzamento", kind: "number", format: "0%" },
  areas: { header: "Aree citate", kind: "number", format: "0" },
  firstArea: { header: "Prima area", kind: "text" },
  score: { header: "Punteggio", kind: "number", format: "0.0" },
  stability: { header: "Stabilità", kind: "number", format: "0.0" },
  contacts: { header: "Contatti", kind: "number", format: "0" },
  coordinators: { header: "Coordinatori", kind: "number", format: "0" },
  furthestState: { header: "Stato più avanzato", kind: "text" },
  causes: { header: "Cause principali", kind: "text" },
} as const satisfies Record<string, ColumnSpec>;

/**
 * Coordinatori: each distinct coordinator candidate once per region, generated with the
 * Shortlist; Stato and Note are the staff's follow-up, kept on regeneration.
 */
export const COORDINATOR_COLUMNS = {
  region: { header: "Regione", kind: "text" },
  areas: { header: "Area", kind: "text" },
  name: { header: "Nome", kind: "text" },
  role: { header: "Ruolo", kind: "text" },
  organization: { header: "Ente", kind: "text" },
  email: { header: "Email", kind: "text" },
  phone: { header: "Telefono", kind: "text" },
  interviewIds: { header: "ID interviste", kind: "text" },
  status: { header: "Stato", kind: "text", choices: COORDINATOR_STATES },
  notes: { header: "Note", kind: "text" },
} as const satisfies Record<string, ColumnSpec>;

/** The Coordinatori columns the staff fill in, kept on regeneration (with any column they add). */
export const COORDINATOR_FOLLOW_UP = ["status", "notes"] as const;

export type Columns = Record<string, ColumnSpec>;
export type RowOf<C extends Columns> = { [K in keyof C]: unknown };
