// The Italian messages: the reference table (every key is here first; English follows it).

export const it = {
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
  checkPartnerUnclear: "{email}: la cella Regioni ha parti non riconosciute, quindi non può scrivere.",
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
  importAnywayNotHere:
    "(«importa comunque» vale solo per una riga che sembra un'intervista già salvata: qui non basta.)",
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
    "Scrivi i nomi delle regioni o i codici ISTAT separati da virgole (es. «Puglia, Marche»), oppure solo «tutte»: finché una cella ha una parte non riconosciuta (come «tranne», un «-», un «?» o le parentesi), quella persona non può scrivere interviste di nessuna regione scritta in quella cella.",
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
    "Nella tua cella Regioni della scheda Partner non riconosco {text}: finché non è corretta, quella cella non ti abilita a nessuna regione. Chiedi allo staff di scrivere le regioni con il loro nome (es. Puglia, Marche).",
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
