// The preview's workbook file (.local/workbook.json): a file it cannot read is kept aside, never
// overwritten, and the preview starts anyway with a one-line message.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDemo } from "../../dev/demo.mjs";
import { Emulator } from "../../dev/emulator.mjs";
import { createPreview } from "../../dev/serve.mjs";

const tab = { name: "Interviste", id: 1, frozenRows: 1, maxRows: 1000, maxColumns: 26 };

/** A folder holding only workbook.json with `text`. */
function workbookFile(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "coef-workbook-"));
  const file = join(dir, "workbook.json");
  writeFileSync(file, text);
  return { dir, file };
}

const asideFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("workbook.json.broken-"));

describe("a workbook file the preview cannot read", () => {
  it.each([
    ["text that is not JSON", '{"sheets": [{"name": "Interviste", '],
    ["an empty file", ""],
    ["JSON that is not a workbook", '{"sheets": 5}'],
    ["a workbook without tabs", '{"sheets": []}'],
    ["a cell past its tab", JSON.stringify({ sheets: [{ ...tab, cells: [[999_999_999, 0, "Bari"]] }] })],
    ["a tab too big for Sheets", JSON.stringify({ sheets: [{ ...tab, maxRows: 1e9, cells: [] }] })],
    [
      "a format run down past its tab",
      JSON.stringify({ sheets: [{ ...tab, cells: [], formats: [[0, 1, 999_999_999, "@"]] }] }),
    ],
    ["a note past its tab", JSON.stringify({ sheets: [{ ...tab, cells: [], notes: [["1000,0", "ID"]] }] })],
    [
      "two tabs with one name",
      JSON.stringify({
        sheets: [
          { ...tab, cells: [] },
          { ...tab, id: 2, cells: [] },
        ],
      }),
    ],
  ])("%s is kept aside unchanged and the preview starts empty, saying so in one line", (_, text) => {
    const { dir, file } = workbookFile(text);
    const { server, emulator, warnings } = createPreview({ workbookPath: file });
    server.close();
    const [aside] = asideFiles(dir);
    expect(aside).toMatch(/^workbook\.json\.broken-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(readFileSync(join(dir, aside), "utf8")).toBe(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain("\n");
    expect(warnings[0]).toContain(`kept aside as ${aside}`);
    expect(emulator().sheets.map((s) => s.name)).toEqual(["Foglio1"]);
    // The new workbook.json is a fresh, valid one.
    expect(JSON.parse(readFileSync(file, "utf8")).sheets.map((s: { name: string }) => s.name)).toEqual([
      "Foglio1",
    ]);
  });

  it("keeps every broken file when it happens again", () => {
    const { dir, file } = workbookFile("{");
    createPreview({ workbookPath: file }).server.close();
    writeFileSync(file, "[");
    createPreview({ workbookPath: file }).server.close();
    expect(
      asideFiles(dir)
        .map((f) => readFileSync(join(dir, f), "utf8"))
        .sort(),
    ).toEqual(["[", "{"]);
  });

  it("opens a valid workbook as it is, formats and dropdowns included", () => {
    const emu = new Emulator();
    loadDemo(emu);
    emu.typeInto("Foglio1", "B2", "Comune di Termoli");
    const { dir, file } = workbookFile(JSON.stringify(emu.toJSON()));
    const { server, emulator, warnings } = createPreview({ workbookPath: file });
    server.close();
    expect(warnings).toEqual([]);
    expect(asideFiles(dir)).toEqual([]);
    expect(emulator().valuesOf("Foglio1")[1][1]).toBe("Comune di Termoli");
    expect(emulator().toJSON()).toEqual(emu.toJSON());
  });

  it("npm run demo keeps the workbook it replaces, saying where", () => {
    const emu = new Emulator();
    emu.typeInto("Foglio1", "B2", "Comune di Termoli");
    const text = JSON.stringify(emu.toJSON());
    const { dir, file } = workbookFile(text);
    const { server, emulator, warnings } = createPreview({ workbookPath: file, demo: true });
    server.close();
    const kept = readdirSync(dir).filter((f) => f.startsWith("workbook.json.before-demo-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]), "utf8")).toBe(text);
    expect(warnings).toEqual([`the demo data replace workbook.json, which is kept as ${kept[0]}.`]);
    expect(emulator().recordsOf("Interviste").length).toBeGreaterThan(60);
  });

  it("npm start prints one line about it and serves the page, which shows the message", async () => {
    const { dir, file } = workbookFile("{not json");
    const child: ChildProcess = spawn(
      process.execPath,
      ["dev/serve.mjs", "--port", "0", "--workbook", file],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      let out = "";
      let err = "";
      child.stderr?.on("data", (chunk) => (err += chunk));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout?.on("data", (chunk) => {
          out += chunk;
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on("exit", (code) => reject(new Error(`preview exited (${code}): ${out}${err}`)));
      });
      const [aside] = asideFiles(dir);
      expect(err.trim().split("\n")).toEqual([
        `Coefficienti preview: workbook.json is not a valid workbook (${err.match(/\((.*)\):/)?.[1]}): kept aside as ${aside}; starting from an empty workbook.`,
      ]);
      const state = await (await fetch(`${url}api/state`)).json();
      expect(state.events.alerts).toEqual([
        expect.stringContaining(`è stato messo da parte come ${aside} e si riparte da un foglio vuoto`),
      ]);
      expect(existsSync(file)).toBe(true);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
