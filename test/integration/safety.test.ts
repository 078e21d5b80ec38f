import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../../src/core/interview";
import { interview, submissionId } from "../fixtures";
import { type Emulator, loadAddOn, preparedAddOn } from "./addon";

const snapshot = (emu: Emulator) => JSON.stringify(emu.toJSON());
const REGIONS = ["16", "11", "09", "15", "03"];
const AREAS: Record<string, string> = {
  "16": "Bari",
  "11": "Ancona",
  "09": "Prato",
  "15": "Caserta",
  "03": "Brescia",
};

function partnerSheet(emu: Emulator, rows: [string, string, string][]) {
  rows.forEach(([email, regions, role], i) => {
    emu.typeInto("Partner", `A${i + 2}`, email);
    emu.typeInto("Partner", `B${i + 2}`, regions);
    emu.typeInto("Partner", `C${i + 2}`, role);
  });
}

describe("many hands on one sheet", () => {
  it("stores exactly the distinct successful submissions of 5 users, 200 calls, retries and lock time-outs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { emu, addOn } = preparedAddOn();
        let state = seed;
        const random = () => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return state / 2147483648;
        };
        const users = ["giulia.rossi", "marco.bianchi", "sara.gallo", "luca.neri", "anna.verdi"].map(
          (u) => `${u}@partner.example`,
        );
        const sent: InterviewInput[] = [];
        const stored = new Map<string, { id: string; contacts: number }>();
        for (let call = 0; call < 200; call++) {
          emu.user = users[Math.floor(random() * users.length)];
          const retry = sent.length > 0 && random() < 0.3;
          const region = REGIONS[Math.floor(random() * REGIONS.length)];
          const input = retry
            ? sent[Math.floor(random() * sent.length)]
            : interview({
                region,
                hardestArea: { kind: "comune", name: AREAS[region] },
                protocolArea: AREAS[region],
                contacts: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({
                  name: `Contatto ${call}-${i}`,
                  role: "Referente",
                  organization: `Comune di ${AREAS[region]}`,
                  phone: `+39 333 ${String(call).padStart(3, "0")} ${String(i).padStart(4, "0")}`,
                  decisionLevel: "tecnico" as const,
                })),
              });
          if (!retry) sent.push(input);
          emu.lockBusy = random() < 0.2;
          // The workbook is compared around every call that may fail (the busy ones), not around all.
          const before = emu.lockBusy ? snapshot(emu) : "";
          const result = addOn.submitInterview(input);
          if (!emu.lockBusy) expect(result.ok).toBe(true);
          if (result.ok) {
            const known = stored.get(input.submissionId);
            if (known) expect(result.id).toBe(known.id);
            else stored.set(input.submissionId, { id: result.id, contacts: input.contacts.length });
          } else {
            expect(result.errors[0].message).toBe("Il foglio è occupato, riprova tra qualche secondo.");
            expect(snapshot(emu)).toBe(before);
          }
        }
        const rows = emu.recordsOf("Interviste");
        expect(rows).toHaveLength(stored.size);
        expect(new Set(rows.map((r) => r.ID)).size).toBe(stored.size);
        expect(new Set(rows.map((r) => r["ID invio"]))).toEqual(new Set(stored.keys()));
        const contacts = emu.recordsOf("Contatti");
        for (const { id, contacts: count } of stored.values()) {
          expect(contacts.filter((c) => c["ID intervista"] === id)).toHaveLength(count);
        }
        expect(contacts).toHaveLength([...stored.values()].reduce((s, x) => s + x.contacts, 0));
      }),
      { numRuns: 3 },
    );
  }, 300_000);
});

