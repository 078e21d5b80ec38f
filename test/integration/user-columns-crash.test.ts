// Columns of the user's own, in the middle of every tab, under a fault at every data call: each row
// the add-on writes (an interview, a contact, a Registro line, a generated row) goes in one call with
// the user's cells of that row unchanged, so between the fault and the retry no row is ever half
// written; the retry ends exactly as a fault-free run, and the user's cells are as they typed them.
import { describe, expect, it } from "vitest";
import { currentContacts, versionOf } from "../../src/core/contactVersions";
import { IMPORT_ROW, interview } from "../fixtures";
import { type AddOn, Emulator, type EmulatorOptions, preparedAddOn } from "./addon";

type Json = ReturnType<Emulator["toJSON"]>;

const NAVIGATION =
  /^(SpreadsheetApp\.getActive(Spreadsheet)?|Spreadsheet\.(getSheetByName|getSheets|getActiveSheet|getActiveRange|getName|getId|getSpreadsheetTimeZone)|Sheet\.(getRange|getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getName|getActiveRange|getSheetId|getParent|getFrozenRows)|Range\.(getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getSheet|getLastRow))$/;
const isDataCall = (method: string) => !NAVIGATION.test(method);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The user's column of each tab: its header and where it is inserted (1-based, mid-tab). */
const USER_COLUMNS: Record<string, { header: string; before: string }> = {
  Interviste: { header: "Commento staff", before: "Regione" },
  Contatti: { header: "Chiamato?", before: "Nome" },
  Registro: { header: "Visto", before: "Azione" },
  Shortlist: { header: "Priorità nostra", before: "Contatto" },
};

/** What identifies a row of a tab, whatever moved: the row's own key cells (Registro: its row). */
const KEY: Record<string, string[]> = {
  Interviste: ["ID"],
  Contatti: ["ID intervista", "Nome", "Versione intervista"],
  Shortlist: ["Regione", "Area", "Contatto"],
};

/** A second column of the user's in Interviste, for the review: between Verifica and Nota verifica. */
const BETWEEN_REVIEW = { header: "Esito chiamata", before: "Nota verifica" };

/** Every user column a scenario may insert, by tab. */
const userColumnsOf = (tab: string) => [USER_COLUMNS[tab], ...(tab === "Interviste" ? [BETWEEN_REVIEW] : [])];

/** Inserts the user's column in the middle of a tab and types a value (text, number, formula) in each row. */
function insertUserColumn(
  emu: Emulator,
  tab: string,
  { header, before }: { header: string; before: string } = USER_COLUMNS[tab],
): void {
  const headers = (emu.valuesOf(tab)?.[0] ?? []).map(String);
  const column = headers.indexOf(before) + 1;
  emu.insertColumnBefore(tab, column);
  // A1 letters past Z too (Verifica sits far right in Interviste).
  let letter = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  emu.typeInto(tab, `${letter}1`, header);
  const rows = emu.valuesOf(tab)?.length ?? 1;
  const typed = ["'007", "da richiamare", "=2*3", "42", "1/2"];
  for (let r = 2; r <= rows; r++) emu.typeInto(tab, `${letter}${r}`, typed[(r - 2) % typed.length]);
}

/** Each row's user cell (value and formula), by the row's key. */
function userCells(emu: Emulator): Map<string, string> {
  const out = new Map<string, string>();
  for (const tab of Object.keys(USER_COLUMNS)) {
    const values = emu.valuesOf(tab);
    if (!values) continue;
    const headers = values[0].map(String);
    for (const { header } of userColumnsOf(tab)) {
      const column = headers.indexOf(header);
      if (column < 0) continue;
      const data = emu.sheetData(tab) as unknown as { cell: (r: number, c: number) => { formula?: string } };
      values.slice(1).forEach((line, i) => {
        // Registro is append-only: a line is its row. A Shortlist row without a contact is no person's.
        const key =
          tab === "Registro"
            ? String(i + 2)
            : KEY[tab].map((k) => String(line[headers.indexOf(k)] ?? "")).join("|");
        if (key.replace(/\|/g, "") === "" || (tab === "Shortlist" && !line[headers.indexOf("Contatto")]))
          return;
        const formula = data.cell(i + 1, column)?.formula ?? "";
        out.set(`${tab}:${header}:${key}`, JSON.stringify([line[column], formula]));
      });
    }
  }
  return out;
}

