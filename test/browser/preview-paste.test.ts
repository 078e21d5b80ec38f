// The preview in Chromium: a block copied from a spreadsheet (tab-separated) pasted on a selected cell
// of Importa spreads over the cells to the right and below, as in Sheets, and Importa interviste…
// then imports it.
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./browser";

let browser: Browser;
let child: ChildProcess;
let base: string;
let workbook: string;

async function startPreview(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ["dev/serve.mjs", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${out}`)), 30_000);
    proc.stdout?.on("data", (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    proc.stderr?.on("data", (chunk) => (out += chunk));
    proc.on("exit", (code) => reject(new Error(`preview exited (${code}): ${out}`)));
  });
  return { child: proc, url };
}

beforeAll(async () => {
  workbook = join(mkdtempSync(join(tmpdir(), "coef-paste-")), "workbook.json");
  browser = await launch();
  ({ child, url: base } = await startPreview(["--demo", "--workbook", workbook]));
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill("SIGTERM");
});

/** Two interviews as a partner's own spreadsheet holds them, by Importa header. */
const ROWS: Record<string, string>[] = [
  {
    Regione: "Puglia",
    "Data intervista": "14/03/2025",
    "Intervistatore/intervistatrice": "Giulia Rossi",
    Intervistato: "Nicola Paste",
    "Ruolo intervistato": "Assistente sociale",
    "Ente intervistato": "Comune di Bari",
    Consenso: "Sì",
    "D1 Tipo area": "Comune",
    "D1 Area più difficile": "Bari",
    "D2 Evidenze": "Dati statistici",
    "D2 Cause": "Casa, Lavoro",
    "D2 Gravità": "4",
    "D2 Spiegazione": "Affitti alti e lavoro stagionale.",
    "D3 Ente interessato": "Comune di Bari",
    "D3 Tipo ente": "Comune",
    "D3 Area": "Bari",
    "D3 Interesse": "5",
    "D4 Area protocollo": "Comune di Bari",
    "Contatto 1 Nome": "Anna Incolla",
    "Contatto 1 Ruolo": "Dirigente",
    "Contatto 1 Ente": "Comune di Bari",
    "Contatto 1 Email": "a.incolla@comune.bari.example",
    "Contatto 1 Livello decisionale": "Dirigente",
  },
];
ROWS.push({
  ...ROWS[0],
  Regione: "Marche",
  Intervistato: "Sara Tabulata",
  "D1 Area più difficile": "Ancona",
  "D3 Ente interessato": "Comune di Ancona",
  "D3 Area": "Ancona",
  "D4 Area protocollo": "Comune di Ancona",
});

async function menu(page: Page, item: string) {
  await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

/** A paste as the browser delivers Ctrl+V: a paste event whose clipboard holds text/plain. */
async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

describe("paste in the preview", () => {
  it("spreads a tab-separated block over the cells from the selected one, and Importa interviste… imports it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.getByRole("tab", { name: "Importa" }).click();
    await page.locator('#sheet table[data-sheet="Importa"]').waitFor();
    const headers = await page
      .locator('#sheet table[data-sheet="Importa"] tbody tr')
      .first()
      .locator("td")
      .allTextContents();
    const last = headers.lastIndexOf("Esito importazione");
    expect(last).toBeGreaterThan(20);
    const tsv = `${ROWS.map((row) =>
      headers
        .slice(0, last)
        .map((h) => row[h] ?? "")
        .join("\t"),
    ).join("\r\n")}\r\n`;

    await page.locator('td[data-a1="A2"]').click();
    await expect.poll(() => page.locator("#address").textContent()).toBe("A2");
    await pasteText(page, tsv);
    const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);
    const col = (name: string) => {
      let s = "";
      for (let n = headers.indexOf(name) + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    await expect.poll(() => cell("A3").textContent()).toBe("Marche");
    expect(await cell("A2").textContent()).toBe("Puglia");
    expect(await cell(`${col("Intervistato")}2`).textContent()).toBe("Nicola Paste");
    expect(await cell(`${col("Contatto 1 Email")}3`).textContent()).toBe("a.incolla@comune.bari.example");
    expect(await cell("A4").textContent()).toBe("");
    // The workbook file holds what was pasted (the server wrote it, not only the page).
    expect(readFileSync(workbook, "utf8")).toContain("Sara Tabulata");

    await menu(page, "Importa interviste…");
    const alert = page.locator("#alert");
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/2 interviste importate/);
    await alert.getByRole("button", { name: "OK" }).click();
    await expect
      .poll(() => cell(`${col("Esito importazione")}2`).textContent())
      .toMatch(/^Importata: INT-\d+/);
    await page.getByRole("tab", { name: "Interviste" }).click();
    await expect.poll(() => page.locator("#sheet table").textContent()).toContain("Sara Tabulata");
    await page.close();
  });

  it("leaves a paste into the formula bar to the formula bar", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.getByRole("tab", { name: "Importa" }).click();
    await page.locator('td[data-a1="B9"]').click();
    await page.locator("#cell-input").focus();
    await pasteText(page, "uno\tdue");
    expect(await page.locator('td[data-a1="C9"]').textContent()).toBe("");
    await page.close();
  });
});
