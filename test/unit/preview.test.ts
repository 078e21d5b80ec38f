import { describe, expect, it } from "vitest";
import { parseTyped } from "../../dev/emulator.mjs";
import { parseCustomFormula, splitArguments } from "../../dev/formulas.mjs";
import { topLevelFunctions, toWire } from "../../dev/serve.mjs";

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

describe("the preview's custom-function cells", () => {
  it("splits arguments on ; or , outside quotes", () => {
    expect(splitArguments("Interviste!A:AZ; Contatti!A:Z")).toEqual(["Interviste!A:AZ", "Contatti!A:Z"]);
    expect(splitArguments('D2:D9, "minmax", -1')).toEqual(["D2:D9", '"minmax"', "-1"]);
    expect(splitArguments('A1; "a;b"')).toEqual(["A1", '"a;b"']);
  });
  it("recognises only COEF_ formulas", () => {
    expect(parseCustomFormula("=coef_rank(A1:A9)")).toEqual({ name: "COEF_RANK", args: ["A1:A9"] });
    expect(parseCustomFormula("=SUM(A1:A9)")).toBeNull();
  });
});

describe("the preview's local endpoint", () => {
  it("runs only top-level functions of the bundle", () => {
    expect(
      topLevelFunctions("function onOpen(e) {}\nvar x = function hidden() {};\n  function inner() {}"),
    ).toEqual(new Set(["onOpen"]));
  });
  it("applies google.script.run's rules: no Date, undefined in arrays becomes null", () => {
    expect(toWire({ a: [1, undefined, "x"], b: undefined, c: { d: null } })).toEqual({
      a: [1, null, "x"],
      c: { d: null },
    });
    expect(() => toWire({ when: new Date() })).toThrow(/google\.script\.run non trasmette Date/);
  });
});
