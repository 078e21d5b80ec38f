/** The Registro tab: one appended line per action, never rewritten; ids and counts, no personal data. */
import { cellText } from "../core/cells";
import { versionOf } from "../core/contactVersions";
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

/**
 * The most characters a Registro cell gets from the add-on: Google refuses a cell of more than 50,000
 * (RULES.md, R22), and a list of thousands of ids is not read anyway. The count stays whole.
 */
export const LOG_CELL_MAX = 2_000;

/**
 * A comma-separated id list cut to fit a Registro cell: whole ids only, then how many were left out
 * ("INT-00001, INT-00002, … e altri 4880"). Conteggio keeps the full count.
 */
export function fitLogCell(text: string, max = LOG_CELL_MAX): string {
  if (text.length <= max) return text;
  const ids = text.split(", ");
  const kept: string[] = [];
  let length = 0;
  // Room for the tail, whatever the number left out.
  const room = max - " … e altri 9999999999".length;
  for (const id of ids) {
    const next = length + (kept.length ? 2 : 0) + id.length;
    if (next > room) break;
    kept.push(id);
    length = next;
  }
  if (kept.length === 0) return `${text.slice(0, room)}…`;
  return `${kept.join(", ")}, … e altri ${ids.length - kept.length}`;
}

/** Appends one line to Registro (each text cut to fit a cell; Conteggio is never cut). */
export function appendLog(log: Table<typeof LOG_COLUMNS>, line: LogLine): void {
  log.append([
    {
      when: new Date(),
      who: fitLogCell(line.who),
      action: line.action,
      id: fitLogCell(line.id ?? ""),
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
