/**
 * What an import does with each row of Importa, decided from what was read: create it, say it is
 * already imported (and as which interview), say what to fix, or say why it may not be imported. Pure:
 * the shell executes the plan, so running it again, or after Google cut it half-way, is decided here.
 */
import { cellText } from "./cells";
import type { Lang } from "./codes";
import { t } from "./i18n";
import { invalidOutcome, isInProgressOutcome, outcomeId, type ParsedRow } from "./importRow";
import type { InterviewInput } from "./interview";

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
}

export type Category = "imported" | "already" | "invalid" | "refused" | "none";

export interface PlannedRow {
  rowNumber: number;
  category: Category;
  /** The Esito importazione the row gets ("" for a row to create, until its id is known). */
  outcome: string;
  /** The interview to create from this row. */
  create?: InterviewInput;
  /** For a row that repeats an earlier row of the tab: that row's index in the plan. */
  sameAs?: number;
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
  for (const row of rows) {
    const { parsed, rowNumber } = row;
    const current = cellText(row.outcome);
    const named = outcomeId(row.outcome);
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
    // A staged row whose interview was never written is a row like any other.
    const importedBefore = named !== "" && (!staged || stagedDone);
    if (parsed.kind === "invalid") {
      if (importedBefore) earlier();
      else planned("invalid", invalidOutcome(parsed.errors, lang));
      continue;
    }
    const first = firstWithKey.get(parsed.key);
    if (first !== undefined) {
      const original = out[first];
      const id = outcomeId(original.outcome);
      if (original.create) planned("already", "", { sameAs: first });
      else if (id) planned("already", t(lang, "importSameAs", { id, row: original.rowNumber }));
      else
        planned(
          original.category === "refused" ? "refused" : "already",
          t(lang, "importSameAsPending", {
            row: original.rowNumber,
          }),
        );
      continue;
    }
    firstWithKey.set(parsed.key, out.length);
    const existing = context.existing.get(parsed.key);
    if (existing) {
      if (context.pendingIds.has(existing)) planned("imported", t(lang, "importDone", { id: existing }));
      else {
        // "Importata: INT-…" written by the run that imported it stays as it is.
        const kept = [t(lang, "importDone", { id: existing }), t(lang, "importAlready", { id: existing })];
        planned("already", kept.includes(current) ? current : t(lang, "importAlready", { id: existing }));
      }
      continue;
    }
    if (importedBefore) {
      earlier();
      continue;
    }
    const refusal = context.refusal(parsed.input.region);
    if (refusal) {
      planned("refused", t(lang, "importRefused", { reason: refusal }));
      continue;
    }
    creates.push(out.length);
    planned("imported", "", { create: parsed.input });
  }
  return { rows: out, creates };
}

/** Gives the rows to create their ids (in order) and their outcomes, and the rows repeating them theirs. */
export function assignIds(plan: ImportPlan, ids: readonly string[], lang: Lang): void {
  plan.creates.forEach((index, i) => {
    plan.rows[index].outcome = t(lang, "importDone", { id: ids[i] });
  });
  for (const row of plan.rows) {
    if (row.sameAs === undefined) continue;
    const original = plan.rows[row.sameAs];
    row.outcome = t(lang, "importSameAs", { id: outcomeId(original.outcome), row: original.rowNumber });
  }
}

/** How many rows of each kind: the counts of the run's Registro line and of the message. */
export function countsOf(plan: ImportPlan): Record<Exclude<Category, "none">, number> {
  const counts = { imported: 0, already: 0, invalid: 0, refused: 0 };
  for (const row of plan.rows) if (row.category !== "none") counts[row.category]++;
  return counts;
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
