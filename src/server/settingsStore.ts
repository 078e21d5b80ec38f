import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../core/settings";
import { SETTINGS_COLUMNS, SHEETS } from "../core/tabs";
import type { Workbook } from "./workbook";

/** The settings from Impostazioni (defaults when the tab does not exist yet). */
export function readSettings(workbook: Workbook): Settings {
  if (!workbook.find(SHEETS.settings)) return DEFAULT_SETTINGS;
  const table = workbook.table(SHEETS.settings, SETTINGS_COLUMNS);
  const { rows, rowNumbers } = table.read(["key", "value"]);
  return parseSettings(rows, (index) => `${table.cellAddress(rowNumbers[index], "value")}`);
}