/** Rows of the add-on's tabs that show part of what the add-on writes: the first few, in words. */
function halfRows(emu: Emulator): string[] {
  const half: string[] = [];
  for (const row of emu.recordsOf("Interviste")) {
    if (!row.ID && !row.Regione) continue;
    if (!row.ID || !row.Versione || !row.Regione || !row.Intervistato || !row["ID invio"])
      half.push(`Interviste ${JSON.stringify(row)}`);
    // A review shows its state and its note together: never "Da correggere" without the note, nor a note alone.
    else if ((row.Verifica === "Da correggere") !== Boolean(row["Nota verifica"]))
      half.push(`Interviste ${JSON.stringify(row)}`);
  }
  for (const row of emu.recordsOf("Contatti")) {
    if (!row["ID intervista"] && !row.Nome) continue;
    if (!row["ID intervista"] || !row.Nome || !row["Versione intervista"] || !(row.Email || row.Telefono))
      half.push(`Contatti ${JSON.stringify(row)}`);
  }
  for (const row of emu.recordsOf("Registro")) {
    if (!row.Quando && !row.Azione) continue;
    if (!row.Quando || !row.Chi || !row.Azione) half.push(`Registro ${JSON.stringify(row)}`);
  }
  return half.slice(0, 3);
}

/** The interviews shown with their current contacts' names (as crash.test.ts sees them). */
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

function stateOf(emu: Emulator): string {
  const json = emu.toJSON();
  for (const sheet of json.sheets)
    for (const cell of sheet.cells)
      if (cell[2] && typeof cell[2] === "object" && "$date" in cell[2]) cell[2] = "<now>";
  for (const sheet of json.sheets)
    for (const note of sheet.notes)
      if (typeof note.at(-1) === "string")
        note[note.length - 1] = note
          .at(-1)
          .replace(/^Generata il [\d/]+ alle [\d:]+\./, "Generata il <now>.");
  return JSON.stringify(json);
}

const bari = (names: string[]) =>
  names.map((name, i) => ({
    name,
    role: "Referente",
    organization: "Comune di Bari",
    phone: `+39 080 577 ${String(1000 + i)}`,
    decisionLevel: "dirigente" as const,
  }));

const same = (a: string[] | undefined, b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());

/** Two interviews and a Shortlist, then the user's columns inserted in the middle of every tab. */
function seeded(options: EmulatorOptions) {
  const { emu, addOn } = preparedAddOn(options);
  const first = addOn.submitInterview(interview({ contacts: bari(["Anna Verdi", "Rocco Lupo"]) }));
  addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }));
  addOn.generateShortlist();
  for (const tab of Object.keys(USER_COLUMNS)) insertUserColumn(emu, tab);
  emu.ui.toasts = [];
  emu.ui.alerts = [];
  return { emu, addOn, first };
}

interface Scenario {
  name: string;
  start: (options: EmulatorOptions) => { json: Json; context: Record<string, unknown> };
  act: (addOn: AddOn, emu: Emulator, context: Record<string, unknown>) => boolean;
  allowed: (shown: Map<string, string[]>, context: Record<string, unknown>) => boolean;
}

