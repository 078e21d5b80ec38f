// The write sequences of an interview on plain data: for every prefix of a plan (what the sheet
// shows if execution stops after step k) the interview shows its old content or its new one, never a
// mix and never without its contacts; the Registro line comes last; the whole plan ends as it should.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Plan,
  planCreate,
  planDelete,
  planEdit,
  planSettle,
  restage,
  shifted,
} from "../../src/core/interviewPlan";

interface Interview {
  id: string;
  version: number;
}
interface Contact {
  id: string;
  version: number;
  name: string;
}
interface Sheet {
  interviews: Interview[];
  contacts: Contact[];
  logged: number;
}

/** Sheet row n is index n - 2 (row 1 is the header). */
function apply(sheet: Sheet, plan: Plan<Interview, Contact>, k: number): Sheet {
  const out: Sheet = {
    interviews: [...sheet.interviews],
    contacts: [...sheet.contacts],
    logged: sheet.logged,
  };
  for (const step of plan.slice(0, k)) {
    if (step.kind === "log") out.logged++;
    else if (step.kind === "delete") {
      const tab = out[step.tab] as unknown[];
      for (const row of [...step.rows].sort((a, b) => b - a)) tab.splice(row - 2, 1);
    } else if (step.kind === "overwrite")
      step.rows.forEach((c, i) => {
        out.contacts[step.row - 2 + i] = c;
      });
    else if (step.kind === "update") out.interviews[step.row - 2] = step.value;
    else if (step.tab === "interviews") out.interviews.push(...step.rows);
    else out.contacts.push(...step.rows);
  }
  return out;
}

/** What an interview shows: null when its row is absent, else its current contacts' names. */
function shown(sheet: Sheet, id: string): string[] | null {
  const row = sheet.interviews.find((i) => i.id === id);
  if (!row) return null;
  return sheet.contacts
    .filter((c) => c.id === id && c.version === row.version)
    .map((c) => c.name)
    .sort();
}

const rowsOf = (sheet: Sheet, pick: (c: Contact) => boolean) =>
  sheet.contacts.flatMap((c, i) => (pick(c) ? [i + 2] : []));

const contacts = (id: string, version: number, names: string[]) =>
  names.map((name) => ({ id, version, name }));

/** Every prefix: the interview shows `before` or `after`, the others never change, Registro last. */
function everyPrefix(
  sheet: Sheet,
  plan: Plan<Interview, Contact>,
  id: string,
  before: string[] | null,
  after: string[] | null,
): Sheet {
  const others = sheet.interviews.filter((i) => i.id !== id).map((i) => [i.id, shown(sheet, i.id)]);
  expect(plan.at(-1)).toEqual({ kind: "log" });
  for (let k = 0; k <= plan.length; k++) {
    const now = apply(sheet, plan, k);
    const seen = shown(now, id);
    expect(
      JSON.stringify(seen) === JSON.stringify(before) || JSON.stringify(seen) === JSON.stringify(after),
      `after ${k} of ${plan.length} steps: ${JSON.stringify(seen)}`,
    ).toBe(true);
    expect(others.map(([o]) => [o, shown(now, o as string)])).toEqual(others);
    expect(now.logged - sheet.logged).toBe(k === plan.length ? 1 : 0);
  }
  const end = apply(sheet, plan, plan.length);
  expect(shown(end, id)).toEqual(after);
  return end;
}

const base = (): Sheet => ({
  interviews: [
    { id: "INT-00001", version: 1 },
    { id: "INT-00002", version: 1 },
  ],
  contacts: [...contacts("INT-00001", 1, ["Anna", "Rocco"]), ...contacts("INT-00002", 1, ["Ugo"])],
  logged: 2,
});

describe("planCreate", () => {
  it("contacts first, then the interview row, then the Registro line", () => {
    const sheet = base();
    const plan = planCreate<Interview, Contact>({
      exists: false,
      staged: [],
      contacts: contacts("INT-00003", 1, ["Lucia", "Paolo"]),
      interview: { id: "INT-00003", version: 1 },
    });
    expect(plan.map((s) => `${s.kind}${"tab" in s ? ` ${s.tab}` : ""}`)).toEqual([
      "append contacts",
      "append interviews",
      "log",
    ]);
    everyPrefix(sheet, plan, "INT-00003", null, ["Lucia", "Paolo"]);
  });

  it("a resumed create replaces what the cut attempt staged, in place or removed and appended again", () => {
    for (const staged of [["Lucia", "Paola"], ["Lucia"]]) {
      const sheet = base();
      sheet.contacts.push(...contacts("INT-00003", 1, staged));
      const plan = planCreate<Interview, Contact>({
        exists: false,
        staged: rowsOf(sheet, (c) => c.id === "INT-00003"),
        contacts: contacts("INT-00003", 1, ["Lucia", "Paolo"]),
        interview: { id: "INT-00003", version: 1 },
      });
      const end = everyPrefix(sheet, plan, "INT-00003", null, ["Lucia", "Paolo"]);
      expect(end.contacts.filter((c) => c.id === "INT-00003")).toHaveLength(2);
    }
  });

  it("a create whose interview row exists writes only its Registro line", () => {
    expect(
      planCreate<Interview, Contact>({
        exists: true,
        staged: [4],
        contacts: [],
        interview: { id: "x", version: 1 },
      }),
    ).toEqual([{ kind: "log" }]);
  });
});

