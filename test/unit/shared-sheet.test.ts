// Pure rules of a shared sheet: one id rule, answers vs notes for the review, look-alike tab names,
// the staff's dropdown values.
import { describe, expect, it } from "vitest";
import { columnChoices, keptChoices } from "../../src/core/dropdowns";
import { distinctIds, rowsWithId, sameId } from "../../src/core/interviewIds";
import { answersChanged, reviewAfterEdit, reviewChangedSince } from "../../src/core/reviewEdit";
import { lookalikeOf, tabKey } from "../../src/server/tabNames";
import { interview } from "../fixtures";

describe("one id rule", () => {
  it("ignores case and spaces, and an empty id names no row", () => {
    expect(sameId(" int-00001 ")).toBe("INT-00001");
    expect(rowsWithId(["INT-00001", "", " int-00001", "INT-00002"], "INT-00001")).toEqual([2, 4]);
    expect(rowsWithId(["", "  ", "INT-00002"], "")).toEqual([]);
    expect(rowsWithId(["", "  ", "INT-00002"], "   ")).toEqual([]);
    expect(distinctIds(["INT-1", " int-1", "", "INT-2"])).toEqual(["INT-1", "INT-2"]);
  });
});

describe("review and edit", () => {
  it("answers changed: any answer or contact, not the notes or the interviewer; codes as sets", () => {
    const a = interview();
    expect(answersChanged(a, { ...a, notes: "visto", interviewer: "Paolo" })).toBe(false);
    expect(answersChanged(a, { ...a, reasons: { ...a.reasons, causes: ["lavoro", "casa"] } })).toBe(false);
    expect(answersChanged(a, { ...a, reasons: { ...a.reasons, severity: 2 } })).toBe(true);
    expect(answersChanged(a, { ...a, contacts: [{ ...a.contacts[0], email: "x@y.it" }] })).toBe(true);
    expect(answersChanged(a, { ...a, hardestArea: { ...a.hardestArea, istatCode: "" } })).toBe(false);
  });

  it("a verified interview whose answers changed goes back to Da verificare; one to correct always does", () => {
    expect(reviewAfterEdit({ review: "Verificata", reviewNote: "" }, true).review).toBe("Da verificare");
    expect(reviewAfterEdit({ review: "Verificata", reviewNote: "" }, false).review).toBe("Verificata");
    expect(reviewAfterEdit({ review: "Da correggere", reviewNote: "n" }, false)).toEqual({
      review: "Da verificare",
      reviewNote: "n",
    });
    expect(reviewChangedSince({}, { review: "Verificata", reviewNote: "" })).toBe(false);
    expect(reviewChangedSince({ review: "Da verificare" }, { review: "Verificata", reviewNote: "" })).toBe(
      true,
    );
    expect(
      reviewChangedSince(
        { review: "da correggere", reviewNote: "a" },
        { review: "Da correggere", reviewNote: "b" },
      ),
    ).toBe(true);
  });
});

describe("look-alike tabs", () => {
  it("finds a tab renamed by hand, never another tab", () => {
    for (const name of [
      "Interviste ",
      "interviste",
      "Interviste (copia)",
      "Copia di Interviste",
      "Interviste 2",
    ])
      expect(lookalikeOf(["Contatti", name], "Interviste")).toBe(name);
    expect(lookalikeOf(["Interviste", "Interviste (copia)"], "Interviste")).toBe("Interviste (copia)");
    expect(lookalikeOf(["Interviste vecchie", "Contatti"], "Interviste")).toBeUndefined();
    expect(tabKey("Copy of Partner ")).toBe("partner");
  });
});

describe("the staff's dropdown values", () => {
  it("offers the add-on's list, then the other values held, and names their cells", () => {
    const rows = [{ Stato: "Da contattare" }, { Stato: "In attesa" }, { Stato: "" }, { Stato: "In attesa" }];
    expect(keptChoices(["Da contattare", "Contattato"], ["Nome", "Stato"], rows, "Stato")).toEqual({
      values: ["Da contattare", "Contattato", "In attesa"],
      outside: ["B3", "B5"],
    });
  });

  it("a column read from a tab: numbers as text, blanks ignored, rows named", () => {
    expect(columnChoices(["1", "2"], [1, "", "3", 2, " 3 "])).toEqual({
      values: ["1", "2", "3"],
      outsideRows: [4, 6],
    });
  });
});
