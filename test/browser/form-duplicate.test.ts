// The form meets the shared sheet: a likely duplicate is asked about before saving (open the existing
// interview, or save as new), and a Verifica changed by the staff since the form opened is shown first.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { launch } from "./browser";
import { fillValidInterview, openForEditing, openSidebar, seriousViolations } from "./form-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("likely duplicates in the form", () => {
  it("asks before saving an interview like a saved one; opening it loads it, confirming saves a new one", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const { id } = addOn.submitInterview(interview());
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    const box = page.locator("#duplicate");
    await expect
      .poll(() => box.textContent())
      .toContain(`Sembra un'intervista già salvata: ${id} (Puglia, Marco Bianchi, 2025-03-14).`);
    expect(await box.getAttribute("role")).toBe("alert");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("duplicate-message");
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Apri l'intervista esistente" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    expect(await page.getByLabel("Spiegazione").inputValue()).toBe(interview().reasons.explanation);
    expect(await box.isHidden()).toBe(true);

    // A new form: the same person again, and this time it is another interview.
    const fresh = await openSidebar(browser);
    fresh.addOn.submitInterview(interview());
    await fillValidInterview(fresh.page);
    await fresh.page.getByRole("button", { name: "Salva intervista" }).click();
    await fresh.page.getByRole("button", { name: "È un'altra: salva come nuova" }).click();
    await expect
      .poll(() => fresh.page.locator("#status").textContent())
      .toContain("Intervista salvata con il codice INT-00002.");
    expect(fresh.emu.recordsOf("Interviste")).toHaveLength(2);
    await page.close();
    await fresh.page.close();
  });

  it("shows a Verifica changed by the staff since the form opened before saving over it", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const { id } = addOn.submitInterview(interview());
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    emu.selectRanges("Interviste", ["A2"]);
    addOn.markSelectedVerified();
    await page.getByLabel("Note generali").fill("Richiamato il 20/3");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    const conflict = page.locator("#conflict");
    await expect
      .poll(() => conflict.locator(".conflict-theirs li").allTextContents())
      .toEqual(["Verifica: Verificata"]);
    expect(emu.recordsOf("Interviste")[0].Note).toBe("");
    await page.getByRole("button", { name: "Riapplica le mie modifiche sulla versione attuale" }).click();
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain(`Modifiche all'intervista ${id} salvate.`);
    // Only the notes changed: it stays verified.
    expect(emu.recordsOf("Interviste")[0]).toMatchObject({
      Note: "Richiamato il 20/3",
      Verifica: "Verificata",
    });
    await page.close();
  });
});
