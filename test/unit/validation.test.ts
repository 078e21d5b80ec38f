import { describe, expect, it } from "vitest";
import { validateInterview } from "../../src/core/interview";
import { interview } from "../fixtures";

const today = "2026-11-26";
const check = (raw: unknown, lang: "it" | "en" = "it") => validateInterview(raw, { today, lang });
const errorsOf = (raw: unknown) => {
  const result = check(raw);
  if (result.ok) throw new Error("expected errors");
  return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe("validateInterview", () => {
  it("accepts a complete interview and cleans its text", () => {
    const result = check(interview({ interviewer: "  Giulia\u0007 Rossi \t" }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.interviewer).toBe("Giulia Rossi");
  });

  it.each([
    ["region", { region: "21" }, "Scegli una regione dall'elenco."],
    [
      "interviewDate",
      { interviewDate: "14/03/2025" },
      "Data non valida: indica giorno, mese e anno (es. 14/03/2025).",
    ],
    [
      "interviewDate",
      { interviewDate: "2025-02-30" },
      "Data non valida: indica giorno, mese e anno (es. 14/03/2025).",
    ],
    ["interviewDate", { interviewDate: "2026-11-27" }, "La data dell'intervista non può essere nel futuro."],
    [
      "interviewDate",
      { interviewDate: "2017-12-31" },
      "La data dell'intervista non può essere prima del 01/01/2018.",
    ],
    ["interviewer", { interviewer: "   " }, "Campo obbligatorio."],
    [
      "consent",
      { consent: false },
      "Serve il consenso dell'intervistato/a al trattamento dei dati personali.",
    ],
    ["protocolArea", { protocolArea: "x".repeat(201) }, "Troppo lungo: al massimo 200 caratteri."],
    ["contacts", { contacts: [] }, "Indica da 1 a 10 contatti."],
  ])("refuses a bad %s", (field, overrides, message) => {
    expect(errorsOf(interview(overrides as never))[field]).toBe(message);
  });

  it("refuses nested bad values with their paths", () => {
    const base = interview();
    const errors = errorsOf({
      ...base,
      interviewee: { ...base.interviewee, name: "" },
      hardestArea: { kind: "provincia", name: "Bari", istatCode: "72006" },
      reasons: {
        ...base.reasons,
        evidence: ["sentito_dire"],
        causes: [],
        severity: 6,
        explanation: "y".repeat(2001),
      },
      interestedAuthority: { ...base.interestedAuthority, kind: "ministero", interest: 0 },
    });
    expect(errors).toMatchObject({
      "interviewee.name": "Campo obbligatorio.",
      "hardestArea.kind": "Valore non ammesso: scegli dall'elenco.",
      "hardestArea.istatCode": "Il codice ISTAT non corrisponde a un comune della regione scelta.",
      "reasons.evidence[0]": "Valore non ammesso: scegli dall'elenco.",
      "reasons.causes": "Indica almeno una causa.",
      "reasons.severity": "Scegli un valore da 1 a 5.",
      "reasons.explanation": "Troppo lungo: al massimo 2000 caratteri.",
      "interestedAuthority.kind": "Valore non ammesso: scegli dall'elenco.",
      "interestedAuthority.interest": "Scegli un valore da 1 a 5.",
    });
  });

  it("checks every contact: e-mail, phone, level, and at least one way to reach them", () => {
    const base = interview().contacts[0];
    const errors = errorsOf(
      interview({
        contacts: [
          base,
          { ...base, email: "anna.verdi@", phone: "" },
          { ...base, email: "", phone: "chiamare in comune" },
          { ...base, email: "", phone: "" },
          { ...base, decisionLevel: "sindaco" as never },
        ],
      }),
    );
    expect(errors["contacts[1].email"]).toBe("Indirizzo e-mail non valido (es. nome@comune.it).");
    expect(errors["contacts[2].phone"]).toBe("Numero di telefono non valido (es. +39 333 123 4567).");
    expect(errors["contacts[3].email"]).toBe("Indica almeno un'e-mail o un telefono.");
    expect(errors["contacts[4].decisionLevel"]).toBe("Valore non ammesso: scegli dall'elenco.");
    expect(errors["contacts[0].email"]).toBeUndefined();
  });

  it("refuses more than ten contacts", () => {
    const c = interview().contacts[0];
    expect(errorsOf(interview({ contacts: Array.from({ length: 11 }, () => c) })).contacts).toBe(
      "Indica da 1 a 10 contatti.",
    );
  });

  it("speaks English to English users", () => {
    const result = check(interview({ consent: false }), "en");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0].message).toBe(
        "The interviewee's consent to the processing of personal data is required.",
      );
  });

  it("refuses an oversize payload as a whole", () => {
    const result = check({ ...interview(), padding: "x".repeat(70_000) });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "" }] });
  });

  it("requires the version when editing", () => {
    expect(errorsOf(interview({ id: "INT-00001" })).version).toBe(
      "Versione non valida: riapri l'intervista e riprova.",
    );
  });

  it("keeps formula-like and number-like text as text", () => {
    const result = check(interview({ interviewer: '=IMPORTXML("x")', notes: "+39 007 @mention -1" }));
    expect(result.ok && result.value.interviewer).toBe('=IMPORTXML("x")');
    expect(result.ok && result.value.notes).toBe("+39 007 @mention -1");
  });

  it.each([
    ["zero-width space", "\u200B"],
    ["direction marks", "\u200E\u200F\u202E\u2066\u2069"],
    ["zero-width joiners and BOM", " \u200C\u200D\uFEFF\u2060 "],
    ["soft hyphen and Hangul filler", "\u00AD\u3164"],
  ])("counts invisible text (%s) as empty in a required field", (_, invisible) => {
    const base = interview();
    const errors = errorsOf({
      ...base,
      interviewer: invisible,
      interviewee: { ...base.interviewee, name: invisible },
      reasons: { ...base.reasons, explanation: `${invisible}\n${invisible}` },
      contacts: [{ ...base.contacts[0], name: invisible }],
    });
    expect(errors).toMatchObject({
      interviewer: "Campo obbligatorio.",
      "interviewee.name": "Campo obbligatorio.",
      "reasons.explanation": "Campo obbligatorio.",
      "contacts[0].name": "Campo obbligatorio.",
    });
  });

  it("keeps a direction mark inside real text", () => {
    const result = check(interview({ interviewer: "\u200FAmina Haddad" }));
    expect(result.ok && result.value.interviewer).toBe("\u200FAmina Haddad");
  });
});
