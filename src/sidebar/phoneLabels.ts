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
};

export type PhoneKey = keyof typeof it;

export function phoneLabel(lang: Lang, key: PhoneKey, params?: Record<string, string | number>): string {
  return fillMessage((lang === "en" ? en : it)[key], params);
}
