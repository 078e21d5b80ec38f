// The phone form's outbox in Chromium at 360 px, where the interview waits when it cannot be stored at
// once: nothing leaves the phone before it is stored or the user removed it (after confirming); a
// refusal only the staff can remove is tried again; the same interview queued twice is stored once,
// and a likely duplicate is asked about; an interview deleted in the sheet is not sent forever. Also
// the save button (no errors on a second tap after a save) and texts cut at their limit (said so).
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPreview } from "../../dev/serve.mjs";
import { launch } from "./browser";
import { fillValidInterview, openSidebar } from "./form-page";

type Any = any;

let browser: Browser;
let preview: Any;
let base: string;

beforeAll(async () => {
  browser = await launch();
  const workbook = join(mkdtempSync(join(tmpdir(), "coef-outbox-")), "workbook.json");
  preview = createPreview({ workbookPath: workbook });
  await new Promise<void>((resolve) => preview.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(preview.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => preview?.server.close(resolve));
});

const emu = () => preview.emulator() as Any;

beforeEach(() => {
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
const kept = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("coefficienti:outbox") ?? "[]").length as number);
const outboxText = (page: Page) => page.locator("#outbox").textContent();
const save = (page: Page) => page.getByRole("button", { name: "Salva intervista" }).click();

/** Saved without a connection, then the staff lets this user write Marche only, then back online. */
async function refusedByPartner(page: Page, context: BrowserContext) {
  await fillValidInterview(page);
  await context.setOffline(true);
  await save(page);
  await expect.poll(() => outboxText(page)).toMatch(/in attesa di invio/);
  emu().typeInto("Partner", "A2", emu().user);
  emu().typeInto("Partner", "B2", "Marche");
  await context.setOffline(false);
  await expect.poll(() => outboxText(page)).toMatch(/non inviata: Regione: .*Puglia/);
}

describe("the phone's outbox at 360 px", () => {
  it("'Correggi nel modulo' keeps the interview on the phone: a reload loses nothing, the save stores it", async () => {
    const { context, page } = await openPhone();
    await refusedByPartner(page, context);
    // A refusal only the staff can remove says what to ask them.
    expect(await outboxText(page)).toContain("Chiedi allo staff di controllare la scheda Partner");
    await page.getByRole("button", { name: "Correggi nel modulo" }).click();
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("Marco Bianchi");
    expect(await kept(page)).toBe(1);
    expect(await outboxText(page)).toContain("aperta nel modulo per essere corretta");
    // The phone's browser discards the tab: the interview is still on the phone.
    await page.reload();
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await expect.poll(() => outboxText(page)).toMatch(/Marco Bianchi, intervista del 14\/03\/2025/);
    expect(await kept(page)).toBe(1);
    expect(stored()).toHaveLength(0);
    // The staff fixes Partner: the next time the form opens, it is sent by itself.
    emu().typeInto("Partner", "B2", "Puglia");
    await page.reload();
    await expect.poll(() => stored().length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => kept(page)).toBe(0);
    expect(stored()[0]).toMatchObject({ Regione: "Puglia", Intervistato: "Marco Bianchi" });
    await context.close();
  });

  it("taken into the form and saved there: stored once, and only then gone from the phone", async () => {
    const { context, page } = await openPhone();
    await refusedByPartner(page, context);
    await page.getByRole("button", { name: "Correggi nel modulo" }).click();
    await page.getByLabel("Note generali").fill("Corretta dopo il rifiuto.");
    expect(await kept(page)).toBe(1);
    emu().typeInto("Partner", "B2", "Puglia");
    await save(page);
    await expect.poll(() => stored().length).toBe(1);
    await expect.poll(() => kept(page)).toBe(0);
    expect(await page.locator("#outbox").isHidden()).toBe(true);
    expect(stored()[0]).toMatchObject({ Note: "Corretta dopo il rifiuto." });
    await page.waitForTimeout(300);
    expect(stored()).toHaveLength(1);
    await context.close();
  });

  it("a refusal of the Partner tab is tried again: once the staff fixed it, 'Invia ora' sends it", async () => {
    const { context, page } = await openPhone();
    await refusedByPartner(page, context);
    expect(await kept(page)).toBe(1);
    emu().typeInto("Partner", "B2", "Puglia");
    await page.getByRole("button", { name: "Invia ora" }).click();
    await expect.poll(() => stored().length).toBe(1);
    await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/inviata: INT-00001/);
    expect(await kept(page)).toBe(0);
    await context.close();
  });

  it("is removed from the phone only when the user confirms", async () => {
    const { context, page } = await openPhone();
    await refusedByPartner(page, context);
    await page.getByRole("button", { name: "Elimina dal telefono" }).click();
    expect(await outboxText(page)).toContain(
      "Eliminare da questo telefono l'intervista di Marco Bianchi del 14/03/2025?",
    );
    await page.getByRole("button", { name: "No, tienila" }).click();
    expect(await kept(page)).toBe(1);
    await page.getByRole("button", { name: "Elimina dal telefono" }).click();
    await page.getByRole("button", { name: "Sì, elimina" }).click();
    expect(await kept(page)).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("coefficienti:outbox"))).toBeNull();
    await context.close();
  });

  it("the same interview saved twice offline is kept once; a likely duplicate is asked about when it arrives", async () => {
    const { context, page } = await openPhone();
    await context.setOffline(true);
    await fillValidInterview(page);
    await save(page);
    await expect.poll(() => kept(page)).toBe(1);
    // Unsure the first save took, the user enters it again, identical.
    await fillValidInterview(page);
    await save(page);
    await expect
      .poll(() => page.locator('[role="status"]').textContent())
      .toMatch(/già conservata su questo telefono/);
    expect(await kept(page)).toBe(1);
    // Once more with one word changed: kept, and the server's likely-duplicate check decides on arrival.
    await fillValidInterview(page);
    await page.getByLabel("Note generali").fill("Richiamare a maggio.");
    await save(page);
    await expect.poll(() => kept(page)).toBe(2);
    await context.setOffline(false);
    await expect
      .poll(() => outboxText(page), { timeout: 10_000 })
      .toMatch(/sembra un'intervista già salvata nel foglio \(INT-00001, Marco Bianchi/);
    expect(stored()).toHaveLength(1);
    expect(await kept(page)).toBe(1);
    // It is another interview after all: sent as new on the user's word.
    await page.getByRole("button", { name: "È un'altra: inviala come nuova" }).click();
    await expect.poll(() => stored().length).toBe(2);
    await expect.poll(() => kept(page)).toBe(0);
    await context.close();
  });

  it("stored, its reply lost, then deleted in the sheet: not sent again, said so, removable", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    let cut = true;
    await page.route("**/api/webapp/run", async (route) => {
      if (cut && route.request().postDataJSON().fn === "submitPhoneInterview") {
        await route.fetch();
        await route.abort("internetdisconnected");
      } else await route.continue();
    });
    await save(page);
    await expect.poll(() => outboxText(page)).toMatch(/in attesa di invio/);
    expect(stored()).toHaveLength(1);
    cut = false;
    // The interviewee withdrew consent: the staff deletes the interview.
    expect(emu().loadBundle().deleteInterview("INT-00001").ok).toBe(true);
    expect(stored()).toHaveLength(0);
    await page.getByRole("button", { name: "Invia ora" }).click();
    await expect
      .poll(() => outboxText(page))
      .toMatch(/non verrà inviata: Intervista INT-00001 non trovata.*eliminata dal foglio/);
    expect(await page.getByRole("button", { name: "Invia ora" }).count()).toBe(0);
    expect(stored()).toHaveLength(0);
    await page.getByRole("button", { name: "Elimina dal telefono" }).click();
    await page.getByRole("button", { name: "Sì, elimina" }).click();
    expect(await page.evaluate(() => localStorage.getItem("coefficienti:outbox"))).toBeNull();
    await context.close();
  });
});

