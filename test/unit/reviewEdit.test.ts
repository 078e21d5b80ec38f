// Review and edit: which changes are answers (not notes), and when an interview goes back to Da verificare.
import { describe, expect, it } from "vitest";
import { answersChanged, reviewAfterEdit, reviewChangedSince } from "../../src/core/reviewEdit";
import { interview } from "../fixtures";

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
