/**
 * The staff's review as a pure plan: from the rows of the selected interviews (found by id at write
 * time) and, when a user has moved Verifica and Nota verifica apart, the cells between them as read,
 * the ordered writes. Each run of consecutive rows gets its Verifica and Nota verifica in ONE values
 * call over the span between the two columns, the cells inside it (a user's column, or another of the
 * add-on's moved there) written back exactly as they were read; the number formats of the two columns
 * go first (invisible until the values come). The Registro line comes last. So a fault between two
 * calls never shows a new state without its note, nor a note without its state.
 */
import { type CellRead, planRows, runsOf, type WriteStep } from "./writePlan";

export type ReviewStep = WriteStep | { kind: "log" };

/** The 0-based columns from Verifica to Nota verifica (whichever comes first), both included. */
export function reviewSpan(at: { review: number; reviewNote: number }): { first: number; last: number } {
  return { first: Math.min(at.review, at.reviewNote), last: Math.max(at.review, at.reviewNote) };
}

/** True when other cells sit between Verifica and Nota verifica: they must be read to be carried. */
export function reviewApart(at: { review: number; reviewNote: number }): boolean {
  const { first, last } = reviewSpan(at);
  return last - first > 1;
}

export interface ReviewRead {
  /** Sheet rows (1-based) of the selected interviews. */
  rows: readonly number[];
  /** 0-based columns of Verifica and Nota verifica. */
  at: { review: number; reviewNote: number };
  /** What the two cells receive (as the cell takes it) and the number format each gets first. */
  review: { value: unknown; format: string };
  reviewNote: { value: unknown; format: string };
  /** What each row holds now, by 0-based column (needed only when the two columns are apart). */
  current: ReadonlyMap<number, readonly (CellRead | undefined)[]>;
}

/** The review's writes: per run of consecutive rows, formats then the values in one call; then Registro. */
export function planReview(read: ReviewRead): ReviewStep[] {
  const { at } = read;
  const steps: ReviewStep[] = [];
  const columns = [
    { at: at.review, format: read.review.format },
    { at: at.reviewNote, format: read.reviewNote.format },
  ];
  for (const [start, length] of runsOf(read.rows.map((r) => r - 1))) {
    const startRow = start + 1;
    const rows = Array.from({ length }, () => [read.review.value, read.reviewNote.value]);
    const current = Array.from({ length }, (_, i) => read.current.get(startRow + i));
    steps.push(...planRows({ startRow, columns, rows, current }));
  }
  steps.push({ kind: "log" });
  return steps;
}
