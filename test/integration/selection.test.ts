// Selected rows are acted on by id: rows moved, hidden, filtered or selected in several ranges.
import { describe, expect, it } from "vitest";
import { interview, reviews, threeInterviews } from "../fixtures";
import type { Emulator } from "./addon";

describe("selected rows, by id", () => {
  const selectRows = (emu: Emulator, first: number, last: number) =>
    emu.selectRanges("Interviste", [`C${first}:C${last}`]);

  it("a row deleted above while the note is typed: the note goes to the interview selected", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 3, 3);
    emu.promptResponse = { button: "OK", text: "Manca la causa" };
    emu.whileDialogOpen = () => {
      emu.whileDialogOpen = undefined;
      emu.deleteRowsByHand("Interviste", 2);
    };
    addOn.markSelectedToCorrect();
    expect(reviews(emu)).toEqual([
      [ids[1], "Da correggere", "Manca la causa"],
      [ids[2], "Da verificare", ""],
    ]);
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({ Azione: "da correggere", ID: ids[1] });
  });

  it("an interview deleted while the note is typed refuses the review, changing nothing", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 3, 4);
    emu.promptResponse = { button: "OK", text: "Manca la causa" };
    emu.whileDialogOpen = () => {
      emu.whileDialogOpen = undefined;
      emu.deleteRowsByHand("Interviste", 3);
    };
    addOn.markSelectedToCorrect();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(
      new RegExp(`L'intervista ${ids[1]} non è più nella scheda`),
    );
    expect(reviews(emu)).toEqual([
      [ids[0], "Da verificare", ""],
      [ids[2], "Da verificare", ""],
    ]);
  });

  it("rows hidden by a filter or by hand are not marked, and the message says so", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.filterOut("Interviste", [3]);
    selectRows(emu, 2, 4);
    addOn.markSelectedVerified();
    expect(reviews(emu)).toEqual([
      [ids[0], "Verificata", ""],
      [ids[1], "Da verificare", ""],
      [ids[2], "Verificata", ""],
    ]);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /2 interviste verificate.*La riga 3 della selezione è nascosta/,
    );
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({ ID: `${ids[0]}, ${ids[2]}`, Conteggio: 2 });

    emu.filterOut("Interviste", []);
    emu.hideRowsByHand("Interviste", 2, 2);
    selectRows(emu, 2, 3);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/tutte nascoste/);
    expect(reviews(emu)[1]).toEqual([ids[1], "Da verificare", ""]);
  });

  it("several ranges selected at once (ctrl-click) are all acted on, not only the last", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.selectRanges("Interviste", ["B2", "B4"]);
    addOn.markSelectedVerified();
    expect(reviews(emu).map((r) => r[1])).toEqual(["Verificata", "Da verificare", "Verificata"]);
    expect(emu.ui.toasts.at(-1)?.message).toBe(`2 interviste verificate: ${ids[0]}, ${ids[2]}.`);
  });

  it("edit and delete act on the visible selected interview, never a row hidden by the filter", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.filterOut("Interviste", [2]);
    selectRows(emu, 2, 3);
    addOn.editSelectedInterview();
    expect(emu.ui.sidebars.at(-1)?.html).toContain(`"editId":"${ids[1]}"`);
    emu.alertResponse = "NO";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toContain(ids[1]);
    expect(emu.ui.alerts.at(-1)?.message).toContain("La riga 2 della selezione è nascosta");
    expect(emu.recordsOf("Interviste")).toHaveLength(3);
  });

  it("delete: rows moved while confirming refuses, naming where the interview is now; nothing deleted", () => {
    const { emu, addOn, ids } = threeInterviews();
    selectRows(emu, 3, 3);
    emu.alertResponse = "YES";
    emu.whileDialogOpen = () => {
      emu.whileDialogOpen = undefined;
      emu.deleteRowsByHand("Interviste", 2);
    };
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(new RegExp(`${ids[1]} ora è alla riga 2`));
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).toEqual([ids[1], ids[2]]);
  });

  it("one duplicate-id rule for every action (case and spaces ignored); an empty id is refused everywhere", () => {
    const { emu, addOn, ids } = threeInterviews();
    emu.typeInto("Interviste", "A3", ` ${ids[0].toLowerCase()} `);
    selectRows(emu, 2, 2);
    addOn.markSelectedVerified();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/compare in più righe \(Interviste!A2, Interviste!A3\)/);
    addOn.editSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/compare in più righe \(Interviste!A2, Interviste!A3\)/);
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/compare in più righe \(Interviste!A2, Interviste!A3\)/);
    expect(reviews(emu).map((r) => r[1])).toEqual(["Da verificare", "Da verificare", "Da verificare"]);
    expect(emu.recordsOf("Interviste")).toHaveLength(3);

    for (const empty of ["", "   "]) {
      expect(() => addOn.getInterview(empty)).toThrow(/Manca l'ID/);
      expect(() => addOn.deleteInterview(empty)).toThrow(/Manca l'ID/);
    }
    // An edit naming a blank id is refused, never taken for another interview.
    expect(addOn.submitInterview({ ...interview(), id: "   ", version: 1 }).ok).toBe(false);
    expect(emu.recordsOf("Interviste")).toHaveLength(3);
  });
});
