// Nothing half-written (docs/data-safety.md): for each writing operation, Google fails each of its calls in
// turn; the user then retries as they would (the same submission, the same menu item). The sheet must
// end exactly as after a fault-free run, and between the fault and the retry no interview may be
// visible with a mix of old and new contacts, or with none.
import { describe, expect, it } from "vitest";
import { currentContacts, versionOf } from "../../src/core/contactVersions";
import { IMPORT_ROW, interview } from "../fixtures";
import { type AddOn, Emulator, type EmulatorOptions, preparedAddOn } from "./addon";

type Json = ReturnType<Emulator["toJSON"]>;

/** The workbook with the instants written "now" masked: they are the only thing two runs may differ in. */
function stateOf(emu: Emulator): unknown {
  const json = emu.toJSON();
  for (const sheet of json.sheets)
    for (const cell of sheet.cells)
      if (cell[2] && typeof cell[2] === "object" && "$date" in cell[2]) cell[2] = "<now>";
  // The Shortlist's header note says when it was generated (to the minute).
  for (const sheet of json.sheets)
    for (const note of sheet.notes)
      if (typeof note.at(-1) === "string")
        note[note.length - 1] = note
          .at(-1)
          .replace(/^Generata il [\d/]+ alle [\d:]+\./, "Generata il <now>.");
  return json;
}

/** What each interview row shows: its id and the names of its current contacts. */
function visible(emu: Emulator): Map<string, string[]> {
  const contacts = emu.recordsOf("Contatti");
  const shown = new Map<string, string[]>();
  for (const row of emu.recordsOf("Interviste")) {
    const id = String(row.ID ?? "");
    if (!id) continue;
    const own = contacts.filter((c) => c["ID intervista"] === id);
    const current = currentContacts(
      own,
      (c) => versionOf(c["Versione intervista"]),
      versionOf(row.Versione) ?? 1,
    );
    shown.set(id, current.map((c) => String(c.Nome)).sort());
  }
  return shown;
}

/**
 * Calls that read or write the document (cells, formats, tabs, properties, the lock, the user):
 * each is made to fail in turn. Pure navigation (finding a tab or a range) is left out.
 */
const NAVIGATION =
  /^(SpreadsheetApp\.getActive(Spreadsheet)?|Spreadsheet\.(getSheetByName|getSheets|getActiveSheet|getActiveRange|getName|getId|getSpreadsheetTimeZone)|Sheet\.(getRange|getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getName|getActiveRange|getSheetId|getParent|getFrozenRows)|Range\.(getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getSheet|getLastRow))$/;
const isDataCall = (method: string) => !NAVIGATION.test(method);

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Runs a menu item that asks nothing; false when it showed a dialog (an error, whatever its kind). */
function failsNot(emu: Emulator, body: () => unknown): boolean {
  const before = emu.ui.alerts.length;
  body();
  return emu.ui.alerts.length === before;
}

/** Where two workbook states differ (the first few paths), for a readable failure. */
function differences(a: unknown, b: unknown, path = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => differences((a as never)[k], (b as never)[k], `${path}.${k}`)).slice(0, 6);
}

const bari = (names: string[]) =>
  names.map((name, i) => ({
    name,
    role: "Referente",
    organization: "Comune di Bari",
    phone: `+39 080 577 ${String(1000 + i)}`,
    decisionLevel: "dirigente" as const,
  }));

interface Scenario {
  name: string;
  /** Builds the workbook the operation starts from; returns what the operation needs. */
  start: (options: EmulatorOptions) => { json: Json; context: Record<string, unknown> };
  /** The user's action (also their retry); false when the user saw it fail. */
  act: (addOn: AddOn, emu: Emulator, context: Record<string, unknown>) => boolean;
  /** What may be visible between the fault and the retry. */
  allowed: (shown: Map<string, string[]>, context: Record<string, unknown>) => boolean;
}

function seeded(options: EmulatorOptions) {
  const { emu, addOn } = preparedAddOn(options);
  const first = addOn.submitInterview(interview({ contacts: bari(["Anna Verdi", "Rocco Lupo"]) }));
  addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }));
  return { emu, addOn, first };
}

const same = (a: string[] | undefined, b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());

