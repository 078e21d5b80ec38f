// The staff's review as a plan on plain data: for every prefix (what the sheet shows if execution
// stops after step k) each selected interview shows its old Verifica and Nota verifica or its new
// ones, never one without the other; the cells between the two come back as they were; other rows
// never change; the Registro line comes last and once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planReview, type ReviewStep, reviewApart, reviewSpan } from "../../src/core/reviewPlan";
import { applyPrefix, type CellRead, type Grid, type WriteStep } from "../../src/core/writePlan";

const writes = (plan: readonly ReviewStep[]) => plan.filter((s): s is WriteStep => s.kind !== "log");

/** A grid of `rows` interviews (sheet rows 2…) over `width` columns; row 1 is the header. */
function gridOf(rows: number, width: number): Grid {
  return Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: width }, (_, c) => (r === 0 ? `H${c}` : c === 0 ? `INT-${r}` : `r${r}c${c}`)),
  );
}

/** The cells of the grid as read (text cells in automatic format, one formula). */
function currentOf(grid: Grid, rows: readonly number[]): Map<number, CellRead[]> {
  return new Map(
    rows.map((r) => [
      r,
      grid[r - 1].map((value, c): CellRead => ({ value, formula: c === 1 ? "=1+1" : "", format: "General" })),
    ]),
  );
}

/** A user's formula comes back as the formula: what the sheet shows then is its value as read. */
function shownAfter(grid: Grid, plan: readonly ReviewStep[], k: number): Grid {
  const out = applyPrefix(grid, writes(plan.slice(0, k)), k);
  return out.map((line, r) => line.map((v, c) => (v === "=1+1" ? grid[r][c] : v)));
}

function checkEveryPrefix(width: number, review: number, reviewNote: number, rows: number[]): void {
  const grid = gridOf(8, width);
  const selected = [...new Set(rows)].sort((a, b) => a - b);
  const plan = planReview({
    rows,
    at: { review, reviewNote },
    review: { value: "Da correggere", format: "General" },
    reviewNote: { value: "'Manca la fonte", format: "General" },
    current: currentOf(grid, selected),
  });
  expect(plan.filter((s) => s.kind === "log")).toEqual([{ kind: "log" }]);
  expect(plan.at(-1)).toEqual({ kind: "log" });
  // Values: one call per run of consecutive rows, whatever sits between the two columns.
  const runs = selected.filter((r, i) => i === 0 || selected[i - 1] !== r - 1).length;
  expect(writes(plan).filter((s) => s.kind === "values")).toHaveLength(runs);
  for (let k = 0; k <= plan.length; k++) {
    const now = shownAfter(grid, plan, k);
    for (let r = 2; r <= 9; r++) {
      const line = now[r - 1];
      const old = grid[r - 1];
      const pair = [line[review], line[reviewNote]];
      const changed = JSON.stringify(pair) !== JSON.stringify([old[review], old[reviewNote]]);
      if (changed) {
        expect(selected, `row ${r} changed after ${k} steps`).toContain(r);
        expect(pair).toEqual(["Da correggere", "Manca la fonte"]);
      }
      // Every other cell of the row is as it was.
      line.forEach((v, c) => {
        if (c !== review && c !== reviewNote) expect(v, `row ${r} column ${c} after ${k} steps`).toBe(old[c]);
      });
    }
  }
  const end = shownAfter(grid, plan, plan.length);
  for (const r of selected)
    expect([end[r - 1][review], end[r - 1][reviewNote]]).toEqual(["Da correggere", "Manca la fonte"]);
}

describe("planReview", () => {
  it("side by side: formats then values of the two columns, one call each per run of rows, Registro last", () => {
    const plan = planReview({
      rows: [2, 3, 5],
      at: { review: 4, reviewNote: 5 },
      review: { value: "Verificata", format: "General" },
      reviewNote: { value: "", format: "General" },
      current: new Map(),
    });
    expect(
      plan.map((s) => (s.kind === "log" ? "log" : `${s.kind} ${s.row}:${s.column}x${s.cells.length}`)),
    ).toEqual(["formats 2:5x2", "values 2:5x2", "formats 5:5x1", "values 5:5x1", "log"]);
    expect(writes(plan)[1].cells).toEqual([
      ["Verificata", ""],
      ["Verificata", ""],
    ]);
  });

  it("moved apart by hand: both go in ONE values call, the cells between them written back as read", () => {
    const grid = gridOf(3, 6);
    const plan = planReview({
      rows: [3],
      at: { review: 4, reviewNote: 1 },
      review: { value: "Da correggere", format: "General" },
      reviewNote: { value: "'Nota", format: "General" },
      current: currentOf(grid, [3]),
    });
    const values = writes(plan).filter((s) => s.kind === "values");
    expect(values).toEqual([
      { kind: "values", row: 3, column: 2, cells: [["'Nota", "'r2c2", "'r2c3", "Da correggere"]] },
    ]);
    // The formats go only to the two columns (the user's cells keep theirs), before the values.
    expect(writes(plan).map((s) => [s.kind, s.column, s.cells[0].length])).toEqual([
      ["formats", 2, 1],
      ["formats", 5, 1],
      ["values", 2, 4],
    ]);
  });

  it("every prefix shows each selected interview's old review or its new one, whatever the layout", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 2, max: 9 }), { minLength: 1, maxLength: 8 }),
        (width, a, b, rows) => {
          const review = Math.min(a, width - 1);
          const reviewNote = Math.min(b, width - 1);
          fc.pre(review !== reviewNote);
          checkEveryPrefix(width, review, reviewNote, rows);
        },
      ),
    );
  });

  it("the span and whether the cells between must be read", () => {
    expect(reviewSpan({ review: 7, reviewNote: 3 })).toEqual({ first: 3, last: 7 });
    expect(reviewApart({ review: 3, reviewNote: 4 })).toBe(false);
    expect(reviewApart({ review: 4, reviewNote: 3 })).toBe(false);
    expect(reviewApart({ review: 2, reviewNote: 4 })).toBe(true);
  });
});
