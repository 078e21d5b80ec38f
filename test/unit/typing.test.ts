// The emulator types what is written into a cell as Sheets does (formulas, numbers, dates, plain text).
import { describe, expect, it } from "vitest";
import { parseTyped } from "../../dev/emulator.mjs";

describe("the emulator types strings as Sheets does", () => {
  it.each([
    ["=SUM(A1:A3)", { value: "", formula: "=SUM(A1:A3)" }],
    ["'=SUM(A1:A3)", { value: "=SUM(A1:A3)" }],
    ["007", { value: 7 }],
    ["+39 333 123 4567", { value: 393331234567 }],
    ["-5", { value: -5 }],
    ["TRUE", { value: true }],
    ["'058091", { value: "058091" }],
    ["Bari", { value: "Bari" }],
  ])("%s", (typed, stored) => {
    expect(parseTyped(typed)).toEqual(stored);
  });
  it("keeps text in a plain-text (@) cell", () => {
    expect(parseTyped("058091", "@")).toEqual({ value: "058091" });
  });
});
