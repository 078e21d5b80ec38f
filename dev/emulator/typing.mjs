// How Sheets stores and shows what is typed into a cell.

export const isDate = (v) => Object.prototype.toString.call(v) === "[object Date]";

/** What Sheets stores when a string is typed into a cell: text, a number, a boolean, a date or a formula. */
export function parseTyped(input, numberFormat) {
  if (input === null || input === undefined) return { value: "" };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (input === "") return { value: "" };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  if (numberFormat === "@") return { value: input };
  const t = input.trim();
  if (/^[+-]?\d[\d ]*(\.\d+)?([eE][+-]?\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t))
    return { value: Number(t.replace(/ /g, "")) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (d) return { value: new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3])) };
  return { value: input };
}

/** How Sheets would display a value with a number format. */
export function displayValue(value, format) {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    const p = (n) => String(n).padStart(2, "0");
    const day = `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`;
    if (format && /h/.test(format)) return `${day} ${p(value.getHours())}:${p(value.getMinutes())}`;
    return day;
  }
  if (typeof value === "number") {
    const m = /^0(?:\.(0+))?$/.exec(format ?? "");
    if (m) return value.toFixed(m[1] ? m[1].length : 0);
    return String(Math.round(value * 1e10) / 1e10);
  }
  return String(value);
}

/** Utilities.formatDate for the patterns used here (yyyy MM dd HH mm ss). */
export function formatDate(date, timeZone, pattern) {
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
  return pattern
    .replace("yyyy", parts.year)
    .replace("MM", parts.month)
    .replace("dd", parts.day)
    .replace("HH", parts.hour)
    .replace("mm", parts.minute)
    .replace("ss", parts.second);
}
