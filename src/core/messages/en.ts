import type { MessageKey } from "./it";

// The English messages, one for every Italian key (the type says so).
export const en: Record<MessageKey, string> = {
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
  checkPartnerUnclear: "{email}: the Regioni cell has parts not understood, so may not write.",
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
  importAnywayNotHere:
    "(«importa comunque» only applies to a row that looks like an interview already saved: not here.)",
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
    "Write region names or ISTAT codes separated by commas (e.g. «Puglia, Marche»), or «tutte» alone: while a cell has a part not understood (such as «tranne», a «-», a «?» or parentheses), that person cannot write interviews of any region in that cell.",
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
    "In your Regioni cell of the Partner tab these are not regions: {text}. Until it is fixed, that cell allows you no region. Ask the staff to write the regions by name (e.g. Puglia, Marche).",
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
