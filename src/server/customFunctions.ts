/** The custom functions' shell: core does the work; here errors become "COEF_X: message" for the cell. */

import { ambitiIndexOf } from "../core/ambiti";
import { isUserError } from "../core/errors";
import { t } from "../core/i18n";
import { areaScoresTable, type Matrix, normalizeCells, rankCells, scoreCells } from "../core/sheetFunctions";
import { SHEETS } from "../core/tabs";
import { messageOf } from "./entry";
import { userLang } from "./session";
import { allValues } from "./workbook/reads";

function customFunction(name: string, body: () => Matrix): Matrix {
  try {
    return body();
  } catch (error) {
    const lang = userLang();
    const message = isUserError(error) ? t(lang, error.key, error.params) : messageOf(error, lang, name);
    throw new Error(`${name}: ${message}`);
  }
}

/**
 * A tab's values, read-only (allowed in a custom function), or null when the tab does not exist.
 * Reading a tab that is not an argument does not make Sheets recalculate when it changes: the README
 * and the demo pass `Impostazioni!A:D` for that.
 */
function tabValues(name: string): unknown[][] | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName(name);
  return sheet ? allValues(sheet) : null;
}

/** One ranking everywhere (docs/scoring.md): without a weights range, Impostazioni's settings and the Ambiti tab. */
export const areaScores = (interviews: unknown, contacts: unknown, weights: unknown) =>
  customFunction("COEF_AREA_SCORES", () =>
    areaScoresTable(
      interviews,
      contacts,
      weights,
      tabValues(SHEETS.settings) ?? undefined,
      ambitiIndexOf(tabValues(SHEETS.ambiti)),
    ),
  );
export const score = (criticality: unknown, interest: unknown, readiness: unknown, weights: unknown) =>
  customFunction("COEF_SCORE", () => scoreCells(criticality, interest, readiness, weights));
export const rank = (values: unknown, groups: unknown) =>
  customFunction("COEF_RANK", () => rankCells(values, groups));
export const normalize = (values: unknown, method: unknown, direction: unknown) =>
  customFunction("COEF_NORMALIZE", () => normalizeCells(values, method, direction));
