// The same operations written the common way, for comparison: one appendRow per row, one getValue per
// cell read, one setValue per Shortlist cell. Lives here, never in src/.

function readCellByCell(sheet) {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const values = [];
  for (let r = 1; r <= rows; r++) {
    const line = [];
    for (let c = 1; c <= cols; c++) line.push(sheet.getRange(r, c).getValue());
    values.push(line);
  }
  return values;
}

/** submitInterview the common way: scan the submission ids cell by cell, then appendRow each row. */
export function naiveSubmit(g, row, contacts, logRow) {
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName("Interviste");
  const cols = sheet.getLastColumn();
  const header = [];
  for (let c = 1; c <= cols; c++) header.push(sheet.getRange(1, c).getValue());
  const submission = header.indexOf("ID invio") + 1;
  const last = sheet.getLastRow();
  for (let r = 2; r <= last; r++) if (sheet.getRange(r, submission).getValue() === row["ID invio"]) return;
  sheet.appendRow(header.map((h) => row[h] ?? ""));
  const contactSheet = ss.getSheetByName("Contatti");
  const contactHeader = [];
  for (let c = 1; c <= contactSheet.getLastColumn(); c++)
    contactHeader.push(contactSheet.getRange(1, c).getValue());
  for (const contact of contacts) contactSheet.appendRow(contactHeader.map((h) => contact[h] ?? ""));
  ss.getSheetByName("Registro").appendRow(logRow);
}

/** generateShortlist the common way: read every cell with getValue, write every cell with setValue. */
export function naiveShortlist(g, core) {
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const interviews = core.scoringInterviewsOf(readCellByCell(ss.getSheetByName("Interviste"))).interviews;
  const contacts = core.scoringContactsOf(readCellByCell(ss.getSheetByName("Contatti"))).contacts;
  const scores = core.scoreAreas(interviews, contacts);
  const regions = ["02", "03", "04", "05", "07", "08", "09", "10", "11", "13", "14", "15", "16", "17", "20"];
  const shortlist = core.buildShortlist({ scores, regionsInScope: regions, topN: 3 });
  const sheet = ss.getSheetByName("Shortlist") ?? ss.insertSheet("Shortlist");
  shortlist.headers.forEach((h, c) => sheet.getRange(1, c + 1).setValue(h));
  shortlist.rows.forEach((row, r) =>
    shortlist.headers.forEach((h, c) => sheet.getRange(r + 2, c + 1).setValue(row[h] ?? "")),
  );
}

/** getFormContext the common way: the settings and partners read cell by cell. */
export function naiveFormContext(g) {
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const settings = readCellByCell(ss.getSheetByName("Impostazioni"));
  const partners = readCellByCell(ss.getSheetByName("Partner"));
  return { settings: settings.length, partners: partners.length, user: g.Session.getActiveUser().getEmail() };
}
