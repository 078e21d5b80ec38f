/**
 * The Scheda regione's recapiti: the e-mails and phones of the people it names (Chi contattare, the
 * possible coordinators, the people of the areas with interest without criticality). A Scheda handed
 * to a comune should not carry other people's recapiti, so the page hides them unless the staff ask to
 * see them, and a copy saved while they are hidden does not hold them at all.
 */
import type { RegionReport } from "../core/regionReport";

/** A report as the page holds it: `detailsRemoved` when the recapiti were taken out of the data. */
export type ShownReport = RegionReport & { detailsRemoved?: boolean };

/** The same report without any e-mail or phone (everything else unchanged); the input is not changed. */
export function withoutContactDetails(report: RegionReport): ShownReport {
  const blank = <T extends { email: string; phone: string }>(p: T): T => ({ ...p, email: "", phone: "" });
  return {
    ...report,
    contacts: report.contacts.map(blank),
    coordinators: report.coordinators.map(blank),
    interestOnly: report.interestOnly.map((a) => ({ ...a, people: a.people.map(blank) })),
    detailsRemoved: true,
  };
}

/** The line the page (and its print) carries about recapiti. */
export function detailsNote(hidden: boolean, removed: boolean): string {
  if (removed)
    return "Recapiti non inclusi: questa copia della scheda non contiene e-mail e telefoni delle persone.";
  return hidden
    ? "Recapiti nascosti: la scheda mostra nomi, ruoli ed enti delle persone, senza e-mail e telefoni."
    : "Questa scheda mostra e-mail e telefoni di persone di altri enti: consegnala solo a chi lavora al progetto.";
}
