/** The custom functions' shell: core does the work; here errors become "COEF_X: message" for the cell. */
import { isUserError } from "../core/errors";
import { t } from "../core/i18n";
import { areaScoresTable, type Matrix, normalizeCells, rankCells, scoreCells } from "../core/sheetFunctions";
import { messageOf } from "./entry";
import { userLang } from "./session";

function customFunction(name: string, body: () => Matrix): Matrix {
  try {
    return body();
  } catch (error) {
    const lang = userLang();
    const message = isUserError(error) ? t(lang, error.key, error.params) : messageOf(error, lang, name);
    throw new Error(`${name}: ${message}`);
  }
}

export const areaScores = (interviews: unknown, contacts: unknown, weights: unknown) =>
  customFunction("COEF_AREA_SCORES", () => areaScoresTable(interviews, contacts, weights));
export const score = (criticality: unknown, interest: unknown, readiness: unknown, weights: unknown) =>
  customFunction("COEF_SCORE", () => scoreCells(criticality, interest, readiness, weights));
export const rank = (values: unknown, groups: unknown) =>
  customFunction("COEF_RANK", () => rankCells(values, groups));
export const normalize = (values: unknown, method: unknown, direction: unknown) =>
  customFunction("COEF_NORMALIZE", () => normalizeCells(values, method, direction));
