// Many hands on one sheet: concurrent submissions, retries and lock time-outs store each interview once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../../src/core/interview";
import { interview, snapshot } from "../fixtures";
import { preparedAddOn } from "./addon";

const REGIONS = ["16", "11", "09", "15", "03"];
const AREAS: Record<string, string> = {
  "16": "Bari",
  "11": "Ancona",
  "09": "Prato",
  "15": "Caserta",
  "03": "Brescia",
};

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
