// The form's rules as the user meets them: an empty save lists every error at once, the
// e-mail-or-phone rule of each contact included, in the order the form shows the fields.
import { describe, expect, it } from "vitest";
import { validateInterview } from "../../src/core/interview";

const emptyContact = {
  name: "",
  role: "",
  organization: "",
  email: "",
  phone: "",
  decisionLevel: "",
  notes: "",
};

/** What the form sends when nothing was filled in but today's date. */
function emptyForm(contacts = [emptyContact]) {
  return {
    submissionId: "sub-0123456789",
    region: "",
    interviewDate: "2026-03-14",
    interviewer: "",
    interviewee: { name: "", role: "", organization: "" },
    consent: false,
    hardestArea: { kind: "", name: "", istatCode: "" },
    reasons: { evidence: [], causes: [], severity: "", explanation: "" },
    interestedAuthority: { name: "", kind: "", area: "", interest: "", notes: "" },
    protocolArea: "",
    contacts,
    notes: "",
  };
}

const fieldsOf = (raw: unknown) => {
  const result = validateInterview(raw, { today: "2026-03-14", lang: "it" });
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe("an empty save", () => {
  it("lists every error at once, the e-mail-or-phone rule of the contact included", () => {
    expect(fieldsOf(emptyForm())).toEqual([
      "region",
      "interviewer",
      "interviewee.name",
      "interviewee.role",
      "interviewee.organization",
      "consent",
      "hardestArea.kind",
      "hardestArea.name",
      "reasons.causes",
      "reasons.severity",
      "reasons.explanation",
      "interestedAuthority.name",
      "interestedAuthority.kind",
      "interestedAuthority.area",
      "interestedAuthority.interest",
      "protocolArea",
      "contacts[0].name",
      "contacts[0].role",
      "contacts[0].organization",
      "contacts[0].email",
      "contacts[0].decisionLevel",
    ]);
    const result = validateInterview(emptyForm(), { today: "2026-03-14", lang: "it" });
    expect(result.ok ? "" : result.errors.find((e) => e.field === "contacts[0].email")?.message).toBe(
      "Indica almeno un'e-mail o un telefono.",
    );
  });

  it("says the rule once per contact that has neither, each in its place, and not for one with a phone", () => {
    const withPhone = { ...emptyContact, phone: "+39 080 577 1111" };
    const fields = fieldsOf(emptyForm([emptyContact, withPhone, emptyContact]));
    const contactFields = fields.filter((f) => f.startsWith("contacts"));
    expect(contactFields).toEqual([
      "contacts[0].name",
      "contacts[0].role",
      "contacts[0].organization",
      "contacts[0].email",
      "contacts[0].decisionLevel",
      "contacts[1].name",
      "contacts[1].role",
      "contacts[1].organization",
      "contacts[1].decisionLevel",
      "contacts[2].name",
      "contacts[2].role",
      "contacts[2].organization",
      "contacts[2].email",
      "contacts[2].decisionLevel",
    ]);
  });
});
