/**
 * Distinct contacts (docs/scoring.md, readiness): mentions of the same person, written in different ways in
 * different interviews, count once, with their highest decision level and their first-seen details.
 */
import { type DecisionLevel, decisionWeight } from "./codes";
import type { ScoringContact } from "./scoringRows";
import { foldName, phoneDigits } from "./text";

const collator = new Intl.Collator("it");

/** A contact of an area, made distinct: its first-seen details and its highest decision level. */
export type DistinctContact = Omit<ScoringContact, "interviewId">;

/**
 * Every way a distinct person was written: the e-mails (lower case), phone digits and folded
 * name|organisation of all their mentions. The follow-up finds a person by any of them, so a person
 * whose first-seen details change (a mention with an e-mail moved first) stays the same person.
 */
export interface PersonIdentity {
  emails: Set<string>;
  phones: Set<string>;
  names: Set<string>;
}

const IDENTITIES = new WeakMap<DistinctContact, PersonIdentity>();

/** The identity of a distinct contact made by a contactMatcher (its own details when unknown). */
export function identityOf(contact: DistinctContact): PersonIdentity {
  const known = IDENTITIES.get(contact);
  if (known) return known;
  const email = contact.email ? contact.email.trim().toLowerCase() : "";
  const phone = contact.phone ? phoneDigits(contact.phone) : "";
  return {
    emails: new Set(email ? [email] : []),
    phones: new Set(phone ? [phone] : []),
    names: new Set([`${foldName(contact.name)}|${foldName(contact.organization)}`]),
  };
}

function remember(map: Map<string, number[]>, key: string, index: number) {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (!list.includes(index)) list.push(index);
}

/** Keeps a contact's highest decision level, and a coordinator mark given in any mention. */
function raise(
  group: { weight: number; contact: DistinctContact },
  level: DecisionLevel,
  coordinator?: boolean,
): void {
  if (coordinator) group.contact.coordinatorCandidate = true;
  const weight = decisionWeight(level);
  if (weight > group.weight) {
    group.weight = weight;
    group.contact.decisionLevel = level;
  }
}

/** Identity of a contact for merging: e-mail, else phone digits, else name + organisation. */
export function contactMatcher() {
  const groups: { contact: DistinctContact; weight: number; email: string; phone: string }[] = [];
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number[]>();
  const byNameOrg = new Map<string, number[]>();
  const compatible = (g: (typeof groups)[number], email: string, phone: string) =>
    (!g.email || !email || g.email === email) && (!g.phone || !phone || g.phone === phone);
  return {
    /** Adds a mention; returns the index of the person it is (in the order of contacts()). */
    add(c: ScoringContact): number {
      const email = c.email ? c.email.toLowerCase() : "";
      const phone = c.phone ? phoneDigits(c.phone) : "";
      let index: number | undefined = email ? byEmail.get(email) : undefined;
      // The common case on a big sheet: the same person again, written the same way. Nothing new to
      // learn about them but perhaps a higher level, so no keys are built.
      if (index !== undefined) {
        const g = groups[index];
        if (
          g.contact.name === c.name &&
          g.contact.organization === c.organization &&
          (!phone || g.phone === phone)
        ) {
          raise(g, c.decisionLevel, c.coordinatorCandidate);
          return index;
        }
      }
      const nameOrg = `${foldName(c.name)}|${foldName(c.organization)}`;
      if (index === undefined && phone)
        index = byPhone.get(phone)?.find((g) => compatible(groups[g], email, ""));
      if (index === undefined)
        index = byNameOrg.get(nameOrg)?.find((g) => compatible(groups[g], email, phone));
      if (index === undefined) {
        index = groups.length;
        groups.push({
          contact: {
            name: c.name,
            role: c.role,
            organization: c.organization,
            email: c.email,
            phone: c.phone,
            decisionLevel: c.decisionLevel,
            ...(c.coordinatorCandidate === undefined ? {} : { coordinatorCandidate: c.coordinatorCandidate }),
          },
          weight: decisionWeight(c.decisionLevel),
          email,
          phone,
        });
        IDENTITIES.set(groups[index].contact, { emails: new Set(), phones: new Set(), names: new Set() });
      } else raise(groups[index], c.decisionLevel, c.coordinatorCandidate);
      const g = groups[index];
      const identity = IDENTITIES.get(g.contact);
      if (identity) {
        if (email) identity.emails.add(email);
        if (phone) identity.phones.add(phone);
        identity.names.add(nameOrg);
      }
      if (email && !byEmail.has(email)) byEmail.set(email, index);
      if (phone) remember(byPhone, phone, index);
      remember(byNameOrg, nameOrg, index);
      if (!g.email && email) g.email = email;
      if (!g.phone && phone) g.phone = phone;
      return index;
    },
    contacts: () => groups.map((g) => g.contact),
    weightSum: () => groups.reduce((sum, g) => sum + g.weight, 0),
  };
}

/** How many distinct people a list of contacts names (the rules of readiness, docs/scoring.md). */
export function distinctContacts(contacts: readonly ScoringContact[]): DistinctContact[] {
  const matcher = contactMatcher();
  for (const c of contacts) matcher.add(c);
  return matcher.contacts();
}

/** Decision-level order for listing contacts: weight descending, then name. */
export function compareContacts(a: DistinctContact, b: DistinctContact): number {
  return (
    decisionWeight(b.decisionLevel) - decisionWeight(a.decisionLevel) || collator.compare(a.name, b.name)
  );
}
