/**
 * Likely duplicates: before a new interview is saved from the form, an interview of the same region,
 * with the same interviewee (name folded: case, accents, spaces) on the same date is looked for. The
 * form then asks whether it is the same interview, offers to open the existing one, and saves only
 * when the user confirms; the import leaves such a row out (core/likelyDuplicates.ts). One read of
 * the three columns (a block of Interviste), whatever its size.
 */

import { cellText, isDateValue } from "../core/cells";
import type { InterviewInput } from "../core/interview";
import { interviewKey } from "../core/likelyDuplicates";
import { INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { regionFromText } from "../core/territory/regions";
import type { Table, Workbook } from "./workbook";
import { blockValues, lastRowOf } from "./workbook/reads";

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

/** One saved interview as a likely duplicate is told: its id, region code, interviewee and date. */
interface SavedInterview {
  id: string;
  region: string;
  interviewee: string;
  date: string;
}

/** The id, region, interviewee and date of every interview of Interviste: one read of a block. */
function savedInterviews(table: Table<typeof INTERVIEW_COLUMNS>, zone: string): SavedInterview[] {
  const { at } = table.readHeader(["id", "region", "interviewDate", "intervieweeName"]);
  const last = lastRowOf(table.sheet);
  if (last < 2) return [];
  const columns = [at.id, at.region, at.interviewDate, at.intervieweeName];
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const values = blockValues(table.sheet, 2, first + 1, last - 1, width);
  const dateOf = (v: unknown) => (isDateValue(v) ? Utilities.formatDate(v, zone, "yyyy-MM-dd") : cellText(v));
  const out: SavedInterview[] = [];
  for (const line of values) {
    const id = cellText(line[at.id - first]);
    if (!id) continue;
    out.push({
      id,
      region: regionFromText(line[at.region - first]) ?? "",
      interviewee: cellText(line[at.intervieweeName - first]),
      date: dateOf(line[at.interviewDate - first]),
    });
  }
  return out;
}

/** The first interview with the same region, interviewee and date as `input`, or null. */
export function likelyDuplicate(workbook: Workbook, input: InterviewInput): LikelyDuplicate | null {
  if (!workbook.find(SHEETS.interviews)) return null;
  const table = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  const wanted = interviewKey(input.region, input.interviewee.name, input.interviewDate);
  for (const saved of savedInterviews(table, workbook.timeZone())) {
    if (interviewKey(saved.region, saved.interviewee, saved.date) !== wanted) continue;
    return { id: saved.id, region: input.region, interviewee: saved.interviewee, date: input.interviewDate };
  }
  return null;
}

/** Interview id (upper case) → what its likely duplicates share (interviewKey), in sheet order. */
export function interviewKeys(table: Table<typeof INTERVIEW_COLUMNS>, zone: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const saved of savedInterviews(table, zone)) {
    const id = saved.id.toUpperCase();
    if (!keys.has(id)) keys.set(id, interviewKey(saved.region, saved.interviewee, saved.date));
  }
  return keys;
}
