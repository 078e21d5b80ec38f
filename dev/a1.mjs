// A1 notation helpers shared by the emulator and the preview.

/** 1-based column number of letters ("A" → 1, "AB" → 28). */
export function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a 1-based column number. */
export function columnLetters(n) {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Parses "A1", "A1:B9", "A:AZ", "A2:C" or "3:5" into { row, col, lastRow, lastCol } (1-based; lastRow or
 * lastCol null when the reference is open-ended). Returns null for anything else.
 */
export function parseA1(ref) {
  const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(ref.trim());
  if (!m) return null;
  const [, c1, r1, c2, r2] = m;
  if (!c1 && !r1) return null;
  const single = m[3] === undefined && m[4] === undefined;
  const col = c1 ? columnNumber(c1) : 1;
  const row = r1 ? Number(r1) : 1;
  if (single) {
    if (!c1 || !r1) return null;
    return { row, col, lastRow: row, lastCol: col };
  }
  return {
    row,
    col,
    lastRow: r2 ? Number(r2) : c1 && !r1 ? null : r1 && !c1 ? Number(r1) : null,
    lastCol: c2 ? columnNumber(c2) : null,
  };
}
