/**
 * What an import does with each row of Importa, decided from what was read: create it, say it is
 * already imported (and as which interview), say what to fix, say why it may not be imported, or say
 * that it looks like an interview already saved (the form's likely-duplicate rule). Pure:
 * the shell executes the plan, so running it again, or after Google cut it half-way, is decided here.
 */
import { cellText } from "./cells";
import type { Lang } from "./codes";
import { t } from "./i18n";
import { claimedId, invalidOutcome, isInProgressOutcome, outcomeId, type ParsedRow } from "./importRow";
import type { InterviewInput } from "./interview";
import { importsAnyway } from "./likelyDuplicates";

export interface ReadRow {
  /** 1-based sheet row. */
  rowNumber: number;
  parsed: ParsedRow;
  /** What the row's Esito importazione holds now. */
  outcome: unknown;
}

export interface PlanContext {
  /** Submission id → interview id, as Interviste holds them. */
  existing: ReadonlyMap<string, string>;
  /** The interview ids Interviste holds (upper case). */
  ids: ReadonlySet<string>;
  /** Ids given by an import that Google cut before it finished: its rows read "Importata", not "Già". */
  pendingIds: ReadonlySet<string>;
  /** Why the user may not write a region (undefined when allowed): the form's permissions. */
  refusal: (region: string) => string | undefined;
  lang: Lang;
  /**
   * Interview id → what a likely duplicate shares (interviewKey), for each interview of Interviste in
   * sheet order. With it, a row like a saved interview is not imported (unless its Esito says
   * "importa comunque"), and an Esito naming an interview holds only for a row that is that interview.
   */
  keys?: ReadonlyMap<string, string>;
  /** The highest interview number ever given: an Esito naming a higher one was not written by an import. */
  lastGiven?: number;
}

export type Category = "imported" | "already" | "invalid" | "refused" | "duplicate" | "none";

export interface PlannedRow {
  rowNumber: number;
  category: Category;
  /** The Esito importazione the row gets ("" for a row to create, until its id is known). */
  outcome: string;
  /** The interview to create from this row. */
  create?: InterviewInput;
  /** For a row that repeats an earlier row of the tab: that row's index in the plan. */
  sameAs?: number;
  /** Said after the new id of a row to create (its Esito named another interview). */
  note?: string;
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** Indexes in `rows` of the rows to create, in sheet order (ids are given in this order). */
  creates: number[];
}

/** Decides every row; a row to create gets its outcome from `assignIds`. */
export function planImport(rows: readonly ReadRow[], context: PlanContext): ImportPlan {
  const { lang } = context;
  const out: PlannedRow[] = [];
  const creates: number[] = [];
  const firstWithKey = new Map<string, number>();
  // The first interview of Interviste, and the first row of this run to create, of each likely-duplicate key.
  const savedWithKey = new Map<string, string>();
  for (const [id, key] of context.keys ?? []) if (!savedWithKey.has(key)) savedWithKey.set(key, id);
  const createdWithKey = new Map<string, number>();
  for (const row of rows) {
    const { parsed, rowNumber } = row;
    const current = cellText(row.outcome);
    const named = claimedId(row.outcome);
    // "In importazione: INT-…": a run wrote it just before the interview; the interview tells the rest.
    const staged = named !== "" && isInProgressOutcome(row.outcome);
    const stagedDone = staged && context.ids.has(named);
    const planned = (category: Category, outcome: string, extra: Partial<PlannedRow> = {}) =>
      out.push({ rowNumber, category, outcome, ...extra });
    if (parsed.kind === "blank") {
      planned("none", current);
      continue;
    }
    if (parsed.kind === "header") {
      planned("none", t(lang, "importHeaderRow"));
      continue;
    }
    // A row imported before and changed since: it stays what it was (its interview is edited from Interviste).
    const earlier = () => {
      // Created by the cut run this run completes: imported now, as that row was.
      if (stagedDone && context.pendingIds.has(named))
        planned("imported", t(lang, "importDone", { id: named }));
      else
        planned(
          "already",
          t(lang, context.ids.has(named) ? "importChanged" : "importDeleted", { id: named }),
        );
    };
    // A staged row whose interview was never written is a row like any other; so is a row whose Esito
    // names an interview it is not (a row copied with its Esito, an Esito typed by hand).
    const mismatch =
      named !== "" &&
      !(stagedDone && context.pendingIds.has(named)) &&
      notThat(named, parsed.identity, context);
    const importedBefore = named !== "" && (!staged || stagedDone) && !mismatch;
    if (parsed.kind === "invalid") {
      if (importedBefore) earlier();
      else planned("invalid", invalidOutcome(parsed.errors, lang));
      continue;
    }
    const refusal = context.refusal(parsed.input.region);
    // "importa comunque" on a row left out for another reason: the outcome says why it did not count.
    const anywayNote = importsAnyway(row.outcome) ? ` ${t(lang, "importAnywayNotHere")}` : "";
    const refused = () =>
      planned("refused", t(lang, "importRefused", { reason: refusal ?? "" }) + anywayNote);
    const first = firstWithKey.get(parsed.key);
    // A region the user may not write is said first, before "the same as row N" (unless this very row
    // was imported before: its Esito then stays what it was).
    if (first !== undefined && refusal && !importedBefore && out[first].category !== "refused") {
      refused();
      continue;
    }
    if (first !== undefined) {
      const original = out[first];
      const id = claimedId(original.outcome);
      if (original.create) planned("already", "", { sameAs: first });
      else if (id) planned("already", t(lang, "importSameAs", { id, row: original.rowNumber }) + anywayNote);
      else
        planned(
          original.category === "refused" || original.category === "duplicate"
            ? original.category
            : "already",
          t(lang, "importSameAsPending", {
            row: original.rowNumber,
          }),
        );
      continue;
    }
    firstWithKey.set(parsed.key, out.length);
    const existing = context.existing.get(parsed.key);
    if (existing) {
      // "Importata: INT-…" written by the run that imported it stays as it is.
      const kept = [t(lang, "importDone", { id: existing }), t(lang, "importAlready", { id: existing })];
      if (context.pendingIds.has(existing)) planned("imported", t(lang, "importDone", { id: existing }));
      else if (kept.includes(current)) planned("already", current);
      // A copy of an interview of a region the user may not write is refused, not "already imported".
      else if (refusal) refused();
      else planned("already", t(lang, "importAlready", { id: existing }) + anywayNote);
      continue;
    }
    if (importedBefore) {
      earlier();
      continue;
    }
    if (refusal) {
      refused();
      continue;
    }
    // As the form asks before saving a likely duplicate, the import leaves it out unless told otherwise.
    if (!importsAnyway(row.outcome)) {
      const saved = savedWithKey.get(parsed.identity);
      if (saved) {
        planned("duplicate", t(lang, "importLikelyDuplicate", { id: saved }));
        continue;
      }
      const earlierRow = createdWithKey.get(parsed.identity);
      if (earlierRow !== undefined) {
        planned("duplicate", t(lang, "importLikelySameRow", { row: earlierRow }));
        continue;
      }
    }
    if (!createdWithKey.has(parsed.identity)) createdWithKey.set(parsed.identity, rowNumber);
    creates.push(out.length);
    planned("imported", "", {
      create: parsed.input,
      ...(mismatch ? { note: t(lang, "importNotThat", { id: named }) } : {}),
    });
  }
  return { rows: out, creates };
}

