import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, startPreview, stopPreview } from "./browser";

let browser: Browser;
let child: ChildProcess;
let base: string;
let workbook: string;

beforeAll(async () => {
  workbook = join(mkdtempSync(join(tmpdir(), "coef-check-")), "workbook.json");
  browser = await launch();
  ({ child, url: base } = await startPreview(["--demo", "--workbook", workbook]));
});

afterAll(async () => {
  await browser?.close();
  stopPreview(child);
});

describe("Verifica installazione in the preview", () => {
  it("opens the add-on's dialog from the menu, shows each line with its marker, closes, and changes nothing", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.getByRole("tab", { name: "Interviste" }).waitFor();
    const before = JSON.parse(readFileSync(workbook, "utf8"));
    await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
    await page.getByRole("menuitem", { name: "Verifica installazione" }).click();
    const dialog = page.getByRole("dialog", { name: "CO.EFFICIENTI – Verifica installazione" });
    await dialog.waitFor();
    const frame = page.frameLocator("#addon-dialog-frame");
    await expect
      .poll(() => frame.locator('[role="status"]').textContent())
      .toMatch(/Tutto a posto|da sistemare/);
    const titles = await frame.locator("li h2").allTextContents();
    expect(titles).toHaveLength(8);
    // Each line's marker in words: OK, Da sistemare, or Attenzione (e.g. a Partner tab that lists no one).
    for (const title of titles) expect(title).toMatch(/^(✓ OK|✗ Da sistemare|⚠ Attenzione) /);
    // The text keeps off the dialog's left edge.
    const left = await frame
      .locator("li h2")
      .first()
      .evaluate((h) => h.getBoundingClientRect().left);
    expect(left).toBeGreaterThanOrEqual(12);
    expect(await frame.locator("li").last().textContent()).toMatch(/versione \d+\.\d+\.\d+/);
    expect(await frame.locator("body").textContent()).toContain("Schede e intestazioni");
    await frame.getByRole("button", { name: "Chiudi" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(JSON.parse(readFileSync(workbook, "utf8"))).toEqual(before);
    await page.close();
  });
});