describe("the save button on the phone", () => {
  it("is disabled while saving, and a second tap after the save keeps the saved message, no errors", async () => {
    const { context, page } = await openPhone();
    await page.route("**/api/webapp/run", async (route) => {
      if (route.request().postDataJSON().fn === "submitPhoneInterview")
        await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await fillValidInterview(page);
    const button = page.locator("#submit");
    await button.tap();
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/INT-00001/);
    await button.tap();
    await page.waitForTimeout(300);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/INT-00001/);
    expect(await page.locator("#alert").isVisible()).toBe(false);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(stored()).toHaveLength(1);
    // A changed form is checked as always.
    await page.getByLabel("Nome e cognome dell'intervistato").fill("Anna Neri");
    await button.tap();
    await expect.poll(() => page.locator("#alert").isVisible()).toBe(true);
    await context.close();
  });
});

/** Pastes a text into a field as a user does (a paste event, then the browser inserts it). */
const paste = (page: Page, label: string, text: string) =>
  page.getByLabel(label).evaluate((el, value) => {
    (el as HTMLElement).focus();
    const data = new DataTransfer();
    data.setData("text/plain", value);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    document.execCommand("insertText", false, value);
  }, text);

describe("a text longer than its field", () => {
  it("on the phone: a paste cut at 2,000 characters says so under Spiegazione", async () => {
    const { context, page } = await openPhone();
    await paste(page, "Spiegazione", "x".repeat(60_000));
    const spiegazione = page.getByLabel("Spiegazione");
    expect((await spiegazione.inputValue()).length).toBe(2000);
    await expect
      .poll(async () => page.locator(`[id="${await spiegazione.getAttribute("id")}-length"]`).textContent())
      .toMatch(/più lungo di 2000 caratteri: ne è stata tenuta solo la prima parte/);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await context.close();
  });

  it("in the desk sidebar: the same limits, a counter near the limit", async () => {
    const { page } = await openSidebar(browser);
    const spiegazione = page.getByLabel("Spiegazione");
    expect(await spiegazione.getAttribute("maxlength")).toBe("2000");
    expect(await page.getByLabel("Nome e cognome dell'intervistato").getAttribute("maxlength")).toBe("200");
    await spiegazione.fill("y".repeat(1900));
    await expect
      .poll(() => page.locator(".length-note").first().textContent())
      .toBe("1900 di 2000 caratteri.");
    await paste(page, "Spiegazione", "z".repeat(500));
    expect((await spiegazione.inputValue()).length).toBe(2000);
    await expect
      .poll(() => page.locator(".length-note").first().textContent())
      .toMatch(/più lungo di 2000 caratteri/);
    // A one-line field: its own limit, the same as the save's.
    const name = page.getByLabel("Nome e cognome dell'intervistato");
    await name.fill("n".repeat(195));
    await expect
      .poll(async () => page.locator(`[id="${await name.getAttribute("id")}-length"]`).textContent())
      .toBe("195 di 200 caratteri.");
    expect(await page.getByLabel("Telefono – Contatto 1").getAttribute("maxlength")).toBe("40");
    await page.close();
  });
});

