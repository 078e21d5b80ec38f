import type { Lang } from "./codes";

/** The language of the UI for a user locale: English for English locales, Italian otherwise. */
export function langOf(locale: string | undefined | null): Lang {
  return /^en\b|^en[_-]/i.test(String(locale ?? "")) ? "en" : "it";
}

const it = {
  // validation
  required: "Campo obbligatorio.",
  tooLong: "Troppo lungo: al massimo {max} caratteri.",
  invalidRegion: "Scegli una regione dall'elenco.",
  invalidDate: "Data non valida: indica giorno, mese e anno (es. 14/03/2025).",
  dateInFuture: "La data dell'intervista non può essere nel futuro.",
  dateTooOld: "La data dell'intervista non può essere prima del 01/01/2018.",
  invalidChoice: "Valore non ammesso: scegli dall'elenco.",
  invalidScale: "Scegli un valore da 1 a 5.",
  consentRequired: "Serve il consenso dell'intervistato/a al trattamento dei dati personali.",
  invalidEmail: "Indirizzo e-mail non valido (es. nome@comune.it).",
  invalidPhone: "Numero di telefono non valido (es. +39 333 123 4567).",
  emailOrPhone: "Indica almeno un'e-mail o un telefono.",
  contactsCount: "Indica da 1 a 10 contatti.",
  causesRequired: "Indica almeno una causa.",
  invalidIstat: "Il codice ISTAT non corrisponde a un comune della regione scelta.",
  invalidSubmission: "Richiesta non valida: ricarica il modulo e riprova.",
  invalidVersion: "Versione non valida: riapri l'intervista e riprova.",
  invalidInput: "Dati non validi.",
  payloadTooLarge: "Troppi dati in un'unica intervista.",
  // server
  busy: "Il foglio è occupato, riprova tra qualche secondo.",
  notFound: "Intervista {id} non trovata: forse è stata eliminata.",
  conflict: "Qualcun altro ha modificato questa intervista nel frattempo (versione {version}).",
  noRowSelected: "Seleziona una riga della scheda Interviste con un'intervista.",
  missingHeader: 'Nella scheda "{sheet}" manca la colonna "{header}". Usa CO.EFFICIENTI → Prepara il foglio.',
  missingSheet: 'Manca la scheda "{sheet}". Usa CO.EFFICIENTI → Prepara il foglio.',
  badSetting: 'Impostazioni!{cell}: "{value}" non è un valore valido per {name} ({expected}).',
  unknownUser:
    "Non riesco a sapere chi sei (e-mail non disponibile) e la scheda Partner limita chi può scrivere.",
  regionNotAllowed: "Non sei abilitato/a a scrivere interviste della regione {region}.",
  unexpected: "Errore imprevisto (riferimento {ref}). Riprova; se si ripete, comunica il riferimento.",
  deleteConfirm:
    "Eliminare l'intervista {id} a {name} ({region}, {date}) e {count|il suo contatto|i suoi # contatti}? L'operazione non si può annullare.",
  deleted: "Intervista {id} eliminata con {count} {count|contatto|contatti}.",
  deleteCancelled: "Eliminazione annullata.",
  setupDone: "Foglio pronto: schede, intestazioni e menu a tendina verificati.",
  shortlistDone:
    "Shortlist generata il {when}: {regions} {regions|regione|regioni}, {areas} {areas|area|aree}, {contacts} {contacts|contatto|contatti}.",
  skippedRows:
    "{count} {count|riga|righe} con valori non validi {count|è stata ignorata|sono state ignorate} ({count|cella|prima}: {first}).",
  badWeights: "i pesi devono essere 2 o 3 numeri ≥ 0 (criticità; interesse; prontezza), non tutti zero.",
  needsHeaderRange: "serve l'intervallo della scheda {sheet} con la riga di intestazione (es. {sheet}!A:AC).",
  shapeMismatch: "gli intervalli devono avere le stesse dimensioni (o essere singoli valori).",
  badMethod: 'metodo "{method}" sconosciuto: usa "minmax", "zscore" o "rank".',
  badDirection: "la direzione deve essere 1 o -1, non {direction}.",
  // menu
  menuNew: "Nuova intervista",
  menuEdit: "Modifica intervista selezionata",
  menuDelete: "Elimina intervista selezionata",
  menuShortlist: "Genera shortlist contatti",
  menuSetup: "Prepara il foglio",
  sidebarTitle: "CO.EFFICIENTI – Intervista",
  // Verifica installazione: one dialog for whoever deploys the add-on; it writes nothing.
  menuCheck: "Verifica installazione",
  checkTitle: "CO.EFFICIENTI – Verifica installazione",
  checkIntro:
    "Cosa vede il componente aggiuntivo in questo foglio, per l'utente che lo ha aperto. Questa verifica non modifica nulla.",
  checkAllGood: "Tutto a posto.",
  checkToFix: "{count|Un punto da sistemare|# punti da sistemare}.",
  checkOk: "OK",
  checkProblem: "Da sistemare",
  checkClose: "Chiudi",
  checkEmailTitle: "Il tuo indirizzo e-mail",
  checkEmailOk: "Google comunica il tuo indirizzo: {email}.",
  checkEmailBlank:
    "Google non comunica il tuo indirizzo (succede con account di un altro dominio, o se al primo avvio non è stato concesso il permesso di vedere l'indirizzo e-mail).",
  checkEmailRefused:
    "Non hai concesso il permesso «Visualizzare l'indirizzo email principale del tuo Account Google»: finché manca non puoi salvare interviste né usare le voci del menu che scrivono. Per concederlo: {how}",
  checkEmailFailed: "Google non ha detto il tuo indirizzo ({reason}). Riprova tra poco.",
  checkEmailPartner: "La scheda Partner limita chi può scrivere: senza indirizzo non puoi salvare.",
  checkEmailNoPartner:
    "Si può scrivere lo stesso, ma le colonne Creata da e Aggiornata da e il Registro non diranno chi ha scritto.",
  checkLockTitle: "Il blocco del documento",
  checkLockOk: "Disponibile: due persone che salvano nello stesso momento non si sovrappongono.",
  checkLockMissing:
    "Google non offre il blocco del documento a questo script: succede quando lo script non è legato al foglio (uno script autonomo, o un componente aggiuntivo non installato in questo documento). Così ogni salvataggio viene rifiutato: installa il componente aggiuntivo dal foglio.",
  checkLockFailed:
    "Google non ha risposto alla richiesta del blocco del documento ({reason}). Riprova tra poco.",
  checkTabsTitle: "Schede e intestazioni",
  checkTabsOk: "Complete: {tabs}.",
  checkTabsFix: "Usa CO.EFFICIENTI → Prepara il foglio: crea le schede e le intestazioni che mancano.",
  checkTabMissing: 'Manca la scheda "{sheet}".',
  checkTabUnread: 'La scheda "{sheet}" non si è potuta leggere: {reason}',
  checkHeadersMissing:
    'Nella scheda "{sheet}" {count|manca l\'intestazione|mancano le intestazioni} {headers}.',
  checkHeaderFormer:
    'Nella scheda "{sheet}" la colonna "{found}" ha il nome di una versione precedente: funziona, e Prepara il foglio la rinomina "{header}".',
  checkPartnerTitle: "Chi può scrivere (scheda Partner)",
  checkPartnerAbsent:
    "Non c'è la scheda Partner: chiunque può modificare il foglio può scrivere interviste di ogni regione e verificarle.",
  checkPartnerEmpty:
    "La scheda Partner non elenca nessun indirizzo: chiunque può modificare il foglio può scrivere interviste di ogni regione e verificarle.",
  checkPartnerUnreadable:
    "La scheda Partner ha delle righe ma non {count|la colonna|le colonne} {headers}: finché non {count|la rimetti|le rimetti} a mano nella riga 1, nessuno può scrivere.",
  checkPartnerListed:
    "La scheda Partner elenca {count} {count|indirizzo|indirizzi}; chi non è elencato non può scrivere.",
  checkPartnerStaff: "{email}: staff, tutte le regioni, e può verificare le interviste.",
  checkPartnerRegions: "{email}: {regions}.",
  checkPartnerNoRegions: "{email}: nessuna regione indicata, quindi non può scrivere.",
  checkPartnerMore: "… e {count} {count|altro indirizzo|altri indirizzi}.",
  checkYouAll: "Tu puoi scrivere interviste di ogni regione.",
  checkYouRegions: "Tu puoi scrivere interviste di: {regions}.",
  checkYouNone: "Tu: {refusal}",
  checkStoreTitle: "Spazio delle proprietà del documento",
  checkStoreUsage:
    "Usati {used} dei {limit} che Google concede a ogni documento ({percent}), contando nomi e valori.",
  checkNearLimit: "Vicino al limite di Google: oltre, i salvataggi falliscono.",
  checkJournalTitle: "Giornale delle operazioni in corso",
  checkJournalUsage:
    "Occupa {used} dei {limit} che Google concede a una singola proprietà ({percent}), contando nome e valore.",
  checkJournalPending: "{count|Un'operazione è|# operazioni sono} in corso o {count|rimasta|rimaste} a metà.",
  checkJournalNone: "Nessuna operazione in corso o rimasta a metà.",
  checkJournalBound:
    "Il componente aggiuntivo tiene il valore del giornale sotto i {bound}: oltre, rifiuta nuove operazioni finché lo staff non usa Prepara il foglio.",
  checkJournalNear:
    "Vicino al limite: lo staff usi Prepara il foglio, che completa le operazioni rimaste a metà.",
  checkCellsTitle: "Celle del foglio",
  checkCellsUsage:
    "Usate {used} dei {limit} di celle che Google concede a un foglio ({percent}): si contano tutte le righe e colonne di ogni scheda, anche vuote.",
  checkCellsSheet: "{sheet}: {rows} righe × {columns} colonne = {cells} celle.",
  checkVersionTitle: "Versione",
  checkVersionOk: "Componente aggiuntivo CO.EFFICIENTI, versione {version}.",
  checkVersionUnknown: "Versione sconosciuta: il codice non è stato costruito con npm run build.",
  checkReadFailed: "Non è stato possibile leggerlo ({reason}). Riprova tra poco.",
  // works on Google
  noLock:
    "Google non offre il blocco del documento a questo script (serve un foglio, non uno script autonomo): nulla è stato scritto.",
  duplicateId:
    "L'ID {id} compare in più righe ({cells}): correggi l'ID a mano, poi riprova. Nulla è stato modificato.",
  // roll forward and storage limits
  spreadsheetFull:
    "Il foglio ha raggiunto il limite di Google di 10 milioni di celle (contano anche le righe e le colonne vuote): elimina le righe e le colonne vuote in fondo alle schede, o le schede che non servono, e riprova.",
  journalFull:
    "Troppe operazioni rimaste a metà per errori di Google, che non sei abilitato/a a completare: chiedi a un membro dello staff di usare «Prepara il foglio», poi riprova. Nulla è stato scritto.",
  pendingDeleteDone:
    "Completata l'eliminazione dell'intervista {id}, rimasta a metà per un errore di Google. Nessun'altra intervista è stata toccata.",
  notListed:
    "Il tuo indirizzo ({email}) non è nella scheda Partner, che limita chi può scrivere: chiedi allo staff di aggiungerti.",
  absurdId:
    "{cell}: {id} non è un ID valido (troppe cifre), ignorato nel conteggio degli ID: correggilo a mano.",
  wrongTab:
    "il {position}° argomento ({argomento}) deve venire dalla scheda {expected}, ma questo intervallo è della scheda {found}.",
  refused: "{reason}",
  noRegionsAllowed:
    "Il tuo indirizzo è nella scheda Partner ma senza regioni: chiedi allo staff di indicare le tue regioni.",
  headerRestored:
    'Nella scheda "{sheet}" la colonna {column} non aveva intestazione: le è stata ridata "{header}".',
  blankHeader:
    'Nella scheda "{sheet}" le colonne {columns} hanno dati ma nessuna intestazione, e mancano le intestazioni {headers}: scrivi a mano quella giusta in ciascuna, poi rilancia Prepara il foglio. Nulla è stato modificato.',
  unidentifiedUser:
    'Google non ci dice chi sei (account di un altro dominio o autorizzazione "userinfo.email" mancante) e la scheda Partner limita chi può scrivere: chiedi allo staff di aggiungerti o di usare il tuo account di lavoro.',
  // people: review of interviews
  menuVerify: "Segna come verificata",
  menuToFix: "Segna da correggere…",
  reviewStaffOnly:
    'Solo lo staff può verificare le interviste (ruolo "staff" nella scheda Partner). Nulla è stato modificato.',
  reviewWithoutId:
    "{count|La riga|Le righe} {rows} della selezione non {count|ha|hanno} un ID: seleziona solo righe con un'intervista. Nulla è stato modificato.",
  reviewPromptTitle: "Segna da correggere",
  reviewPrompt:
    "Cosa va corretto nelle interviste selezionate? La nota va nella colonna Nota verifica e il modulo la mostra a chi modifica l'intervista.",
  reviewNoteRequired: "Scrivi cosa correggere: senza nota nulla è stato modificato.",
  reviewCancelled: "Nulla è stato modificato.",
  reviewVerified: "{count|Intervista verificata|# interviste verificate}: {ids}.",
  reviewToFixDone: "{count|Intervista segnata|# interviste segnate} da correggere: {ids}.",
  // accounts and consent (Google's granular consent)
  emailPermission:
    "Non puoi scrivere: quando hai autorizzato CO.EFFICIENTI non hai concesso il permesso «Visualizzare l'indirizzo email principale del tuo Account Google». Serve per registrare chi scrive ogni intervista (Creata da, Registro) e per sapere quali regioni puoi scrivere (scheda Partner). Per concederlo: {how} Poi riprova. Nulla è stato scritto.",
  emailPermissionLink: "apri {url}, scegli il tuo account e spunta quel permesso.",
  emailPermissionRevoke:
    "apri https://myaccount.google.com/connections, togli l'accesso a CO.EFFICIENTI, poi usa di nuovo il menu Estensioni → CO.EFFICIENTI e, quando Google chiede i permessi, spuntali tutti.",
  scopePermission:
    "CO.EFFICIENTI non può farlo: quando lo hai autorizzato non hai concesso il permesso di {permission}. Per concederlo: {how} Poi riprova.",
  scopeSheets: "vedere e modificare questo foglio",
  scopeOther: "usare {scope}",
  // a shared sheet: people, selections, renamed tabs, dropdown values
  emptyId: "Manca l'ID dell'intervista: seleziona una riga con un ID. Nulla è stato modificato.",
  selectionHidden:
    "{count|La riga|Le righe} {rows} della selezione {count|è nascosta|sono nascoste} (da un filtro o a mano) e non {count|è stata toccata|sono state toccate}.",
  selectionAllHidden:
    "Le righe selezionate sono tutte nascoste (da un filtro o a mano): mostra le righe su cui agire, poi riprova. Nulla è stato modificato.",
  selectionGone:
    "L'intervista {id} non è più nella scheda Interviste (qualcuno l'ha eliminata nel frattempo?): nulla è stato modificato. Seleziona di nuovo e riprova.",
  renamedSheet:
    'Non trovo la scheda "{sheet}", ma c\'è una scheda "{found}": se è quella, rinominala esattamente "{sheet}" (senza spazi in più), poi riprova. Nulla è stato modificato.',
  partnerRenamed:
    'Non trovo la scheda "Partner", che dice chi può scrivere, ma c\'è una scheda "{found}": finché non si chiama di nuovo esattamente "Partner" nessuno può scrivere. Nulla è stato modificato.',
  removedSheet:
    'Manca la scheda "{sheet}" mentre le altre schede dei dati ci sono: è stata eliminata o rinominata? Ripristinala (File → Cronologia versioni) o ridalle il nome "{sheet}"; Prepara il foglio la ricrea vuota solo se va ricominciata da zero. Nulla è stato modificato.',
  keptOutsideList:
    "Valori fuori dall'elenco del menu a tendina, mantenuti (e aggiunti al menu di quella colonna): {cells}.",
  selectionMoved:
    "Le righe sono cambiate mentre la finestra era aperta (qualcuno ha aggiunto o eliminato righe): l'intervista {id} ora è alla riga {row}. Nulla è stato eliminato: seleziona di nuovo e riprova.",
  // words people read (what each count counts; rows skipped, where they stay visible)
  skippedNote:
    "Non {count|letta|lette} per valori non validi: {count} {count|riga|righe} ({count|cella|la prima}: {first}), {count|esclusa|escluse} da punteggi, Shortlist e Riepilogo. Correggi e rigenera.",
  localeSet:
    "Le impostazioni internazionali del foglio erano {from}: ora sono Italia (it_IT), così i numeri si leggono come in italiano (40,0). Si cambiano da File → Impostazioni.",
  contactsCounted:
    "I contatti sono le righe di contatto delle aree in classifica (chi è citato/a in due aree conta due volte); il Riepilogo conta le persone distinte di ogni regione.",
  // the phone form (web app)
  phoneTitle: "CO.EFFICIENTI – Intervista dal telefono",
  phoneNoSheet:
    "Il modulo per telefono non raggiunge il foglio delle interviste: va pubblicato dallo script del foglio (Estensioni → Apps Script → Esegui il deployment). Nulla è stato scritto.",
  phoneNoAccess:
    "Google non permette al modulo per telefono di aprire il foglio con i permessi concessi: chiedi allo staff (vedi la guida docs/phone.md, «Il modulo per telefono»). Nulla è stato scritto.",
  // Scheda regione (the printable one-region report)
  menuRegionReport: "Scheda regione…",
  regionReportTitle: "Scheda regione – {region}",
  regionReportPromptTitle: "Scheda regione",
  regionReportPrompt:
    "Di quale regione vuoi la scheda? Scrivi il nome o il codice ISTAT (es. Puglia oppure 16).",
  regionReportUnknown:
    'Non trovo la regione "{text}": scrivi il nome (es. Puglia) o il codice ISTAT (es. 16).',
  regionReportOutOfScope:
    "{region} non è tra le regioni in Impostazioni: la Shortlist non la comprende, quindi non c'è una scheda da mostrare.",
  regionReportCancelled: "Nessuna scheda aperta.",
  // import of interviews collected elsewhere (the Importa tab)
  menuImport: "Importa interviste…",
  importAllowed: "Valori ammessi: {list}.",
  importInvalid: "Da correggere: {errors}",
  importDone: "Importata: {id}",
  importInProgress: "In importazione: {id}",
  importAlready: "Già importata: {id}",
  importSameAs: "Già importata: {id} (uguale alla riga {row})",
  importSameAsPending: "Uguale alla riga {row}: vale l'esito di quella riga.",
  importChanged:
    "Già importata: {id}. Questa riga non viene importata di nuovo: per cambiare l'intervista selezionala in Interviste e usa Modifica intervista selezionata.",
  importDeleted:
    "Importata come {id}, poi eliminata da Interviste: per importarla di nuovo svuota questa cella.",
  importRefused: "Non importata: {reason}",
  importHeaderRow: "Riga di intestazione ripetuta: ignorata.",
  importNothing:
    "Nella scheda Importa non ci sono righe da importare: incolla le interviste sotto le intestazioni, poi riprova.",
  importSummary:
    "Importazione finita: {imported} {imported|intervista importata|interviste importate}, {already} già {already|importata|importate}, {invalid} da correggere{refused}. L'esito di ogni riga è nella colonna Esito importazione della scheda Importa.",
  importSummaryRefused: ", {count} non {count|consentita|consentite}",
  // Verifica installazione, stricter: warnings, Regioni cells read in part, plain words
  checkWarning: "Attenzione",
  checkToLookAt: "Niente da sistemare; {count|un punto|# punti} da controllare.",
  checkPartnerOpenHow:
    "Se il foglio è condiviso con più partner, scrivi nella scheda Partner l'e-mail di ciascuno e le sue regioni (e «staff» nel Ruolo di chi coordina).",
  checkPartnerUnrecognised:
    "Riga {row} ({email}): nella cella Regioni «{cell}» non riconosco {count|la regione|le regioni} {text}.",
  checkPartnerRegionsHow:
    "Scrivi i nomi delle regioni o i codici ISTAT separati da virgole (es. «Puglia, Marche»): finché una regione non è riconosciuta, quella persona non può scrivere interviste di quella regione.",
  checkYouNoRegions:
    "Tu: il tuo indirizzo è nella scheda Partner ma nessuna delle regioni scritte è riconosciuta, quindi non puoi scrivere.",
  checkTabRenamed:
    'Non trovo la scheda "{sheet}", ma c\'è una scheda "{found}": se è quella, rinominala esattamente "{sheet}" (senza spazi in più).',
  checkPartnerRenamed:
    'Non trovo la scheda "Partner", che dice chi può scrivere, ma c\'è una scheda "{found}": finché non si chiama di nuovo esattamente "Partner" nessuno può scrivere.',
  checkLockAbout:
    "Cos'è: il modo in cui Google fa salvare una persona alla volta, perché due salvataggi nello stesso momento non si sovrappongano.",
  checkStoreAbout:
    "Cos'è: un piccolo spazio nascosto del foglio, dove il componente aggiuntivo tiene il contatore degli ID e le operazioni in corso. Google lo limita a 500 kB (circa 500.000 caratteri).",
  checkJournalAbout:
    "Cos'è: il promemoria dei salvataggi iniziati e non ancora finiti, tenuto in quello spazio nascosto, così un salvataggio interrotto da un errore di Google viene completato e non lascia dati a metà. Di solito è vuoto o quasi.",
  checkCellsAbout:
    "Cos'è: Google non accetta più di 10 milioni di celle in un foglio, contando anche le righe e le colonne vuote di ogni scheda.",
  // dates in messages (readableDate.ts)
  dateAtTime: "{date} alle {time}",
  partnerRegionsUnrecognised:
    "Nella tua cella Regioni della scheda Partner non riconosco {text}: chiedi allo staff di scrivere le regioni con il loro nome (es. Puglia, Marche).",
  // the import's likely duplicates, refused values and Esito cells that do not match their row
  importLikelyDuplicate:
    "Non importata: sembra un'intervista già salvata, {id} (stessa regione, stessa persona intervistata e stessa data). Se è la stessa, modificala in Interviste; se è davvero un'altra intervista, scrivi \"importa comunque\" in questa cella e rilancia l'importazione.",
  importLikelySameRow:
    "Non importata: sembra la stessa intervista della riga {row} (stessa regione, stessa persona intervistata e stessa data). Se è davvero un'altra intervista, scrivi \"importa comunque\" in questa cella e rilancia l'importazione.",
  importNotThat: "(questa cella diceva {id}, ma la riga non è quell'intervista: importata come nuova)",
  importSummaryDuplicates:
    ", {count} {count|probabile doppione|probabili doppioni} non {count|importato|importati}",
  importRefusedValues: "{values} {count|non è tra questi|non sono tra questi}.",
  importConsentUnclear:
    'Valore non riconosciuto: "{value}". Scrivi Sì se l\'intervistato/a ha dato il consenso al trattamento dei dati personali (senza consenso la riga non si importa).',
} as const;

