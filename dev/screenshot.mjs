// npm run screenshot: starts the preview on the demo data, opens the Shortlist and the form, and saves
// docs/preview.png for the README.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { createPreview } from "./serve.mjs";

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
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(url);
  await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
  await page.getByRole("menuitem", { name: "Genera shortlist contatti" }).click();
  await page.getByRole("tab", { name: "Shortlist" }).click();
  await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
  await page.getByRole("menuitem", { name: "Nuova intervista" }).click();
  await page.frameLocator("#sidebar-frame").getByRole("button", { name: "Salva intervista" }).waitFor();
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: "docs/preview.png" });
  console.log("docs/preview.png written");
} finally {
  await browser.close();
  server.close();
}