function failsNot(emu: Emulator, body: () => unknown): boolean {
  const before = emu.ui.alerts.length;
  body();
  return emu.ui.alerts.length === before;
}

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
      const input = {
        ...addOn.getInterview(first.id),
        submissionId: "S-edit-cols",
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
      const { emu } = seeded(options);
      emu.select("Interviste", "A2");
      emu.alertResponse = "YES";
      return { json: emu.toJSON(), context: {} };
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
    allowed: (shown) => {
      const names = shown.get("INT-00001");
      return names === undefined || same(names, ["Anna Verdi", "Rocco Lupo"]);
    },
  },
  {
    name: "import (Importa interviste…, 2 rows)",
    start: (options) => {
      const { emu } = seeded(options);
      const header = emu.valuesOf("Importa")?.[0] as string[];
      const rows: Record<string, unknown>[] = [
        {
          ...IMPORT_ROW,
          Intervistato: "Lucia Neri",
          "Contatto 2 Nome": "Paolo Sanna",
          "Contatto 2 Ruolo": "Sindaco",
          "Contatto 2 Ente": "Comune di Bari",
          "Contatto 2 Telefono": "+39 080 577 2222",
          "Contatto 2 Livello decisionale": "Politico",
        },
        { ...IMPORT_ROW, Intervistato: "Carla Fois" },
      ];
      rows.forEach((row, i) => {
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
  {
    name: "review (2 selected rows marked to correct, a user's column between Verifica and Nota verifica)",
    start: (options) => {
      const { emu } = seeded(options);
      insertUserColumn(emu, "Interviste", BETWEEN_REVIEW);
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
    name: "Genera shortlist (regenerated over the user's column)",
    start: (options) => {
      const { emu, addOn } = seeded(options);
      addOn.submitInterview(interview({ region: "20", hardestArea: { kind: "comune", name: "Sassari" } }));
      emu.ui.toasts = [];
      return { json: emu.toJSON(), context: {} };
    },
    act: (addOn, emu) => failsNot(emu, () => addOn.generateShortlist()),
    allowed: (shown) => shown.size === 3,
  },
];

function run(json: Json, options: EmulatorOptions) {
  const emu = Emulator.fromJSON(json, options as never);
  return { emu, addOn: emu.loadBundle() as unknown as AddOn };
}

/** The user's cells of `now` that the start also had are as the start had them. */
function changedUserCells(start: Map<string, string>, now: Map<string, string>): string[] {
  return [...now]
    .filter(([key, cell]) => start.has(key) && start.get(key) !== cell)
    .map(([key, cell]) => `${key}: ${start.get(key)} → ${cell}`)
    .slice(0, 3);
}

describe.each([
  { apostropheInPlainText: "kept" as const, insertedInherit: true },
  { apostropheInPlainText: "hidden" as const, insertedInherit: false },
])("user columns mid-tab, a fault at every call, then the retry (%o)", (options) => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: no half row ever, the user's cells unchanged, the end as a fault-free run`, () => {
      const { json, context } = scenario.start(options);
      const startCells = userCells(Emulator.fromJSON(json, options as never));
      expect(startCells.size).toBeGreaterThan(6);
      const clean = run(json, options);
      clean.emu.resetCalls();
      expect(scenario.act(clean.addOn, clean.emu, context)).toBe(true);
      expect(halfRows(clean.emu).join("\n")).toBe("");
      expect(changedUserCells(startCells, userCells(clean.emu))).toEqual([]);
      const expected = stateOf(clean.emu);
      const calls = clean.emu.totalCalls(isDataCall);
      for (let at = 1; at <= calls; at++) {
        const { emu, addOn } = run(json, options);
        emu.failAtCall(at, isDataCall);
        let succeeded = false;
        try {
          succeeded = scenario.act(addOn, emu, context);
        } catch {
          // The user sees the failure and retries.
        }
        const fired = emu.failAt?.fired ?? "none";
        emu.failAt = null;
        expect(halfRows(emu), `half rows after a fault at call ${at} (${fired})`).toEqual([]);
        expect(changedUserCells(startCells, userCells(emu)), `user's cells after ${fired}`).toEqual([]);
        expect(scenario.allowed(visible(emu), context), `shown after a fault at ${fired}`).toBe(true);
        if (!succeeded) expect(scenario.act(addOn, emu, context), `retry after ${fired}`).toBe(true);
        expect(halfRows(emu), `half rows after the retry (${fired})`).toEqual([]);
        expect(stateOf(emu) === expected, `state after a fault at call ${at} (${fired}) and the retry`).toBe(
          true,
        );
      }
    }, 300_000);
  }
});
