// The Scheda regione in Chromium, through `npm start`: the menu item asks the region, the report opens in
// the preview's modal dialog with the map, and printed to PDF on A4 it reads back
// the Shortlist's top area of the region. The PDF's text is read with pdfjs-dist (an npm package).
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";
import { launch, menu, startPreview, stopPreview } from "./browser";
import { seriousViolations } from "./form-page";

let browser: Browser;
let child: ChildProcess;
let base: string;
let workbook: string;

/** The text of each page of a PDF, as pdfjs-dist extracts it. */
async function pdfPages(pdf: Uint8Array): Promise<{ text: string; width: number; height: number }[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: pdf, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    const [, , width, height] = page.view;
    pages.push({ text: text.replace(/\s+/g, " "), width, height });
  }
  await doc.destroy();
  return pages;
}

beforeAll(async () => {
  workbook = join(mkdtempSync(join(tmpdir(), "coef-report-")), "workbook.json");
  browser = await launch();
  ({ child, url: base } = await startPreview(["--demo", "--workbook", workbook]));
});

afterAll(async () => {
  await browser?.close();
  stopPreview(child);
});

describe("Scheda regione in the preview", () => {
  it("opens from the menu, shows the map, and prints on A4 with the Shortlist's top area", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    await page.getByRole("tab", { name: "Interviste" }).waitFor();
    await menu(page, "Genera shortlist contatti");
    await page.locator(".toast").first().waitFor();

    // The Shortlist's first area of Puglia, as the tab holds it.
    await expect.poll(() => readFileSync(workbook, "utf8").includes('"Shortlist"')).toBe(true);
    const saved = Emulator.fromJSON(JSON.parse(readFileSync(workbook, "utf8")), {});
    const top = saved.recordsOf("Shortlist").find((r) => r.Regione === "Puglia" && r.Posizione === 1)?.Area;
    expect(typeof top).toBe("string");

    // No row with a region is active: the add-on asks which region.
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    await menu(page, "Scheda regione…");
    const prompt = page.getByRole("dialog", { name: /Scheda regione/ });
    await expect.poll(() => prompt.isVisible()).toBe(true);
    await page.keyboard.type("Puglia");
    await prompt.getByRole("button", { name: "OK" }).click();

    const dialog = page.locator("#addon-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.locator("#addon-dialog-title").textContent()).toBe("Scheda regione – Puglia");
    const report = page.frameLocator("#addon-dialog-frame");
    await report.locator(".top-area").waitFor();
    expect(await report.locator(".top-area").textContent()).toBe(top);
    expect(await report.getByRole("button", { name: "Stampa o salva in PDF" }).isVisible()).toBe(true);
    // The map: 20 regions, Puglia outlined.
    const map = report.getByRole("img", { name: /Mappa d'Italia: Puglia evidenziata/ });
    expect(await map.locator("path").count()).toBe(20);
    expect(
      await map
        .locator("path", { has: page.locator("title", { hasText: /^Puglia:/ }) })
        .getAttribute("stroke"),
    ).toBe("#c00000");

    // The same page, printed as the browser's print dialog would save it as PDF.
    const printed = await browser.newPage();
    await printed.goto(`${base}dialog`);
    await printed.locator(".top-area").waitFor();
    expect(await seriousViolations(printed)).toEqual([]);
    const pages = await pdfPages(new Uint8Array(await printed.pdf({ format: "A4" })));
    // A4 is 210 x 297 mm, 595.3 x 841.9 points (Chromium rounds to whole pixels); the sections follow
    // each other (no forced page break), so the four of them take at least two pages.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      expect(Math.abs(p.width - 595.3)).toBeLessThan(2);
      expect(Math.abs(p.height - 841.9)).toBeLessThan(2);
    }
    expect(pages[0].text).toContain("Scheda regione: Puglia");
    expect(pages[0].text).toContain(`Prima area: ${top}`);
    const all = pages.map((p) => p.text).join(" ");
    expect(all).toMatch(/Aree in shortlist Stabilità: /);
    expect(all.slice(all.indexOf("Aree in shortlist"))).toContain(`1 ${top}`);
    // The toolbar is not printed.
    expect(pages.map((p) => p.text).join(" ")).not.toContain("Stampa o salva in PDF");

    // Where the browser keeps the add-on's dialog from printing (RULES.md, R72), the page saved as a file
    // holds the whole report, to print from any browser.
    await printed.evaluate(() => {
      window.print = () => {};
    });
    await printed.getByRole("button", { name: "Stampa o salva in PDF" }).click();
    const [download] = await Promise.all([
      printed.waitForEvent("download"),
      printed.getByRole("button", { name: "Scarica la scheda" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("scheda-puglia.html");
    const file = readFileSync(await download.path(), "utf8");
    expect(file).toContain(`<strong class="top-area">${top}</strong>`);
    expect(file).toContain("Interesse senza criticità");
    await printed.close();

    await dialog.getByRole("button", { name: "Chiudi la finestra" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });
});
