/** Limits on user text (docs/contract.md). */
export const NAME_MAX = 200;
export const TEXT_MAX = 2000;

/**
 * Characters that show nothing on their own: format characters (zero-width spaces and joiners,
 * direction marks and isolates, soft hyphen, BOM), separators, and the blank letters some keyboards
 * produce (combining grapheme joiner, Hangul fillers, braille blank).
 */
const INVISIBLE = /[\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]|\u034F/gu;

/** True when a text shows nothing: empty, or only spaces, zero-width and direction characters. */
export function isBlankText(value: string): boolean {
  return value.replace(INVISIBLE, "") === "";
}

/**
 * Cleans one piece of user text: removes control characters (keeping line breaks in free text),
 * turns tabs into spaces and trims. Direction marks and other format characters inside real text are
 * kept: they are part of what was typed and are stored literally. A text made only of invisible
 * characters becomes empty, so a required field cannot be filled with nothing that shows.
 */
export function cleanText(value: string, multiline = false): string {
  const noControls = multiline
    ? value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
    : value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === "\t" || c === "\n" ? " " : ""));
  const cleaned = noControls.replace(/\t/g, " ").trim();
  return isBlankText(cleaned) ? "" : cleaned;
}

/** Lower-case, accents removed, punctuation as spaces, spaces collapsed, trimmed (docs/scoring.md, areas). */
export function foldName(value: string): string {
  let folded = FOLDED.get(value);
  if (folded === undefined) {
    folded = value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    // Names repeat on every row of a sheet; the cache is bounded so a huge sheet cannot grow it forever.
    if (FOLDED.size > 100_000) FOLDED.clear();
    FOLDED.set(value, folded);
  }
  return folded;
}
const FOLDED = new Map<string, string>();

/** Only the digits of a phone number, for comparing numbers written in different ways. */
export function phoneDigits(value: string): string {
  return value.replace(/\D+/g, "");
}
