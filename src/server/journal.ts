/**
 * What survives between executions outside the tabs, in the document's properties: the interview
 * counter (ids are never reused, not even after Registro is cleared) and the journal of writes in
 * progress. A write that Google cuts half-way stays in the journal; the user's retry (the same
 * submission, the same menu item) finds it there and completes it instead of starting again.
 */

const COUNTER = "coef.interviewCounter";
const JOURNAL = "coef.journal";

/** A create: contacts are written first (invisible without their interview), then the interview row. */
export interface PendingCreate {
  op: "create";
  opId: string;
  id: string;
}
/** An edit: new contacts under the new version, then the interview switches to it, then old contacts go. */
export interface PendingEdit {
  op: "edit";
  opId: string;
  id: string;
  version: number;
}
/** A delete: the interview row first (its contacts become invisible), then the contacts. */
export interface PendingDelete {
  op: "delete";
  opId: string;
  id: string;
  contacts: number;
}
/**
 * An import run (Importa interviste…): `count` interviews from `id` on, their contacts first, then
 * their rows; the run again completes it (its rows are found by their submission ids).
 */
export interface PendingImport {
  op: "import";
  opId: string;
  id: string;
  count: number;
}
export type Pending = PendingCreate | PendingEdit | PendingDelete | PendingImport;

/** The largest interview number an id may carry: longer numbers are typing mistakes, not ids. */
export const MAX_INTERVIEW_NUMBER = 999_999_999;

/** The number of an interview id ("INT-00042" → 42), or null for anything else (absurd numbers included). */
export function interviewNumber(id: string): number | null {
  const m = /^INT-0*(\d{1,9})$/.exec(id.trim());
  return m ? Number(m[1]) : null;
}

/** The id of an interview number. */
export function interviewId(n: number): string {
  return `INT-${String(n).padStart(5, "0")}`;
}

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
    const values: Record<string, string> = { [JOURNAL]: JSON.stringify(next) };
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
