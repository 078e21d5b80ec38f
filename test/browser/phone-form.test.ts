// The phone form (doGet) in Chromium at 360 px, served by the preview as the web app serves it: filled
// and saved without a connection, kept on the phone "in attesa di invio", sent once when the connection
// returns; no horizontal scroll, touch targets of at least 44 px, no serious axe violation.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPreview } from "../../dev/serve.mjs";
import { launch } from "./browser";
import { fillValidInterview, seriousViolations } from "./form-page";

type Any = any;

let browser: Browser;
let preview: Any;
let base: string;

beforeAll(async () => {
  browser = await launch();
  const workbook = join(mkdtempSync(join(tmpdir(), "coef-phone-")), "workbook.json");
  preview = createPreview({ workbookPath: workbook });
  await new Promise<void>((resolve) => preview.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(preview.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => preview?.server.close(resolve));
});

const emu = () => preview.emulator();

beforeEach(() => {
  // A prepared, empty sheet for every test (the preview keeps one workbook).
  const e = emu();
  for (const name of ["Interviste", "Contatti", "Registro", "Partner"]) {
    const data = e.sheetData(name);
    if (data) data.rows.length = Math.min(data.rows.length, 1);
  }
  e.loadBundle().setupSpreadsheet();
  e.documentProperties.clear();
  e.lockBusy = false;
});

async function openPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${base}/phone`);
  await page.getByRole("button", { name: "Salva intervista" }).waitFor();
  return { context, page };
}

const stored = () => emu().recordsOf("Interviste") as Record<string, unknown>[];

/** Interactive controls narrower or lower than 44 px (a checkbox counts by its label, what a finger hits). */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const controls = document.querySelectorAll(
      "button, select, textarea, a[href], input:not([type=checkbox]):not([type=radio]):not([type=hidden])",
    );
    for (const el of Array.from(controls)) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.height < 44 || r.width < 44)
        small.push(
          `${el.tagName} ${el.id || el.getAttribute("name") || el.textContent}: ${r.width}x${r.height}`,
        );
    }
    for (const box of Array.from(document.querySelectorAll("input[type=checkbox]"))) {
      if (!visible(box)) continue;
      const label = box.closest("label") ?? document.querySelector(`label[for="${box.id}"]`);
      const r = (label ?? box).getBoundingClientRect();
      if (r.height < 44) small.push(`checkbox ${box.id}: ${r.width}x${r.height}`);
    }
    return small;
  });
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("the phone form at 360 px", () => {
  it("is the sidebar's form, with the viewport set, fits the width, has 44 px targets and no serious axe violation", async () => {
    const { context, page } = await openPhone();
    expect(await page.locator('meta[name="viewport"]').getAttribute("content")).toBe(
      "width=device-width, initial-scale=1",
    );
    const text = await page.textContent("body");
    expect(text).toContain(
      "In quale Ambito/Comune di questa regione è più difficile l'inclusione socio-lavorativa dei cittadini di paesi terzi?",
    );
    expect(text).toContain("con l'obiettivo di giungere alla sottoscrizione di un protocollo operativo?");
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    // The check can fail: the sidebar's own sizes (the same page without the phone mark) are smaller.
    await page.evaluate(() => document.documentElement.classList.remove("phone"));
    expect((await smallTargets(page)).length).toBeGreaterThan(5);
    await page.evaluate(() => document.documentElement.classList.add("phone"));
    // With every error shown (the longest texts), still no horizontal scroll and nothing too small.
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#alert").isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("saved offline: kept on the phone, 'in attesa di invio', then sent once when the connection returns", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/in attesa di invio/);
    const outbox = page.locator("#outbox");
    expect(await outbox.isVisible()).toBe(true);
    expect(await outbox.textContent()).toContain(
      "Marco Bianchi, intervista del 14/03/2025 — in attesa di invio",
    );
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("coefficienti:outbox")!).length)).toBe(
      1,
    );
    // The form is empty for the next interview; nothing reached the sheet.
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("");
    expect(stored()).toHaveLength(0);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await context.setOffline(false);
    await expect.poll(() => stored().length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/inviata: INT-00001/);
    expect(await outbox.isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem("coefficienti:outbox"))).toBeNull();
    expect(stored()[0]).toMatchObject({ Regione: "Puglia", Intervistato: "Marco Bianchi" });
    // Back online and reloaded: nothing is sent twice.
    await page.reload();
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await page.waitForTimeout(300);
    expect(stored()).toHaveLength(1);
    await context.close();
  });

  it("a reply lost on the network: the interview stays waiting, is sent again, and is stored once", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    // The browser believes it is online; the call reaches the server, but its reply never comes back.
    let cut = true;
    await page.route("**/api/webapp/run", async (route) => {
      const body = route.request().postDataJSON();
      if (cut && body.fn === "submitPhoneInterview") {
        await route.fetch();
        await route.abort("internetdisconnected");
      } else await route.continue();
    });
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#outbox").textContent()).toMatch(/in attesa di invio/);
    expect(stored()).toHaveLength(1); // the server did store it
    cut = false;
    await page.getByRole("button", { name: "Invia ora" }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/inviata: INT-00001/);
    expect(stored()).toHaveLength(1);
    expect(emu().recordsOf("Contatti")).toHaveLength(1);
    await context.close();
  });

  it("one the sheet refuses when it arrives stays on the phone, says why, and goes back into the form, still kept", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#outbox").textContent()).toMatch(/in attesa di invio/);
    // Meanwhile the staff lets this user write Marche only.
    emu().typeInto("Partner", "A2", emu().user);
    emu().typeInto("Partner", "B2", "Marche");
    await context.setOffline(false);
    await expect.poll(() => page.locator("#outbox").textContent()).toMatch(/non inviata: Regione: .*Puglia/);
    expect(stored()).toHaveLength(0);
    await page.getByRole("button", { name: "Correggi nel modulo" }).click();
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("Marco Bianchi");
    // It stays on the phone while it is corrected: nothing leaves before it is stored.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("coefficienti:outbox")!).length)).toBe(
      1,
    );
    await context.close();
  });

  it("a busy sheet when it arrives: it keeps waiting, says so, and is sent on the next try", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#outbox").textContent()).toMatch(/in attesa di invio/);
    emu().lockBusy = true;
    await context.setOffline(false);
    await expect
      .poll(() => page.locator("#outbox").textContent())
      .toMatch(/in attesa di invio \(l'ultimo tentativo non è riuscito: Il foglio è occupato/);
    expect(stored()).toHaveLength(0);
    emu().lockBusy = false;
    await page.getByRole("button", { name: "Invia ora" }).click();
    await expect.poll(() => stored().length).toBe(1);
    await context.close();
  });

  it("one saved by another account on this phone waits for that account, and is sent by it", async () => {
    const { context, page } = await openPhone();
    const first = emu().user;
    await fillValidInterview(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#outbox").textContent()).toMatch(/in attesa di invio/);
    // The page is closed; later a colleague, signed in on the same phone, opens the form.
    await page.close();
    emu().user = "collega@coefficienti.example";
    await context.setOffline(false);
    const theirs = await context.newPage();
    await theirs.goto(`${base}/phone`);
    await theirs.getByRole("button", { name: "Salva intervista" }).waitFor();
    await expect.poll(() => theirs.locator("#outbox").textContent()).toContain(`la invierà ${first}`);
    expect(await theirs.locator("#outbox").isVisible()).toBe(true);
    expect(stored()).toHaveLength(0);
    emu().user = first;
    await theirs.reload();
    await expect.poll(() => stored().length, { timeout: 10_000 }).toBe(1);
    await context.close();
  });

  it("says so, and keeps the form filled, when the phone refuses to keep it offline", async () => {
    const { context, page } = await openPhone();
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("QuotaExceededError");
      };
    });
    await fillValidInterview(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toMatch(/non permette di conservare/);
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("Marco Bianchi");
    await context.close();
  });
});

describe("npm start", () => {
  it("prints the address of the phone form", async () => {
    const proc = spawn(
      process.execPath,
      [
        "dev/serve.mjs",
        "--port",
        "0",
        "--workbook",
        join(mkdtempSync(join(tmpdir(), "coef-phone-")), "w.json"),
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(out)), 30_000);
      proc.stdout!.on("data", (chunk) => {
        out += chunk;
        const m = /http:\/\/127\.0\.0\.1:\d+\/phone/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    const res = await fetch(line);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('{"phone":true}');
    proc.kill("SIGTERM");
  });
});
