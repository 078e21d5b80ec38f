// The write order of an import run on plain data: for every prefix (what the sheet shows if the run
// stops after step k) no new contact is visible without its interview, no interview shows before its
// Esito says "In importazione", the Registro line and the journal's end come after the interviews.
import { describe, expect, it } from "vitest";
import { contactsToWrite, type ImportStep, planImportWrites } from "../../src/core/importWrites";

const read = (over: Partial<Parameters<typeof planImportWrites>[0]> = {}) => ({
  contactIds: ["INT-00001", "INT-00002"],
  interviewIds: new Set(["INT-00001", "INT-00002"]),
  pendingIds: new Set<string>(),
  newIds: ["INT-00003", "INT-00004"],
  contactCounts: [2, 1],
  begin: true,
  log: true,
  end: ["imp-run-INT-00003"],
  ...over,
});

const names = (steps: readonly ImportStep[]) =>
  steps.map((s) =>
    s.kind === "append" || s.kind === "delete"
      ? `${s.kind} ${s.tab}`
      : s.kind === "outcomes"
        ? `outcomes ${s.stage}`
        : s.kind,
  );

/** What a prefix of the plan has done, for the invariants every prefix must keep. */
function afterPrefix(steps: readonly ImportStep[], k: number) {
  const done = names(steps.slice(0, k));
  return {
    journal: done.includes("begin"),
    contacts: done.includes("append contacts"),
    staged: done.includes("outcomes staged"),
    interviews: done.includes("append interviews"),
    final: done.includes("outcomes final"),
    logged: done.includes("log"),
    ended: done.includes("end"),
  };
}

function everyPrefixHolds(
  steps: readonly ImportStep[],
  wanted: { journal: boolean; contacts: boolean },
): void {
  for (let k = 0; k <= steps.length; k++) {
    const s = afterPrefix(steps, k);
    const at = `after ${k} of ${steps.length} steps`;
    // Nothing is written before the journal knows the run (a cut run is found again by it).
    if (wanted.journal && (s.contacts || s.interviews)) expect(s.journal, at).toBe(true);
    // The interviews come after their contacts' rows and after their Esito reads "In importazione".
    if (s.interviews) expect(s.staged, at).toBe(true);
    if (s.interviews && wanted.contacts) expect(s.contacts, at).toBe(true);
    // Registro and the journal's end only once the interviews are there and their Esito final.
    if (s.logged || s.ended) expect(s.interviews && s.final, at).toBe(true);
  }
}

describe("planImportWrites", () => {
  it("a new run: journal, contacts, Esito staged, interviews, Esito final, Registro, journal end", () => {
    const steps = planImportWrites(read());
    expect(names(steps)).toEqual([
      "begin",
      "append contacts",
      "outcomes staged",
      "append interviews",
      "outcomes final",
      "log",
      "end",
    ]);
    everyPrefixHolds(steps, { journal: true, contacts: true });
  });

  it("a cut run resumed: its contacts kept when whole, else removed and written again; no second line", () => {
    const whole = read({
      contactIds: ["INT-00001", "INT-00003", "INT-00003", "INT-00004"],
      pendingIds: new Set(["INT-00003", "INT-00004"]),
      begin: false,
      log: true,
    });
    expect(contactsToWrite(whole)).toEqual({ stale: [], append: false });
    const resumed = planImportWrites(whole);
    expect(names(resumed)).toEqual(["outcomes staged", "append interviews", "outcomes final", "log", "end"]);
    everyPrefixHolds(resumed, { journal: false, contacts: false });

    const partial = read({
      contactIds: ["INT-00003", "INT-00001", "INT-00003", "INT-00009"],
      pendingIds: new Set(["INT-00003", "INT-00004", "INT-00009"]),
      begin: false,
      log: false,
    });
    expect(contactsToWrite(partial)).toEqual({ stale: [2, 4, 5], append: true });
    const again = planImportWrites(partial);
    expect(names(again)).toEqual([
      "delete contacts",
      "append contacts",
      "outcomes staged",
      "append interviews",
      "outcomes final",
      "end",
    ]);
    everyPrefixHolds(again, { journal: false, contacts: true });
  });

  it("a run with nothing to create writes only its Esito and its Registro line", () => {
    const steps = planImportWrites(read({ newIds: [], contactCounts: [], begin: false, end: [] }));
    expect(names(steps)).toEqual(["outcomes staged", "outcomes final", "log"]);
  });
});
