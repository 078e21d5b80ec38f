// The repair of a sheet made by the first release (text in plain-text cells), cut by Google at each
// of its writes: in between, someone saves an interview whose note begins with an apostrophe; the
// retried Prepara il foglio resumes over the cells it was repairing only, so the new note keeps its
// apostrophe and the old cells end repaired.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type AddOn, Emulator, preparedAddOn } from "./addon";

const NOTE = "'a detta sua' molto disponibile";

function firstRelease(mode: "kept" | "hidden") {
  const { emu } = preparedAddOn({ apostropheInPlainText: mode });
  const sheet = emu.sheetData("Interviste");
  for (let r = 1; r < 999; r++) for (const c of [4, 5, 11]) sheet.formats.set(`${r},${c}`, "@");
  emu.typeInto("Interviste", "A2", "INT-00001");
  emu.typeInto("Interviste", "B2", "1");
  emu.typeInto("Interviste", "C2", "Puglia");
  emu.typeInto("Interviste", "E2", "'=Giulia Rossi");
  emu.typeInto("Interviste", "F2", "'007 Bianchi");
  emu.typeInto("Interviste", "L2", "'072006");
  return emu.toJSON();
}

describe.each(["kept", "hidden"] as const)(
  "a cut repair resumes over its own cells (apostrophe: %s)",
  (mode) => {
    it("a text written since, in a cell that was automatic, is never touched by the resumed repair", () => {
      const json = firstRelease(mode);
      const isWrite = (method: string) => method === "Range.setValues" || method === "Range.setNumberFormat";
      const probe = Emulator.fromJSON(json, { apostropheInPlainText: mode } as never);
      probe.resetCalls();
      (probe.loadBundle() as unknown as AddOn).setupSpreadsheet();
      const writes = probe.totalCalls(isWrite);
      expect(writes).toBeGreaterThan(3);
      for (let at = 1; at <= writes; at++) {
        const emu = Emulator.fromJSON(json, { apostropheInPlainText: mode } as never);
        const addOn = emu.loadBundle() as unknown as AddOn;
        emu.failAtCall(at, isWrite);
        try {
          addOn.setupSpreadsheet();
        } catch {
          // Google cut it; the user sees the error.
        }
        emu.failAt = null;
        const saved = addOn.submitInterview(interview({ notes: NOTE }));
        addOn.setupSpreadsheet();
        const rows = emu.recordsOf("Interviste");
        const mine = rows.find((r) => r.ID === saved.id);
        expect(mine?.Note, `the new note after a cut at write ${at}`).toBe(NOTE);
        const old = emu.valuesOf("Interviste")[1];
        expect([old[4], old[5], old[11]], `the old cells after a cut at write ${at}`).toEqual([
          "=Giulia Rossi",
          "007 Bianchi",
          "072006",
        ]);
        expect(emu.documentProperties.get("coef.textRepair") ?? null).toBe(null);
      }
    }, 120_000);
  },
);
