/**
 * Likely duplicates: before a new interview is saved from the form, an interview of the same region,
 * with the same interviewee (name folded: case, accents, spaces) on the same date is looked for. The
 * form then asks whether it is the same interview, offers to open the existing one, and saves only
 * when the user confirms. One read of the three columns (a block of Interviste), whatever its size.
 */
import { cellText, isDateValue } from "../core/cells";
import type { InterviewInput } from "../core/interview";
import { INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { regionFromText } from "../core/territory/regions";
import { foldName } from "../core/text";
import type { Workbook } from "./workbook";

/** The existing interview a new one looks like (what the form shows of it). */
export interface LikelyDuplicate {
  id: string;
  region: string;
  interviewee: string;
  date: string;
}

/** True when the form asks to be told about a likely duplicate (and the user has not confirmed yet). */
export function asksAboutDuplicates(raw: unknown): boolean {
  const r = (raw ?? {}) as { askIfDuplicate?: unknown };
  return r.askIfDuplicate === true;
}

/** The first interview with the same region, interviewee and date as `input`, or null. */
export function likelyDuplicate(workbook: Workbook, input: InterviewInput): LikelyDuplicate | null {
  if (!workbook.find(SHEETS.interviews)) return null;
  const table = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const { at } = table.readHeader(["id", "region", "interviewDate", "intervieweeName"]);
  const last = table.sheet.getLastRow();
  if (last < 2) return null;
  const columns = [at.id, at.region, at.interviewDate, at.intervieweeName];
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const values = table.sheet.getRange(2, first + 1, last - 1, width).getValues();
  const name = foldName(input.interviewee.name);
  const zone = workbook.timeZone();
  const dateOf = (v: unknown) => (isDateValue(v) ? Utilities.formatDate(v, zone, "yyyy-MM-dd") : cellText(v));
  for (const line of values) {
    const id = cellText(line[at.id - first]);
    if (!id) continue;
    if (regionFromText(line[at.region - first]) !== input.region) continue;
    if (foldName(cellText(line[at.intervieweeName - first])) !== name) continue;
    if (dateOf(line[at.interviewDate - first]) !== input.interviewDate) continue;
    return {
      id,
      region: input.region,
      interviewee: cellText(line[at.intervieweeName - first]),
      date: input.interviewDate,
    };
  }
  return null;
}
