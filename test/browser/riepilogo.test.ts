// The Riepilogo in the preview (docs/shortlist.md): after "Genera shortlist contatti" on the demo data, the tab
// shows the per-region table and its two native charts, drawn by Chart.js, which the preview serves
// from node_modules: nothing is fetched from another host.

import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPreview } from "../../dev/serve.mjs";
import { launch } from "./browser";

let browser: Browser;
let server: ReturnType<typeof createPreview>["server"];
let base: string;

beforeAll(async () => {
  ({ server } = createPreview({
    workbookPath: join(mkdtempSync(join(tmpdir(), "coef-riepilogo-")), "workbook.json"),
    demo: true,
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function generated(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(base);
  await page.getByRole("tab", { name: "Interviste" }).waitFor();
  await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
  await page.getByRole("menuitem", { name: "Genera shortlist contatti" }).click();
  await expect.poll(() => page.locator(".toast").last().textContent()).toMatch(/Shortlist generata/);
  return { page, requests };
}

/** How many pixels of a canvas something was drawn on. */
const inkOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
    return ink;
  });

describe("npm start: the Riepilogo and its charts in Chromium", () => {
  it("shows the Shortlist first, with its header row and first three columns frozen", async () => {
    const { page } = await generated();
    await expect.poll(() => page.locator("#sheet table").getAttribute("data-sheet")).toBe("Shortlist");
    const frozen = await page.locator("#sheet tbody tr:nth-child(2) td.fc").allTextContents();
    expect(frozen).toHaveLength(3);
    expect(await page.locator("#sheet tbody tr").first().locator("td.fc").allTextContents()).toEqual([
      "Regione",
      "Posizione",
      "Area",
    ]);
    await page.close();
  });

  it("shows the Riepilogo table and draws its two charts (interviews vs target, causes by region)", async () => {
    const { page, requests } = await generated();
    await page.getByRole("tab", { name: "Riepilogo" }).click();
    await expect.poll(() => page.locator("#sheet table").getAttribute("data-sheet")).toBe("Riepilogo");
    const header = await page.locator("#sheet tbody tr").first().locator("td").allTextContents();
    expect(header.slice(0, 4)).toEqual(["Regione", "Interviste", "Obiettivo", "Avanzamento"]);
    const total = page.locator("#sheet tbody tr", { hasText: "Totale" }).first().locator("td");
    expect(await total.nth(3).textContent()).toMatch(/^\d+%$/);
    const molise = page.locator("#sheet tbody tr", { hasText: "Molise" }).first().locator("td");
    expect(await molise.nth(3).textContent()).toBe("0%");

    const charts = page.locator("figure.chart");
    await expect.poll(() => charts.count()).toBe(2);
    expect(await charts.evaluateAll((list) => list.map((f) => f.getAttribute("aria-label")))).toEqual([
      "Interviste e obiettivo per regione",
      "Cause indicate per regione",
    ]);
    for (const n of [1, 2]) {
      const canvas = `figure.chart:nth-of-type(${n}) canvas`;
      await expect.poll(() => inkOf(page, canvas)).toBeGreaterThan(5000);
    }
    // The charts sit below the table, not over it.
    const lastRow = await page.locator("#sheet tbody tr", { hasText: "Totale" }).first().boundingBox();
    const first = await charts.first().boundingBox();
    expect(first!.y).toBeGreaterThan(lastRow!.y + lastRow!.height);
    // Chart.js came from the preview itself.
    expect(requests.some((u) => u.endsWith("/vendor/chart.umd.min.js"))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith("about:"))).toEqual([]);
    await page.close();
  });

  it("serves the charting library only to its own host, like every page of the preview", async () => {
    const port = (server.address() as AddressInfo).port;
    const get = (host: string) =>
      new Promise<{ status: number; type: string }>((resolve, reject) => {
        request({ host: "127.0.0.1", port, path: "/vendor/chart.umd.min.js", headers: { host } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]) });
        })
          .on("error", reject)
          .end();
      });
    expect(await get(`127.0.0.1:${port}`)).toEqual({ status: 200, type: "text/javascript; charset=utf-8" });
    expect((await get("coefficienti.example")).status).toBe(403);
  });
});
