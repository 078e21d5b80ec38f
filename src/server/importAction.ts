/**
 * Importa interviste…: every row of the Importa tab validated by the form's rules and, when valid,
 * stored as the form's create stores an interview (the same rows in Interviste and Contatti, the same
 * ids from the same counter), all rows of a run at once: reads first (one call per tab), then the
 * writes in the order core/importWrites.ts plans: journal and counter → contacts → Esito "In
 * importazione" → interviews → Esito importazione → one Registro line → journal end.
 * A run Google cuts half-way is completed by running it again: its ids are in the journal, its rows
 * recognised by their submission id (derived from their answers), so nothing is added twice.
 */

import { cellText } from "../core/cells";
import { fillMessage, t } from "../core/i18n";
import { IMPORT_COLUMNS } from "../core/importColumns";
import {
  assignIds,
  countsOf,
  duplicatesOf,
  outcomeBlock,
  planImport,
  type ReadRow,
} from "../core/importPlan";
import { digest, outcomeId, parseImportRow } from "../core/importRow";
import { planImportWrites } from "../core/importWrites";
import type { InterviewInput } from "../core/interview";
import { interviewId, interviewNumber, sameId } from "../core/interviewIds";
import { contactsToRows, interviewToRow } from "../core/records";
import { CONTACT_COLUMNS, INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { refusalFor, requireWriter } from "./access";
import { type Action, appendLog, auditLog, loggedLines, readyToAppend } from "./auditLog";
import { interviewKeys } from "./duplicates";
import { menuAction } from "./entry";
import { Journal, type PendingImport } from "./journal";
import { withDocumentLock } from "./lock";
import { mayFinish, rollForward } from "./rollForward";
import { today, userEmail, userLang } from "./session";
import { workbookToast } from "./setup";
import { toCell, type Workbook, Workbook as WorkbookClass } from "./workbook";
import { writeAutomaticColumn } from "./workbook/reads";

/** The counts of a run in its Registro line (Registro's actions are in Italian, as "creazione" is). */
const REGISTRO_COUNTS =
  "{imported} {imported|importata|importate}, {already} già {already|importata|importate}, {invalid} da correggere, {refused} non {refused|consentita|consentite}";

/** Said in the Registro line after the counts when a run left likely duplicates out. */
const REGISTRO_DUPLICATES =
  ", {duplicates} {duplicates|probabile doppione|probabili doppioni} non {duplicates|importato|importati}";

/**
 * The highest interview number ever given (the counter, the ids of Interviste and of a cut run), or
 * undefined on an older sheet without a counter (its Registro may name higher ones).
 */
function lastGiven(counter: number | null, ids: readonly string[], pending: ReadonlySet<string>) {
  if (counter === null) return undefined;
  let max = counter;
  for (const id of [...ids, ...pending]) max = Math.max(max, interviewNumber(id) ?? 0);
  return max;
}

/** True when a cut run wrote the regions these rows write (an entry of an earlier release names none). */
function sameRegions(regions: readonly string[] | undefined, inputs: readonly InterviewInput[]): boolean {
  if (!regions) return true;
  const planned = new Set(inputs.map((input) => input.region));
  return regions.length === planned.size && regions.every((r) => planned.has(r));
}

const numbersOf = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

/** A Registro cell stays far below Google's 50,000 characters per cell: a long id list is cut. */
function idList(ids: readonly string[]): string {
  const text = ids.join(", ");
  return text.length <= 40_000 ? text : `${text.slice(0, 40_000).replace(/,[^,]*$/, "")}, …`;
}

export interface ImportResult {
  imported: number;
  already: number;
  invalid: number;
  refused: number;
  /** Rows left out as likely duplicates of a saved interview (or of an earlier row). */
  duplicates: number;
  ids: string[];
}

/** Reads Importa and decides every row (no write). */
function readImport(workbook: Workbook, lang: ReturnType<typeof userLang>) {
  const table = workbook.table(SHEETS.import, IMPORT_COLUMNS);
  const snapshot = table.read();
  const day = today();
  const rows: ReadRow[] = snapshot.rows.map((row, i) => ({
    rowNumber: snapshot.rowNumbers[i],
    parsed: parseImportRow(row, { today: day, lang }),
    outcome: row.outcome,
  }));
  const current = new Map(rows.map((r) => [r.rowNumber, cellText(r.outcome)]));
  return { table, rows, current, at: snapshot.at };
}

/** Imports the rows of Importa; returns the counts of the run (its Registro line says the same). */
export function importInterviews(): ImportResult {
  const lang = userLang();
  const email = userEmail();
  return withDocumentLock(() => {
    const workbook = WorkbookClass.active();
    const access = requireWriter(workbook, email, lang);
    const journal = new Journal();
    // A run Google cut before its end: the ids it gave (contacts first, so perhaps without their interview).
    // Only one this user may finish (allowed to write all its regions): another's waits for them.
    const pending =
      journal.pending.find((p): p is PendingImport => p.op === "import" && mayFinish(access, p)) ?? null;
    // Whatever else Google cut half-way that this user may finish is finished first; this import's own
    // cut run is completed below.
    rollForward(workbook, access, email, { journal, except: pending?.opId });
    const read = readImport(workbook, lang);
    const interviews = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
    const contacts = workbook.table(SHEETS.contacts, CONTACT_COLUMNS);
    interviews.readHeader();
    contacts.readHeader();
    const log = readyToAppend(auditLog(workbook));
    const ids = interviews.readColumn("id").texts;
    const submissions = interviews.readColumn("submissionId").texts;
    const contactIds = contacts.readColumn("interviewId").texts;
    const pendingFirst = pending ? interviewNumber(pending.id) : null;
    const pendingIds = new Set(
      pending && pendingFirst !== null ? numbersOf(pendingFirst, pending.count).map(interviewId) : [],
    );

    const existing = new Map<string, string>();
    submissions.forEach((s, i) => {
      if (s && ids[i] && !existing.has(s)) existing.set(s, sameId(ids[i]));
    });
    const idSet = new Set(ids.map(sameId).filter(Boolean));
    // Who, where and when of each saved interview: the likely duplicates, and the Esito cells to trust.
    const keys = interviewKeys(interviews, workbook.timeZone());
    const plan = planImport(read.rows, {
      existing,
      ids: idSet,
      pendingIds,
      refusal: (region) => refusalFor(access, region, lang),
      lang,
      keys,
      lastGiven: lastGiven(journal.counter, ids, pendingIds),
    });
    const inputs = plan.creates.map((i) => plan.rows[i].create!);

    const rowsDigest = digest(inputs.map((input) => input.submissionId).join(","));
    // The ids: those of the cut run when it planned exactly these rows and none of its ids is taken.
    const reuse =
      pending !== null &&
      pendingFirst !== null &&
      inputs.length > 0 &&
      pending.count === inputs.length &&
      sameRegions(pending.regions, inputs) &&
      (pending.rows === undefined || pending.rows === rowsDigest) &&
      ![...pendingIds].some((id) => idSet.has(id));
    let opId = pending?.opId ?? "";
    let first = 0;
    if (inputs.length > 0) {
      if (reuse && pendingFirst !== null) first = pendingFirst;
      else {
        first = nextNumber(journal.counter, ids, log);
        if (pending && pendingFirst !== null) first = Math.max(first, pendingFirst + pending.count);
        opId = `imp-run-${interviewId(first)}`;
      }
    }
    const newIds = numbersOf(first, inputs.length).map(interviewId);
    assignIds(plan, newIds, lang);
    const counts = countsOf(plan);
    const duplicates = duplicatesOf(plan);
    const line: Action = `importazione (${fillMessage(REGISTRO_COUNTS, counts)}${duplicates ? fillMessage(REGISTRO_DUPLICATES, { duplicates }) : ""})`;
    // Read before the first write (a read after a write makes Google apply the writes first).
    const logged = pending !== null && opId === pending.opId && loggedLines(log, opId).length > 0;

    const importedIds = plan.rows
      .filter((r) => r.category === "imported" && r.sameAs === undefined)
      .map((r) => outcomeId(r.outcome));
    // Writes, in the order core/importWrites.ts decides: contacts show only with their interview.
    const steps = planImportWrites({
      contactIds,
      interviewIds: idSet,
      pendingIds,
      newIds,
      contactCounts: inputs.map((input) => input.contacts.length),
      begin: inputs.length > 0 && !reuse,
      // The Registro line exists exactly when the run took effect: a retried run that wrote it already adds none.
      log: !logged,
      end: [...(pending && pending.opId !== opId ? [pending.opId] : []), ...(opId ? [opId] : [])],
    });
    let outcomes: ReadonlyMap<number, string> = read.current;
    for (const step of steps) {
      if (step.kind === "begin")
        // The run and the counter past its ids in one call: no other save can take them meanwhile.
        journal.begin(
          {
            op: "import",
            opId,
            id: interviewId(first),
            count: inputs.length,
            // Who may finish it: a user allowed to write all its regions (and who began it, for Registro).
            regions: [...new Set(inputs.map((input) => input.region))],
            who: email,
            line,
            rows: rowsDigest,
          },
          first + inputs.length - 1,
        );
      else if (step.kind === "delete") contacts.deleteRows(step.rows);
      else if (step.kind === "append" && step.tab === "contacts")
        contacts.append(
          inputs.flatMap((input, i) => contactsToRows(newIds[i], input.region, input.contacts, 1)),
        );
      else if (step.kind === "outcomes")
        // Each row's Esito before its interview (rows to create read "In importazione: INT-…"): a run cut
        // after the interviews but before the Esito would leave a row that a change could import twice.
        outcomes = writeOutcomes(
          read.table.sheet,
          read.at.outcome,
          step.stage === "staged" ? outcomeBlock(plan, outcomes, lang) : outcomeBlock(plan, outcomes),
        )(outcomes);
      else if (step.kind === "append") {
        const now = new Date();
        interviews.append(
          inputs.map((input, i) =>
            interviewToRow(input, {
              id: newIds[i],
              version: 1,
              createdAt: now,
              createdBy: email,
              updatedAt: now,
              updatedBy: email,
              submissionId: input.submissionId,
            }),
          ),
        );
      } else if (step.kind === "log")
        appendLog(log, {
          who: email,
          action: line,
          id: idList(importedIds),
          count: counts.imported,
          submissionId: opId,
        });
      else journal.end(step.opId);
    }
    return { ...counts, duplicates, ids: importedIds };
  });
}

/** The next interview number: past the counter and every id of the sheet (and Registro for older sheets). */
function nextNumber(
  counter: number | null,
  ids: readonly string[],
  log: ReturnType<typeof auditLog>,
): number {
  let max = counter ?? 0;
  for (const id of ids) max = Math.max(max, interviewNumber(id) ?? 0);
  if (counter === null)
    for (const id of log.readColumn("id").texts) max = Math.max(max, interviewNumber(id) ?? 0);
  return max + 1;
}

/**
 * Writes one block of Esito importazione cells (text in cells just set to automatic format); returns
 * what the column holds afterwards, as a function of what it held.
 */
function writeOutcomes(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  block: ReturnType<typeof outcomeBlock>,
): (before: ReadonlyMap<number, string>) => Map<number, string> {
  if (block) {
    writeAutomaticColumn(
      sheet,
      block.firstRow,
      column + 1,
      block.values.map((v) => [toCell(IMPORT_COLUMNS.outcome, v)]),
    );
  }
  return (before) => {
    const after = new Map(before);
    block?.values.forEach((v, i) => {
      after.set(block.firstRow + i, v);
    });
    return after;
  };
}

/** What the user reads when the run is over. */
export function importMessage(result: ImportResult, lang: ReturnType<typeof userLang>): string {
  const { duplicates } = result;
  if (result.imported + result.already + result.invalid + result.refused + duplicates === 0)
    return t(lang, "importNothing");
  return t(lang, "importSummary", {
    imported: result.imported,
    already: result.already,
    invalid: result.invalid,
    refused:
      (result.refused ? t(lang, "importSummaryRefused", { count: result.refused }) : "") +
      (duplicates ? t(lang, "importSummaryDuplicates", { count: duplicates }) : ""),
  });
}

/** The menu item: runs the import and says how it went (each row's outcome is in its Esito cell). */
export function importInterviewsAction(): ImportResult | undefined {
  return menuAction("importInterviews", () => {
    const result = importInterviews();
    const message = importMessage(result, userLang());
    // The import took effect: a dialog Google fails to show must not make it look failed (and re-run).
    try {
      SpreadsheetApp.getUi().alert(message);
    } catch (error) {
      console.warn(`alert: ${(error as Error)?.message ?? error}`);
      workbookToast(message);
    }
    return result;
  });
}
