/**
 * Roll forward of an import run Google cut half-way, by the next writing operation of anyone allowed
 * to write its regions: its interviews are appended in one call, so either all of them are in
 * Interviste (it took effect: its Registro line is written if missing) or none is (its contacts,
 * invisible but personal data, are removed).
 */
import { interviewId, interviewNumber, sameId } from "../core/interviewIds";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { appendLog, auditLog, loggedLines, readyToAppend } from "./auditLog";
import type { Journal, PendingImport } from "./journal";
import type { Workbook } from "./workbook";

/** The ids an import run gives, from its first on. */
export function importIds(entry: PendingImport): string[] {
  const first = interviewNumber(entry.id);
  if (first === null) return [];
  return Array.from({ length: Math.max(0, entry.count) }, (_, i) => interviewId(first + i));
}

/** Finishes or drops an import entry; `who` is whom the Registro names (who began it, who finished it). */
export function settleImport(
  workbook: Workbook,
  journal: Journal,
  entry: PendingImport,
  who: string,
): "finished" | "dropped" {
  const ids = new Set(importIds(entry));
  const present = workbook
    .table(SHEETS.interviews, INTERVIEW_COLUMNS)
    .readColumn("id")
    .texts.map(sameId)
    .filter((id) => ids.has(id));
  const shown = new Set(present);
  const contacts = workbook.find(SHEETS.contacts) ? workbook.table(SHEETS.contacts, CONTACT_COLUMNS) : null;
  const orphans: number[] = [];
  contacts?.readColumn("interviewId").texts.forEach((text, i) => {
    const id = sameId(text);
    if (ids.has(id) && !shown.has(id)) orphans.push(i + 2);
  });
  const tookEffect = present.length > 0;
  const logged = workbook.find(SHEETS.log) ? loggedLines(auditLog(workbook), entry.opId) : [];
  // Registro is made ready before the first write (nothing is read after a write).
  const log = tookEffect && logged.length === 0 ? readyToAppend(auditLog(workbook)) : null;
  if (contacts && orphans.length > 0) contacts.deleteRows(orphans);
  if (log)
    appendLog(log, {
      who,
      action:
        entry.line ?? `importazione (${present.length} ${present.length === 1 ? "importata" : "importate"})`,
      id: present.join(", "),
      count: present.length,
      submissionId: entry.opId,
    });
  journal.end(entry.opId);
  return tookEffect ? "finished" : "dropped";
}
