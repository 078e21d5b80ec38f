import { describe, expect, it } from "vitest";
import { isUserError, type UserError } from "../../src/core/errors";
import { t } from "../../src/core/i18n";
import { outcomeId } from "../../src/core/importRow";
import {
  distinctIds,
  idInText,
  interviewId,
  interviewNumber,
  looksLikeInterviewId,
  MAX_INTERVIEW_NUMBER,
  requiredId,
  rowsOfIds,
  rowsWithId,
  sameId,
} from "../../src/core/interviewIds";

/** An Interviste id column as read (the first text is row 2), ids typed by hand included. */
const COLUMN = ["INT-00001", "int-00002 ", "", "INT-00003", " INT-00003", "INT-00004"];

describe("interview ids: format and parse", () => {
  it("writes an id as INT- and at least five digits", () => {
    expect(interviewId(1)).toBe("INT-00001");
    expect(interviewId(42)).toBe("INT-00042");
    expect(interviewId(123456)).toBe("INT-123456");
  });

  it("reads the number back from an id, and nothing from other text", () => {
    expect(interviewNumber("INT-00042")).toBe(42);
    expect(interviewNumber(" INT-00042 ")).toBe(42);
    // Typed by hand in lower case it is the same interview (sameId): its number is taken.
    expect(interviewNumber("int-00042")).toBe(42);
    expect(interviewNumber(interviewId(MAX_INTERVIEW_NUMBER))).toBe(MAX_INTERVIEW_NUMBER);
    expect(interviewNumber("INT-0000000000042")).toBe(42);
    for (const other of ["", "INT-", "INT-12345678901", "42", "ID-00042", "INT-00042 bis"])
      expect(interviewNumber(other), other).toBeNull();
  });

  it("tells text shaped like an id, even with an absurd number", () => {
    expect(looksLikeInterviewId("INT-12345678901")).toBe(true);
    expect(looksLikeInterviewId("int-7")).toBe(true);
    expect(looksLikeInterviewId("Mario Rossi")).toBe(false);
  });

  it("finds the id an Esito importazione names, as the import reads it", () => {
    expect(idInText("Importata: int-00042")).toBe("INT-00042");
    expect(idInText("Da correggere: Regione")).toBe("");
    expect(outcomeId("In importazione: INT-00007")).toBe("INT-00007");
  });
});

describe("interview ids: one rule for comparing them", () => {
  it("ignores case and the spaces around an id, and gives nothing for an empty one", () => {
    expect(sameId(" int-00001 ")).toBe("INT-00001");
    expect(sameId("")).toBe("");
    expect(sameId(null)).toBe("");
    expect(sameId("   ")).toBe("");
  });

  it("refuses an empty id, saying what to select, and gives any other id trimmed", () => {
    for (const empty of ["", "   ", null, undefined]) {
      let refusal: unknown;
      try {
        requiredId(empty);
      } catch (error) {
        refusal = error;
      }
      expect(isUserError(refusal), String(empty)).toBe(true);
      expect(t("it", (refusal as UserError).key)).toMatch(
        /^Manca l'ID dell'intervista: seleziona una riga con un ID/,
      );
    }
    expect(requiredId(" int-00001 ")).toBe("int-00001");
  });

  it("finds every row an id is in, look-alikes typed by hand included", () => {
    expect(rowsWithId(COLUMN, "INT-00002")).toEqual([3]);
    expect(rowsWithId(COLUMN, "int-00003")).toEqual([5, 6]);
    expect(rowsWithId(COLUMN, "INT-00009")).toEqual([]);
    expect(rowsWithId(COLUMN, "  ")).toEqual([]);
  });

  it("keeps each id of a selection once, in order, empty ones left out", () => {
    expect(distinctIds(["INT-00001", " int-00001", "", "INT-00002 "])).toEqual(["INT-00001", "INT-00002"]);
  });

  it("gives the row of each chosen id now, refusing the whole action for an id gone, typed twice or empty", () => {
    expect(rowsOfIds(COLUMN, ["int-00002", "INT-00004", "INT-00001"])).toEqual({ ok: true, rows: [3, 7, 2] });
    expect(rowsOfIds(COLUMN, ["INT-00001", "INT-00009"])).toEqual({
      ok: false,
      reason: "gone",
      id: "INT-00009",
    });
    expect(rowsOfIds(COLUMN, ["INT-00001", "INT-00003"])).toEqual({
      ok: false,
      reason: "duplicate",
      id: "INT-00003",
      rows: [5, 6],
    });
    expect(rowsOfIds(COLUMN, [" "])).toEqual({ ok: false, reason: "empty" });
    expect(rowsOfIds(COLUMN, [])).toEqual({ ok: true, rows: [] });
  });
});

describe("one id rule", () => {
  it("ignores case and spaces, and an empty id names no row", () => {
    expect(sameId(" int-00001 ")).toBe("INT-00001");
    expect(rowsWithId(["INT-00001", "", " int-00001", "INT-00002"], "INT-00001")).toEqual([2, 4]);
    expect(rowsWithId(["", "  ", "INT-00002"], "")).toEqual([]);
    expect(rowsWithId(["", "  ", "INT-00002"], "   ")).toEqual([]);
    expect(distinctIds(["INT-1", " int-1", "", "INT-2"])).toEqual(["INT-1", "INT-2"]);
  });
});
