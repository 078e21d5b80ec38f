/*
 * What Apps Script sees: every function exported here becomes a top-level function of dist/Code.js
 * (build.mjs writes the stubs with these JSDoc comments and parameter names). Nothing else lives here.
 */
import type { StoredInterview } from "./core/records";
import type { Matrix } from "./core/sheetFunctions";
import * as custom from "./server/customFunctions";
import { endpoint, menuAction } from "./server/entry";
import {
  getComuni as comuniOfRegion,
  type FormContext,
  getFormContext as formContext,
} from "./server/formContext";
import { type ImportResult, importInterviewsAction } from "./server/importAction";
import * as interviews from "./server/interviews";
import * as menu from "./server/menu";
import { showRegionReport as regionReport, getRegionReport as regionReportOf } from "./server/regionReport";
import { setupSpreadsheet as setup } from "./server/setup";
import { generateShortlist as shortlist } from "./server/shortlistAction";
import { getAreaSuggestions as areaSuggestionsOf } from "./server/suggestions";
import * as webApp from "./server/webApp";

/**
 * Adds the CO.EFFICIENTI menu when the spreadsheet opens (works in AuthMode.NONE).
 * @param {Object} e the open event
 */
export function onOpen(e: unknown): void {
  void e;
  menu.buildMenuSafely();
}

/**
 * Adds the CO.EFFICIENTI menu right after the add-on is installed.
 * @param {Object} e the install event
 */
export function onInstall(e: unknown): void {
  onOpen(e);
}

/** Opens the interview form, empty, in the sidebar. */
export function showInterviewSidebar(): void {
  menu.showInterviewSidebarAction();
}

/** Opens the interview form filled with the interview on the selected row of Interviste. */
export function editSelectedInterview(): void {
  menu.editSelectedInterviewAction();
}

/** Deletes the interview on the selected row of Interviste and its contacts, after a confirmation. */
export function deleteSelectedInterview(): void {
  menu.deleteSelectedInterviewAction();
}

/** Marks the interviews on the selected rows of Interviste as verified (staff only). */
export function markSelectedVerified(): void {
  menu.markSelectedVerifiedAction();
}

/** Marks the interviews on the selected rows of Interviste as to correct, with a note asked for (staff only). */
export function markSelectedToCorrect(): void {
  menu.markSelectedToCorrectAction();
}

/**
 * Builds the Shortlist tab: the top areas of each region in scope and whom to contact there.
 * @return {Object} how many regions, areas and contacts it holds
 */
export function generateShortlist(): ReturnType<typeof shortlist> | undefined {
  return menuAction("generateShortlist", shortlist);
}

/** Opens the Scheda regione (printable, A4) of the active row's region, or of the region the user types. */
export function showRegionReport(): void {
  menuAction("showRegionReport", regionReport);
}

/**
 * One region's report: progress, shortlisted areas with their Perché, Stabilità and best/worst position,
 * whom to call with their Stato, coordinator candidates, causes, interest without criticality, coverage.
 * @param {string} regionCode ISTAT region code "01".."20" (or the region's name)
 * @return {Object} the report, as plain data
 */
export function getRegionReport(regionCode: string) {
  return endpoint("getRegionReport", () => regionReportOf(regionCode));
}

/**
 * Imports the interviews pasted into the Importa tab: each valid row becomes an interview (its Esito
 * importazione reads the new id), each other row says what to fix. Running it again adds nothing twice.
 * @return {Object} how many rows were imported, already imported, to correct, not allowed
 */
export function importInterviews(): ImportResult | undefined {
  return importInterviewsAction();
}

/** Creates or repairs the tabs, their headers, dropdowns and default settings. Safe to run again. */
export function setupSpreadsheet(): void {
  menuAction("setupSpreadsheet", setup);
}

/**
 * What the form needs: regions, settings, current user, dataset date.
 * @return {Object} the form context
 */
export function getFormContext(): FormContext {
  return formContext();
}

/**
 * The comuni of a region.
 * @param {string} regionCode ISTAT region code, "01".."20"
 * @return {Object[]} [{code, name, province}] sorted by name
 */
export function getComuni(regionCode: string) {
  return comuniOfRegion(regionCode);
}

/**
 * The areas the form suggests for D1, D3 and D4: already named in the region, declared in Ambiti, comuni.
 * @param {string} regionCode ISTAT region code, "01".."20"
 * @return {Object[]} [{name, kind, source}], source "named", "declared" or "comune"
 */
export function getAreaSuggestions(regionCode: string) {
  return areaSuggestionsOf(regionCode);
}