describe("planEdit", () => {
  it("every prefix shows the old contacts or the new ones, whatever rows sit between them", () => {
    fc.assert(
      fc.property(
        // The layout of Contatti: 0 another interview's, 1 the old version's, 2 a cut attempt's (staged).
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 9 }),
        fc.array(fc.constantFrom("Lucia", "Paolo", "Carla", "Dino"), { minLength: 0, maxLength: 4 }),
        fc.boolean(),
        (layout, names, switched) => {
          const id = "INT-00001";
          const sheet: Sheet = {
            interviews: [
              { id: "INT-00002", version: 1 },
              { id, version: switched ? 2 : 1 },
            ],
            contacts: layout.map((kind, i) =>
              kind === 0
                ? { id: "INT-00002", version: 1, name: `other ${i}` }
                : { id, version: kind, name: kind === 1 ? `old ${i}` : `staged ${i}` },
            ),
            logged: 0,
          };
          const before = shown(sheet, id);
          const fresh = contacts(id, 2, names);
          const plan = planEdit<Interview, Contact>({
            row: 3,
            switched,
            staged: rowsOf(sheet, (c) => c.id === id && c.version === 2),
            stale: rowsOf(sheet, (c) => c.id === id && c.version !== 2),
            contacts: fresh,
            interview: { id, version: 2 },
          });
          // Switched already: the staged contacts stay (they are what the interview shows).
          const after = switched ? before : names.slice().sort();
          const end = everyPrefix(sheet, plan, id, before, after);
          expect(end.contacts.filter((c) => c.id === id && c.version !== 2)).toEqual([]);
          expect(end.contacts.filter((c) => c.id !== id)).toEqual(sheet.contacts.filter((c) => c.id !== id));
        },
      ),
    );
  });

  it("the interview row switches in one step, after the new contacts and before the old ones go", () => {
    const sheet = base();
    const plan = planEdit<Interview, Contact>({
      row: 2,
      switched: false,
      staged: [],
      stale: [2, 3],
      contacts: contacts("INT-00001", 2, ["Lucia", "Paolo", "Carla"]),
      interview: { id: "INT-00001", version: 2 },
    });
    expect(plan.map((s) => s.kind)).toEqual(["append", "update", "delete", "log"]);
    everyPrefix(sheet, plan, "INT-00001", ["Anna", "Rocco"], ["Carla", "Lucia", "Paolo"]);
  });
});

describe("planDelete", () => {
  it("the interview row goes first, its contacts after, the Registro line last", () => {
    const sheet = base();
    const plan = planDelete<Interview, Contact>({ row: 2, contacts: [2, 3] });
    const end = everyPrefix(sheet, plan, "INT-00001", ["Anna", "Rocco"], null);
    expect(end.contacts).toEqual(contacts("INT-00002", 1, ["Ugo"]));
  });
});

describe("restage and shifted", () => {
  it("replaces staged rows in place only when as many and consecutive; rows below a deletion move up", () => {
    const c = contacts("x", 2, ["a", "b"]);
    expect(restage([5, 4], c).steps).toEqual([{ kind: "overwrite", tab: "contacts", row: 4, rows: c }]);
    expect(restage([4, 6], c)).toEqual({
      steps: [
        { kind: "delete", tab: "contacts", rows: [4, 6] },
        { kind: "append", tab: "contacts", rows: c },
      ],
      removed: [4, 6],
    });
    expect(restage([], []).steps).toEqual([]);
    expect(shifted([3, 5, 7], [4, 6])).toEqual([3, 4, 5]);
  });
});

describe("planSettle", () => {
  it("finishing a cut edit that took effect: the old contacts go, then the missing Registro line", () => {
    const sheet = base();
    sheet.interviews[0] = { id: "INT-00001", version: 2 };
    sheet.contacts.push(...contacts("INT-00001", 2, ["Lucia"]));
    const plan = planSettle<Interview, Contact>({ remove: [2, 3], log: true });
    const end = everyPrefix(sheet, plan, "INT-00001", ["Lucia"], ["Lucia"]);
    expect(end.contacts.filter((c) => c.id === "INT-00001")).toEqual(contacts("INT-00001", 2, ["Lucia"]));
    expect(planSettle({ remove: [], log: false })).toEqual([]);
  });
});
