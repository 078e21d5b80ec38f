import axe from "axe-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./browser";
import { fillValidInterview, openForEditing, openSidebar as openOn } from "./form-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const openSidebar = (options: { html?: string; locale?: string } = {}) => openOn(browser, options);

describe("the sidebar form in Chromium", () => {
  it("shows the four questions verbatim and the comuni dataset date", async () => {
    const { page } = await openSidebar();
    const text = await page.textContent("body");
    expect(text).toContain(
      "In quale Ambito/Comune di questa regione è più difficile l'inclusione socio-lavorativa dei cittadini di paesi terzi?",
    );
    expect(text).toContain("In base a cosa si può dire questo? Cosa produce questa criticità?");
    expect(text).toContain("formazione gratuita per la creazione di un nuovo profilo professionale");
    expect(text).toContain("con l'obiettivo di giungere alla sottoscrizione di un protocollo operativo?");
    expect(text).toContain("aggiornato al 2024");
    const options = await page.locator('select[name="region"] option').allTextContents();
    expect(options.slice(1, 16).every((o) => !o.includes("sito pilota"))).toBe(true);
    expect(options.slice(16)).toEqual([
      "Calabria (sito pilota)",
      "Friuli-Venezia Giulia (sito pilota)",
      "Lazio (sito pilota)",
      "Piemonte (sito pilota)",
      "Sicilia (sito pilota)",
    ]);
    await page.close();
  });

  it("fills by label, shows a field error, then submits and announces success", async () => {
    const { page, emu, calls } = await openSidebar();
    await fillValidInterview(page);
    await page.getByLabel("E-mail – Contatto 1").fill("anna.verdi@");
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toContain("Controlla i campi segnalati: 1");
    expect(await page.locator("#f-contacts_0__email-error").textContent()).toBe(
      "Indirizzo e-mail non valido (es. nome@comune.it).",
    );
    expect(await page.getByLabel("E-mail – Contatto 1").getAttribute("aria-invalid")).toBe("true");
    expect(calls).not.toContain("submitInterview");

    await page.getByLabel("E-mail – Contatto 1").fill("a.verdi@comune.bari.example");
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect
      .poll(() => page.locator('[role="status"]').textContent())
      .toBe(
        "Intervista salvata con il codice INT-00001. Regione, intervistatore e data restano per la prossima intervista.",
      );
    expect(emu.recordsOf("Interviste")[0]).toMatchObject({
      Regione: "Puglia",
      "D1 Codice ISTAT": "072006",
      Intervistato: "Marco Bianchi",
    });
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("");
    await page.close();
  });

  it("fills the ISTAT code when the comune name matches", async () => {
    const { page } = await openSidebar();
    await page.getByLabel("Regione").selectOption({ label: "Puglia" });
    await page.getByLabel("Tipo di area").selectOption("comune");
    await page.getByLabel("Nome dell'Ambito/Comune").fill("altamura");
    await expect.poll(() => page.getByLabel(/Codice ISTAT/).inputValue()).toBe("072004");
    await page.close();
  });

  it("adds and removes contacts, between 1 and 10", async () => {
    const { page } = await openSidebar();
    const add = page.getByRole("button", { name: "Aggiungi contatto" });
    expect(await page.getByRole("button", { name: "Rimuovi contatto 1" }).isDisabled()).toBe(true);
    for (let i = 0; i < 9; i++) await add.click();
    expect(await page.locator("fieldset.contact").count()).toBe(10);
    expect(await add.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Rimuovi contatto 3" }).click();
    expect(await page.locator("fieldset.contact").count()).toBe(9);
    await page.close();
  });

  it("keeps an unfinished form as a draft and offers it back", async () => {
    const { page } = await openSidebar();
    await page.getByLabel("Intervistatore/intervistatrice").fill("Giulia Rossi");
    await page.getByLabel("Nome e cognome – Contatto 1").fill("Anna Verdi");
    await page.waitForTimeout(400);
    await page.reload();
    await page.getByRole("button", { name: "Riprendi la bozza" }).click();
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Giulia Rossi");
    expect(await page.getByLabel("Nome e cognome – Contatto 1").inputValue()).toBe("Anna Verdi");
    await page.close();
  });

  it("opens filled in for editing and saves a new version", async () => {
    const { page, emu, addOn } = await openSidebar();
    const { id } = addOn.submitInterview((await import("../fixtures")).interview());
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    expect(await page.getByLabel("Nome e cognome – Contatto 1").inputValue()).toBe("Anna Verdi");
    await page.getByLabel(/Gravità/).selectOption("5");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator('[role="status"]').textContent())
      .toContain(`Modifiche all'intervista ${id} salvate.`);
    expect(emu.recordsOf("Interviste")[0].Versione).toBe(2);
    expect(emu.recordsOf("Interviste")[0]["D2 Gravità"]).toBe(5);
    await page.close();
  });

  it("shows a conflict with the other user's changes and re-applies mine on their version", async () => {
    const { page, emu, addOn } = await openSidebar();
    const { interview, submissionId } = await import("../fixtures");
    const { id } = addOn.submitInterview(interview());
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    // Meanwhile a colleague saves the same interview.
    const theirs = addOn.getInterview(id);
    addOn.submitInterview({ ...theirs, submissionId: submissionId(), interviewer: "Paolo Esposito" });
    await page.getByLabel(/Gravità/).selectOption("2");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator("#conflict").textContent())
      .toContain("Qualcun altro ha salvato questa intervista mentre la modificavi.");
    expect(await page.locator("#conflict .conflict-theirs li").allTextContents()).toEqual([
      "Intervistatore/intervistatrice: Paolo Esposito",
    ]);
    await page.getByRole("button", { name: "Riapplica le mie modifiche sulla versione attuale" }).click();
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Paolo Esposito");
    expect(await page.getByLabel(/Gravità/).inputValue()).toBe("2");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator('[role="status"]').textContent())
      .toContain(`Modifiche all'intervista ${id} salvate.`);
    expect(emu.recordsOf("Interviste")[0]).toMatchObject({
      "Intervistatore/intervistatrice": "Paolo Esposito",
      "D2 Gravità": 2,
      Versione: 3,
    });
    await page.close();
  });

  it("offers only the regions a partner may write", async () => {
    const { page, emu: server } = await openSidebar();
    server.typeInto("Partner", "A2", "partner.marche@example.it");
    server.typeInto("Partner", "B2", "Marche");
    server.user = "partner.marche@example.it";
    await page.reload();
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    const offered = await page.locator('select[name="region"] option').allTextContents();
    expect(offered).toEqual(["— scegli la regione —", "Marche"]);
    expect(await page.locator("#region-limit").textContent()).toBe(
      "È elencata solo la regione in cui puoi scrivere (scheda Partner).",
    );
    await page.close();
  });

  it("shows sheet text escaped, never as HTML", async () => {
    const { page, emu, addOn } = await openSidebar();
    const { interview } = await import("../fixtures");
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Eabc';
    const { id } = addOn.submitInterview(interview({ interviewer: hostile }));
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    await page.close();
  });

  it("has no serious or critical accessibility violations (axe-core), empty and with errors", async () => {
    const { page } = await openSidebar();
    await page.addScriptTag({ content: axe.source });
    const serious = async () =>
      page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
    expect(await serious()).toEqual([]);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#alert").isVisible()).toBe(true);
    expect(await serious()).toEqual([]);
    await page.close();
  });

  it("is usable with the keyboard alone: Tab reaches the fields in order, Enter on the button submits", async () => {
    const { page } = await openSidebar();
    await page.locator('select[name="region"]').focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("interviewDate");
    // A date input has one Tab stop per part (day, month, year) in Chromium.
    for (
      let i = 0;
      i < 4 && (await page.evaluate(() => document.activeElement?.getAttribute("name"))) === "interviewDate";
      i++
    ) {
      await page.keyboard.press("Tab");
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("interviewer");
    await page.keyboard.type("Giulia Rossi");
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Giulia Rossi");
    // Enter in a one-line field does not send a half-filled form.
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    expect(await page.locator("#alert").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("interviewer");
    await page.getByRole("button", { name: "Salva intervista" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#alert").textContent()).toMatch(/Controlla i campi segnalati/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("alert");
    await page.close();
  });

  it("speaks English to English users", async () => {
    const { page } = await openSidebar({ locale: "en" });
    expect(await page.getByRole("button", { name: "Save interview" }).isVisible()).toBe(true);
    expect(await page.getByLabel("Region").isVisible()).toBe(true);
    await page.close();
  });
});
