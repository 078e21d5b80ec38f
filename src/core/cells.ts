/**
 * What a single cell says, read the same way everywhere: its text, its date, its yes or no. Sheets
 * gives a cell as a string, a number, a boolean or a Date (getValues); people type yes and no in many
 * ways ("Sì", "si", "x", "1", VERO in an Italian spreadsheet). Every reader of a cell uses these.
 */
import { YES_MARK } from "./tabs";
import { foldName } from "./text";

/** True for a Date as getValues gives one (checked by tag: a Date from another realm counts too). */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** A date as YYYY-MM-DD on the runtime's local calendar. */
export function isoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** A cell as text: numbers and booleans as typed, dates as YYYY-MM-DD, blanks as "", trimmed. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isDateValue(value)) return isoDate(value);
  return String(value).trim();
}

/**
 * A date cell as YYYY-MM-DD: a real date cell (the gateway gives it as YYYY-MM-DD in the
 * spreadsheet's time zone), YYYY-MM-DD text (a time after it is dropped) or GG/MM/AAAA (also with -
 * or . between). Anything else is returned as written, for the form's validation to refuse.
 */
export function dateCellText(value: unknown): string {
  const text = cellText(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, "0")}-${iso[3].padStart(2, "0")}`;
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (italian) return `${italian[3]}-${italian[2].padStart(2, "0")}-${italian[1].padStart(2, "0")}`;
  return text;
}

/*
 * The spellings of yes and no, folded (case and accents ignored: "Sì", "SI", "si" are one): Italian
 * and English words, their initials, a mark, 1/0, and the booleans as a locale may show them as text
 * (TRUE/FALSE, VERO/FALSO).
 */
const YES = new Set(["si", "yes", "y", "s", "x", "1", "true", "vero", "ok", "acconsento"]);
const NO = new Set(["no", "n", "0", "false", "falso"]);

/**
 * What a yes/no cell says: true for yes (Sì, si, SI, yes, y, x, 1, TRUE, VERO, a true checkbox…),
 * false for no (No, n, 0, FALSE, FALSO, a false checkbox) and for a blank cell, undefined for any
 * other text (a typing mistake the caller may name). The one reader of yes and no.
 */
export function yesNoOf(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  const folded = foldName(cellText(value));
  if (folded === "") return false;
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}

/** A yes or no as the add-on writes it: "Sì" or "No" (a boolean would show TRUE, or VERO, by the locale). */
export function yesNoText(yes: boolean): string {
  return yes ? YES_MARK : "No";
}

/** True when a cell says yes (see yesNoOf); blank, no and unknown text are not yes. */
export function isYes(value: unknown): boolean {
  return yesNoOf(value) === true;
}
