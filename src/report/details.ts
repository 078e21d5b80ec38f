/**
 * The Scheda regione's recapiti: the e-mails and phones of the people it names (Chi contattare, the
 * possible coordinators, the people of the areas with interest without criticality). A Scheda handed
 * to a comune should not carry other people's recapiti, so the page hides them unless the staff ask to
 * see them, and a copy saved while they are hidden does not hold them at all.
 */
import type { RegionReport } from "../core/regionReport";

/** A report as the page holds it: `detailsRemoved` when the recapiti were taken out of the data. */
export type ShownReport = RegionReport & { detailsRemoved?: boolean };

/** What stands for an e-mail or a phone number typed in free text while the recapiti are hidden. */
export const HIDDEN_DETAIL = "[recapito nascosto]";

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/** Six digits or more, each apart from the next by at most one space, dot, slash or hyphen, after an optional +. */
const PHONE = /\+?\d(?:[ ./-]?\d){5,}/g;
/** A date such as 14/03/2025 or 2025-03-14 is not a phone number. */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/** `text` with every e-mail address and phone-like run of digits replaced by HIDDEN_DETAIL. */
export function maskDetails(text: string): string {
  return text.replace(EMAIL, HIDDEN_DETAIL).replace(PHONE, (run) => (DATE.test(run) ? run : HIDDEN_DETAIL));
}

/** The fields of a person or an area that hold no free text (dates as typed are not masked). */
const NOT_FREE_TEXT = new Set(["lastContact", "region", "kind", "code"]);

/** A copy of `item` with its free text masked and its e-mail, phone and Referente blank. */
function masked<T extends object>(item: T): T {
  const copy = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy))
    if (typeof value === "string" && !NOT_FREE_TEXT.has(key)) copy[key] = maskDetails(value);
  for (const key of ["email", "phone", "owner"]) if (key in copy) copy[key] = "";
  return copy as T;
}

/**
 * The same report without any e-mail or phone: the e-mail and phone fields and the Referente (which the
 * page never shows) are blank, and those typed in free text (Prossimo passo, Stato, names…) are
 * replaced by HIDDEN_DETAIL. Everything else is unchanged; the input is not changed.
 */
export function withoutContactDetails(report: RegionReport): ShownReport {
  return {
    ...report,
    areas: report.areas.map(masked),
    contacts: report.contacts.map(masked),
    coordinators: report.coordinators.map(masked),
    interestOnly: report.interestOnly.map((a) => ({ ...masked(a), people: a.people.map(masked) })),
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
