// How Sheets stores and shows what is typed (or written with setValue(s)) into a cell. The rules and
// their sources are listed in dev/emulator/RULES.md.

export const isDate = (v) => Object.prototype.toString.call(v) === "[object Date]";

/** Offset in ms of a time zone from UTC at an instant (positive east of Greenwich). */
export function zoneOffset(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - (instant - (instant % 1000));
}

/** The instant of a wall-clock time in a time zone (midnight by default). */
export function zonedTime(year, month, day, timeZone, hours = 0, minutes = 0) {
  const guess = Date.UTC(year, month - 1, day, hours, minutes);
  let instant = guess - zoneOffset(guess, timeZone);
  instant = guess - zoneOffset(instant, timeZone);
  return new Date(instant);
}

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(date, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return parts;
}

/**
 * What Sheets stores when a value is typed or written into a cell: text, a number, a boolean, a date
 * (midnight in the spreadsheet's time zone) or a formula.
 * `options.apostrophe` says what a leading apostrophe does in a cell formatted as plain text ("@"),
 * which Google does not document: "hidden" (it marks text and disappears, as in an automatic cell)
 * or "kept" (it stays a character of the text). In a cell of automatic format it always marks text.
 */
export function parseTyped(input, numberFormat, options = {}) {
  const timeZone = options.timeZone ?? "Europe/Rome";
  const apostrophe = options.apostrophe ?? "kept";
  if (input === null || input === undefined) return { value: "" };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (input === "") return { value: "" };
  const plainText = numberFormat === "@";
  if (input.startsWith("'")) {
    if (plainText && apostrophe === "kept") return { value: input };
    return { value: input.slice(1) };
  }
  // Whether Sheets turns "=…" into a formula in a plain-text cell is not documented: the stricter
  // behaviour (it does) is modelled, so the add-on never relies on the format to keep text.
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  if (plainText) return { value: input };
  const t = input.trim();
  if (/^[+-]?\d[\d ]*(\.\d+)?([eE][+-]?\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t))
    return { value: Number(t.replace(/ /g, "")) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (d) return { value: zonedTime(Number(d[1]), Number(d[2]), Number(d[3]), timeZone) };
  return { value: input };
}

/**
 * The decimal separator of a spreadsheet locale (`Spreadsheet.getSpreadsheetLocale()`, e.g. "it_IT",
 * "en_US"): a number format's "." is the locale's decimal separator when Sheets shows the cell (R60).
 * Without a locale the dot is kept (the value as the script reads it).
 */
export function decimalSeparator(locale) {
  if (!locale) return ".";
  const tag = String(locale).replace("_", "-");
  try {
    const part = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === "decimal");
    return part ? part.value : ".";
  } catch {
    return ".";
  }
}

/** Whether a spreadsheet locale shows booleans in Italian (VERO / FALSO), as Sheets does in it_IT. */
const italianBooleans = (locale) => /^it(\b|_)/i.test(String(locale ?? ""));

/**
 * How Sheets would display a value with a number format (dates in the spreadsheet's time zone; the
 * decimal separator and TRUE/FALSE of the spreadsheet's locale when one is given).
 */
export function displayValue(value, format, timeZone = "Europe/Rome", locale) {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") {
    if (italianBooleans(locale)) return value ? "VERO" : "FALSO";
    return value ? "TRUE" : "FALSE";
  }
  if (isDate(value)) {
    const p = zonedParts(value, timeZone);
    const day = `${p.year}-${p.month}-${p.day}`;
    if (format && /h/.test(format)) return `${day} ${p.hour}:${p.minute}`;
    return day;
  }
  if (typeof value === "number") {
    const separator = decimalSeparator(locale);
    const m = /^0(?:\.(0+))?(%?)$/.exec(format ?? "");
    // "0%" shows the number times 100 with a percent sign, as Sheets does.
    const shown = m
      ? `${(m[2] ? value * 100 : value).toFixed(m[1] ? m[1].length : 0)}${m[2]}`
      : String(Math.round(value * 1e10) / 1e10);
    return separator === "." ? shown : shown.replace(".", separator);
  }
  return String(value);
}

/** Utilities.formatDate for the patterns used here (yyyy MM dd HH mm ss). */
export function formatDate(date, timeZone, pattern) {
  const parts = zonedParts(date, timeZone);
  return pattern
    .replace("yyyy", parts.year)
    .replace("MM", parts.month)
    .replace("dd", parts.day)
    .replace("HH", parts.hour)
    .replace("mm", parts.minute)
    .replace("ss", parts.second);
}
