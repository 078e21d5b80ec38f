/**
 * The Perché of an area (Shortlist and Scheda regione): one line of Italian that says in words, with
 * exact counts, why the area is there, e.g. `indicata come la più difficile in 3 interviste su 5
 * (gravità media 4,3 su 5; cause: lavoro, casa) · ente interessato: Comune di Foggia (2 interviste,
 * interesse medio 4,5 su 5) · 2 contatti per il protocollo (1 politico, 1 tecnico)`. A count of zero
 * reads as words too ("nessun ente interessato", "nessun contatto per il protocollo").
 */
import type { ComuneReceipt } from "./ambitoComuni";
import { CAUSES, labelOf } from "./codes";
import type { DistinctContact } from "./distinctContacts";
import type { AreaScore } from "./scoring";

/** A number with one decimal and the Italian comma: 4.333 → "4,3". */
export function decimal(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const LEVEL_WORDS: Record<DistinctContact["decisionLevel"], [string, string]> = {
  politico: ["politico", "politici"],
  dirigente: ["dirigente", "dirigenti"],
  tecnico: ["tecnico", "tecnici"],
  altro: ["altro", "altri"],
};

/** D1 in words: how many of the region's interviews name the area hardest, how severe, why. */
function hardestInWords(area: AreaScore): string {
  const d1 = area.hardest;
  const of = `${plural(d1.interviews, "intervista", "interviste")} su ${area.regionInterviews}`;
  if (d1.interviews === 0) return `non indicata come la più difficile (${of})`;
  const causes = d1.causes.slice(0, 3).map((c) => labelOf(CAUSES, c.cause).toLowerCase());
  const why = causes.length ? `; cause: ${causes.join(", ")}` : "";
  return `indicata come la più difficile in ${of} (gravità media ${decimal(d1.meanSeverity)} su 5${why})`;
}

/** D3 in words: the interested authority, in how many interviews, with what interest. */
function interestInWords(authority: string, d3: AreaScore["interested"]): string {
  if (d3.interviews === 0) return "nessun ente interessato";
  const detail = `${plural(d3.interviews, "intervista", "interviste")}, interesse medio ${decimal(d3.meanInterest)} su 5`;
  return authority ? `ente interessato: ${authority} (${detail})` : `un ente interessato (${detail})`;
}

/** D4 in words: the distinct contacts for the protocol, by decision level. */
function contactsInWords(contacts: readonly DistinctContact[]): string {
  if (contacts.length === 0) return "nessun contatto per il protocollo";
  const levels = (Object.keys(LEVEL_WORDS) as DistinctContact["decisionLevel"][])
    .map((level) => [level, contacts.filter((c) => c.decisionLevel === level).length] as const)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => plural(n, ...LEVEL_WORDS[level]));
  return `${plural(contacts.length, "contatto", "contatti")} per il protocollo (${levels.join(", ")})`;
}

/**
 * One comune of an Ambito in words: its name and what it received in D3 and D4, e.g. `Foggia (ente
 * interessato Comune di Foggia, 2 interviste, interesse medio 3,5 su 5; 1 contatto)`.
 */
export function comuneInWords(comune: ComuneReceipt): string {
  const d3 = comune.interested;
  const detail = `${plural(d3.interviews, "intervista", "interviste")}, interesse medio ${decimal(d3.meanInterest)} su 5`;
  const parts = [
    d3.interviews === 0
      ? "nessun ente interessato"
      : comune.authority
        ? `ente interessato ${comune.authority}, ${detail}`
        : `un ente interessato, ${detail}`,
  ];
  if (comune.contacts !== null)
    parts.push(comune.contacts === 0 ? "nessun contatto" : plural(comune.contacts, "contatto", "contatti"));
  return `${comune.name} (${parts.join("; ")})`;
}

/**
 * Why an area is in the Shortlist, in one line of Italian with exact counts: D1 (how many of the
 * region's interviews name it hardest, mean severity, the three causes most given), D3 (the interested
 * authority, how many interviews, mean interest), D4 (distinct contacts by decision level; left out
 * when the area was scored without contacts). A declared Ambito adds its comuni and, given
 * `comuni` (comuniReceipts), what each of them received in D3 and D4, without adding it to its own.
 */
export function reasonOf(area: AreaScore, comuni?: readonly ComuneReceipt[]): string {
  const parts = [hardestInWords(area), interestInWords(area.authority, area.interested)];
  if (area.readiness !== null) parts.push(contactsInWords(area.contacts));
  if (area.comuni.length) {
    const listed = comuni && comuni.length === area.comuni.length ? comuni.map(comuneInWords) : area.comuni;
    parts.push(`comuni dell'ambito: ${listed.join(", ")}`);
  }
  return parts.join(" · ");
}
