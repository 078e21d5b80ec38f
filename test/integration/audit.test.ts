// The Registro and the logs: one line per write, no personal data, the confirmation before a deletion.
import { describe, expect, it } from "vitest";
import { interview, submissionId } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("audit and privacy", () => {
  it("appends one Registro line per create, update, delete and shortlist run, with no personal data, never rewriting", () => {
    const { emu, addOn } = preparedAddOn();
    const input = interview();
    const { id } = addOn.submitInterview(input);
    const afterCreate = emu.valuesOf("Registro");
    addOn.submitInterview({ ...addOn.getInterview(id), submissionId: submissionId() });
    addOn.generateShortlist();
    addOn.deleteInterview(id);
    const log = emu.recordsOf("Registro");
    expect(log.map((r) => [r.Azione, r.ID, r.Conteggio])).toEqual([
      ["preparazione", "", ""],
      ["creazione", id, 1],
      ["modifica", id, 1],
      ["shortlist", "", 15],
      ["eliminazione", id, 1],
    ]);
    expect(emu.valuesOf("Registro").slice(0, afterCreate.length)).toEqual(afterCreate);
    const text = JSON.stringify(emu.valuesOf("Registro"));
    for (const personal of [
      input.interviewee.name,
      input.contacts[0].name,
      input.contacts[0].email,
      input.contacts[0].phone,
    ]) {
      expect(text).not.toContain(personal);
    }
  });

  it("deletes the selected interview and its contacts after a confirmation", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    const { id } = addOn.submitInterview(
      interview({
        contacts: [
          ...interview().contacts,
          { ...interview().contacts[0], name: "Rocco Lupo", email: "r.lupo@example.it" },
        ],
      }),
    );
    emu.select("Interviste", "C3");
    emu.alertResponse = "NO";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toBe(
      `Eliminare l'intervista ${id} a Marco Bianchi (Puglia, 14/03/2025) e i suoi 2 contatti? L'operazione non si può annullare.`,
    );
    expect(emu.recordsOf("Interviste")).toHaveLength(2);
    emu.alertResponse = "YES";
    addOn.deleteSelectedInterview();
    expect(emu.recordsOf("Interviste").map((r) => r.ID)).toEqual(["INT-00001"]);
    expect(emu.recordsOf("Contatti").map((r) => r["ID intervista"])).toEqual(["INT-00001"]);
    expect(emu.ui.toasts.at(-1)?.message).toBe(`Intervista ${id} eliminata con 2 contatti.`);
    expect(emu.recordsOf("Registro").at(-1)).toMatchObject({ Azione: "eliminazione", ID: id, Conteggio: 2 });
    // A deleted id is never issued again.
    expect(addOn.submitInterview(interview()).id).toBe("INT-00003");
  });

  it("writes no personal data to the logs, even when things fail", () => {
    const { emu, addOn } = preparedAddOn();
    const input = interview();
    addOn.submitInterview(input);
    addOn.submitInterview({ ...input, submissionId: submissionId(), consent: false });
    emu.injectFault({
      method: "Range.setValues",
      sheet: "Contatti",
      message: `cannot write ${input.contacts[0].email} ${input.contacts[0].phone}`,
    });
    expect(() => addOn.submitInterview(interview())).toThrow(/riferimento E\w+/);
    const logs = JSON.stringify(emu.logs);
    expect(emu.logs.length).toBeGreaterThan(0);
    for (const personal of [
      input.interviewee.name,
      input.contacts[0].name,
      input.contacts[0].email!,
      input.contacts[0].phone!,
    ]) {
      expect(logs).not.toContain(personal);
    }
  });
});
