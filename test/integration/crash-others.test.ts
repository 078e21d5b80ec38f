// Roll forward, swept: Google fails each data call of a create, an edit and a deletion in turn; then,
// instead of the user's retry, ANOTHER user does something else (a new interview, the Shortlist, the
// deletion of another interview, Prepara il foglio, a review). The sheet must end as a fault-free run
// would have left it — the cut operation either fully done (it had taken effect) or not at all (it
// had not) — with the other operation done too, nothing invisible left behind and the journal empty.
import { describe, expect, it } from "vitest";
import { currentContacts, versionOf } from "../../src/core/contactVersions";
import { IMPORT_ROW, interview } from "../fixtures";
import { type AddOn, Emulator, type EmulatorOptions, preparedAddOn } from "./addon";

type Json = ReturnType<Emulator["toJSON"]>;

/** Calls that read or write the document (as in crash.test.ts); pure navigation is left out. */
const NAVIGATION =
  /^(SpreadsheetApp\.getActive(Spreadsheet)?|Spreadsheet\.(getSheetByName|getSheets|getActiveSheet|getActiveRange|getName|getId|getSpreadsheetTimeZone)|Sheet\.(getRange|getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getName|getActiveRange|getSheetId|getParent|getFrozenRows)|Range\.(getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getSheet|getLastRow))$/;
const isDataCall = (method: string) => !NAVIGATION.test(method);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Registro columns that name when, who and which submission: they may differ between two runs. */
const VOLATILE = new Set(["Quando", "Chi", "ID invio"]);
const TABS = ["Interviste", "Contatti", "Registro", "Shortlist", "Riepilogo", "Coordinatori", "Impostazioni"];

/**
 * What users see, comparable between runs: the values of each tab (instants masked, Registro's
 * who/when/submission left out) with interview ids renamed by order of appearance (an id consumed by
 * a cut create that was dropped is never shown, so later ids may differ by one).
 */
function seen(emu: Emulator): string {
  const labels = new Map<string, string>();
  const label = (id: string) => {
    if (!labels.has(id)) labels.set(id, `#${labels.size + 1}`);
    return labels.get(id)!;
  };
  for (const row of emu.recordsOf("Interviste")) if (row.ID) label(String(row.ID));
  const tabs = TABS.map((name) => {
    const values = emu.valuesOf(name) ?? [];
    const header = (values[0] ?? []).map(String);
    return [
      name,
      values.map((line) =>
        line
          .filter((_, c) => name !== "Registro" || !VOLATILE.has(header[c]))
          .map((v) => {
            if (v instanceof Date) return "<now>";
            return typeof v === "string" ? v.replace(/INT-\d{5}/g, (id) => label(id)) : v;
          }),
      ),
    ];
  });
  return JSON.stringify(tabs);
}

/** Contact rows their interview does not show, and the journal's entries: both must be none. */
function leftovers(emu: Emulator) {
  const interviews = emu.recordsOf("Interviste");
  const contacts = emu.recordsOf("Contatti");
  const shown = new Set<unknown>();
  for (const row of interviews) {
    const own = contacts.filter((c) => c["ID intervista"] === row.ID);
    for (const c of currentContacts(
      own,
      (x) => versionOf(x["Versione intervista"]),
      versionOf(row.Versione) ?? 1,
    ))
      shown.add(c);
  }
  return {
    hidden: contacts.filter((c) => !shown.has(c)).length,
    journal: JSON.parse(emu.documentProperties.get("coef.journal") ?? "[]"),
  };
}

const bari = (names: string[]) =>
  names.map((name, i) => ({
    name,
    role: "Referente",
    organization: "Comune di Bari",
    phone: `+39 080 577 ${String(1000 + i)}`,
    decisionLevel: "dirigente" as const,
  }));

function seeded(options: EmulatorOptions) {
  const { emu, addOn } = preparedAddOn(options);
  const first = addOn.submitInterview(interview({ contacts: bari(["Anna Verdi", "Rocco Lupo"]) }));
  addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }));
  emu.ui.toasts = [];
  return { emu, addOn, first };
}

interface Cut {
  name: string;
  start: (options: EmulatorOptions) => { json: Json; act: (addOn: AddOn, emu: Emulator) => unknown };
}

