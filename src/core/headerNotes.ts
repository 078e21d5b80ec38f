/**
 * What goes in each column, shown as a note on its header cell by Prepara il foglio: the sheet explains
 * itself to a project officer who opens it for the first time.
 */
import { importHeaderNotes } from "./importColumns";
import type { Columns } from "./tabs";
import { SHEETS } from "./tabs";

type Notes = Record<string, Record<string, string>>;

export const HEADER_NOTES: Notes = {
  [SHEETS.interviews]: {
    region:
      "La regione dell'intervista (dall'elenco). Le interviste si inseriscono con CO.EFFICIENTI → Nuova intervista.",
    interviewDate: "Data dell'intervista (AAAA-MM-GG).",
    interviewer: "Chi ha condotto l'intervista.",
    intervieweeName: "Nome e cognome della persona intervistata.",
    consent: "Consenso dell'intervistato/a al trattamento dei dati personali (obbligatorio).",
    hardestAreaKind: "D1: comune, ambito o altro.",
    hardestArea:
      "D1: In quale Ambito/Comune di questa regione è più difficile l'inclusione socio-lavorativa dei cittadini di paesi terzi?",
    hardestAreaIstat:
      "Codice ISTAT del comune di D1 (6 cifre), compilato dal modulo quando il nome corrisponde.",
    evidence: "D2: su cosa si basa la risposta (più voci separate da virgola).",
    causes: "D2: cosa produce la criticità (più voci separate da virgola).",
    severity: "D2: gravità da 1 (bassa) a 5 (molto alta).",
    explanation: "D2: In base a cosa si può dire questo? Cosa produce questa criticità?",
    authorityName:
      "D3: quale ente locale potrebbe essere più interessato alla formazione gratuita per il nuovo profilo di Coordinatore d'area?",
    interest: "D3: interesse dell'ente da 1 a 5.",
    protocolArea: "D4: l'Ambito/Comune con cui avviare i contatti per un protocollo operativo.",
    notes: "Note libere di chi ha condotto l'intervista.",
    review:
      "Verifica dello staff: Da verificare (ogni nuova intervista), Verificata, Da correggere. Si cambia con CO.EFFICIENTI → Segna come verificata / Segna da correggere…, non dal modulo.",
    reviewNote:
      "Cosa correggere (scritto dallo staff con Segna da correggere…): chi modifica l'intervista lo vede nel modulo.",
  },
  [SHEETS.contacts]: {
    name: "D4: la persona da contattare per il protocollo operativo (dati personali: solo con consenso).",
    email: "E-mail del contatto (almeno una tra e-mail e telefono).",
    phone: "Telefono del contatto, come scritto (es. +39 333 123 4567).",
    decisionLevel: "Livello decisionale: Politico, Dirigente, Tecnico o Altro.",
    coordinatorCandidate:
      "Sì: possibile coordinatore/coordinatrice d'area (assistente sociale). Elencati nella scheda Coordinatori.",
  },
  [SHEETS.settings]: {
    name: "Impostazioni di punteggio e Shortlist: cambia solo la colonna Valore.",
    value: "Il valore: numeri per pesi e conteggi (0,4 o 0.4), Sì/No per le regioni incluse.",
  },
  [SHEETS.partners]: {
    email: "L'indirizzo Google con cui la persona apre il foglio. Scheda vuota = tutti possono scrivere.",
    regions:
      "Le regioni che può scrivere, separate da virgola (es. Puglia, Marche), oppure 'tutte'. Per lo staff si può lasciare vuoto.",
    role: "partner: scrive solo le sue regioni. staff: scrive tutte le regioni e usa le azioni di staff.",
  },
  [SHEETS.ambiti]: {
    region: "La regione dell'Ambito (dall'elenco). Scheda facoltativa: la compila lo staff.",
    name: "Il nome ufficiale dell'Ambito territoriale sociale (es. Ambito territoriale di Foggia). Le risposte che lo nominano sono contate insieme e mostrate con questo nome; un Ambito resta distinto dal comune con lo stesso nome.",
    aliases:
      "Altri nomi con cui le interviste citano lo stesso Ambito, separati da punto e virgola (es. ATS Foggia; Distretto di Foggia).",
    comuni:
      "I comuni che l'Ambito comprende, separati da punto e virgola (es. Foggia; Lucera). Sono mostrati come suggerimenti, non sommati nel punteggio.",
  },
  [SHEETS.import]: importHeaderNotes(),
  [SHEETS.log]: {
    when: "Registro delle azioni: una riga per azione, mai riscritta. Non contiene dati personali.",
    count:
      "Quanti elementi tocca l'azione: per «shortlist» le righe scritte nella Shortlist (aree e contatti, anche quelle tenute per il seguito); per «creazione» e «modifica» i contatti salvati con l'intervista; per «eliminazione» quelli eliminati con essa; per «verifica» e «da correggere» le interviste.",
  },
};

/**
 * Notes on the Riepilogo's header cells (written with the tab): what its counts count, since the
 * Shortlist's toast counts contact rows and the Riepilogo people.
 */
export const RIEPILOGO_NOTES: Record<string, string> = {
  Contatti:
    "Persone distinte indicate come contatto nelle interviste della regione: chi è citato/a in più interviste o per più aree conta una volta (la Shortlist ha invece una riga per area).",
  Coordinatori:
    "Persone distinte segnate come possibile Coordinatore d'area nelle interviste della regione, ciascuna una volta (elencate nella scheda Coordinatori).",
  // Written when the Riepilogo is: a Stato changed in the Shortlist shows here at the next generation.
  "Stato più avanzato":
    "Lo Stato più avanzato fra le righe della regione nella Shortlist, aggiornato a ogni Genera shortlist contatti: se cambi uno Stato nella Shortlist, qui cambia quando generi di nuovo la shortlist.",
};

/** The note of each of a tab's columns, by column key ("" when none). */
export function headerNotesOf(sheet: string, columns: Columns): Record<string, string> {
  const notes = HEADER_NOTES[sheet] ?? {};
  return Object.fromEntries(Object.keys(columns).map((k) => [k, notes[k] ?? ""]));
}
