// The form's rules and defaults as a partner meets them: every rule shown before the first save, an
// empty save listing every error at once, today's date for the next interview after an edit, and the
// only region a partner may write already chosen.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { launch } from "./browser";
import { openForEditing, openSidebar, seriousViolations } from "./form-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the form's rules", () => {
  it("says the e-mail-or-phone rule (and the other group rules) before the first save", async () => {
    const { page } = await openSidebar(browser);
    const rule = "Serve almeno uno tra e-mail e telefono.";
    expect(await page.locator("#alert").isVisible()).toBe(false);
    const hint = page.locator("#f-contacts_0__email-hint");
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe(rule);
    // Both fields are described by it, so a screen reader hears it on either.
    for (const label of ["E-mail – Contatto 1", "Telefono – Contatto 1"]) {
      const describedBy = (await page.getByLabel(label).getAttribute("aria-describedby")) ?? "";
      expect(describedBy.split(" ")).toContain("f-contacts_0__email-hint");
    }
    expect(await page.locator("#contacts-rule").textContent()).toBe(
      "Da 1 a 10 contatti; per ciascuno almeno un'e-mail o un telefono.",
    );
    expect(await page.locator("#f-reasons_causes-hint").textContent()).toBe("Indica almeno una causa.");
    expect(await page.locator("#f-interviewDate-hint").textContent()).toBe(
      "Non nel futuro e non prima del 01/01/2018.",
    );
    // A second contact gets the rule too.
    await page.getByRole("button", { name: "Aggiungi contatto" }).click();
    expect(await page.locator("#f-contacts_1__email-hint").textContent()).toBe(rule);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lists every error at once on an empty save, the contact's e-mail-or-phone rule included", async () => {
    const { page, calls } = await openSidebar(browser);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    const links = page.locator("#alert a");
    await expect.poll(() => links.count()).toBeGreaterThan(10);
    const texts = await links.allTextContents();
    expect(texts).toContain("E-mail – Contatto 1: Indica almeno un'e-mail o un telefono.");
    expect(texts).toContain("Regione: Scegli una regione dall'elenco.");
    expect(texts).toContain("Nome e cognome – Contatto 1: Campo obbligatorio.");
    expect(texts.indexOf("E-mail – Contatto 1: Indica almeno un'e-mail o un telefono.")).toBeGreaterThan(
      texts.indexOf("Ente – Contatto 1: Campo obbligatorio."),
    );
    expect(calls).not.toContain("submitInterview");
    await page.close();
  });
});

describe("the next interview", () => {
  it("starts with today's date after an edit, not the edited interview's", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const today = addOn.getFormContext().today;
    const { id } = addOn.submitInterview(interview({ interviewDate: "2025-02-03" }));
    await openForEditing(page, emu, addOn, id);
    const date = page.getByLabel("Data dell'intervista");
    await expect.poll(() => date.inputValue()).toBe("2025-02-03");
    await page.getByLabel("Spiegazione").fill("Liste d'attesa per l'alloggio, ora con i dati del 2025.");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain(`Modifiche all'intervista ${id} salvate.`);
    expect(await status.textContent()).toContain("la data torna a oggi");
    expect(await date.inputValue()).toBe(today);
    await page.close();
  });

  it("finds the only region a partner may write already chosen, with its comuni", async () => {
    const { page, emu, calls } = await openSidebar(browser);
    emu.typeInto("Partner", "A2", "partner.marche@example.it");
    emu.typeInto("Partner", "B2", "Marche");
    emu.user = "partner.marche@example.it";
    await page.reload();
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await expect.poll(() => page.getByLabel("Regione").inputValue()).toBe("11");
    await expect.poll(() => calls.includes("getComuni")).toBe(true);
    // An empty save does not ask for the region: it is chosen.
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#alert a").count()).toBeGreaterThan(1);
    expect(await page.locator("#alert").textContent()).not.toContain("Regione");
    await page.close();
  });

  it("leaves the region to choose when the partner may write several", async () => {
    const { page, emu } = await openSidebar(browser);
    emu.typeInto("Partner", "A2", "partner.centro@example.it");
    emu.typeInto("Partner", "B2", "Marche; Umbria");
    emu.user = "partner.centro@example.it";
    await page.reload();
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    expect(await page.getByLabel("Regione").inputValue()).toBe("");
    await page.close();
  });
});
