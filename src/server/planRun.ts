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
