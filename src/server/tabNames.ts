/**
 * Tabs renamed or removed by hand. A tab the add-on needs that is missing under its exact name but
 * present under a look-alike one (`Interviste ` with a trailing space, "Interviste (copia)", "Copia di
 * Partner", another case) is named in the message, and nothing is read from or written to it: no
 * silent empty Shortlist, no new empty tab beside it, and no writing at all while `Partner` (who may
 * write) is not found under its name. Found with one call listing the tabs, only when a tab is missing.
 */
import { UserError } from "../core/errors";
import { SHEETS } from "../core/tabs";
import { foldName } from "../core/text";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A tab name as compared: folded, without "copia di"/"copy of" before or "(copia)", "copia", "2" after. */
export function tabKey(name: string): string {
  let key = foldName(String(name ?? ""));
  let previous = "";
  while (previous !== key) {
    previous = key;
    key = key
      .replace(/^(copia di|copy of)\s+/, "")
      .replace(/\s+(copia|copy)(\s+\d+)?$/, "")
      .replace(/\s+\d+$/, "")
      .trim();
  }
  return key;
}

/** The names of the spreadsheet's tabs, read once per Workbook (one call, plus one name per tab). */
export function tabNamesOf(spreadsheet: Spreadsheet): string[] {
  return spreadsheet.getSheets().map((sheet) => sheet.getName());
}

/** The look-alike tab of a missing one (its exact name is not there), or undefined. */
export function lookalikeOf(names: readonly string[], wanted: string): string | undefined {
  const key = tabKey(wanted);
  return names.find((name) => name !== wanted && tabKey(name) === key);
}

/** Throws the message naming a look-alike of a missing tab the add-on needs. */
export function refuseLookalike(wanted: string, found: string): never {
  throw new UserError(wanted === SHEETS.partners ? "partnerRenamed" : "renamedSheet", {
    sheet: wanted,
    found,
  });
}

/**
 * Interviste and Contatti go together: when one exists and the other does not, the missing one was
 * removed (or renamed past recognition), and nothing may write a new empty one beside its data.
 */
export function requireBothDataTabs(exists: (name: string) => boolean): void {
  const interviews = exists(SHEETS.interviews);
  const contacts = exists(SHEETS.contacts);
  if (interviews && !contacts) throw new UserError("removedSheet", { sheet: SHEETS.contacts });
  if (contacts && !interviews) throw new UserError("removedSheet", { sheet: SHEETS.interviews });
}
