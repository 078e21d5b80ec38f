/**
 * The write order of Importa interviste…, decided from what was read (which rows to import is
 * core/importPlan.ts): the run and the counter in the journal first, then the contacts (invisible while
 * no interview row names them: those a cut run left are removed, those it wrote whole for exactly
 * these interviews kept), each row's Esito as "In importazione", the interview rows in one append, the
 * final Esito, the Registro line, the journal's end. So a run cut after any step shows no contact
 * without its interview, and no imported row whose Esito could let it be imported twice.
 */
import { sameId } from "./interviewIds";

export type ImportStep =
  /** The run and the counter past its ids, in the journal. */
  | { kind: "begin" }
  /** Contact rows a cut run left (bottom-up by the gateway). */
  | { kind: "delete"; tab: "contacts"; rows: number[] }
  /** Every new interview's contacts, in one append. */
  | { kind: "append"; tab: "contacts" }
  /** The Esito importazione block: `staged` says "In importazione", `final` the outcome. */
  | { kind: "outcomes"; stage: "staged" | "final" }
  /** Every new interview row, in one append. */
  | { kind: "append"; tab: "interviews" }
  | { kind: "log" }
  /** A run ended in the journal. */
  | { kind: "end"; opId: string };

export interface ImportWritesRead {
  /** The interview-id cells of Contatti, row 2 first. */
  contactIds: readonly string[];
  /** Ids of Interviste (as sameId compares them). */
  interviewIds: ReadonlySet<string>;
  /** Ids a cut run gave. */
  pendingIds: ReadonlySet<string>;
  /** The ids of the interviews this run creates, and how many contacts each has. */
  newIds: readonly string[];
  contactCounts: readonly number[];
  /** The run must be written to the journal (a new run, not the cut one resumed). */
  begin: boolean;
  /** Registro has no line of this run yet. */
  log: boolean;
  /** The runs to end in the journal, in order. */
  end: readonly string[];
}

/**
 * Contact rows to remove and whether the contacts must be appended: a cut run's rows without their
 * interview go; rows already written for exactly these interviews are kept (one append is all or
 * nothing), else they go too and all are written again.
 */
export function contactsToWrite(read: ImportWritesRead): { stale: number[]; append: boolean } {
  const planned = new Set(read.newIds);
  const stale: number[] = [];
  const own = new Map<string, number>();
  read.contactIds.forEach((text, i) => {
    const id = sameId(text);
    if (planned.has(id)) own.set(id, (own.get(id) ?? 0) + 1);
    else if (read.pendingIds.has(id) && !read.interviewIds.has(id)) stale.push(i + 2);
  });
  const complete = read.newIds.every((id, i) => own.get(id) === read.contactCounts[i]);
  if (!complete)
    read.contactIds.forEach((text, i) => {
      if (planned.has(sameId(text))) stale.push(i + 2);
    });
  return { stale: stale.sort((a, b) => a - b), append: !complete };
}

/** The ordered writes of an import run. */
export function planImportWrites(read: ImportWritesRead): ImportStep[] {
  const steps: ImportStep[] = [];
  if (read.begin) steps.push({ kind: "begin" });
  const { stale, append } = contactsToWrite(read);
  if (stale.length > 0) steps.push({ kind: "delete", tab: "contacts", rows: stale });
  if (append) steps.push({ kind: "append", tab: "contacts" });
  steps.push({ kind: "outcomes", stage: "staged" });
  if (read.newIds.length > 0) steps.push({ kind: "append", tab: "interviews" });
  steps.push({ kind: "outcomes", stage: "final" });
  if (read.log) steps.push({ kind: "log" });
  for (const opId of read.end) steps.push({ kind: "end", opId });
  return steps;
}
