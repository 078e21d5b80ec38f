/**
 * The Scheda regione's sentences that depend on the data: when it was made, and what an empty list
 * means (no interview yet is not the same as nothing to show among many interviews).
 */
import type { RegionReport } from "../core/regionReport";

/** When the Scheda was made, for the page and the printed pages' margin: "" when unknown. */
export function generatedText(report: RegionReport): string {
  const g = report.generated;
  if (!g?.date) return "";
  return g.time ? `Scheda generata il ${g.date} alle ${g.time}` : `Scheda generata il ${g.date}`;
}

/** "Nessuna intervista ancora" (or none verified yet) when the region has no interview counted; else "". */
export function noInterviewsYet(report: RegionReport): string {
  if (report.progress.interviews > 0) return "";
  return (report.progress.allInterviews ?? 0) > 0
    ? "Nessuna intervista verificata ancora in questa regione"
    : "Nessuna intervista ancora in questa regione";
}

/** The line under "Interesse senza criticità" when no area is listed. */
export function interestOnlyEmpty(report: RegionReport): string {
  const none = noInterviewsYet(report);
  return none
    ? `${none}: non c'è ancora nessun ente interessato da mostrare.`
    : "Nessuna: ogni ente interessato è in un'area indicata come la più difficile.";
}

/** The line under "Chi contattare" when nobody is listed. */
export function contactsEmpty(report: RegionReport): string {
  const none = noInterviewsYet(report);
  return none
    ? `${none}: nessun contatto da mostrare.`
    : "Nessun contatto indicato (D4) per le aree in shortlist.";
}

/** The Shortlist's placeholder for a region whose interviews name no area (kept here so the page stays small). */
export const NO_AREA_NAMED_TEXT = "(nessuna area citata in D1)";

/** The line under "Aree in shortlist" when no area is listed. */
export function areasEmpty(report: RegionReport): string {
  const none = noInterviewsYet(report);
  if (none) return `${none}: nessuna area da mostrare.`;
  return report.placeholder === NO_AREA_NAMED_TEXT
    ? "Le interviste non indicano ancora un'area più difficile (D1)."
    : "Nessuna area in shortlist.";
}