export type MessageKey = keyof typeof it;

const en: Record<MessageKey, string> = {
  required: "Required.",
  tooLong: "Too long: at most {max} characters.",
  invalidRegion: "Choose a region from the list.",
  invalidDate: "Invalid date: give day, month and year (e.g. 14/03/2025).",
  dateInFuture: "The interview date cannot be in the future.",
  dateTooOld: "The interview date cannot be before 01/01/2018.",
  invalidChoice: "Value not allowed: choose from the list.",
  invalidScale: "Choose a value from 1 to 5.",
  consentRequired: "The interviewee's consent to the processing of personal data is required.",
  invalidEmail: "Invalid e-mail address (e.g. name@comune.it).",
  invalidPhone: "Invalid phone number (e.g. +39 333 123 4567).",
  emailOrPhone: "Give at least an e-mail or a phone number.",
  contactsCount: "Give from 1 to 10 contacts.",
  causesRequired: "Give at least one cause.",
  invalidIstat: "The ISTAT code is not a comune of the chosen region.",
  invalidSubmission: "Invalid request: reload the form and try again.",
  invalidVersion: "Invalid version: reopen the interview and try again.",
  invalidInput: "Invalid data.",
  payloadTooLarge: "Too much data in one interview.",
  busy: "The sheet is busy, please retry in a few seconds.",
  notFound: "Interview {id} not found: it may have been deleted.",
  conflict: "Someone else changed this interview in the meantime (version {version}).",
  noRowSelected: "Select a row of the Interviste tab that holds an interview.",
  missingHeader:
    'The "{sheet}" tab has no "{header}" column. Use CO.EFFICIENTI → Prepara il foglio (Set up the sheet).',
  missingSheet: 'The "{sheet}" tab is missing. Use CO.EFFICIENTI → Prepara il foglio (Set up the sheet).',
  badSetting: 'Impostazioni!{cell}: "{value}" is not a valid value for {name} ({expected}).',
  unknownUser: "Your e-mail address is not available and the Partner tab restricts who may write.",
  regionNotAllowed: "You may not write interviews of the region {region}.",
  unexpected: "Unexpected error (reference {ref}). Try again; if it happens again, report the reference.",
  deleteConfirm:
    "Delete the interview {id} with {name} ({region}, {date}) and its {count} {count|contact|contacts}? This cannot be undone.",
  deleted: "Interview {id} deleted with {count} {count|contact|contacts}.",
  deleteCancelled: "Deletion cancelled.",
  setupDone: "Sheet ready: tabs, headers and dropdowns checked.",
  shortlistDone:
    "Shortlist generated on {when}: {regions} {regions|region|regions}, {areas} {areas|area|areas}, {contacts} {contacts|contact|contacts}.",
  skippedRows:
    "{count} {count|row|rows} with invalid values {count|was|were} skipped ({count|cell|first}: {first}).",
  badWeights: "weights must be 2 or 3 numbers ≥ 0 (criticality; interest; readiness), not all zero.",
  needsHeaderRange: "needs the range of the {sheet} tab with its header row (e.g. {sheet}!A:AC).",
  shapeMismatch: "the ranges must have the same size (or be single values).",
  badMethod: 'unknown method "{method}": use "minmax", "zscore" or "rank".',
  badDirection: "the direction must be 1 or -1, not {direction}.",
  menuNew: "New interview",
  menuEdit: "Edit selected interview",
  menuDelete: "Delete selected interview",
  menuShortlist: "Generate contact shortlist",
  menuSetup: "Set up the sheet",
  sidebarTitle: "CO.EFFICIENTI – Interview",
  // Verifica installazione
  menuCheck: "Check the installation",
  checkTitle: "CO.EFFICIENTI – Check the installation",
  checkIntro: "What the add-on sees in this sheet, for the user who opened it. This check changes nothing.",
  checkAllGood: "All is well.",
  checkToFix: "{count|One thing to fix|# things to fix}.",
  checkOk: "OK",
  checkProblem: "To fix",
  checkClose: "Close",
  checkEmailTitle: "Your e-mail address",
  checkEmailOk: "Google tells your address: {email}.",
  checkEmailBlank:
    "Google does not tell your address (this happens with accounts of another domain, or when the permission to see your e-mail address was not granted at the first start).",
  checkEmailRefused:
    'You did not grant the permission "See your primary Google Account email address": until you do, you cannot save interviews or use the menu items that write. To grant it: {how}',
  checkEmailFailed: "Google did not tell your address ({reason}). Try again shortly.",
  checkEmailPartner: "The Partner tab limits who may write: without an address you cannot save.",
  checkEmailNoPartner:
    "Writing still works, but the Creata da and Aggiornata da columns and the Registro will not say who wrote.",
  checkLockTitle: "The document lock",
  checkLockOk: "Available: two people saving at the same moment do not overwrite each other.",
  checkLockMissing:
    "Google offers this script no document lock: this happens when the script is not tied to the sheet (a standalone script, or an add-on not installed in this document). Every save is then refused: install the add-on from the sheet.",
  checkLockFailed: "Google did not answer the request for the document lock ({reason}). Try again shortly.",
  checkTabsTitle: "Tabs and headers",
  checkTabsOk: "Complete: {tabs}.",
  checkTabsFix:
    "Use CO.EFFICIENTI → Prepara il foglio (Set up the sheet): it creates the missing tabs and headers.",
  checkTabMissing: 'The "{sheet}" tab is missing.',
  checkTabUnread: 'The "{sheet}" tab could not be read: {reason}',
  checkHeadersMissing: 'The "{sheet}" tab lacks the {count|header|headers} {headers}.',
  checkHeaderFormer:
    'In the "{sheet}" tab the column "{found}" has the name of an earlier version: it works, and Set up the sheet renames it "{header}".',
  checkPartnerTitle: "Who may write (Partner tab)",
  checkPartnerAbsent:
    "There is no Partner tab: anyone who may edit the sheet may write interviews of every region and review them.",
  checkPartnerEmpty:
    "The Partner tab lists no address: anyone who may edit the sheet may write interviews of every region and review them.",
  checkPartnerUnreadable:
    "The Partner tab has rows but not the {headers} {count|column|columns}: until you put {count|it|them} back by hand in row 1, nobody can write.",
  checkPartnerListed:
    "The Partner tab lists {count} {count|address|addresses}; whoever is not listed may not write.",
  checkPartnerStaff: "{email}: staff, every region, and may review interviews.",
  checkPartnerRegions: "{email}: {regions}.",
  checkPartnerNoRegions: "{email}: no region given, so may not write.",
  checkPartnerMore: "… and {count} more {count|address|addresses}.",
  checkYouAll: "You may write interviews of every region.",
  checkYouRegions: "You may write interviews of: {regions}.",
  checkYouNone: "You: {refusal}",
  checkStoreTitle: "Document properties storage",
  checkStoreUsage:
    "{used} used of the {limit} Google allows each document ({percent}), counting names and values.",
  checkNearLimit: "Close to Google's limit: past it, saves fail.",
  checkJournalTitle: "Journal of operations in progress",
  checkJournalUsage:
    "It takes {used} of the {limit} Google allows a single property ({percent}), counting name and value.",
  checkJournalPending: "{count|One operation is|# operations are} in progress or left half-done.",
  checkJournalNone: "No operation in progress or left half-done.",
  checkJournalBound:
    "The add-on keeps the journal's value under {bound}: past it, it refuses new operations until the staff use Set up the sheet.",
  checkJournalNear:
    "Close to the limit: the staff should use Set up the sheet, which finishes the operations left half-done.",
  checkCellsTitle: "Cells of the spreadsheet",
  checkCellsUsage:
    "{used} used of the {limit} cells Google allows a spreadsheet ({percent}): every row and column of every tab counts, empty ones too.",
  checkCellsSheet: "{sheet}: {rows} rows × {columns} columns = {cells} cells.",
  checkVersionTitle: "Version",
  checkVersionOk: "CO.EFFICIENTI add-on, version {version}.",
  checkVersionUnknown: "Unknown version: the code was not built with npm run build.",
  checkReadFailed: "It could not be read ({reason}). Try again shortly.",
  noLock:
    "Google offers this script no document lock (it needs a spreadsheet, not a standalone script): nothing was written.",
  duplicateId:
    "The ID {id} is in more than one row ({cells}): fix the ID by hand, then retry. Nothing was changed.",
  // roll forward and storage limits
  spreadsheetFull:
    "The spreadsheet has reached Google's limit of 10 million cells (empty rows and columns count too): delete the empty rows and columns at the end of the tabs, or tabs you do not need, and try again.",
  journalFull:
    "Too many operations were left half-done by Google errors that you may not complete: ask a staff member to use “Set up the sheet”, then try again. Nothing was written.",
  pendingDeleteDone:
    "Finished deleting interview {id}, left half-done by a Google error. No other interview was touched.",
  notListed:
    "Your address ({email}) is not in the Partner tab, which limits who may write: ask the staff to add you.",
  absurdId: "{cell}: {id} is not a valid ID (too many digits), left out of the ID count: fix it by hand.",
  wrongTab:
    "the {argument} argument must come from the {expected} tab, but this range is from the {found} tab.",
  refused: "{reason}",
  noRegionsAllowed:
    "Your address is in the Partner tab but without regions: ask the staff to list your regions.",
  headerRestored: 'In the "{sheet}" tab column {column} had no header: it was given "{header}" back.',
  blankHeader:
    'In the "{sheet}" tab columns {columns} hold data but no header, and the headers {headers} are missing: type the right one in each, then run Set up the sheet again. Nothing was changed.',
  unidentifiedUser:
    'Google does not tell us who you are (an account of another domain, or the "userinfo.email" permission missing) and the Partner tab limits who may write: ask the staff to add you or use your work account.',
  menuVerify: "Mark as verified",
  menuToFix: "Mark as to correct…",
  reviewStaffOnly:
    'Only the staff may review interviews (role "staff" in the Partner tab). Nothing was changed.',
  reviewWithoutId:
    "{count|Row|Rows} {rows} of the selection {count|has|have} no ID: select only rows holding an interview. Nothing was changed.",
  reviewPromptTitle: "Mark as to correct",
  reviewPrompt:
    "What should be corrected in the selected interviews? The note goes in the Nota verifica column and the form shows it to whoever edits the interview.",
  reviewNoteRequired: "Write what to correct: without a note nothing was changed.",
  reviewCancelled: "Nothing was changed.",
  reviewVerified: "{count|Interview verified|# interviews verified}: {ids}.",
  reviewToFixDone: "{count|Interview marked|# interviews marked} as to correct: {ids}.",
  emailPermission:
    'You cannot write: when you authorized CO.EFFICIENTI you did not grant the permission "See your primary Google Account email address". It is needed to record who writes each interview (Creata da, Registro) and which regions you may write (Partner tab). To grant it: {how} Then try again. Nothing was written.',
  emailPermissionLink: "open {url}, choose your account and tick that permission.",
  emailPermissionRevoke:
    "open https://myaccount.google.com/connections, remove CO.EFFICIENTI's access, then use the Extensions → CO.EFFICIENTI menu again and, when Google asks for permissions, tick them all.",
  scopePermission:
    "CO.EFFICIENTI cannot do this: when you authorized it you did not grant the permission to {permission}. To grant it: {how} Then try again.",
  scopeSheets: "see and edit this spreadsheet",
  scopeOther: "use {scope}",
  emptyId: "The interview's ID is missing: select a row with an ID. Nothing was changed.",
  selectionHidden:
    "{count|Row|Rows} {rows} of the selection {count|is|are} hidden (by a filter or by hand) and {count|was|were} not touched.",
  selectionAllHidden:
    "The selected rows are all hidden (by a filter or by hand): show the rows to act on, then retry. Nothing was changed.",
  selectionGone:
    "Interview {id} is no longer in the Interviste tab (did someone delete it meanwhile?): nothing was changed. Select again and retry.",
  renamedSheet:
    'The "{sheet}" tab is missing, but there is a tab "{found}": if that is it, rename it exactly "{sheet}" (no extra spaces), then retry. Nothing was changed.',
  partnerRenamed:
    'The "Partner" tab, which says who may write, is missing, but there is a tab "{found}": until it is named exactly "Partner" again nobody may write. Nothing was changed.',
  removedSheet:
    'The "{sheet}" tab is missing while the other data tabs are there: was it deleted or renamed? Restore it (File → Version history) or give it back the name "{sheet}"; Set up the sheet makes it again empty only if it must start from scratch. Nothing was changed.',
  keptOutsideList: "Values outside the dropdown's list, kept (and added to that column's dropdown): {cells}.",
  selectionMoved:
    "The rows changed while the dialog was open (someone added or deleted rows): interview {id} is now in row {row}. Nothing was deleted: select again and retry.",
  skippedNote:
    "Not read because of invalid values: {count} {count|row|rows} ({count|cell|the first}: {first}), left out of scores, Shortlist and Riepilogo. Fix and generate again.",
  localeSet:
    "The spreadsheet's locale was {from}: it is now Italy (it_IT), so numbers read as in Italian (40,0). It can be changed in File → Settings.",
  contactsCounted:
    "Contacts are the contact rows of the ranked areas (someone named in two areas counts twice); the Riepilogo counts the distinct people of each region.",
  phoneTitle: "CO.EFFICIENTI – Interview from the phone",
  phoneNoSheet:
    "The phone form cannot reach the interviews sheet: it must be deployed from the sheet's own script (Extensions → Apps Script → Deploy). Nothing was written.",
  phoneNoAccess:
    'Google does not let the phone form open the sheet with the permissions granted: ask the staff (see the guide docs/phone.md, "The phone form"). Nothing was written.',
  // Scheda regione (the printable one-region report)
  menuRegionReport: "Region report…",
  regionReportTitle: "Region report – {region}",
  regionReportPromptTitle: "Region report",
  regionReportPrompt:
    "Which region do you want the report of? Type its name or ISTAT code (e.g. Puglia or 16).",
  regionReportUnknown: 'No region "{text}": type its name (e.g. Puglia) or its ISTAT code (e.g. 16).',
  regionReportOutOfScope:
    "{region} is not among the regions in Impostazioni: the Shortlist does not cover it, so there is no report to show.",
  regionReportCancelled: "No report opened.",
  menuImport: "Import interviews…",
  importAllowed: "Allowed values: {list}.",
  importInvalid: "To correct: {errors}",
  importDone: "Imported: {id}",
  importInProgress: "Importing: {id}",
  importAlready: "Already imported: {id}",
  importSameAs: "Already imported: {id} (same as row {row})",
  importSameAsPending: "Same as row {row}: that row's outcome applies.",
  importChanged:
    "Already imported: {id}. This row is not imported again: to change the interview, select it in Interviste and use Edit selected interview.",
  importDeleted: "Imported as {id}, then deleted from Interviste: to import it again, clear this cell.",
  importRefused: "Not imported: {reason}",
  importHeaderRow: "Repeated header row: ignored.",
  importNothing: "The Importa tab has no rows to import: paste the interviews under the headers, then retry.",
  importSummary:
    "Import finished: {imported} {imported|interview imported|interviews imported}, {already} already imported, {invalid} to correct{refused}. Each row's outcome is in the Esito importazione column of the Importa tab.",
  importSummaryRefused: ", {count} not allowed",
  checkWarning: "Check",
  checkToLookAt: "Nothing to fix; {count|one thing|# things} to look at.",
  checkPartnerOpenHow:
    "If the sheet is shared with several partners, write in the Partner tab each one's e-mail and regions (and «staff» in the Ruolo of whoever coordinates).",
  checkPartnerUnrecognised:
    "Row {row} ({email}): in the Regioni cell «{cell}» {count|this is not a region|these are not regions}: {text}.",
  checkPartnerRegionsHow:
    "Write region names or ISTAT codes separated by commas (e.g. «Puglia, Marche»): until a region is recognised, that person cannot write interviews of it.",
  checkYouNoRegions:
    "You: your address is in the Partner tab but none of the regions written is recognised, so you cannot write.",
  checkTabRenamed:
    'The "{sheet}" tab is missing, but there is a tab "{found}": if that is it, rename it exactly "{sheet}" (no extra spaces).',
  checkPartnerRenamed:
    'The "Partner" tab, which says who may write, is missing, but there is a tab "{found}": until it is named exactly "Partner" again nobody may write.',
  checkLockAbout:
    "What it is: how Google lets one person save at a time, so that two saves at the same moment do not overlap.",
  checkStoreAbout:
    "What it is: a small hidden space of the sheet where the add-on keeps the ID counter and the operations in progress. Google limits it to 500 kB (about 500,000 characters).",
  checkJournalAbout:
    "What it is: the reminder of saves started and not yet finished, kept in that hidden space, so that a save cut by a Google error is completed and leaves no half-written data. It is usually empty or nearly.",
  checkCellsAbout:
    "What it is: Google accepts at most 10 million cells in a sheet, counting the empty rows and columns of every tab too.",
  dateAtTime: "{date} at {time}",
  partnerRegionsUnrecognised:
    "In your Regioni cell of the Partner tab these are not regions: {text}. Ask the staff to write the regions by name (e.g. Puglia, Marche).",
  importLikelyDuplicate:
    'Not imported: it looks like an interview already saved, {id} (same region, same interviewee and same date). If it is the same, edit it in Interviste; if it really is another interview, write "import anyway" in this cell and run the import again.',
  importLikelySameRow:
    'Not imported: it looks like the same interview as row {row} (same region, same interviewee and same date). If it really is another interview, write "import anyway" in this cell and run the import again.',
  importNotThat: "(this cell said {id}, but the row is not that interview: imported as new)",
  importSummaryDuplicates: ", {count} likely {count|duplicate|duplicates} not imported",
  importRefusedValues: "{values} {count|is not one of them|are not among them}.",
  importConsentUnclear:
    'Value not understood: "{value}". Write Yes if the interviewee consented to the processing of personal data (without consent the row is not imported).',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { it, en };

/**
 * Fills a message: `{name}` with params.name, and `{name|one|other}` with the singular or plural form
 * for the number params.name ("#" in a form is the number), so "1 contatto" and "2 contatti" come
 * from one message. A placeholder without its param stays as written.
 */
export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one, other) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    if (one === undefined) return value;
    return (Number(params[name]) === 1 ? one : other).replace(/#/g, value);
  });
}

/** A message in the given language, with `{name}` and `{name|one|other}` placeholders filled from params. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillMessage(MESSAGES[lang][key], params);
}

/** True when a string is one of the message keys. */
export function isMessageKey(key: string): key is MessageKey {
  return key in it;
}
