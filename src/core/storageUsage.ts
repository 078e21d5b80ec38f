/**
 * How full Google's stores are, in the words and numbers people read: the property store and the
 * journal in UTF-8 bytes, the spreadsheet in cells, against Google's limits. Pure.
 */
import type { Lang } from "./codes";

/**
 * Google's storage limits (https://developers.google.com/apps-script/guides/services/quotas:
 * "Properties value size 9 kB / val", "Properties total storage 500 kB / property store";
 * https://support.google.com/drive/answer/37603: "up to 10 million cells" for a spreadsheet). Google
 * does not say whether a kB is 1000 or 1024 bytes: the smaller reading is taken, so the report never
 * says "room left" where there is none.
 */
export const PROPERTY_VALUE_LIMIT = 9_000;
export const PROPERTY_STORE_LIMIT = 500_000;
export const CELL_LIMIT = 10_000_000;
/** From this share of a limit on, a line says the limit is close. */
export const NEAR_LIMIT = 0.8;
/** The journal's document properties: `coef.journal` and any property named after it. */
export const JOURNAL_PREFIX = "coef.journal";

/** The bytes of a text in UTF-8 (Apps Script has no TextEncoder): what Google counts a property in. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * How full the property store and the journal are, in UTF-8 bytes of names and values (the stricter
 * reading: Google's wording is "per value", the emulator counts a property's name with its value).
 * The journal is its largest property: `coef.journal`, or one named after it.
 */
export function propertyUsage(properties: Readonly<Record<string, string>>): {
  storeBytes: number;
  /** The journal's largest property, name and value. */
  journalBytes: number;
  /** The value alone of that property (what the add-on bounds its journal by). */
  journalValueBytes: number;
  pending: number;
} {
  let storeBytes = 0;
  let journalBytes = 0;
  let journalValueBytes = 0;
  let pending = 0;
  for (const [key, value] of Object.entries(properties)) {
    const text = String(value ?? "");
    const bytes = utf8Bytes(key) + utf8Bytes(text);
    storeBytes += bytes;
    if (!key.startsWith(JOURNAL_PREFIX)) continue;
    if (bytes > journalBytes) {
      journalBytes = bytes;
      journalValueBytes = utf8Bytes(text);
    }
    pending += pendingCount(text);
  }
  return { storeBytes, journalBytes, journalValueBytes, pending };
}

/** The operations a journal value lists (a JSON array, or one object); 0 for anything else. */
function pendingCount(text: string): number {
  try {
    const value = JSON.parse(text);
    if (Array.isArray(value)) return value.length;
    return value && typeof value === "object" ? 1 : 0;
  } catch {
    return 0;
  }
}

/** A whole number with the language's thousands separator (1.234.567 / 1,234,567). */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.round(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "it" ? "." : ",");
  return n < 0 ? `-${grouped}` : grouped;
}

/** One decimal with the language's decimal mark (12,5 / 12.5). */
function oneDecimal(n: number, lang: Lang): string {
  const [whole, decimal] = (Math.round(n * 10) / 10).toFixed(1).split(".");
  return `${formatCount(Number(whole), lang)}${lang === "it" ? "," : "."}${decimal}`;
}

/** Bytes for people: "812 byte", "4,2 kB", "500 kB" (1 kB = 1000 bytes, as the limits are read). */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${formatCount(bytes, lang)} ${lang === "en" && bytes !== 1 ? "bytes" : "byte"}`;
  const kB = bytes / 1000;
  return `${Number.isInteger(kB) ? formatCount(kB, lang) : oneDecimal(kB, lang)} kB`;
}

/** A share as a percentage with one decimal ("0,4%"). */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  return `${oneDecimal(whole > 0 ? (100 * part) / whole : 0, lang)}%`;
}
