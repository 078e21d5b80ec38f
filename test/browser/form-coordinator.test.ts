// Coordinator candidates and the review note in the form, with the keyboard only; and the
// Coordinatori tab in the npm start preview after the Shortlist is generated.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { launch, menu, startPreview, stopPreview, typeInto } from "./browser";
import { fillValidInterview, openForEditing, openSidebar, seriousViolations } from "./form-page";

const CANDIDATE = "Possibile coordinatore/coordinatrice d'area (assistente sociale)";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the candidate mark in the form", () => {
  it("marks a contact as candidate with the keyboard, saves it, and Contatti reads Sì", async () => {
    const { page, emu } = await openSidebar(browser);
    await fillValidInterview(page);
    // Tab from the contact's notes reaches the mark, labelled with the contact it belongs to.
    await page.getByLabel("Note – Contatto 1").focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { name: el.name, type: el.type, label: el.labels?.[0]?.textContent?.trim() };
    });
    expect(focused).toEqual({
      name: "contacts[0].coordinatorCandidate",
      type: "checkbox",
      label: `${CANDIDATE} – Contatto 1`,
    });
    await page.keyboard.press("Space");
    expect(await page.getByLabel(`${CANDIDATE} – Contatto 1`).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Salva intervista" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator('[role="status"]').textContent(), { timeout: 15_000 })
      .toMatch(/Intervista salvata\b.*\bINT-\d+/);
    expect(emu.recordsOf("Contatti").map((c) => [c.Nome, c["Coordinatore d'area"]])).toEqual([
      ["Anna Verdi", "Sì"],
    ]);
    // The next interview starts with the mark off.
    expect(await page.getByLabel(`${CANDIDATE} – Contatto 1`).isChecked()).toBe(false);
    await page.close();
  });

  it("shows the staff's note when editing an interview to correct, and the candidate mark as saved", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const saved = addOn.submitInterview(
      interview({
        contacts: [
          {
            name: "Lucia Ferrante",
            role: "Assistente sociale",
            organization: "Ambito Territoriale Bari",
            email: "l.ferrante@ambitobari.example",
            decisionLevel: "tecnico",
            coordinatorCandidate: true,
          },
        ],
      }),
    );
    emu.select("Interviste", "C2");
    emu.promptResponse = {
      button: "OK",
      text: "<b>Gravità</b> da ricontrollare",
    };
    addOn.markSelectedToCorrect();
    await openForEditing(page, emu, addOn, saved.id);
    const note = page.locator("#review-note");
    await expect
      .poll(() => note.textContent())
      .toContain("Nota verifica dello staff: <b>Gravità</b> da ricontrollare");
    expect(await note.textContent()).toContain("Salvando, torna «Da verificare»");
    expect(await note.locator("b").count()).toBe(0);
    expect(await page.getByLabel(`${CANDIDATE} – Contatto 1`).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator('[role="status"]').textContent(), { timeout: 15_000 })
      .toMatch(/Modifiche all'intervista INT-\d+ salvate/);
    expect(emu.recordsOf("Interviste")[0].Verifica).toBe("Da verificare");
    expect(await note.count()).toBe(0);
    await page.close();
  });
});

describe("the Coordinatori tab in the preview", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    stopPreview(child);
  });

  it("lists the candidate marked in the form once the Shortlist is generated", async () => {
    const started = await startPreview([
      "--workbook",
      join(mkdtempSync(join(tmpdir(), "coef-coordinator-")), "workbook.json"),
    ]);
    child = started.child;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(started.url);
    await menu(page, "Prepara il foglio");
    await page.getByRole("tab", { name: "Interviste" }).waitFor();
    await menu(page, "Nuova intervista");
    const form = page.frameLocator("#sidebar-frame");
    await form.getByRole("button", { name: "Salva intervista" }).waitFor();
    await form.getByLabel("Regione").focus();
    await page.keyboard.type("Molise");
    await form.getByLabel("Data dell'intervista").focus();
    await page.keyboard.type("14032025");
    await typeInto(form, page, "Intervistatore/intervistatrice", "Teresa Fiorentino");
    await typeInto(form, page, "Nome e cognome dell'intervistato", "Nicola Di Biase");
    await typeInto(form, page, "Ruolo dell'intervistato", "Coordinatore Ambito");
    await typeInto(form, page, "Ente dell'intervistato", "Ambito Sociale di Termoli");
    await form.getByLabel(/acconsente/).focus();
    await page.keyboard.press("Space");
    await form.getByLabel("Tipo di area").focus();
    await page.keyboard.type("Comune");
    await typeInto(form, page, "Nome dell'Ambito/Comune", "Termoli");
    await form.getByLabel("Lavoro").focus();
    await page.keyboard.press("Space");
    await form.getByLabel(/Gravità/).focus();
    await page.keyboard.type("5");
    await typeInto(form, page, "Spiegazione", "Braccianti stagionali senza alloggio stabile.");
    await typeInto(form, page, "Ente locale interessato", "Comune di Termoli");
    await form.getByLabel("Tipo di ente").focus();
    await page.keyboard.type("Comune");
    await typeInto(form, page, "Ambito/Comune dell'ente", "Termoli");
    await form.getByLabel(/Interesse per la formazione/).focus();
    await page.keyboard.type("4");
    await typeInto(form, page, "Ambito/Comune con cui avviare il protocollo", "Termoli");
    await typeInto(form, page, "Nome e cognome – Contatto 1", "Lucia Petrella");
    await typeInto(form, page, "Ruolo – Contatto 1", "Assistente sociale");
    await typeInto(form, page, "Ente – Contatto 1", "Comune di Termoli");
    await typeInto(form, page, "Telefono – Contatto 1", "+39 0875 712 000");
    await form.getByLabel("Livello decisionale – Contatto 1").focus();
    await page.keyboard.type("Tecnico");
    await form.getByLabel(`${CANDIDATE} – Contatto 1`).focus();
    await page.keyboard.press("Space");
    await form.getByRole("button", { name: "Salva intervista" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => form.locator('[role="status"]').textContent(), { timeout: 15_000 })
      .toMatch(/Intervista salvata\b.*\bINT-\d+/);

    await menu(page, "Genera shortlist contatti");
    await page.getByRole("tab", { name: "Coordinatori" }).click();
    await expect.poll(() => page.locator("#sheet table").getAttribute("data-sheet")).toBe("Coordinatori");
    const rows = page.locator("#sheet tbody tr");
    const header = await rows.first().locator("td").allTextContents();
    expect(header.slice(0, 10)).toEqual([
      "Regione",
      "Area",
      "Nome",
      "Ruolo",
      "Ente",
      "Email",
      "Telefono",
      "ID interviste",
      "Stato",
      "Note",
    ]);
    const line = await rows.nth(1).locator("td").allTextContents();
    expect(line.slice(0, 9)).toEqual([
      "Molise",
      "Termoli",
      "Lucia Petrella",
      "Assistente sociale",
      "Comune di Termoli",
      "",
      "+39 0875 712 000",
      "INT-00001",
      "Da contattare",
    ]);
    await page.close();
  });
});
