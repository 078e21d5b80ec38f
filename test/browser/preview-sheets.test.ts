// The preview behaves like Sheets where users meet it: numbers in the spreadsheet's locale, whole
// count axes, header notes, a strict dropdown refusing a typed value, and a page usable at a phone's
// width (viewport, nothing cut off, the grid scrollable by keyboard, no serious axe violation).
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interview, submissionId } from "../fixtures";
import { launch, menu, openPreview, startPreview, stopPreview } from "./browser";
import { seriousViolations } from "./form-page";

let browser: Browser;
let child: ChildProcess;
let base: string;
let workbook: string;

beforeAll(async () => {
  workbook = join(mkdtempSync(join(tmpdir(), "coef-sheets-")), "workbook.json");
  browser = await launch();
  ({ child, url: base } = await startPreview(["--demo", "--workbook", workbook]));
});

afterAll(async () => {
  await browser?.close();
  stopPreview(child);
});

async function showTab(page: Page, name: string) {
  await page.getByRole("tab", { name }).click();
  await expect.poll(() => page.locator("#sheet table").getAttribute("data-sheet")).toBe(name);
}

/** The A1 address of a header's column in row `row` of the tab shown. */
async function cellUnder(page: Page, header: string, row: number): Promise<string> {
  const headers = await page.locator("#sheet tbody tr").first().locator("td").allTextContents();
  let a1 = "";
  for (let x = headers.indexOf(header) + 1; x > 0; x = Math.floor((x - 1) / 26))
    a1 = String.fromCharCode(65 + ((x - 1) % 26)) + a1;
  return `${a1}${row}`;
}

describe("the preview behaves like Sheets", () => {
  it("shows numbers with the Italian decimal comma (40,0), as an it_IT spreadsheet does", async () => {
    const page = await openPreview(browser, base);
    await showTab(page, "Punteggi");
    const numbers = await page.locator("#sheet td.num").allTextContents();
    expect(numbers.some((v) => /^\d+,\d$/.test(v))).toBe(true);
    expect(numbers.filter((v) => /\d\.\d/.test(v))).toEqual([]);
    await menu(page, "Genera shortlist contatti");
    await showTab(page, "Shortlist");
    const score = await cellUnder(page, "Punteggio", 2);
    expect(await page.locator(`td[data-a1="${score}"]`).textContent()).toMatch(/^\d+,\d$/);
    await page.close();
  });

  it("draws the Riepilogo's count axes in whole numbers, even with a single interview", async () => {
    const small = join(mkdtempSync(join(tmpdir(), "coef-sheets-small-")), "workbook.json");
    const preview = await startPreview(["--workbook", small]);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await page.goto(preview.url);
      await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).waitFor();
      const run = (fn: string, args: unknown[]) =>
        page.evaluate(
          ([name, list]) =>
            fetch("/api/run", {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ fn: name, args: list }),
            }).then((r) => r.json()),
          [fn, args] as const,
        );
      await run("setupSpreadsheet", []);
      expect(await run("submitInterview", [interview({ submissionId: submissionId() })])).toMatchObject({
        ok: true,
        value: { ok: true },
      });
      await page.reload();
      await menu(page, "Genera shortlist contatti");
      await expect.poll(() => page.locator(".toast").last().textContent()).toMatch(/Shortlist generata/);
      await showTab(page, "Riepilogo");
      await expect.poll(() => page.locator("figure.chart canvas").count()).toBe(2);
      const ticks = await page.evaluate(() => {
        const Chart = (window as unknown as { Chart: { getChart(c: Element): any } }).Chart;
        return [...document.querySelectorAll("figure.chart canvas")].map((canvas) => {
          const chart = Chart.getChart(canvas);
          const axis = chart.options.indexAxis === "y" ? chart.scales.x : chart.scales.y;
          return axis.ticks.map((t: { value: number }) => t.value);
        });
      });
      for (const values of ticks) {
        expect(values.length).toBeGreaterThan(1);
        for (const v of values) expect(Number.isInteger(v)).toBe(true);
      }
    } finally {
      await page.close();
      preview.child.kill("SIGTERM");
    }
  });

  it("shows a header's note on hover and, for the keyboard, under the formula bar", async () => {
    const page = await openPreview(browser, base);
    await showTab(page, "Interviste");
    const consent = await cellUnder(page, "Consenso", 1);
    const cell = page.locator(`td[data-a1="${consent}"]`);
    expect(await cell.getAttribute("class")).toContain("note");
    expect(await cell.getAttribute("title")).toMatch(/Consenso/);
    await cell.click();
    const note = page.getByRole("note", { name: "Nota della cella" });
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Consenso/);
    await page.locator('td[data-a1="A2"]').click();
    await expect.poll(() => note.isVisible()).toBe(false);
    await page.close();
  });

  it("refuses a typed value outside a strict dropdown, as Sheets' 'Reject the input' does", async () => {
    const page = await openPreview(browser, base);
    await showTab(page, "Interviste");
    const region = await cellUnder(page, "Regione", 2);
    const cell = page.locator(`td[data-a1="${region}"]`);
    const before = await cell.textContent();
    await cell.click();
    await expect.poll(() => page.locator("#address").textContent()).toBe(region);
    const file = () => JSON.parse(readFileSync(workbook, "utf8"));
    await page.locator("#cell-input").fill("Atlantide");
    await page.locator("#cell-input").press("Enter");
    const alert = page.getByRole("alertdialog");
    await expect.poll(() => alert.textContent()).toMatch(/Dato non valido in .*Atlantide/);
    await alert.getByRole("button", { name: "OK" }).click();
    expect(await cell.textContent()).toBe(before);
    const stored = file().sheets.find((s: { name: string }) => s.name === "Interviste");
    expect(JSON.stringify(stored.cells)).not.toContain("Atlantide");
    await page.close();
  });

  it("is usable at a phone's width: viewport set, nothing cut off, the grid scrolls by keyboard, axe clean", async () => {
    const page = await openPreview(browser, base, { width: 360, height: 740 });
    expect(await page.locator('meta[name="viewport"]').getAttribute("content")).toMatch(/width=device-width/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of [/CO\.EFFICIENTI/, "Carica dati demo", "Foglio vuoto"]) {
      const box = await page.getByRole("button", { name }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    // The menu opens inside the screen.
    await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
    for (const item of await page.getByRole("menuitem").all()) {
      const box = await item.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    await page.keyboard.press("Escape");
    // The grid: focusable, and the arrow keys scroll it.
    const grid = page.getByRole("region", { name: /Griglia del foglio/ });
    await grid.focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sheet");
    const at = () =>
      page.evaluate(() => {
        const sheet = document.getElementById("sheet")!;
        return [sheet.scrollLeft, sheet.scrollTop];
      });
    const [left0, top0] = await at();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
    await expect.poll(async () => (await at())[0]).toBeGreaterThan(left0);
    await expect.poll(async () => (await at())[1]).toBeGreaterThan(top0);
    // The form covers the grid at this width and fits it.
    await menu(page, "Nuova intervista");
    const frame = page.locator("#sidebar-frame");
    await expect.poll(() => frame.isVisible()).toBe(true);
    const box = await frame.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.getByRole("button", { name: "Chiudi la barra laterale" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("has no serious accessibility violation at desktop width either (axe-core)", async () => {
    const page = await openPreview(browser, base);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
