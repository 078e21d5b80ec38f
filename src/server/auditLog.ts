/** The Registro tab: one appended line per action, never rewritten; ids and counts, no personal data. */
import { cellText, versionOf } from "../core/records";
import { LOG_COLUMNS, SHEETS } from "../core/tabs";
import type { Table, Workbook } from "./workbook";

export type Action =
  | "creazione"
  | "modifica"
  | "eliminazione"
  | "shortlist"
  | "preparazione"
  | "verifica"
  | "da correggere"
  /** One line per run of Importa interviste…, with its counts: `importazione (2 importate, …)`. */
  | `importazione${string}`;

export interface LogLine {
  who: string;
  action: Action;
  id?: string;
  version?: number;
  count?: number;
  /** The operation's id (the form's submission id; `del:<id>` for a deletion): a retry finds it. */
  submissionId?: string;
}

/** The Registro table, created on first use. */
export function auditLog(workbook: Workbook): Table<typeof LOG_COLUMNS> {
  return workbook.ensureTable(SHEETS.log, LOG_COLUMNS);
}

/** Appends one line to Registro. */
export function appendLog(log: Table<typeof LOG_COLUMNS>, line: LogLine): void {
  log.append([
    {
      when: new Date(),
      who: line.who,
      action: line.action,
      id: line.id ?? "",
      version: line.version ?? "",
      count: line.count ?? "",
      submissionId: line.submissionId ?? "",
    },
  ]);
}

/**
 * Reads what appending needs (the header and the last row) before the operation writes anything:
 * a read after a write makes Google apply the pending writes first (a flush), which costs time.
 */
export function readyToAppend(log: Table<typeof LOG_COLUMNS>): Table<typeof LOG_COLUMNS> {
  log.readHeader(["when", "action", "id", "submissionId"]);
  log.readColumn("when");
  return log;
}

/** The Registro lines of an operation id (found without reading the tab), oldest first. */
export function loggedLines(
  log: Table<typeof LOG_COLUMNS>,
  opId: string,
): { action: Action; id: string; version: number | null }[] {
  const rows = log.findRows("submissionId", opId);
  if (rows.length === 0) return [];
  return log.readRows(rows).map((row) => ({
    action: cellText(row.action) as Action,
    id: cellText(row.id),
    version: versionOf(row.version),
  }));
}
