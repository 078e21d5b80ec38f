/**
 * Runs an interview's write plan (core/interviewPlan.ts) in order through the workbook gateway:
 * each step one whole row or one whole block (workbook.ts writes a row's values in one call), the
 * Registro line through the caller. Nothing here decides: the plan was made from what was read.
 */
import type { Plan } from "../core/interviewPlan";
import type { ContactRow, InterviewRow } from "../core/records";
import type { Contacts, Interviews } from "./interviewRows";

export type InterviewPlan = Plan<Partial<InterviewRow>, ContactRow>;

export function runPlan(
  plan: InterviewPlan,
  tabs: { interviews: Interviews; contacts: Contacts },
  log: () => void,
): void {
  for (const step of plan) {
    if (step.kind === "log") log();
    else if (step.kind === "delete") tabs[step.tab].deleteRows(step.rows);
    else if (step.kind === "overwrite") tabs.contacts.overwrite(step.row, step.rows);
    else if (step.kind === "update") tabs.interviews.update(step.row, step.value);
    else if (step.tab === "interviews") tabs.interviews.append(step.rows);
    else tabs.contacts.append(step.rows);
  }
}
