// npm run screenshot: starts the preview on the demo data, generates the Shortlist, and saves
// docs/preview.png (the Shortlist and the form) and docs/riepilogo.png (the Riepilogo and its
// two charts), docs/phone.png (the phone form with an interview waiting to be sent) and
// docs/scheda-regione.png (the Scheda regione of Puglia, opened from the menu).
// `node dev/screenshot.mjs riepilogo` (or `preview`, `phone`, `scheda`) writes only that one.
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
await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(null)));
const url = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}/`;
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

/** A valid interview typed into the form by its labels, as a partner would. */
async function fillDemoInterview(page) {
  const byLabel = (label) => page.getByLabel(label);
  await page.getByLabel("Regione").selectOption({ label: "Puglia" });
  await byLabel("Intervistatore/intervistatrice").fill("Giulia Rossi");
  await byLabel("Nome e cognome dell'intervistato").fill("Marco Bianchi");
  await byLabel("Ruolo dell'intervistato").fill("Assistente sociale");
  await byLabel("Ente dell'intervistato").fill("Comune di Bari");
  await page.getByLabel(/acconsente/).check();
  await byLabel("Tipo di area").selectOption("comune");
  await byLabel("Nome dell'Ambito/Comune").fill("Bari");
  await byLabel("Casa").check();
  await page.getByLabel(/Gravità/).selectOption("4");
  await byLabel("Spiegazione").fill("Liste d'attesa per l'alloggio molto lunghe.");
  await byLabel("Ente locale interessato").fill("Comune di Bari");
  await byLabel("Tipo di ente").selectOption("comune");
  await byLabel("Ambito/Comune dell'ente").fill("Bari");
  await page.getByLabel(/Interesse per la formazione/).selectOption("5");
  await byLabel("Ambito/Comune con cui avviare il protocollo").fill("Comune di Bari");
  await byLabel("Nome e cognome – Contatto 1").fill("Anna Verdi");
  await byLabel("Ruolo – Contatto 1").fill("Dirigente Servizi Sociali");
  await byLabel("Ente – Contatto 1").fill("Comune di Bari");
  await byLabel("Telefono – Contatto 1").fill("+39 080 577 1111");
  await byLabel("Livello decisionale – Contatto 1").selectOption("dirigente");
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
  if (wanted("phone")) {
    // The phone form (web app) at 360 px: an interview saved without a connection, waiting to be sent.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${url}phone`);
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await fillDemoInterview(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await page.locator("#outbox li").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "docs/phone.png" });
    console.log("docs/phone.png written");
    await context.close();
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
