// docs/contract.md says what the code keeps; these tests hold the page and the code together, so a
// renamed function, a new header or a moved column cannot leave the page behind.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAUSES, DECISION_LEVELS, EVIDENCE } from "../../src/core/codes";
import {
  AMBITI_COLUMNS,
  CONTACT_COLUMNS,
  COORDINATOR_COLUMNS,
  type Columns,
  INTERVIEW_COLUMNS,
  LOG_COLUMNS,
  PARTNER_COLUMNS,
  RIEPILOGO_COLUMNS,
  SETTINGS_COLUMNS,
  SHORTLIST_COLUMNS,
} from "../../src/core/tabs";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const CONTRACT = read("docs/contract.md");
const headersOf = (columns: Columns) => Object.values(columns).map((c) => c.header);

/** The backquoted names in the first cell of each row of the table under `## heading`. */
function firstCells(heading: string): string[] {
  const section = CONTRACT.split(`\n## ${heading}\n`)[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1].match(/`[^`]+`/g) ?? [])].map((name) => name.slice(1, -1)));
}

/** The backquoted headers of the tab's row in the table of tabs. */
function headersInTable(tab: string): string[] {
  const row = CONTRACT.split("\n").find((line) => line.startsWith(`| \`${tab}\` |`)) ?? "";
  return (row.split("|")[3].match(/`[^`]+`/g) ?? []).map((h) => h.slice(1, -1));
}

/** A `A | B | C` column list written on the page after `label`, in backquotes, across lines. */
function columnList(label: string): string[] {
  const at = CONTRACT.indexOf(label);
  const list = /`([^`]+)`/.exec(CONTRACT.slice(at + label.length).replace(/\n\s*/g, " "))?.[1] ?? "";
  return list.split("|").map((h) => h.trim());
}

describe("docs/contract.md and the code", () => {
  it("lists exactly the top-level functions of src/main.ts", () => {
    const exported = [...read("src/main.ts").matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
    const documented = firstCells("Top-level functions").map((name) => name.replace(/\(.*$/, ""));
    expect([...documented].sort()).toEqual([...exported].sort());
  });

  it("gives the headers of every tab the add-on keeps, in their order", () => {
    const tabs: [string, Columns][] = [
      ["Interviste", INTERVIEW_COLUMNS],
      ["Contatti", CONTACT_COLUMNS],
      ["Impostazioni", SETTINGS_COLUMNS],
      ["Partner", PARTNER_COLUMNS],
      ["Registro", LOG_COLUMNS],
      ["Ambiti", AMBITI_COLUMNS],
    ];
    for (const [tab, columns] of tabs) expect(headersInTable(tab), tab).toEqual(headersOf(columns));
  });

  it("gives the columns of the Shortlist, the Riepilogo and the Coordinatori, in their order", () => {
    expect(columnList("- `Shortlist`, exactly these columns in this order:")).toEqual(
      headersOf(SHORTLIST_COLUMNS),
    );
    expect(columnList("- `Riepilogo`:")).toEqual(headersOf(RIEPILOGO_COLUMNS));
    expect(columnList("- `Coordinatori`:")).toEqual(headersOf(COORDINATOR_COLUMNS));
  });

  it("gives every evidence, cause and decision-level code, with its weight", () => {
    for (const [code, info] of Object.entries(EVIDENCE))
      expect(CONTRACT, code).toContain(`\`${code}\` ${info.weight.toFixed(1)}`);
    for (const code of Object.keys(CAUSES)) expect(CONTRACT, code).toContain(`\`${code}\``);
    for (const [code, info] of Object.entries(DECISION_LEVELS))
      expect(CONTRACT, code).toContain(`\`${code}\` ${info.weight.toFixed(1)}`);
  });
});
