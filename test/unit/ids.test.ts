// The interview id rule: case and spaces ignored, an empty id names no row.
import { describe, expect, it } from "vitest";
import { distinctIds, rowsWithId, sameId } from "../../src/core/ids";

describe("one id rule", () => {
  it("ignores case and spaces, and an empty id names no row", () => {
    expect(sameId(" int-00001 ")).toBe("INT-00001");
    expect(rowsWithId(["INT-00001", "", " int-00001", "INT-00002"], "INT-00001")).toEqual([2, 4]);
    expect(rowsWithId(["", "  ", "INT-00002"], "")).toEqual([]);
    expect(rowsWithId(["", "  ", "INT-00002"], "   ")).toEqual([]);
    expect(distinctIds(["INT-1", " int-1", "", "INT-2"])).toEqual(["INT-1", "INT-2"]);
  });
});
