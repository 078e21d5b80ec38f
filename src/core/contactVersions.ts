/**
 * Which contacts belong to an interview now. Each contact row carries the interview version it was
 * written for: an edit writes the new version's contacts first and removes the old ones after, so a
 * sheet read in between holds both, and contacts of the first release carry no version at all.
 */
import { cellText } from "./cells";

/** A version cell as a positive integer, or null when blank or unusable (contacts of the first release). */
export function versionOf(value: unknown): number | null {
  const n = typeof value === "number" ? value : Number(cellText(value));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * The contacts that belong to an interview at its version. Contacts written for another version are
 * an edit in progress (not yet switched) or left over from the previous version (not yet removed);
 * contacts without a version come from the first release and count while none has the interview's
 * version.
 */
export function currentContacts<T>(
  contacts: readonly T[],
  contactVersion: (contact: T) => number | null,
  interviewVersion: number,
): T[] {
  const matching = contacts.filter((c) => contactVersion(c) === interviewVersion);
  return matching.length > 0 ? matching : contacts.filter((c) => contactVersion(c) === null);
}

/**
 * Scoring contacts of the interviews as they are now (see currentContacts), others dropped, in their
 * sheet order (the order that decides a person's first-seen details). Two passes over the contacts and
 * no list per interview: large sheets are read on every recalculation.
 */
export function currentScoringContacts<C extends { interviewId: string; interviewVersion?: number | null }>(
  interviews: readonly { id: string; version?: number | null }[],
  contacts: readonly C[],
): C[] {
  const versionOfInterview = new Map<string, number | null>();
  for (const interview of interviews)
    if (!versionOfInterview.has(interview.id))
      versionOfInterview.set(interview.id, interview.version ?? null);
  // Interviews with at least one contact of their own version: their unversioned contacts are old.
  const versioned = new Set<string>();
  for (const c of contacts) {
    const version = versionOfInterview.get(c.interviewId);
    if (version !== undefined && version !== null && c.interviewVersion === version)
      versioned.add(c.interviewId);
  }
  const out: C[] = [];
  for (const c of contacts) {
    const version = versionOfInterview.get(c.interviewId);
    if (version === undefined) continue;
    const own = c.interviewVersion ?? null;
    if (own === null ? !versioned.has(c.interviewId) : own === version) out.push(c);
  }
  return out;
}