describe("partners write only their regions", () => {
  it("lets a partner create, edit and delete in its regions only, and staff everywhere", () => {
    const { emu, addOn } = preparedAddOn();
    partnerSheet(emu, [
      ["partner.puglia@example.it", "Puglia, 11", "partner"],
      ["coordinamento@example.it", "", "staff"],
    ]);
    emu.user = "coordinamento@example.it";
    const { id: toscana } = addOn.submitInterview(
      interview({ region: "09", hardestArea: { kind: "comune", name: "Prato" } }),
    );
    emu.user = "Partner.Puglia@example.it";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    expect(
      addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } })).ok,
    ).toBe(true);
    const before = snapshot(emu);
    const refused = addOn.submitInterview(
      interview({ region: "09", hardestArea: { kind: "comune", name: "Prato" } }),
    );
    expect(refused).toEqual({
      ok: false,
      errors: [
        { field: "region", message: "Non sei abilitato/a a scrivere interviste della regione Toscana." },
      ],
    });
    const loaded = addOn.getInterview(toscana);
    expect(
      addOn.submitInterview({
        ...loaded,
        submissionId: submissionId(),
        region: "16",
        hardestArea: { kind: "comune", name: "Bari" },
      }).errors[0],
    ).toEqual({
      field: "region",
      message: "Non sei abilitato/a a scrivere interviste della regione Toscana.",
    });
    expect(addOn.deleteInterview(toscana)).toEqual({
      ok: false,
      message: "Non sei abilitato/a a scrivere interviste della regione Toscana.",
    });
    expect(snapshot(emu)).toBe(before);
    const regions = addOn
      .getFormContext()
      .regions.filter((r: { allowed: boolean }) => r.allowed)
      .map((r: { code: string }) => r.code);
    expect(regions.sort()).toEqual(["11", "16"]);
  });

  it("refuses to write when the user's e-mail is unknown and Partner is not empty", () => {
    const { emu, addOn } = preparedAddOn();
    partnerSheet(emu, [["partner.puglia@example.it", "Puglia", "partner"]]);
    emu.user = "";
    const result = addOn.submitInterview(interview());
    expect(result.errors[0].message).toMatch(/Google non ci dice chi sei/);
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
    expect(addOn.getFormContext().refusal).toMatch(/Google non ci dice chi sei/);
  });

  it("lets everyone write while Partner is empty", () => {
    const { emu, addOn } = preparedAddOn();
    emu.user = "";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
  });
});

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

describe("hostile and messy input", () => {
  it("stores markup, quotes and direction marks literally", () => {
    const { emu, addOn } = preparedAddOn();
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> "virgolette" 'apici' \u202Eabc\u200F`;
    const { id } = addOn.submitInterview(interview({ notes: hostile, interviewer: hostile.slice(0, 150) }));
    expect(emu.recordsOf("Interviste")[0].Note).toBe(hostile);
    expect(addOn.getInterview(id).notes).toBe(hostile);
  });

  it("refuses oversize fields with field errors and oversize payloads whole", () => {
    const { emu, addOn } = preparedAddOn();
    const long = addOn.submitInterview(interview({ interviewer: "G".repeat(201), notes: "n".repeat(2001) }));
    expect(long.errors).toEqual([
      { field: "interviewer", message: "Troppo lungo: al massimo 200 caratteri." },
      { field: "notes", message: "Troppo lungo: al massimo 2000 caratteri." },
    ]);
    const huge = addOn.submitInterview({ ...interview(), extra: "x".repeat(100_000) });
    expect(huge.errors).toEqual([{ field: "", message: "Troppi dati in un'unica intervista." }]);
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
  });

  it("refuses unknown codes", () => {
    const { addOn } = preparedAddOn();
    const result = addOn.submitInterview({
      ...interview(),
      reasons: { ...interview().reasons, causes: ["meteo"] },
    });
    expect(result.errors).toEqual([
      { field: "reasons.causes[0]", message: "Valore non ammesso: scegli dall'elenco." },
    ]);
  });

  it("turns an unexpected failure into a short message whose reference is in the log", () => {
    const { emu, addOn } = loadAddOn();
    emu.injectFault({ method: "Spreadsheet.getSheetByName" });
    let message = "";
    try {
      addOn.getFormContext();
    } catch (error) {
      message = (error as Error).message;
    }
    const ref = /riferimento (E\w+)/.exec(message)?.[1];
    expect(ref).toBeDefined();
    expect(emu.logs.some((l) => l.level === "error" && l.text.includes(`[${ref}] getFormContext`))).toBe(
      true,
    );
  });
});
