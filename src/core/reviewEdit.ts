/**
 * Review and edit meet: a form save of a `Verificata` interview whose answers changed goes back to
 * `Da verificare` (the staff verified other answers); one whose Verifica changed since the form
 * opened is shown to the user before it is saved (the server answers with the current interview).
 */
import type { InterviewInput } from "./interview";
import { reviewAfterSave, reviewOf } from "./records";
import { REVIEW_STATES } from "./tabs";

/** The parts of an interview that are its answers (who wrote it down and the free notes are not). */
const ANSWERS = [
  "region",
  "interviewDate",
  "interviewee",
  "consent",
  "hardestArea",
  "reasons",
  "interestedAuthority",
  "protocolArea",
  "contacts",
] as const;

/** A value as compared: text trimmed, blank/false/missing alike, lists of codes as sets, keys sorted. */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === false || value === "") return "";
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((x) => typeof x === "string") ? [...(items as string[])].sort() : items;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== "") out[key] = v;
    }
    return out;
  }
  return value;
}

/** True when a save changes the interview's answers (not only its notes or interviewer). */
export function answersChanged(before: Partial<InterviewInput>, after: Partial<InterviewInput>): boolean {
  return ANSWERS.some(
    (key) => JSON.stringify(canonical(before[key])) !== JSON.stringify(canonical(after[key])),
  );
}

/**
 * Verifica and Nota verifica after a form save: as reviewAfterSave, and a `Verificata` interview whose
 * answers changed goes back to `Da verificare`.
 */
export function reviewAfterEdit(
  previous: { review: unknown; reviewNote: unknown },
  changed: boolean,
): { review: string; reviewNote: string } {
  const kept = reviewAfterSave(previous);
  if (changed && reviewOf(previous.review) === "Verificata") return { ...kept, review: REVIEW_STATES[0] };
  return kept;
}

/** True when the Verifica (or its note) the form opened with is no longer the stored one. */
export function reviewChangedSince(
  seen: { review?: unknown; reviewNote?: unknown },
  stored: { review: unknown; reviewNote: unknown },
): boolean {
  if (seen.review === undefined) return false;
  if (reviewOf(seen.review) !== reviewOf(stored.review)) return true;
  return (
    seen.reviewNote !== undefined && String(seen.reviewNote).trim() !== String(stored.reviewNote ?? "").trim()
  );
}
