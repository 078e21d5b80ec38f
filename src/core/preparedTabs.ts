/**
 * The tabs Prepara il foglio creates or repairs (setupSpreadsheet), with their columns: Verifica
 * installazione checks exactly these. A test keeps the two lists the same.
 */
import { IMPORT_COLUMNS } from "./importColumns";
import {
  AMBITI_COLUMNS,
  CONTACT_COLUMNS,
  type Columns,
  INTERVIEW_COLUMNS,
  LOG_COLUMNS,
  PARTNER_COLUMNS,
  SETTINGS_COLUMNS,
  SHEETS,
} from "./tabs";

export const PREPARED_TABS: readonly { name: string; columns: Columns }[] = [
  { name: SHEETS.interviews, columns: INTERVIEW_COLUMNS },
  { name: SHEETS.contacts, columns: CONTACT_COLUMNS },
  { name: SHEETS.settings, columns: SETTINGS_COLUMNS },
  { name: SHEETS.partners, columns: PARTNER_COLUMNS },
  { name: SHEETS.log, columns: LOG_COLUMNS },
  // Optional for staff to fill: declared Ambiti, their other names and comuni.
  { name: SHEETS.ambiti, columns: AMBITI_COLUMNS },
  // Interviews collected elsewhere, pasted here for Importa interviste….
  { name: SHEETS.import, columns: IMPORT_COLUMNS },
];