const CUTS: Cut[] = [
  {
    name: "create (2 contacts)",
    start: (options) => {
      const { emu } = seeded(options);
      const input = interview({ contacts: bari(["Lucia Neri", "Paolo Sanna"]) });
      return { json: emu.toJSON(), act: (addOn) => addOn.submitInterview(clone(input)) };
    },
  },
  {
    name: "edit (2 contacts replaced by 3)",
    start: (options) => {
      const { emu, addOn, first } = seeded(options);
      const input = {
        ...addOn.getInterview(first.id),
        submissionId: "S-edit-sweep-1",
        contacts: bari(["Lucia Neri", "Paolo Sanna", "Carla Fois"]),
      };
      return { json: emu.toJSON(), act: (a) => a.submitInterview(clone(input)) };
    },
  },
  {
    name: "delete",
    start: (options) => {
      const { emu } = seeded(options);
      return { json: emu.toJSON(), act: (addOn) => addOn.deleteInterview("INT-00001") };
    },
  },
  {
    // Importa interviste…: two rows at once (one with two contacts) and one to correct.
    name: "import (Importa interviste…, 2 of 3 rows)",
    start: (options) => {
      const { emu } = seeded(options);
      const header = emu.valuesOf("Importa")?.[0] as string[];
      const base: Record<string, unknown> = IMPORT_ROW;
      const rows: Record<string, unknown>[] = [
        {
          Intervistato: "Lucia Neri",
          "Contatto 2 Nome": "Paolo Sanna",
          "Contatto 2 Ruolo": "Sindaco",
          "Contatto 2 Ente": "Comune di Bari",
          "Contatto 2 Telefono": "+39 080 577 2222",
          "Contatto 2 Livello decisionale": "Politico",
        },
        { Intervistato: "Carla Fois", "D2 Gravità": 9 },
        { Intervistato: "Ugo Sale" },
      ];
      rows.forEach((overrides, i) => {
        for (const [name, value] of Object.entries({ ...base, ...overrides }))
          emu.sheetData("Importa").cell(i + 1, header.indexOf(name), true).value = value;
      });
      return { json: emu.toJSON(), act: (addOn) => addOn.importInterviews() };
    },
  },
];

/** What another user does instead of the retry. */
const OTHERS: { name: string; act: (addOn: AddOn, emu: Emulator) => void }[] = [
  {
    name: "saves a new interview",
    act: (addOn) => {
      const input = interview({
        submissionId: "S-other-save-1",
        region: "20",
        hardestArea: { kind: "comune", name: "Sassari" },
      });
      expect(addOn.submitInterview(input).ok).toBe(true);
    },
  },
  { name: "generates the Shortlist", act: (addOn) => addOn.generateShortlist() },
  {
    name: "deletes another interview",
    act: (addOn, emu) => {
      const id = emu.recordsOf("Interviste").find((r) => r.Regione === "Marche")?.ID;
      expect(addOn.deleteInterview(id).ok).toBe(true);
    },
  },
  { name: "runs Prepara il foglio", act: (addOn) => addOn.setupSpreadsheet() },
  {
    name: "marks the last row verified",
    act: (addOn, emu) => {
      emu.select("Interviste", `C${emu.recordsOf("Interviste").length + 1}`);
      addOn.markSelectedVerified();
    },
  },
];

const OTHER_USER = "collega@coefficienti.example";

function run(json: Json, options: EmulatorOptions) {
  const emu = Emulator.fromJSON(json, options as never);
  return { emu, addOn: emu.loadBundle() as unknown as AddOn };
}

describe.each([
  { apostropheInPlainText: "kept" as const, insertedInherit: true },
  { apostropheInPlainText: "hidden" as const, insertedInherit: false },
])("a fault at every call, then another user's different operation (%o)", (options) => {
  for (const cut of CUTS) {
    it(`${cut.name}: ends as a fault-free run, whatever the other user does`, () => {
      const { json, act } = cut.start(options);
      // The two fault-free outcomes: the cut operation not done at all, or done in full, then the other's.
      const expected = OTHERS.map((other) => {
        const outcomes = [false, true].map((done) => {
          const { emu, addOn } = run(json, options);
          if (done) act(addOn, emu);
          emu.user = OTHER_USER;
          emu.ui.alerts = [];
          other.act(addOn, emu);
          expect(emu.ui.alerts).toEqual([]);
          return seen(emu);
        });
        return outcomes;
      });
      // Both ends are met over the sweep: cut before the operation took effect, and after.
      const met = new Set<number>();
      const clean = run(json, options);
      clean.emu.resetCalls();
      act(clean.addOn, clean.emu);
      const calls = clean.emu.totalCalls(isDataCall);
      expect(calls).toBeGreaterThan(5);
      const fired = new Set<string>();
      for (let at = 1; at <= calls; at++) {
        OTHERS.forEach((other, k) => {
          const { emu, addOn } = run(json, options);
          emu.failAtCall(at, isDataCall);
          try {
            act(addOn, emu);
          } catch {
            // The user saw it fail and went away; someone else writes next.
          }
          const failed = emu.failAt?.fired ?? "none";
          fired.add(failed);
          emu.failAt = null;
          emu.user = OTHER_USER;
          emu.ui.alerts = [];
          other.act(addOn, emu);
          const where = `fault at call ${at} (${failed}), then another user ${other.name}`;
          expect(emu.ui.alerts, where).toEqual([]);
          expect(leftovers(emu), where).toEqual({ hidden: 0, journal: [] });
          const outcome = expected[k].indexOf(seen(emu));
          expect(outcome, where).toBeGreaterThanOrEqual(0);
          met.add(outcome);
        });
      }
      expect(fired.size).toBeGreaterThan(3);
      expect([...met].sort()).toEqual([0, 1]);
    }, 300_000);
  }
});