const item = (page: Page, name: string) => page.locator("#outbox li", { hasText: name });
const status = (page: Page) => page.locator('[role="status"]').textContent();
const outboxData = (page: Page, name: string) =>
  page.evaluate(
    (who) =>
      JSON.parse(localStorage.getItem("coefficienti:outbox") ?? "[]").find(
        (i: Any) => i.data.interviewee.name === who,
      )?.data,
    name,
  );

describe("the phone's outbox loses nothing at 360 px", () => {
  it("an interview entered again after its copy was deleted in the sheet is kept and sent, not dropped", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    let cut = true;
    await page.route("**/api/webapp/run", async (route) => {
      if (cut && route.request().postDataJSON().fn === "submitPhoneInterview") {
        await route.fetch();
        await route.abort("internetdisconnected");
      } else await route.continue();
    });
    await save(page);
    await expect.poll(() => outboxText(page)).toMatch(/in attesa di invio/);
    cut = false;
    expect(emu().loadBundle().deleteInterview("INT-00001").ok).toBe(true);
    await page.getByRole("button", { name: "Invia ora" }).click();
    await expect.poll(() => outboxText(page)).toMatch(/non verrà inviata/);
    // Deleted by mistake: the staff asks to enter it again; the user does, offline, identical.
    await context.setOffline(true);
    await fillValidInterview(page);
    await save(page);
    await expect.poll(() => kept(page)).toBe(2);
    expect(await status(page)).not.toMatch(/già conservata/);
    // The outbox's own advice: remove the one that will not be sent. The new one stays, and is sent.
    await item(page, "non verrà inviata").getByRole("button", { name: "Elimina dal telefono" }).click();
    await page.getByRole("button", { name: "Sì, elimina" }).click();
    expect(await kept(page)).toBe(1);
    await context.setOffline(false);
    await expect.poll(() => stored().length, { timeout: 10_000 }).toBe(1);
    expect(stored()[0]).toMatchObject({ Intervistato: "Marco Bianchi" });
    await expect.poll(() => kept(page)).toBe(0);
    await context.close();
  });

  it("a likely duplicate says its date as GG/MM/AAAA, and the same interview entered again is kept beside it", async () => {
    const { context, page } = await openPhone();
    await fillValidInterview(page);
    await save(page);
    await expect.poll(() => stored().length).toBe(1);
    await context.setOffline(true);
    await fillValidInterview(page);
    await page.getByLabel("Note generali").fill("Richiamare a maggio.");
    await save(page);
    await expect.poll(() => kept(page)).toBe(1);
    await context.setOffline(false);
    await expect
      .poll(() => outboxText(page), { timeout: 10_000 })
      .toContain("(INT-00001, Marco Bianchi, 14/03/2025)");
    expect(await outboxText(page)).not.toContain("2025-03-14");
    // Held as a likely duplicate, it will not be sent as it is: the same interview saved again is kept.
    await context.setOffline(true);
    await fillValidInterview(page);
    await page.getByLabel("Note generali").fill("Richiamare a maggio.");
    await save(page);
    await expect.poll(() => kept(page)).toBe(2);
    expect(await status(page)).not.toMatch(/già conservata/);
    await context.close();
  });

  it("taking a second interview into the form keeps the corrections typed into the first", async () => {
    const { context, page } = await openPhone();
    await context.setOffline(true);
    await fillValidInterview(page);
    await save(page);
    await expect.poll(() => kept(page)).toBe(1);
    await fillValidInterview(page);
    await page.getByLabel("Nome e cognome dell'intervistato").fill("Anna Neri");
    await save(page);
    await expect.poll(() => kept(page)).toBe(2);
    emu().typeInto("Partner", "A2", emu().user);
    emu().typeInto("Partner", "B2", "Marche");
    await context.setOffline(false);
    await expect.poll(() => page.locator("#outbox li", { hasText: "non inviata" }).count()).toBe(2);
    await item(page, "Marco Bianchi").getByRole("button", { name: "Correggi nel modulo" }).click();
    await page.getByLabel("Spiegazione").fill("Correzione importante di Marco.");
    await item(page, "Anna Neri").getByRole("button", { name: "Correggi nel modulo" }).click();
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("Anna Neri");
    expect(await status(page)).toMatch(/correzioni all'intervista di Marco Bianchi .* sono conservate/);
    expect(((await outboxData(page, "Marco Bianchi")) as Any).reasons.explanation).toBe(
      "Correzione importante di Marco.",
    );
    expect(((await outboxData(page, "Anna Neri")) as Any).reasons.explanation).toBe(
      "Liste d'attesa per l'alloggio molto lunghe.",
    );
    // Back to the first: its corrections are in the form.
    await item(page, "Marco Bianchi").getByRole("button", { name: "Correggi nel modulo" }).click();
    expect(await page.getByLabel("Spiegazione").inputValue()).toBe("Correzione importante di Marco.");
    expect(await kept(page)).toBe(2);
    expect(stored()).toHaveLength(0);
    await context.close();
  });

  it("is not sent while the user is asked to confirm its removal", async () => {
    const { context, page } = await openPhone();
    await refusedByPartner(page, context);
    await page.getByRole("button", { name: "Elimina dal telefono" }).click();
    // Meanwhile the staff fixes Partner, and the phone tries again what waits.
    emu().typeInto("Partner", "B2", "Puglia");
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForTimeout(800);
    expect(stored()).toHaveLength(0);
    expect(await outboxText(page)).toContain("Eliminare da questo telefono l'intervista di Marco Bianchi");
    await page.getByRole("button", { name: "Sì, elimina" }).click();
    expect(await kept(page)).toBe(0);
    expect(stored()).toHaveLength(0);
    await context.close();
  });

  it("kept after 'No, tienila', it is sent again as before", async () => {
    const { context, page } = await openPhone();
    await refusedByPartner(page, context);
    await page.getByRole("button", { name: "Elimina dal telefono" }).click();
    emu().typeInto("Partner", "B2", "Puglia");
    await page.getByRole("button", { name: "No, tienila" }).click();
    await page.getByRole("button", { name: "Invia ora" }).click();
    await expect.poll(() => stored().length).toBe(1);
    await expect.poll(() => kept(page)).toBe(0);
    await context.close();
  });
});
