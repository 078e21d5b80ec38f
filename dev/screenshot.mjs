// npm run screenshot: starts the preview on the demo data, generates the Shortlist, and saves for the
// README docs/preview.png (the Shortlist and the form) and docs/riepilogo.png (the Riepilogo and its
// two charts), docs/scheda-regione.png (the Scheda regione of Puglia, opened from the menu).
// `node dev/screenshot.mjs riepilogo` (or `preview`, `scheda`) writes only that one.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { createPreview } from "./serve.mjs";

const only = process.argv[2];
const wanted = (name) => !only || only === name;

const { server } = createPreview({
  workbookPath: join(mkdtempSync(join(tmpdir(), "coef-shot-")), "wb.json"),
  demo: true,
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
mkdirSync("docs", { recursive: true });

async function generated(viewport) {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
  await page.getByRole("menuitem", { name: "Genera shortlist contatti" }).click();
  await page.locator(".toast").first().waitFor();
  return page;
}

try {
  if (wanted("preview")) {
    const page = await generated({ width: 1280, height: 760 });
    await page.getByRole("tab", { name: "Shortlist" }).click();
    await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
    await page.getByRole("menuitem", { name: "Nuova intervista" }).click();
    await page.frameLocator("#sidebar-frame").getByRole("button", { name: "Salva intervista" }).waitFor();
    await page.screenshot({ path: "docs/preview.png" });
    console.log("docs/preview.png written");
    await page.close();
  }
  if (wanted("riepilogo")) {
    // Tall enough for the table (15 regions and the total) and the two charts below it.
    const page = await generated({ width: 1640, height: 1080 });
    await page.getByRole("tab", { name: "Riepilogo" }).click();
    await page.locator("figure.chart canvas").nth(1).waitFor();
    // The toast would cover the causes chart.
    await page.locator("#toasts").evaluate((toasts) => toasts.replaceChildren());
    await page.screenshot({ path: "docs/riepilogo.png" });
    console.log("docs/riepilogo.png written");
    await page.close();
  }
  if (wanted("scheda")) {
    // The Scheda regione, opened from the menu as a user would, then the page itself at its full length.
    const page = await generated({ width: 1280, height: 900 });
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
    await page.getByRole("menuitem", { name: "Scheda regione…" }).click();
    await page.locator("#prompt-input").waitFor();
    await page.keyboard.type("Puglia");
    await page
      .getByRole("dialog", { name: /Scheda regione/ })
      .getByRole("button", { name: "OK" })
      .click();
    await page.frameLocator("#addon-dialog-frame").locator(".top-area").waitFor();
    const report = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await report.goto(`${url}dialog`);
    await report.locator(".top-area").waitFor();
    await report.screenshot({ path: "docs/scheda-regione.png", fullPage: true });
    console.log("docs/scheda-regione.png written");
    await report.close();
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
