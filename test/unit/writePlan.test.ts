// The write planner on plain data: rows the add-on writes go whole, in one values call, whatever
// columns of the user's sit between the add-on's; every prefix of a plan shows each row either as it
// was or as it should be, never half; the user's cells come back as they were read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyPrefix,
  type CellRead,
  carryCell,
  hasGaps,
  planRows,
  runsOf,
  type WriteStep,
} from "../../src/core/writePlan";

/** A tab of 6 columns: the add-on's at 0, 1, 3, 5 (the user's own at 2 and 4). */
const COLUMNS = [
  { at: 0, format: "General" },
  { at: 1, format: "0" },
  { at: 3, format: "General" },
  { at: 5, format: "General" },
];

const before: unknown[][] = [
  ["ID", "Versione", "Commento", "Regione", "Chiamato?", "Nome"],
  ["INT-00001", 1, "da richiamare", "Puglia", 42, "Anna"],
  ["INT-00002", 1, "=2*3", "Marche", "", "Rocco"],
];

const read = (
  line: readonly unknown[],
  formulas: Record<number, string> = {},
  formats: Record<number, string> = {},
) =>
  line.map((value, c): CellRead => ({ value, formula: formulas[c] ?? "", format: formats[c] ?? "General" }));

const valuesSteps = (steps: readonly WriteStep[]) => steps.filter((s) => s.kind === "values");

describe("planRows", () => {
  it("writes each row's values in one call over the span of the add-on's columns, the user's cells carried", () => {
    const steps = planRows({
      startRow: 2,
      columns: COLUMNS,
      rows: [["INT-00001", 2, "'Puglia", "'Anna Verdi"]],
      current: [read(before[1])],
    });
    expect(valuesSteps(steps)).toEqual([
      {
        kind: "values",
        row: 2,
        column: 1,
        cells: [["INT-00001", 2, "'da richiamare", "'Puglia", 42, "'Anna Verdi"]],
      },
    ]);
    // Formats: one call per run of the add-on's columns, before the values; the user's cells keep theirs.
    expect(steps.map((s) => [s.kind, s.column, s.cells[0].length])).toEqual([
      ["formats", 1, 2],
      ["formats", 4, 1],
      ["formats", 6, 1],
      ["values", 1, 6],
    ]);
    expect(steps[0].cells).toEqual([["General", "0"]]);
  });

  it("gives a user's formula back as a formula, a plain-text cell's text without a mark, a date as a date", () => {
    const day = new Date(Date.UTC(2025, 2, 14));
    expect(carryCell({ value: 6, formula: "=2*3" })).toBe("=2*3");
    expect(carryCell({ value: "007", format: "@" })).toBe("007");
    expect(carryCell({ value: "007", format: "General" })).toBe("'007");
    expect(carryCell({ value: "=not a formula", format: "0.00" })).toBe("'=not a formula");
    expect(carryCell({ value: day })).toBe(day);
    expect(carryCell({ value: 0 })).toBe(0);
    expect(carryCell({ value: false })).toBe(false);
    expect(carryCell({ value: "" })).toBe("");
    expect(carryCell(undefined)).toBe("");
  });

  it("appends over blank rows: the user's cells stay blank, the values still one call", () => {
    const steps = planRows({
      startRow: 4,
      columns: COLUMNS,
      rows: [
        ["INT-00003", 1, "'Lazio", "'Lucia"],
        ["INT-00004", 1, "'Sardegna", "'Paolo"],
      ],
      current: [undefined, undefined],
    });
    expect(valuesSteps(steps)).toHaveLength(1);
    expect(valuesSteps(steps)[0].cells.map((l) => [l[2], l[4]])).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("columns side by side need no carrying: one run, one formats and one values call", () => {
    const steps = planRows({
      startRow: 2,
      columns: [
        { at: 2, format: "General" },
        { at: 3, format: "General" },
      ],
      rows: [["a", "b"]],
      current: [undefined],
    });
    expect(steps.map((s) => [s.kind, s.column])).toEqual([
      ["formats", 3],
      ["values", 3],
    ]);
    expect(hasGaps([2, 3])).toBe(false);
    expect(hasGaps([0, 1, 3])).toBe(true);
    expect(runsOf([5, 0, 1, 3, 1])).toEqual([
      [0, 2],
      [3, 1],
      [5, 1],
    ]);
    expect(planRows({ startRow: 2, columns: [], rows: [["a"]], current: [] })).toEqual([]);
  });

  it("every prefix of a plan shows each row as it was or as it should be, the user's cells always as read", () => {
    fc.assert(
      fc.property(
        // Which of 8 columns are the add-on's (at least one) and what the rows hold.
        fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 8, maxLength: 8 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (ours, lines) => {
          const columns = ours.map((at) => ({ at, format: "General" }));
          const grid: unknown[][] = [["header"], ...lines.map((l) => [...l])];
          const rows = lines.map((_, r) => ours.map((at) => `new ${r} ${at}`));
          const steps = planRows({
            startRow: 2,
            columns,
            rows: rows.map((l) => l.map((v) => `'${v}`)),
            current: lines.map((l) => l.map((value) => ({ value, formula: "", format: "General" }))),
          });
          const after = lines.map((l, r) =>
            l.map((v, c) => (ours.includes(c) ? rows[r][ours.indexOf(c)] : v)),
          );
          for (let k = 0; k <= steps.length; k++) {
            const shown = applyPrefix(grid, steps, k).slice(1);
            shown.forEach((line, r) => {
              const asBefore = ours.every((c) => line[c] === lines[r][c]);
              const asAfter = ours.every((c) => line[c] === after[r][c]);
              expect(asBefore || asAfter, `row ${r} after ${k} of ${steps.length} steps`).toBe(true);
              for (let c = 0; c < 8; c++)
                if (!ours.includes(c)) expect(line[c], `user's cell ${c}`).toEqual(lines[r][c]);
            });
          }
          expect(applyPrefix(grid, steps, steps.length).slice(1)).toEqual(after);
        },
      ),
    );
  });
});
