// Prepara il foglio gives a deleted header back only where the column is certain: the one blank-headed
// column with data that sits where the missing column belongs (beside its neighbour before or after,
// whatever columns of the user's sit elsewhere). A blank-headed column elsewhere may be the user's own:
// it is never named for them; they are asked, and nothing of the tab changes.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("a header given back only where the column is certain", () => {
  it("names the blank-headed column in the missing column's place, a user column beside it", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const header = emu.valuesOf("Interviste")[0];
    const severity = header.indexOf("D2 Gravità");
    // A column of the user's just before it: the column after it is still its neighbour.
    emu.insertColumnBefore("Interviste", severity + 1);
    emu.typeInto("Interviste", `${String.fromCharCode(65 + severity)}1`, "Commento staff");
    emu.sheetData("Interviste").cell(0, severity + 1).value = "";
    addOn.setupSpreadsheet();
    const after = emu.valuesOf("Interviste");
    expect(after[0][severity]).toBe("Commento staff");
    expect(after[0][severity + 1]).toBe("D2 Gravità");
    expect(after[1][severity + 1]).toBe(4);
  });

  it("never names a blank-headed column of the user's, away from where the missing column was", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const header = emu.valuesOf("Interviste")[0] as string[];
    // The whole Note column deleted, and a column of the user's, without a header, at the end.
    const note = header.indexOf("Note") + 1;
    emu.rearrangeColumns(
      "Interviste",
      header.map((_, i) => i + 1).filter((c) => c !== note),
    );
    // 0-based column header.length - 1 (past Z): AA is 26.
    const end = header.length - 1;
    emu.typeInto("Interviste", `A${String.fromCharCode(65 + end - 26)}2`, "richiamare lunedì");
    const before = JSON.stringify(emu.valuesOf("Interviste"));
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/hanno dati ma nessuna intestazione/);
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/"Note"/);
    expect(JSON.stringify(emu.valuesOf("Interviste"))).toBe(before);
  });
});
