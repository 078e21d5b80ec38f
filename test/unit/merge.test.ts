import { describe, expect, it } from "vitest";
import { changedPaths, reapply } from "../../src/sidebar/merge";

const original = {
  id: "INT-00001",
  version: 1,
  interviewer: "Giulia Rossi",
  reasons: { severity: 3, causes: ["casa"], explanation: "Affitti alti." },
  contacts: [{ name: "Anna Verdi", email: "a.verdi@example.it" }],
};

describe("re-applying my edits on someone else's version", () => {
  const theirs = {
    ...original,
    version: 2,
    interviewer: "Paolo Esposito",
    reasons: { ...original.reasons, causes: ["casa", "lavoro"] },
  };
  const mine = {
    ...original,
    reasons: { ...original.reasons, severity: 5 },
    contacts: [{ name: "Anna Verdi", email: "anna.verdi@example.it" }],
  };

  it("lists what the other user changed, field by field", () => {
    expect(changedPaths(original, theirs)).toEqual(["interviewer", "reasons.causes"]);
  });

  it("keeps their changes and adds mine", () => {
    expect(reapply(original, mine, theirs)).toEqual({
      ...theirs,
      reasons: { severity: 5, causes: ["casa", "lavoro"], explanation: "Affitti alti." },
      contacts: [{ name: "Anna Verdi", email: "anna.verdi@example.it" }],
    });
  });

  it("lets my change win where both changed the same field", () => {
    const both = { ...original, interviewer: "Marta Neri" };
    expect(reapply(original, both, theirs).interviewer).toBe("Marta Neri");
  });

  it("reads lists of codes as sets, so the form's order is no change that would undo theirs", () => {
    const stored = { ...original, reasons: { ...original.reasons, causes: ["lavoro", "casa"] } };
    const form = { ...stored, reasons: { ...stored.reasons, causes: ["casa", "lavoro"], severity: 2 } };
    const colleague = {
      ...stored,
      version: 2,
      reasons: { ...stored.reasons, causes: ["lavoro", "casa", "lingua"] },
    };
    expect(changedPaths(stored, form)).toEqual(["reasons.severity"]);
    expect(reapply(stored, form, colleague).reasons).toEqual({ ...colleague.reasons, severity: 2 });
  });
});
