/**
 * Dates as people read them in a message: GG/MM/AAAA, and "GG/MM/AAAA alle HH:MM" for a time. Cells keep
 * the stored form (YYYY-MM-DD, docs/contract.md); only the words shown to a person change.
 */
import type { Lang } from "./codes";
import { t } from "./i18n";

/** "2025-03-14" → "14/03/2025"; anything that is not a YYYY-MM-DD date is returned unchanged. */
export function readableDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value ?? "").trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(value ?? "");
}

/** "2026-12-07 02:58" → "07/12/2026 alle 02:58" (English: "07/12/2026 at 02:58"); other text unchanged. */
export function readableDateTime(value: string, lang: Lang): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(String(value ?? "").trim());
  return m ? t(lang, "dateAtTime", { date: readableDate(m[1]), time: m[2] }) : String(value ?? "");
}