const SCENARIOS: Scenario[] = [
  {
    name: "create (2 contacts)",
    start: (options) => {
      const { emu } = seeded(options);
      return {
        json: emu.toJSON(),
        context: { input: interview({ contacts: bari(["Lucia Neri", "Paolo Sanna"]) }) },
      };
    },
    act: (addOn, _emu, context) => addOn.submitInterview(clone(context.input)).ok === true,
    allowed: (shown) => {
      const created = shown.get("INT-00003");
      return created === undefined || same(created, ["Lucia Neri", "Paolo Sanna"]);
    },
  },
  {
    name: "edit (2 contacts replaced by 3)",
    start: (options) => {
      const { emu, addOn, first } = seeded(options);
      const stored = addOn.getInterview(first.id);
      const input = {
        ...stored,
        submissionId: "S-edit-1",
        contacts: bari(["Lucia Neri", "Paolo Sanna", "Carla Fois"]),
      };
      return { json: emu.toJSON(), context: { input: clone(input), id: first.id } };
    },
    act: (addOn, _emu, context) => addOn.submitInterview(clone(context.input)).ok === true,
    allowed: (shown, context) => {
      const names = shown.get(context.id as string);
      return (
        same(names, ["Anna Verdi", "Rocco Lupo"]) || same(names, ["Lucia Neri", "Paolo Sanna", "Carla Fois"])
      );
    },
  },
  {
    name: "delete (menu, after the confirmation)",
    start: (options) => {
      const { emu, first } = seeded(options);
      emu.select("Interviste", "C2");
      emu.alertResponse = "YES";
      return { json: emu.toJSON(), context: { id: first.id } };
    },
    act: (addOn, emu) => {
      const before = emu.ui.alerts.length;
      addOn.deleteSelectedInterview();
      const shown = emu.ui.alerts.slice(before);
      // The user says yes only to a confirmation that names the interview they meant to delete.
      const asked = shown.find((a) => /Eliminare/.test(a.message));
      if (asked && !/INT-00001/.test(asked.message))
        throw new Error(`asked about another interview: ${asked.message}`);
      return !shown.some((a) => !/Eliminare/.test(a.message));
    },
    allowed: (shown, context) => {
      const names = shown.get(context.id as string);
      return names === undefined || same(names, ["Anna Verdi", "Rocco Lupo"]);
    },
  },
  {
    name: "shortlist",
    start: (options) => {
      const { emu } = seeded(options);
      return { json: emu.toJSON(), context: {} };
    },
    act: (addOn, emu) => failsNot(emu, () => addOn.generateShortlist()),
    allowed: (shown) => shown.size === 2,
  },
  {
    // The Riepilogo's charts exist and are updated in place; a new region widens both tabs.
    name: "shortlist regenerated (Riepilogo charts updated)",
    start: (options) => {
      const { emu, addOn } = seeded(options);
      addOn.generateShortlist();
      emu.typeInto("Shortlist", "U2", "Contattato");
      addOn.submitInterview(interview({ region: "20", hardestArea: { kind: "comune", name: "Sassari" } }));
      emu.ui.toasts = [];
      return { json: emu.toJSON(), context: {} };
    },
    act: (addOn, emu) => failsNot(emu, () => addOn.generateShortlist()),
    allowed: (shown) => shown.size === 3,
  },
  {
    name: "setup of a new spreadsheet",
    start: (options) => ({ json: new Emulator(options as never).toJSON(), context: {} }),
    act: (addOn, emu) => failsNot(emu, () => addOn.setupSpreadsheet()),
    allowed: (shown) => shown.size === 0,
  },
  {
    name: "review (2 selected rows marked to correct, with the note asked for)",
    start: (options) => {
      const { emu } = seeded(options);
      // Rows 2 and 3 of Interviste selected, as a click and a shift-click would.
      emu.select("Interviste", "C2");
      (emu.sheetData("Interviste") as unknown as { activeRange: object }).activeRange = {
        row: 2,
        col: 3,
        rows: 2,
        cols: 1,
      };
      return { json: emu.toJSON(), context: {} };
    },
    act: (addOn, emu) => {
      (emu as unknown as { promptResponse: object }).promptResponse = {
        button: "OK",
        text: "Manca la fonte dei dati statistici",
      };
      return failsNot(emu, () => addOn.markSelectedToCorrect());
    },
    allowed: (shown) => shown.size === 2,
  },
  {
    // Importa interviste…: two rows imported at once (one with two contacts), one invalid row.
    name: "import (Importa interviste…, 2 of 3 rows)",
    start: (options) => {
      const { emu } = seeded(options);
      const header = emu.valuesOf("Importa")?.[0] as string[];
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
        const row: Record<string, unknown> = { ...IMPORT_ROW, ...overrides };
        for (const [name, value] of Object.entries(row))
          emu.sheetData("Importa").cell(i + 1, header.indexOf(name), true).value = value;
      });
      return { json: emu.toJSON(), context: {} };
    },
    act: (addOn) => addOn.importInterviews() !== undefined,
    allowed: (shown) =>
      (shown.get("INT-00003") === undefined || same(shown.get("INT-00003"), ["Anna Verdi", "Paolo Sanna"])) &&
      (shown.get("INT-00004") === undefined || same(shown.get("INT-00004"), ["Anna Verdi"])),
  },
];

function run(json: Json, options: EmulatorOptions) {
  const emu = Emulator.fromJSON(json, options as never);
  return { emu, addOn: emu.loadBundle() as unknown as AddOn };
}

describe.each([
  { apostropheInPlainText: "kept" as const, insertedInherit: true },
  { apostropheInPlainText: "hidden" as const, insertedInherit: false },
])("a fault at every call, then the user's retry (%o)", (options) => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ends exactly as a fault-free run, and shows nothing half-written meanwhile`, () => {
      const { json, context } = scenario.start(options);
      const clean = run(json, options);
      clean.emu.resetCalls();
      scenario.act(clean.addOn, clean.emu, context);
      const expected = stateOf(clean.emu);
      const expectedText = JSON.stringify(expected);
      const calls = clean.emu.totalCalls(isDataCall);
      expect(calls).toBeGreaterThan(5);
      const failed = new Set<string>();
      for (let at = 1; at <= calls; at++) {
        const { emu, addOn } = run(json, options);
        emu.failAtCall(at, isDataCall);
        let succeeded = false;
        try {
          succeeded = scenario.act(addOn, emu, context);
        } catch {
          // The sidebar shows the failure; the user retries.
        }
        const fired = emu.failAt?.fired ?? "none";
        if (fired !== "none") failed.add(fired);
        emu.failAt = null;
        const shown = visible(emu);
        expect(
          scenario.allowed(shown, context),
          `after a fault at call ${at} (${fired}): ${JSON.stringify([...shown])}`,
        ).toBe(true);
        if (!succeeded)
          expect(scenario.act(addOn, emu, context), `retry after a fault at ${fired}`).toBe(true);
        const state = stateOf(emu);
        if (JSON.stringify(state) !== expectedText)
          expect(differences(state, expected), `state after a fault at call ${at} (${fired})`).toEqual([]);
      }
      // Every kind of call was made to fail at least once.
      expect(failed.size).toBeGreaterThan(3);
    }, 300_000);
  }
});