/**
 * True when an Esito names an interview this row is not: one of Interviste that is not the same
 * interview (another region, interviewee or date), or an id no import ever gave. Without the keys
 * and the last id given (an older caller), the Esito is taken at its word.
 */
function notThat(id: string, identity: string, context: PlanContext): boolean {
  if (context.ids.has(id)) return context.keys !== undefined && context.keys.get(id) !== identity;
  const number = Number(id.replace(/^INT-/, ""));
  return context.lastGiven !== undefined && !context.pendingIds.has(id) && number > context.lastGiven;
}

/** Gives the rows to create their ids (in order) and their outcomes, and the rows repeating them theirs. */
export function assignIds(plan: ImportPlan, ids: readonly string[], lang: Lang): void {
  plan.creates.forEach((index, i) => {
    const row = plan.rows[index];
    row.outcome = t(lang, "importDone", { id: ids[i] }) + (row.note ? ` ${row.note}` : "");
  });
  for (const row of plan.rows) {
    if (row.sameAs === undefined) continue;
    const original = plan.rows[row.sameAs];
    row.outcome = t(lang, "importSameAs", { id: outcomeId(original.outcome), row: original.rowNumber });
  }
}

/** How many rows of each kind: the counts of the run's Registro line and of the message. */
export function countsOf(plan: ImportPlan): Record<Exclude<Category, "none" | "duplicate">, number> {
  const counts = { imported: 0, already: 0, invalid: 0, refused: 0 };
  for (const row of plan.rows)
    if (row.category !== "none" && row.category !== "duplicate") counts[row.category]++;
  return counts;
}

/** How many rows were left out as likely duplicates of a saved interview or of an earlier row. */
export function duplicatesOf(plan: ImportPlan): number {
  return plan.rows.filter((row) => row.category === "duplicate").length;
}

/**
 * The one block of Esito importazione cells to write: from the first row whose outcome changes to the
 * last, the rows between keeping theirs (blank rows of the tab are blank). Null when nothing changes.
 */
export function outcomeBlock(
  plan: ImportPlan,
  current: ReadonlyMap<number, string>,
  /** Before the interviews are written: the rows to create read "In importazione: INT-…". */
  staged?: Lang,
): { firstRow: number; values: string[] } | null {
  const outcomeOf = (r: PlannedRow) =>
    staged && r.create ? t(staged, "importInProgress", { id: outcomeId(r.outcome) }) : r.outcome;
  const changed = plan.rows.filter((r) => outcomeOf(r) !== (current.get(r.rowNumber) ?? ""));
  if (changed.length === 0) return null;
  const firstRow = Math.min(...changed.map((r) => r.rowNumber));
  const lastRow = Math.max(...changed.map((r) => r.rowNumber));
  const byRow = new Map(plan.rows.map((r) => [r.rowNumber, outcomeOf(r)]));
  const values: string[] = [];
  for (let r = firstRow; r <= lastRow; r++) values.push(byRow.get(r) ?? current.get(r) ?? "");
  return { firstRow, values };
}
