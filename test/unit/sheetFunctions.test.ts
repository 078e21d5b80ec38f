import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/core/errors";
import { normalizeCells, rankCells, scoreCells } from "../../src/core/sheetFunctions";

const column = (xs: unknown[]) => xs.map((x) => [x]);
const flat = (m: unknown[][]) => m.map((r) => r[0]);

describe("COEF_SCORE logic", () => {
  it("scores element-wise with default weights, blanks give blanks", () => {
    expect(scoreCells(column([50, 100, ""]), column([50, "80", 10]), column([0, 100, 10]))).toEqual(
      column([40, 92, ""]),
    );
  });
  it("accepts scalars and custom weights", () => {
    expect(scoreCells(100, 0, 0, [[1], [0], [0]])).toEqual([[100]]);
  });
  it("refuses ranges of different shapes", () => {
    try {
      scoreCells(column([1, 2]), column([1, 2, 3]), 1);
      throw new Error("no error");
    } catch (e) {
      expect(isUserError(e) && e.key).toBe("shapeMismatch");
    }
  });
});

describe("COEF_RANK logic", () => {
  it("ranks highest first, ties share the lowest number, blanks stay blank", () => {
    expect(flat(rankCells(column([10, 30, 30, "", 5])))).toEqual([3, 1, 1, "", 4]);
  });
  it("ranks within each group", () => {
    expect(flat(rankCells(column([1, 2, 3, 4]), column(["Puglia", "Puglia", "Marche", "Marche"])))).toEqual([
      2, 1, 2, 1,
    ]);
  });
  it("agrees with a sort", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (values) => {
        const ranks = flat(rankCells(column(values)));
        values.forEach((v, i) => {
          expect(ranks[i]).toBe(1 + values.filter((w) => w > v).length);
        });
      }),
    );
  });
});

describe("COEF_NORMALIZE logic", () => {
  it("minmax scales to 0–100, all equal gives 50", () => {
    expect(flat(normalizeCells(column([10, 20, 30, "n/d"])))).toEqual([0, 50, 100, ""]);
    expect(flat(normalizeCells(column([7, 7])))).toEqual([50, 50]);
  });
  it("zscore uses the population standard deviation; zero spread gives 0", () => {
    expect(flat(normalizeCells(column([2, 4, 4, 4, 5, 5, 7, 9]), "zscore"))).toEqual([
      -1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2,
    ]);
    expect(flat(normalizeCells(column([3, 3]), "zscore"))).toEqual([0, 0]);
  });
  it("rank gives the share of other values strictly below; one value gives 50", () => {
    expect(flat(normalizeCells(column([10, 20, 20, 40]), "rank"))).toEqual([
      0,
      (1 / 3) * 100,
      (1 / 3) * 100,
      100,
    ]);
    expect(flat(normalizeCells(column([42]), "rank"))).toEqual([50]);
  });
  it("direction -1 inverts", () => {
    expect(flat(normalizeCells(column([10, 20, 30]), "minmax", -1))).toEqual([100, 50, 0]);
  });
  it("refuses an unknown method", () => {
    expect(() => normalizeCells(column([1]), "percentile")).toThrow(/badMethod/);
  });
});
