/** generateShortlist: reads the tabs once, scores with core, writes the Shortlist tab in one block. */

import { ambitiIndexOf } from "../core/ambiti";
import { t } from "../core/i18n";
import { cellText, currentScoringContacts } from "../core/records";
import { type Skipped, scoringContactsOf, scoringInterviewsOf } from "../core/sheetFunctions";
import { buildShortlist, type ShortlistRow } from "../core/shortlist";
import { rankAreas } from "../core/stability";
import { isBlankRow } from "../core/table";
import { type ColumnSpec, SHEETS, SHORTLIST_COLUMNS } from "../core/tabs";
import { requireWriter } from "./access";
import { appendLog, auditLog, readyToAppend } from "./auditLog";
import { withDocumentLock } from "./lock";
import { sheetTime, userEmail, userLang } from "./session";
import { readSettings } from "./settingsStore";
import { workbookToast } from "./setup";
import { AUTOMATIC, formatOf, growSheet, toCell, Workbook } from "./workbook";

/** The values of a tab in one call, or null when the tab does not exist yet. */
function valuesOf(workbook: Workbook, name: string): unknown[][] | null {
  const sheet = workbook.find(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

function readPrevious(sheet: GoogleAppsScript.Spreadsheet.Sheet | null) {
  if (!sheet) return { headers: [] as string[], rows: [] as ShortlistRow[], height: 0, width: 0 };
  const values = sheet.getDataRange().getValues();
  const headers = (values[0] ?? []).map((h) => cellText(h));
  const rows: ShortlistRow[] = [];
  for (const line of values.slice(1)) {
    if (isBlankRow(line)) continue;
    const row: ShortlistRow = {};
    headers.forEach((h, i) => {
      if (h) row[h] = line[i];
    });
    rows.push(row);
  }
  return { headers: headers.filter(Boolean), rows, height: values.length, width: headers.length };
}

const SPEC_BY_HEADER = new Map<string, ColumnSpec>(
  Object.values(SHORTLIST_COLUMNS).map((c) => [c.header, c]),
);

/**
 * Builds the Shortlist tab. Everything is computed before the first write, and the values go in one
 * call, so a failure leaves the previous Shortlist as it was. Stato and Note (and any column the
 * staff added) are kept for the same region + area + contact.
 */
export function generateShortlist(): { regions: number; areas: number; contacts: number; skipped: number } {
  const lang = userLang();
  const email = userEmail();
  const outcome = withDocumentLock(() => {
    const workbook = Workbook.active();
    requireWriter(workbook, email, lang);
    const settings = readSettings(workbook);
    const interviewValues = valuesOf(workbook, SHEETS.interviews);
    const contactValues = valuesOf(workbook, SHEETS.contacts);
    const parsedInterviews = interviewValues ? scoringInterviewsOf(interviewValues) : null;
    const parsedContacts = contactValues ? scoringContactsOf(contactValues) : null;
    const interviews = parsedInterviews?.interviews ?? [];
    // Only each interview's current contacts (an edit cut half-way shows neither its new nor stale ones).
    const contacts = currentScoringContacts(interviews, parsedContacts?.contacts ?? []);
    const problems = [parsedInterviews?.skipped, parsedContacts?.skipped].filter(
      (x) => x && x.count > 0,
    ) as Skipped[];
    const skipped: Skipped = {
      count: problems.reduce((n, p) => n + p.count, 0),
      first: problems[0]?.first ?? "",
    };
    // Eligibility, positions and Stabilità as the Riepilogo and COEF_AREA_SCORES rank (SPEC 10.2, 10.3).
    const ambiti = ambitiIndexOf(valuesOf(workbook, SHEETS.ambiti));
    const scores = rankAreas(interviews, contacts, settings, { ambiti });
    const existing = workbook.find(SHEETS.shortlist);
    const previous = readPrevious(existing);
    const shortlist = buildShortlist({
      scores,
      regionsInScope: settings.regionsInScope,
      topN: settings.topN,
      previousHeaders: previous.headers,
      previous: previous.rows,
      ambiti,
    });

    const height = Math.max(shortlist.rows.length + 1, previous.height);
    const width = Math.max(shortlist.headers.length, previous.width);
    const values: unknown[][] = [];
    for (let r = 0; r < height; r++) {
      const line: unknown[] = new Array(width).fill("");
      shortlist.headers.forEach((h, c) => {
        if (r === 0) line[c] = h;
        else if (r <= shortlist.rows.length)
          line[c] = toCell(SPEC_BY_HEADER.get(h), shortlist.rows[r - 1][h]);
      });
      values.push(line);
    }

    // Registro is made ready before the first write, so that nothing is read after a write.
    const log = readyToAppend(auditLog(workbook));
    const sheet = existing ?? workbook.insert(SHEETS.shortlist);
    const dataRows = Math.max(shortlist.rows.length, 1);
    const headers = shortlist.headers;
    // The tab grows first (Google never grows it on setValues). Formats, then dropdowns, go before
    // the values: if a later call fails they leave the old values as they were. Dropdowns are cleared
    // from the whole block first, so none stays on a column the user moved (it would refuse the write).
    growSheet(sheet, height + 1, width);
    const formats = values.map((_, r) =>
      Array.from({ length: width }, (_x, c) =>
        r === 0 ? AUTOMATIC : formatOf(SPEC_BY_HEADER.get(shortlist.headers[c])),
      ),
    );
    const block = sheet.getRange(1, 1, height, width);
    block.setNumberFormats(formats);
    sheet.getRange(2, 1, height, width).setDataValidation(null);
    sheet.getRange(2, headers.indexOf(SHORTLIST_COLUMNS.status.header) + 1, dataRows, 1).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...SHORTLIST_COLUMNS.status.choices], true)
        .setAllowInvalid(false)
        .build(),
    );
    block.setValues(values);
    if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, headers.length).setFontWeight("bold");

    appendLog(log, { who: email, action: "shortlist", count: shortlist.rows.length });
    return { ...shortlist.counts, skipped };
  });
  const when = sheetTime(new Date());
  let message = t(lang, "shortlistDone", {
    when,
    regions: outcome.regions,
    areas: outcome.areas,
    contacts: outcome.contacts,
  });
  if (outcome.skipped.count > 0) {
    message += ` ${t(lang, "skippedRows", { count: outcome.skipped.count, first: outcome.skipped.first })}`;
  }
  workbookToast(message);
  return {
    regions: outcome.regions,
    areas: outcome.areas,
    contacts: outcome.contacts,
    skipped: outcome.skipped.count,
  };
}
