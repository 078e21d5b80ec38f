/**
 * Finding an interview's rows: its row in Interviste (by id, hand-typed look-alikes included) and its
 * contact rows in Contatti with the version each belongs to. Shared by the writes (interviews.ts),
 * the roll forward of cut operations (rollForward.ts) and a corrected re-send (resend.ts). Staged
 * contacts are replaced as core/interviewPlan.ts plans it (restage).
 */
import { currentContacts, versionOf } from "../core/contactVersions";
import { UserError } from "../core/errors";
import { rowsWithId } from "../core/interviewIds";
import { type ContactRow, rowToStoredInterview, type StoredInterview } from "../core/records";
import { type CONTACT_COLUMNS, type INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import type { Table } from "./workbook";

export type Interviews = Table<typeof INTERVIEW_COLUMNS>;
export type Contacts = Table<typeof CONTACT_COLUMNS>;

/** How ids are compared: the one rule of core/interviewIds (case and spaces ignored; an empty id names none). */
export { sameId } from "../core/interviewIds";

/**
 * Sheet rows whose id cell names the same interview as `text`. Ids typed by hand may differ in case or
 * spaces ("int-00001 "): they still name the same interview, so a look-alike counts as a duplicate
 * instead of splitting an interview from its contacts. An empty id names no row.
 */
export const rowsWith = rowsWithId;

/** The one row of an interview id; an id typed twice by hand is refused, naming its cells. */
export function uniqueRow(interviews: Interviews, ids: readonly string[], id: string): number | null {
  const rows = rowsWith(ids, id);
  if (rows.length > 1) {
    throw new UserError("duplicateId", {
      id,
      cells: rows.map((r) => `${SHEETS.interviews}!${interviews.cellAddress(r, "id")}`).join(", "),
    });
  }
  return rows[0] ?? null;
}

export interface OwnContact {
  row: ContactRow;
  rowNumber: number;
  version: number | null;
}

/** The contact rows of an interview: every row with its id, and their rows in the sheet. */
export function contactRowsOf(contacts: Contacts, id: string): OwnContact[] {
  const column = contacts.readColumn("interviewId");
  const rowNumbers = rowsWith(column.texts, id);
  const rows = rowNumbers.length ? contacts.readRows(rowNumbers) : [];
  return rows.map((row, i) => ({ row, rowNumber: rowNumbers[i], version: versionOf(row.interviewVersion) }));
}

/** The contacts the interview shows at a version. */
export function visibleContacts(all: readonly OwnContact[], version: number): ContactRow[] {
  return currentContacts(all, (c) => c.version, version).map((c) => c.row);
}

export interface Loaded {
  rowNumber: number;
  row: ReturnType<Interviews["readRows"]>[number];
  version: number;
  all: OwnContact[];
  stored: StoredInterview;
}

/** The interview row, its version and its visible contacts, or null. */
export function loadStored(interviews: Interviews, contacts: Contacts, id: string): Loaded | null {
  const ids = interviews.readColumn("id");
  const rowNumber = uniqueRow(interviews, ids.texts, id);
  if (rowNumber === null) return null;
  const row = interviews.readRows([rowNumber])[0];
  const version = versionOf(row.version) ?? 1;
  const all = contactRowsOf(contacts, id);
  return {
    rowNumber,
    row,
    version,
    all,
    stored: { ...rowToStoredInterview(row, visibleContacts(all, version)), version },
  };
}
