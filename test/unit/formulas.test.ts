// The preview's custom-function cells: =COEF_… formulas recognised and their arguments split.
import { describe, expect, it } from "vitest";
import { parseCustomFormula, splitArguments } from "../../dev/formulas.mjs";

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
