/**
 * Review and edit meet: a form save of a `Verificata` interview whose answers changed goes back to
 * `Da verificare` (the staff verified other answers); one whose Verifica changed since the form
 * opened is shown to the user before it is saved (the server answers with the current interview).
 * The review states a cell holds are read here, ignoring case and accents.
 */
import { cellText } from "./cells";
import type { InterviewInput } from "./interview";
import { REVIEW_STATES, type ReviewState } from "./tabs";
import { foldName } from "./text";

/** The review state a cell holds (matched ignoring case and accents), or "" for blank or unknown text. */
export function reviewOf(value: unknown): ReviewState | "" {
  const folded = foldName(cellText(value));
  return REVIEW_STATES.find((s) => foldName(s) === folded) ?? "";
}

/**
 * What a form save leaves in Verifica and Nota verifica: a new interview is `Da verificare`;
 * one marked `Da correggere` goes back to `Da verificare`, its note kept for the reviewer; any other
 * state stays as the staff set it. The form's input never decides it.
 */
export function reviewAfterSave(previous?: { review: unknown; reviewNote: unknown }): {
  review: string;
  reviewNote: string;
} {
  if (!previous) return { review: REVIEW_STATES[0], reviewNote: "" };
  const state = reviewOf(previous.review);
  const kept = cellText(previous.review);
  return {
    review: state === "Da correggere" || kept === "" ? REVIEW_STATES[0] : kept,
    reviewNote: cellText(previous.reviewNote),
  };
}

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
