// A corrected re-send: after a failed save the user fixes the form (a contact's e-mail, a contact
// more or less) and saves again with the same submission id. Wherever Google cut the first attempt —
// or if it took effect and only the answer was lost — the stored interview ends with the content
// last sent, once: one interview, its contacts as last sent, one Registro line per effect.
import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../../src/core/interview";
import { interview } from "../fixtures";
import { type Emulator, preparedAddOn } from "./addon";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function contactsOf(emu: Emulator, id: string) {
  const version = emu.recordsOf("Interviste").find((r) => r.ID === id)?.Versione;
  return emu
    .recordsOf("Contatti")
    .filter((c) => c["ID intervista"] === id)
    .map((c) => ({ name: c.Nome, email: c.Email, current: c["Versione intervista"] === version }));
}

function linesOf(emu: Emulator, submission: string) {
  return emu
    .recordsOf("Registro")
    .filter((r) => r["ID invio"] === submission)
    .map((r) => [r.Azione, r.ID, r.Versione, r.Conteggio]);
}

const wrong = (): InterviewInput =>
  interview({
    contacts: [
      {
        name: "Anna Verdi",
        role: "Dirigente",
        organization: "Comune di Bari",
        email: "a.verdi@comune.bari.exmaple",
        decisionLevel: "dirigente",
      },
      {
        name: "Rocco Lupo",
        role: "Tecnico",
        organization: "Comune di Bari",
        phone: "+39 080 577 2222",
        decisionLevel: "tecnico",
      },
    ],
  });

function corrected(first: InterviewInput): InterviewInput {
  const next = clone(first);
  next.contacts[0].email = "a.verdi@comune.bari.example";
  return next;
}

/** Where Google cuts the first attempt of a new interview. */
const CUTS = [
  ["before the interview row (contacts written)", { method: "Range.setValues", sheet: "Interviste" }],
  ["at the Registro line (interview row written)", { method: "Range.setValues", sheet: "Registro" }],
  ["at the journal's last write (all written)", { method: "Properties.setProperty" }],
] as const;

describe("a corrected re-send of a new interview", () => {
  it.each(CUTS)("cut %s: the stored contacts are the ones last sent, once", (_where, fault) => {
    const { emu, addOn } = preparedAddOn();
    const first = wrong();
    emu.injectFault({ ...fault });
    expect(() => addOn.submitInterview(first)).toThrow(/riferimento/);
    const again = corrected(first);
    const result = addOn.submitInterview(again);
    expect(result).toMatchObject({ ok: true, created: true });
    const rows = emu.recordsOf("Interviste");
    expect(rows).toHaveLength(1);
    expect(contactsOf(emu, result.id)).toEqual([
      { name: "Anna Verdi", email: "a.verdi@comune.bari.example", current: true },
      { name: "Rocco Lupo", email: "", current: true },
    ]);
    expect(addOn.getInterview(result.id).contacts[0].email).toBe("a.verdi@comune.bari.example");
    // One line per effect: the create, and an edit only where the first content had been stored.
    const lines = linesOf(emu, first.submissionId);
    expect(lines[0]).toEqual(["creazione", result.id, 1, 2]);
    expect(lines.slice(1).every((l) => l[0] === "modifica")).toBe(true);
    expect(lines.length).toBe(fault.method === "Range.setValues" && fault.sheet === "Interviste" ? 1 : 2);
    // Sending it once more changes nothing.
    const before = JSON.stringify(emu.toJSON());
    expect(addOn.submitInterview(clone(again))).toMatchObject({
      ok: true,
      id: result.id,
      version: result.version,
    });
    expect(JSON.stringify(emu.toJSON())).toBe(before);
  });

  it("the answer was lost although the save took effect: the correction is saved once, as an edit", () => {
    const { emu, addOn } = preparedAddOn();
    const first = wrong();
    const done = addOn.submitInterview(first);
    const result = addOn.submitInterview(corrected(first));
    expect(result).toMatchObject({ ok: true, id: done.id, version: 2, created: true });
    expect(
      contactsOf(emu, done.id)
        .filter((c) => c.current)
        .map((c) => c.email),
    ).toEqual(["a.verdi@comune.bari.example", ""]);
    expect(contactsOf(emu, done.id).every((c) => c.current)).toBe(true);
    expect(linesOf(emu, first.submissionId)).toEqual([
      ["creazione", done.id, 1, 2],
      ["modifica", done.id, 2, 2],
    ]);
  });

  it("a contact removed in the correction is gone; one added is there", () => {
    const { emu, addOn } = preparedAddOn();
    const first = wrong();
    emu.injectFault({ method: "Range.setValues", sheet: "Interviste" });
    expect(() => addOn.submitInterview(first)).toThrow();
    const fewer = corrected(first);
    fewer.contacts = fewer.contacts.slice(0, 1);
    const result = addOn.submitInterview(fewer);
    expect(contactsOf(emu, result.id)).toEqual([
      { name: "Anna Verdi", email: "a.verdi@comune.bari.example", current: true },
    ]);
    const more = clone(fewer);
    more.contacts.push({
      name: "Nina Sposito",
      role: "Assessora",
      organization: "Comune di Bari",
      phone: "+39 080 577 3333",
      decisionLevel: "politico",
    });
    const grown = addOn.submitInterview(more);
    expect(
      contactsOf(emu, grown.id)
        .filter((c) => c.current)
        .map((c) => c.name),
    ).toEqual(["Anna Verdi", "Nina Sposito"]);
    expect(contactsOf(emu, grown.id).every((c) => c.current)).toBe(true);
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
  });
});

describe("a corrected re-send of an edit", () => {
  it.each([
    ["before the switch (new contacts staged)", { method: "Range.setValues", sheet: "Interviste" }],
    ["after the switch (old contacts not yet removed)", { method: "Sheet.deleteRows", sheet: "Contatti" }],
  ])(
    "cut %s: the interview ends with the content last sent, one Registro line per effect",
    (_where, fault) => {
      const { emu, addOn } = preparedAddOn();
      const { id } = addOn.submitInterview(interview());
      const loaded = addOn.getInterview(id);
      const edit = { ...clone(loaded), submissionId: "S-edit-resend-1", contacts: clone(wrong().contacts) };
      emu.injectFault({ ...fault });
      expect(() => addOn.submitInterview(edit)).toThrow();
      const result = addOn.submitInterview(corrected(edit));
      expect(result.ok).toBe(true);
      expect(contactsOf(emu, id).map((c) => [c.name, c.email, c.current])).toEqual([
        ["Anna Verdi", "a.verdi@comune.bari.example", true],
        ["Rocco Lupo", "", true],
      ]);
      const lines = linesOf(emu, edit.submissionId);
      expect(lines.every((l) => l[0] === "modifica")).toBe(true);
      expect(lines).toHaveLength(fault.sheet === "Interviste" ? 1 : 2);
      expect(emu.recordsOf("Interviste")).toHaveLength(1);
    },
  );

  it("someone else changed the interview since the first attempt: the re-send is a conflict, nothing is written", () => {
    const { emu, addOn } = preparedAddOn();
    const first = wrong();
    const { id } = addOn.submitInterview(first);
    emu.user = "collega@coefficienti.example";
    addOn.submitInterview({
      ...addOn.getInterview(id),
      submissionId: "S-someone-else-1",
      notes: "Aggiornata",
    });
    emu.user = "staff@coefficienti.example";
    const before = JSON.stringify(emu.toJSON());
    const result = addOn.submitInterview(corrected(first));
    expect(result).toMatchObject({ ok: false, conflict: true });
    expect(JSON.stringify(emu.toJSON())).toBe(before);
  });
});
