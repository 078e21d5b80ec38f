/**
 * What survives between executions outside the tabs, in the document's properties: the interview
 * counter (ids are never reused, not even after Registro is cleared) and the journal of writes in
 * progress. A write that Google cuts half-way stays in the journal until the next writing operation
 * of anyone allowed to do it finishes it (rollForward.ts), or the user's retry (the same submission,
 * the same menu item) completes it. So the journal holds only what is in progress: every write first
 * finishes what its user may finish, and no entry is begun while one its user could finish is left.
 * Each entry is small (ids, region codes, the e-mail of who began it), and a journal that would
 * still pass JOURNAL_MAX_BYTES refuses the new operation before anything is written.
 */

import { UserError } from "../core/errors";
import { utf8Bytes } from "../core/storageUsage";

const COUNTER = "coef.interviewCounter";
const JOURNAL = "coef.journal";

/**
 * What every entry says besides its own steps: the region codes it writes (who may finish it: a user
 * allowed to write all of them) and the e-mail of who began it (the Registro names both when another
 * user finishes it). Entries of an earlier release have neither: only staff may finish those.
 */
interface PendingBase {
  opId: string;
  id: string;
  regions?: string[];
  who?: string;
}
/** A create: contacts are written first (invisible without their interview), then the interview row. */
export interface PendingCreate extends PendingBase {
  op: "create";
}
/** An edit: new contacts under the new version, then the interview switches to it, then old contacts go. */
export interface PendingEdit extends PendingBase {
  op: "edit";
  version: number;
}
/** A delete: the interview row first (its contacts become invisible), then the contacts. */
export interface PendingDelete extends PendingBase {
  op: "delete";
  contacts: number;
}
/**
 * An import run (Importa interviste…): `count` interviews from `id` on, their contacts first, then
 * their rows; the run again completes it (its rows are found by their submission ids).
 */
export interface PendingImport extends PendingBase {
  op: "import";
  count: number;
  /** The run's Registro action with its counts, so that whoever finishes it writes the same line. */
  line?: `importazione${string}`;
  /** A digest of the submission ids it creates, in order: resumed only for exactly the same rows. */
  rows?: string;
}
export type Pending = PendingCreate | PendingEdit | PendingDelete | PendingImport;

/**
 * The most the journal's property may hold (Google refuses a property of more than 9 kB; RULES.md,
 * R20): well below, so that the counter and other properties fit beside it.
 */
export const JOURNAL_MAX_BYTES = 6_000;

export class Journal {
  private readonly properties = PropertiesService.getDocumentProperties();
  /** The highest interview number ever issued, or null when no counter was kept yet (older sheets). */
  counter: number | null;
  pending: Pending[];

  constructor() {
    const all = this.properties.getProperties();
    const counter = all[COUNTER] === undefined ? Number.NaN : Number(all[COUNTER]);
    this.counter = Number.isInteger(counter) && counter >= 0 ? counter : null;
    this.pending = parsePending(all[JOURNAL]);
  }

  find(opId: string): Pending | undefined {
    return this.pending.find((p) => p.opId === opId);
  }

  /** Records an operation before its first write (and the counter with it, in the same call). */
  begin(entry: Pending, counter?: number): void {
    // An edit replaces an abandoned edit of the same interview (its staged contacts are replaced too).
    const superseded = (p: Pending) =>
      p.opId === entry.opId || (entry.op === "edit" && p.op === "edit" && p.id === entry.id);
    const next = [...this.pending.filter((p) => !superseded(p)), entry];
    const text = JSON.stringify(next);
    // Operations cut half-way that this user may not finish, too many to note one more: refused
    // before anything is written (staff's next write finishes them all).
    if (utf8Bytes(text) > JOURNAL_MAX_BYTES) throw new UserError("journalFull");
    const values: Record<string, string> = { [JOURNAL]: text };
    if (counter !== undefined) values[COUNTER] = String(counter);
    this.properties.setProperties(values);
    this.pending = next;
    if (counter !== undefined) this.counter = counter;
  }

  /** Removes an operation once all its writes and its Registro line are done. */
  end(opId: string): void {
    if (!this.find(opId)) return;
    const next = this.pending.filter((p) => p.opId !== opId);
    this.properties.setProperty(JOURNAL, JSON.stringify(next));
    this.pending = next;
  }

  /** Raises the counter (Prepara il foglio keeps it at least at the sheet's highest id). */
  raiseCounter(floor: number): void {
    if (this.counter !== null && this.counter >= floor) return;
    this.properties.setProperty(COUNTER, String(floor));
    this.counter = floor;
  }
}

function parsePending(text: string | undefined): Pending[] {
  if (!text) return [];
  try {
    const list = JSON.parse(text);
    return Array.isArray(list)
      ? list.filter((p) => p && typeof p.opId === "string" && typeof p.id === "string")
      : [];
  } catch {
    return [];
  }
}
