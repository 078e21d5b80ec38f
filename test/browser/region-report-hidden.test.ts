// The Scheda regione in Chromium with "Nascondi recapiti": an e-mail and a phone typed in the
// Shortlist's free text (Prossimo passo) and the Referente do not print, and the copy saved as a file
// with the recapiti hidden does not hold them either.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../dev/demo.mjs";
import { Emulator } from "../../dev/emulator.mjs";
import { launch, menu, startPreview, stopPreview } from "./browser";

let browser: Browser;
let child: ChildProcess;
let base: string;

const TYPED = "Richiamare Anna al 333 987 6543 o scrivere a anna.privata@gmail.com";
const OWNER = "mario.referente@coop.example";

beforeAll(async () => {
  const workbook = join(mkdtempSync(join(tmpdir(), "coef-report-hidden-")), "workbook.json");
  const emu = new Emulator({});
  loadDemo(emu);
  emu.loadBundle().generateShortlist();
  const shortlist = emu.sheetData("Shortlist");
  const headers = emu.valuesOf("Shortlist")[0];
  const row = emu.recordsOf("Shortlist").findIndex((r) => r.Regione === "Puglia" && r.Posizione === 1) + 1;
  expect(row).toBeGreaterThan(0);
  shortlist.cell(row, headers.indexOf("Prossimo passo"), true).value = TYPED;
  shortlist.cell(row, headers.indexOf("Referente"), true).value = OWNER;
  writeFileSync(workbook, JSON.stringify(emu.toJSON()));
  browser = await launch();
  ({ child, url: base } = await startPreview(["--workbook", workbook]));
});

afterAll(async () => {
  await browser?.close();
  stopPreview(child);
});

describe("Scheda regione with the recapiti hidden", () => {
  it("masks e-mails and phones typed in free text, and the saved copy holds none", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    await menu(page, "Scheda regione…");
    const prompt = page.getByRole("dialog", { name: /Scheda regione/ });
    await expect.poll(() => prompt.isVisible()).toBe(true);
    await page.keyboard.type("Puglia");
    await prompt.getByRole("button", { name: "OK" }).click();
    await expect.poll(() => page.locator("#addon-dialog").isVisible()).toBe(true);

    const printed = await browser.newPage();
    await printed.goto(`${base}dialog`);
    await printed.locator(".top-area").waitFor();
    const shown = async () => (await printed.locator("#report").textContent()) ?? "";
    // Hidden (the default): the typed recapiti are masked.
    expect(await shown()).toContain(
      "Richiamare Anna al [recapito nascosto] o scrivere a [recapito nascosto]",
    );
    for (const gone of ["anna.privata@gmail.com", "333 987 6543", OWNER])
      expect(await shown()).not.toContain(gone);
    // Shown: the staff see what was typed.
    await printed.locator("#hide-details").uncheck();
    expect(await shown()).toContain(TYPED);
    await printed.locator("#hide-details").check();
    expect(await shown()).not.toContain("anna.privata@gmail.com");

    // The copy saved with the recapiti hidden holds none of them, in the page or in its data.
    await printed.evaluate(() => {
      window.print = () => {};
    });
    const [download] = await Promise.all([
      printed.waitForEvent("download"),
      printed.getByRole("button", { name: "Scarica la scheda" }).click(),
    ]);
    const file = readFileSync(await download.path(), "utf8");
    for (const gone of ["anna.privata@gmail.com", "333 987 6543", OWNER]) expect(file).not.toContain(gone);
    expect(file).toContain("[recapito nascosto]");
    await printed.close();
    await page.close();
  });
});
