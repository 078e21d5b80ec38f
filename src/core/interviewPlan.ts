/**
 * The write sequences of an interview, decided from what was read and nothing else: the ordered
 * steps that create, edit or delete it, each a whole row or a whole block of rows. The shell runs
 * them in order through the workbook gateway; the order is what keeps every prefix consistent:
 * - create: its contacts first (invisible while no interview row names them), then the interview
 *   row, then the Registro line;
 * - edit: the new contacts under the new version (invisible until the switch), the interview row
 *   switched to the new version in one call, then the old contacts go, then the Registro line;
 * - delete: the interview row (its contacts become invisible), then its contacts, then the line.
 * A step never reads: row numbers after a deletion are computed here, not read again.
 */

export type PlanTab = "interviews" | "contacts";

export type PlanStep<I, C> =
  /** Consecutive rows of Contatti overwritten in place from `row`. */
  | { kind: "overwrite"; tab: "contacts"; row: number; rows: C[] }
  /** Rows appended after the tab's last one. */
  | { kind: "append"; tab: "contacts"; rows: C[] }
  | { kind: "append"; tab: "interviews"; rows: I[] }
  /** One interview row overwritten whole. */
  | { kind: "update"; tab: "interviews"; row: number; value: I }
  /** Sheet rows deleted (bottom-up by the gateway). */
  | { kind: "delete"; tab: PlanTab; rows: number[] }
  /** The operation's Registro line. */
  | { kind: "log" };

export type Plan<I, C> = PlanStep<I, C>[];

/**
 * Staged contact rows (invisible: their interview does not show them yet) replaced by `rows`: in
 * place when they are as many and consecutive (as one append wrote them), else removed and appended
 * again. `removed` are the sheet rows deleted (rows below them move up).
 */
export function restage<I, C>(
  staged: readonly number[],
  rows: C[],
): { steps: Plan<I, C>; removed: number[] } {
  const sorted = [...staged].sort((a, b) => a - b);
  const consecutive = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (sorted.length > 0 && sorted.length === rows.length && consecutive)
    return { steps: [{ kind: "overwrite", tab: "contacts", row: sorted[0], rows }], removed: [] };
  const steps: Plan<I, C> = [];
  if (sorted.length > 0) steps.push({ kind: "delete", tab: "contacts", rows: sorted });
  if (rows.length > 0) steps.push({ kind: "append", tab: "contacts", rows });
  return { steps, removed: sorted };
}

/** Row numbers after `removed` rows were deleted above them. */
export function shifted(rows: readonly number[], removed: readonly number[]): number[] {
  return rows.map((r) => r - removed.filter((d) => d < r).length);
}

export interface CreateRead<I, C> {
  /** The interview row already exists (a cut attempt wrote it): only the Registro line is left. */
  exists: boolean;
  /** Rows of Contatti already holding this id (staged by a cut attempt). */
  staged: readonly number[];
  contacts: C[];
  interview: I;
}

/** Create: contacts (staged ones replaced as this attempt sends them), interview row, Registro line. */
export function planCreate<I, C>(read: CreateRead<I, C>): Plan<I, C> {
  if (read.exists) return [{ kind: "log" }];
  const { steps } = restage<I, C>(read.staged, read.contacts);
  return [...steps, { kind: "append", tab: "interviews", rows: [read.interview] }, { kind: "log" }];
}

export interface EditRead<I, C> {
  /** The interview row's sheet row. */
  row: number;
  /** The row already shows the new version (a cut attempt switched it): the old contacts are left. */
  switched: boolean;
  /** Contact rows under the new version (staged, invisible until the switch). */
  staged: readonly number[];
  /** Contact rows of every other version: they go once the interview has switched. */
  stale: readonly number[];
  contacts: C[];
  interview: I;
}

/** Edit: new contacts staged, the interview row switched in one call, old contacts removed, Registro. */
export function planEdit<I, C>(read: EditRead<I, C>): Plan<I, C> {
  const steps: Plan<I, C> = [];
  let stale = [...read.stale];
  if (!read.switched) {
    const staged = restage<I, C>(read.staged, read.contacts);
    steps.push(...staged.steps);
    stale = shifted(stale, staged.removed);
    steps.push({ kind: "update", tab: "interviews", row: read.row, value: read.interview });
  }
  if (stale.length > 0) steps.push({ kind: "delete", tab: "contacts", rows: stale });
  steps.push({ kind: "log" });
  return steps;
}

export interface DeleteRead {
  row: number;
  contacts: readonly number[];
}

/** Delete: the interview row, then its contacts (invisible by then), then the Registro line. */
export function planDelete<I, C>(read: DeleteRead): Plan<I, C> {
  const steps: Plan<I, C> = [{ kind: "delete", tab: "interviews", rows: [read.row] }];
  if (read.contacts.length > 0) steps.push({ kind: "delete", tab: "contacts", rows: [...read.contacts] });
  steps.push({ kind: "log" });
  return steps;
}

export interface SettleRead {
  /** Contact rows to remove: the old ones of an operation that took effect, else what it staged. */
  remove: readonly number[];
  /** The operation took effect and Registro has no line of it yet. */
  log: boolean;
}

/** Finishing a cut operation (roll forward): its leftover contacts go, then its missing Registro line. */
export function planSettle<I, C>(read: SettleRead): Plan<I, C> {
  const steps: Plan<I, C> = [];
  if (read.remove.length > 0) steps.push({ kind: "delete", tab: "contacts", rows: [...read.remove] });
  if (read.log) steps.push({ kind: "log" });
  return steps;
}
