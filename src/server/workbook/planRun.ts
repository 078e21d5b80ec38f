/**
 * Runs an interview's write plan (core/interviewPlan.ts) in order through the workbook gateway:
 * each step one whole row or one whole block (workbook.ts writes a row's values in one call), the
 * Registro line through the caller. Nothing here decides: the plan was made from what was read.
 * The review's plan (core/reviewPlan.ts) is run here too, with the cells it carries read first.
 */
import type { Plan } from "../../core/interviewPlan";
import type { ContactRow, InterviewRow } from "../../core/records";
import type { ReviewStep } from "../../core/reviewPlan";
import { type CellRead, runsOf } from "../../core/writePlan";
import type { Contacts, Interviews } from "../interviewRows";

export type InterviewPlan = Plan<Partial<InterviewRow>, ContactRow>;

export function runPlan(
  plan: InterviewPlan,
  tabs: { interviews: Interviews; contacts: Contacts | null },
  log: () => void,
): void {
  const contacts = (): Contacts => {
    if (!tabs.contacts) throw new Error("A write plan for Contatti without the Contatti tab.");
    return tabs.contacts;
  };
  for (const step of plan) {
    if (step.kind === "log") log();
    else if (step.kind === "delete")
      (step.tab === "interviews" ? tabs.interviews : contacts()).deleteRows(step.rows);
    else if (step.kind === "overwrite") contacts().overwrite(step.row, step.rows);
    else if (step.kind === "update") tabs.interviews.update(step.row, step.value);
    else if (step.tab === "interviews") tabs.interviews.append(step.rows);
    else contacts().append(step.rows);
  }
}

/**
 * Reads the cells a review plan carries (core/reviewPlan.ts): values, formulas and number formats of
 * the given rows over columns `first`…`last` (0-based), one read of each per run of consecutive rows.
 * Indexed by sheet row, then by 0-based column (columns before `first` left undefined).
 */
export function readCarried(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly number[],
  first: number,
  last: number,
): Map<number, (CellRead | undefined)[]> {
  const out = new Map<number, (CellRead | undefined)[]>();
  for (const [start, length] of runsOf(rows.map((r) => r - 1))) {
    const range = sheet.getRange(start + 1, first + 1, length, last - first + 1);
    const values = range.getValues();
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    values.forEach((line, i) => {
      const cells: (CellRead | undefined)[] = [];
      line.forEach((value, c) => {
        cells[first + c] = { value, formula: formulas[i]?.[c] ?? "", format: formats[i]?.[c] };
      });
      out.set(start + 1 + i, cells);
    });
  }
  return out;
}

/** Runs a review plan in order: each step one call (formats or values of a rectangle), then Registro. */
export function runReviewPlan(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: readonly ReviewStep[],
  log: () => void,
): void {
  let last: { key: string; range: GoogleAppsScript.Spreadsheet.Range } | undefined;
  for (const step of plan) {
    if (step.kind === "log") {
      log();
      continue;
    }
    // Formats and values of the same rectangle (the two columns side by side) share one range.
    const key = `${step.row},${step.column},${step.cells.length},${step.cells[0].length}`;
    if (last?.key !== key)
      last = { key, range: sheet.getRange(step.row, step.column, step.cells.length, step.cells[0].length) };
    if (step.kind === "formats") last.range.setNumberFormats(step.cells as string[][]);
    else last.range.setValues(step.cells);
  }
}