/**
 * Creates or updates an interview; never throws for user errors.
 * @param {Object} input the interview, as the form sends it
 * @return {Object} {ok: true, id, version, created} or {ok: false, errors} or {ok: false, conflict: true, current}
 */
export function submitInterview(input: unknown) {
  return interviews.submitInterview(input);
}

/**
 * The stored interview as the form's input, with its id and version.
 * @param {string} id interview id, e.g. "INT-00042"
 * @return {Object} the interview
 */
export function getInterview(id: string): StoredInterview {
  return endpoint("getInterview", () => interviews.getInterview(id));
}

/**
 * Deletes an interview and its contacts.
 * @param {string} id interview id, e.g. "INT-00042"
 * @return {Object} {ok: true, id, contacts} or {ok: false, message}
 */
export function deleteInterview(id: string) {
  return endpoint("deleteInterview", () => interviews.deleteInterview(id));
}

/**
 * Scores every area of every region from the Interviste tab (and Contatti for readiness).
 * Example: =COEF_AREA_SCORES(Interviste!A:AB; Contatti!A:I)
 * @param {A1:AB1000} interviews the Interviste range, with its header row (whole columns allowed)
 * @param {A1:I5000} contacts optional: the Contatti range, with its header row; without it Prontezza is blank
 * @param {C2:C4} weights optional: Impostazioni!A:D (recalculates when settings change) or 3 numbers (criticality; interest; readiness); without it, Impostazioni is read
 * @return A table: Regione | Area | Interviste | Criticità | Interesse | Prontezza | Punteggio | Posizione
 * @customfunction
 */
export function COEF_AREA_SCORES(interviews: unknown, contacts?: unknown, weights?: unknown): Matrix {
  return custom.areaScores(interviews, contacts, weights);
}

/**
 * Weighted score of criticality, interest and readiness, cell by cell. Blank or non-number gives blank.
 * Example: =COEF_SCORE(D2:D20; E2:E20; F2:F20; {0,4; 0,4; 0,2})
 * @param {D2:D20} criticality criticality values (0–100), a range or one number
 * @param {E2:E20} interest interest values (0–100), same size
 * @param {F2:F20} readiness readiness values (0–100), same size
 * @param {C2:C4} weights optional: 3 numbers (criticality; interest; readiness), default 0.4; 0.4; 0.2
 * @return The scores, same size as the inputs
 * @customfunction
 */
export function COEF_SCORE(
  criticality: unknown,
  interest: unknown,
  readiness: unknown,
  weights?: unknown,
): Matrix {
  return custom.score(criticality, interest, readiness, weights);
}

/**
 * Rank within each group: highest = 1, ties share the lowest number (1, 2, 2, 4), blanks stay blank.
 * Example: =COEF_RANK(G2:G50; A2:A50)
 * @param {G2:G50} values the numbers to rank
 * @param {A2:A50} groups optional: the group of each value (e.g. the region), same size
 * @return The ranks, same size as values
 * @customfunction
 */
export function COEF_RANK(values: unknown, groups?: unknown): Matrix {
  return custom.rank(values, groups);
}

/**
 * Rescales numbers: "minmax" 0–100 (all equal gives 50), "zscore" (population standard deviation),
 * "rank" (percent of the other values strictly below, 0–100). Direction -1 inverts (higher = worse).
 * Example: =COEF_NORMALIZE(D2:D20; "minmax"; -1)
 * @param {D2:D20} values the numbers to rescale; blanks stay blank
 * @param {"minmax"} method optional: "minmax" (default), "zscore" or "rank"
 * @param {1} direction optional: 1 (default) or -1 to invert
 * @return The rescaled numbers, same size as values
 * @customfunction
 */
export function COEF_NORMALIZE(values: unknown, method?: unknown, direction?: unknown): Matrix {
  return custom.normalize(values, method, direction);
}

/**
 * The phone form: the interview form served as a web app (Deploy → New deployment → Web app).
 * @param {Object} e the request event (its parameters are not used)
 * @return {HtmlOutput} the form, at the phone's width
 */
export function doGet(e: unknown): GoogleAppsScript.HTML.HtmlOutput {
  void e;
  return webApp.phoneFormPage();
}

/**
 * What the phone form needs: as getFormContext, from the web app.
 * @return {Object} the form context
 */
export function getPhoneFormContext(): FormContext {
  return webApp.phoneFormContext();
}

/**
 * Creates an interview from the phone form: as submitInterview, once per submission id.
 * @param {Object} input the interview, as the form sends it
 * @return {Object} {ok: true, id, version, created} or {ok: false, errors}
 */
export function submitPhoneInterview(input: unknown) {
  return webApp.submitPhoneInterview(input);
}
