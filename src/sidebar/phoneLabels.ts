/** The phone form's own words (the form itself uses labels.ts), Italian and English. */
import type { Lang } from "../core/codes";
import { fillMessage } from "../core/i18n";

const it = {
  outboxTitle: "In attesa di invio",
  outboxCount:
    "{count|Un'intervista è conservata|# interviste sono conservate} su questo telefono, in attesa di invio: {count|verrà inviata|verranno inviate} appena torna la connessione.",
  outboxItem: "{name}, intervista del {date}",
  outboxPending: "in attesa di invio",
  outboxSending: "invio in corso…",
  outboxRetrying: "in attesa di invio (l'ultimo tentativo non è riuscito: {reason})",
  outboxRefused: "non inviata: {reason}",
  outboxSendNow: "Invia ora",
  outboxOtherUser: "in attesa: la invierà {user}, che l'ha salvata, quando aprirà il modulo",
  outboxFix: "Correggi nel modulo",
  queued:
    "Nessuna connessione: l'intervista è conservata su questo telefono, in attesa di invio. Verrà inviata da sola appena torna la connessione (tieni aperta questa pagina o riaprila).",
  queuedSent:
    "{count|L'intervista in attesa è stata inviata|Le # interviste in attesa sono state inviate}: {ids}.",
  noStorage:
    "Nessuna connessione, e questo browser non permette di conservare l'intervista sul telefono (navigazione privata?): non chiudere la pagina e premi di nuovo Salva quando torna la connessione.",
  offlineNow: "Sei senza connessione: puoi compilare e salvare, l'intervista verrà inviata più tardi.",
  queuedSame:
    "La stessa intervista, identica, è già conservata su questo telefono in attesa di invio: non la conservo una seconda volta.",
  outboxBlocked:
    "non inviata: {reason} Chiedi allo staff di controllare la scheda Partner (il tuo indirizzo e le regioni che puoi scrivere). L'intervista resta su questo telefono e verrà inviata da sola appena lo staff avrà corretto (oppure premi Invia ora).",
  outboxConflict: "un'altra persona l'ha modificata nel frattempo: riaprila nel modulo e controllala.",
  outboxInForm:
    "aperta nel modulo per essere corretta: resta conservata su questo telefono finché non premi Salva intervista.",
  outboxDuplicate:
    "non ancora inviata: sembra un'intervista già salvata nel foglio ({id}, {name}, {date}). Se è un'altra intervista, inviala come nuova; se è la stessa, eliminala da questo telefono.",
  outboxGone:
    "non verrà inviata: {reason} Era già stata salvata e poi eliminata dal foglio. Eliminala da questo telefono; se serve ancora, chiedi allo staff.",
  outboxSendAsNew: "È un'altra: inviala come nuova",
  outboxRemove: "Elimina dal telefono",
  outboxRemoveAsk:
    "Eliminare da questo telefono l'intervista di {name} del {date}? Non verrà inviata e non si potrà recuperare.",
  outboxRemoveYes: "Sì, elimina",
  outboxRemoveNo: "No, tienila",
  outboxRemoved: "Eliminata da questo telefono: {what}.",
  outboxKeptCorrections:
    "Le correzioni all'intervista di {name} del {date} sono conservate su questo telefono: la ritrovi nell'elenco qui sopra.",
};

const en: Record<keyof typeof it, string> = {
  outboxTitle: "Waiting to be sent",
  outboxCount:
    "{count|One interview is|# interviews are} kept on this phone, waiting to be sent: {count|it|they} will be sent as soon as the connection returns.",
  outboxItem: "{name}, interview of {date}",
  outboxPending: "waiting to be sent",
  outboxSending: "sending…",
  outboxRetrying: "waiting to be sent (the last try failed: {reason})",
  outboxRefused: "not sent: {reason}",
  outboxSendNow: "Send now",
  outboxOtherUser: "waiting: {user}, who saved it, will send it when opening the form",
  outboxFix: "Correct in the form",
  queued:
    "No connection: the interview is kept on this phone, waiting to be sent. It will be sent by itself as soon as the connection returns (keep this page open or open it again).",
  queuedSent: "{count|The waiting interview was sent|The # waiting interviews were sent}: {ids}.",
  noStorage:
    "No connection, and this browser does not let the interview be kept on the phone (private browsing?): do not close the page and press Save again when the connection returns.",
  offlineNow: "You are offline: you can fill in and save, the interview will be sent later.",
  queuedSame:
    "The very same interview is already kept on this phone, waiting to be sent: it is not kept a second time.",
  outboxBlocked:
    "not sent: {reason} Ask the staff to check the Partner tab (your address and the regions you may write). The interview stays on this phone and will be sent by itself once the staff has fixed it (or press Send now).",
  outboxConflict: "someone else changed it meanwhile: open it again in the form and check it.",
  outboxInForm:
    "open in the form to be corrected: it stays kept on this phone until you press Save interview.",
  outboxDuplicate:
    "not sent yet: it looks like an interview already saved in the sheet ({id}, {name}, {date}). If it is another interview, send it as new; if it is the same, remove it from this phone.",
  outboxGone:
    "will not be sent: {reason} It had been saved and then deleted from the sheet. Remove it from this phone; if it is still needed, ask the staff.",
  outboxSendAsNew: "It is another one: send it as new",
  outboxRemove: "Remove from the phone",
  outboxRemoveAsk:
    "Remove the interview of {name} of {date} from this phone? It will not be sent and cannot be recovered.",
  outboxRemoveYes: "Yes, remove it",
  outboxRemoveNo: "No, keep it",
  outboxRemoved: "Removed from this phone: {what}.",
  outboxKeptCorrections:
    "The corrections to the interview of {name} of {date} are kept on this phone: you find it in the list above.",
};

export type PhoneKey = keyof typeof it;

export function phoneLabel(lang: Lang, key: PhoneKey, params?: Record<string, string | number>): string {
  return fillMessage((lang === "en" ? en : it)[key], params);
}
