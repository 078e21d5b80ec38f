import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPEC_SHORTLIST_COLUMNS } from "../fixtures";
import { launch, menu, openPreview, startPreview, stopPreview, typeInto } from "./browser";

let browser: Browser;
let child: ChildProcess;
let base: string;
let workbook: string;

beforeAll(async () => {
  workbook = join(mkdtempSync(join(tmpdir(), "coef-preview-")), "workbook.json");
  browser = await launch();
  ({ child, url: base } = await startPreview(["--demo", "--workbook", workbook]));
});

afterAll(async () => {
  await browser?.close();
  stopPreview(child);
});

const gridText = (page: Page) => page.locator("#sheet table").textContent();

describe("npm start: the preview in Chromium", () => {
  it("fills the form by label with the keyboard only, submits, and shows the new row in Interviste", async () => {
    const page = await openPreview(browser, base);
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
    await form.getByLabel("Dati dei servizi").focus();
    await page.keyboard.press("Space");
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
    await typeInto(form, page, "Ruolo – Contatto 1", "Assessora alle politiche sociali");
    await typeInto(form, page, "Ente – Contatto 1", "Comune di Termoli");
    await typeInto(form, page, "Telefono – Contatto 1", "+39 0875 712 000");
    await form.getByLabel("Livello decisionale – Contatto 1").focus();
    await page.keyboard.type("Politico");
    await form.getByLabel("Note – Contatto 1").focus();
    await page.keyboard.press("Enter"); // a line break in the notes, not a submit
    await form.getByRole("button", { name: "Salva intervista" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => form.locator('[role="status"]').textContent(), { timeout: 15_000 })
      .toMatch(/Intervista salvata\b.*\bINT-\d+/);
    await page.getByRole("tab", { name: "Interviste" }).click();
    await expect.poll(() => page.locator("#sheet table").getAttribute("data-sheet")).toBe("Interviste");
    await expect.poll(() => gridText(page)).toContain("Nicola Di Biase");
    expect(await gridText(page)).toContain("Termoli");
    await page.getByRole("tab", { name: "Contatti" }).click();
    await expect.poll(() => gridText(page)).toContain("+39 0875 712 000");
    await page.close();
  });

  it("announces field errors of an invalid form and sends nothing", async () => {
    const page = await openPreview(browser, base);
    const before = readFileSync(workbook, "utf8");
    await menu(page, "Nuova intervista");
    const form = page.frameLocator("#sidebar-frame");
    await form.getByRole("button", { name: "Salva intervista" }).waitFor();
    await typeInto(form, page, "Intervistatore/intervistatrice", "Teresa Fiorentino");
    await form.getByRole("button", { name: "Salva intervista" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => form.locator("#alert").textContent())
      .toMatch(/Controlla i campi segnalati: \d+ da correggere/);
    expect(await form.locator("#f-region-error").textContent()).toBe("Scegli una regione dall'elenco.");
    expect(await form.getByLabel("Regione").getAttribute("aria-invalid")).toBe("true");
    expect(readFileSync(workbook, "utf8")).toBe(before);
    await page.close();
  });

  it("generates the Shortlist from the demo data with one click", async () => {
    const page = await openPreview(browser, base);
    await menu(page, "Genera shortlist contatti");
    await page.getByRole("tab", { name: "Shortlist" }).click();
    const header = await page.locator("#sheet tbody tr").first().locator("td").allTextContents();
    expect(header.slice(0, SPEC_SHORTLIST_COLUMNS.length)).toEqual(SPEC_SHORTLIST_COLUMNS);
    expect(await gridText(page)).toContain("(nessuna intervista)");
    await expect
      .poll(() => page.locator(".toast").last().textContent())
      .toMatch(/Shortlist generata il .*: 15 regioni, \d+ aree, \d+ contatti/);
    await page.close();
  });

  it("computes a =COEF_AREA_SCORES cell and spills the table", async () => {
    const page = await openPreview(browser, base);
    await page.getByRole("tab", { name: "Punteggi" }).click();
    await page.locator('td[data-a1="J1"]').click();
    await page.getByLabel("Contenuto della cella").fill("=COEF_AREA_SCORES(Interviste!A:AZ; Contatti!A:Z)");
    await page.getByLabel("Contenuto della cella").press("Enter");
    await expect.poll(() => page.locator('td[data-a1="J1"]').textContent()).toBe("Regione");
    expect(await page.locator('td[data-a1="Q1"]').textContent()).toBe("Posizione");
    expect(await page.locator('td[data-a1="Q2"]').textContent()).toBe("1");
    expect(await page.locator('td[data-a1="A1"]').textContent()).toBe("Regione");
    // The demo's score columns (Criticità … Punteggio): one decimal, Italian comma; values stay exact.
    for (const a1 of ["D2", "E2", "F2", "G2"])
      expect(await page.locator(`td[data-a1="${a1}"]`).textContent()).toMatch(/^\d+,\d$/);
    await page.close();
  });

  it("refuses bad requests to the local endpoint and changes nothing", async () => {
    const before = readFileSync(workbook, "utf8");
    const post = (path: string, body: string) =>
      fetch(base + path.slice(1), {
        method: "POST",
        body,
        headers: { "content-type": "application/json", origin: base.replace(/\/$/, "") },
      });
    const unknown = await post("/api/run", JSON.stringify({ fn: "constructor", args: [] }));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, message: "Funzione sconosciuta: constructor" });
    const malformed = await post("/api/run", "{not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/Corpo della richiesta non valido/);
    const notArgs = await post("/api/run", JSON.stringify({ fn: "submitInterview", args: "x" }));
    expect(notArgs.status).toBe(400);
    const badCell = await post("/api/cell", JSON.stringify({ sheet: "Interviste", a1: "A0", text: "x" }));
    expect(badCell.status).toBe(400);
    const failing = await post("/api/run", JSON.stringify({ fn: "getInterview", args: ["INT-99999"] }));
    expect(await failing.json()).toEqual({
      ok: false,
      message: "Intervista INT-99999 non trovata: forse è stata eliminata.",
    });
    expect(readFileSync(workbook, "utf8")).toBe(before);
  });

  it("deletes the selected interview after asking, through the menu", async () => {
    const page = await openPreview(browser, base);
    await page.getByRole("tab", { name: "Interviste" }).click();
    await page.locator('td[data-a1="C3"]').click();
    await expect.poll(() => page.locator("#address").textContent()).toBe("C3");
    const id = await page.locator('td[data-a1="A3"]').textContent();
    const dialog = page.getByRole("alertdialog");
    await menu(page, "Elimina intervista selezionata");
    await expect.poll(() => dialog.textContent()).toContain(`Eliminare l'intervista ${id}`);
    await dialog.getByRole("button", { name: "No" }).click();
    await expect.poll(() => page.locator(".toast").last().textContent()).toBe("Eliminazione annullata.");
    expect(await gridText(page)).toContain(id!);
    await menu(page, "Elimina intervista selezionata");
    await expect.poll(() => dialog.textContent()).toContain(`Eliminare l'intervista ${id}`);
    await dialog.getByRole("button", { name: "Sì" }).click();
    await expect
      .poll(() => page.locator(".toast").last().textContent())
      .toMatch(new RegExp(`Intervista ${id} eliminata con \\d+ contatti`));
    expect(await gridText(page)).not.toContain(id!);
    await page.close();
  });

  it("asks what to correct in a dialog: OK marks the selected row with the typed note, Annulla changes nothing", async () => {
    const page = await openPreview(browser, base);
    await page.getByRole("tab", { name: "Interviste" }).click();
    await page.locator('td[data-a1="C8"]').click();
    await expect.poll(() => page.locator("#address").textContent()).toBe("C8");
    const headers = await page.locator("#sheet tbody tr").first().locator("td").allTextContents();
    const cellOf = (header: string) => {
      let a1 = "";
      for (let x = headers.indexOf(header) + 1; x > 0; x = Math.floor((x - 1) / 26))
        a1 = String.fromCharCode(65 + ((x - 1) % 26)) + a1;
      return page.locator(`td[data-a1="${a1}8"]`);
    };
    const status = cellOf("Verifica");
    const note = cellOf("Nota verifica");
    const before = [await status.textContent(), await note.textContent()];
    expect(before[0]).not.toBe("Da correggere");
    // The selection reaches the workbook file after the page shows it: wait for it before comparing.
    const selectedRow = () =>
      JSON.parse(readFileSync(workbook, "utf8")).sheets.find((s: { name: string }) => s.name === "Interviste")
        ?.activeRange?.row;
    await expect.poll(selectedRow).toBe(8);
    const file = readFileSync(workbook, "utf8");
    const dialog = page.getByRole("dialog", { name: /Segna da correggere/ });
    const input = dialog.getByLabel(/Cosa va corretto nelle interviste selezionate\?/);
    const cancelled = page.locator(".toast", { hasText: "Nulla è stato modificato." });

    // Annulla: nothing is written, even with some text typed.
    await menu(page, "Segna da correggere…");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("prompt-input");
    await page.keyboard.type("Non va scritto");
    await dialog.getByRole("button", { name: "Annulla" }).click();
    await expect.poll(() => cancelled.count()).toBe(1);
    expect(await dialog.isVisible()).toBe(false);
    expect([await status.textContent(), await note.textContent()]).toEqual(before);
    expect(readFileSync(workbook, "utf8")).toBe(file);

    // Escape is Annulla.
    await menu(page, "Segna da correggere…");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await input.inputValue()).toBe("");
    await page.keyboard.type("Nemmeno questo");
    await page.keyboard.press("Escape");
    await expect.poll(() => cancelled.count()).toBe(2);
    expect([await status.textContent(), await note.textContent()]).toEqual(before);
    expect(readFileSync(workbook, "utf8")).toBe(file);

    // OK with the typed note.
    await menu(page, "Segna da correggere…");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type("Manca la data");
    expect(await input.inputValue()).toBe("Manca la data");
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect.poll(() => status.textContent()).toBe("Da correggere");
    expect(await note.textContent()).toBe("Manca la data");
    expect(await dialog.isVisible()).toBe(false);
    await expect
      .poll(() => page.locator(".toast").last().textContent())
      .toMatch(/Intervista segnata da correggere: INT-\d+/);
    await page.close();
  });

  it("a page of another site open in the same browser can neither change nor read the workbook", async () => {
    const before = readFileSync(workbook, "utf8");
    const cell = JSON.stringify({ sheet: "Interviste", a1: "C2", text: "Dati cancellati" });
    // What a hostile page can make a browser send: a form post, a no-cors fetch, a JSON fetch, a read.
    const hostile = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!DOCTYPE html><title>gioco</title><iframe name="sink"></iframe>
<form method="POST" action="${base}api/reset" enctype="text/plain" target="sink"><input name='{"a":"' value='"}'></form>
<script>
const sink = document.querySelector("iframe");
Promise.all([
  new Promise((resolve) => { sink.onload = () => resolve("form sent"); document.forms[0].submit(); }),
  fetch("${base}api/cell", { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" },
    body: ${JSON.stringify(cell)} }).then(() => "no-cors sent", () => "no-cors blocked"),
  fetch("${base}api/demo", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
    .then(() => "json answered", () => "json blocked"),
  fetch("${base}api/state").then((r) => r.text()).then(() => "state read", () => "state blocked"),
]).then((results) => { document.title = results.join(", "); });
</script>`);
    });
    await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
    try {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${(hostile.address() as AddressInfo).port}/`);
      await expect.poll(() => page.title()).not.toBe("gioco");
      expect(await page.title()).toBe("form sent, no-cors sent, json blocked, state blocked");
      expect(readFileSync(workbook, "utf8")).toBe(before);
      await page.close();
    } finally {
      hostile.close();
    }
  });

  it("asks before Carica dati demo and Foglio vuoto replace the workbook, with focus on No", async () => {
    const own = join(mkdtempSync(join(tmpdir(), "coef-replace-")), "workbook.json");
    const second = await startPreview(["--demo", "--workbook", own]);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(second.url);
      await page.getByRole("tab", { name: "Interviste" }).waitFor();
      const before = readFileSync(own, "utf8");
      const dialog = page.getByRole("alertdialog");

      await page.getByRole("button", { name: "Foglio vuoto" }).click();
      await expect.poll(() => dialog.textContent()).toContain("Passare a un foglio vuoto?");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("No");
      await page.keyboard.press("Enter");
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(readFileSync(own, "utf8")).toBe(before);

      await page.getByRole("button", { name: "Carica dati demo" }).click();
      await expect.poll(() => dialog.textContent()).toContain("Caricare i dati demo?");
      await dialog.getByRole("button", { name: "No" }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(readFileSync(own, "utf8")).toBe(before);

      await page.getByRole("button", { name: "Foglio vuoto" }).click();
      await expect.poll(() => dialog.textContent()).toContain("Passare a un foglio vuoto?");
      await dialog.getByRole("button", { name: "Sì" }).click();
      await expect.poll(() => page.getByRole("tab").allTextContents()).toEqual(["Foglio1"]);
      expect(JSON.parse(readFileSync(own, "utf8")).sheets.map((s: { name: string }) => s.name)).toEqual([
        "Foglio1",
      ]);

      // An empty workbook has nothing to lose: the demo data load at once.
      await page.getByRole("button", { name: "Carica dati demo" }).click();
      await expect.poll(() => page.getByRole("tab").allTextContents()).toContain("Interviste");
      expect(await dialog.isVisible()).toBe(false);
      await page.close();
    } finally {
      second.child.kill("SIGTERM");
    }
  });

  it("keeps the workbook across restarts and stops cleanly", async () => {
    const saved = JSON.parse(readFileSync(workbook, "utf8"));
    expect(saved.sheets.map((s: { name: string }) => s.name)).toContain("Interviste");
    const second = await startPreview(["--workbook", workbook]);
    const state = await (await fetch(`${second.url}api/state`)).json();
    const interviews = state.sheets.find((s: { name: string }) => s.name === "Interviste");
    expect(interviews.grid.length).toBeGreaterThan(60);
    const exited = new Promise<number | null>((resolve) => second.child.on("exit", (code) => resolve(code)));
    second.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await expect(fetch(`${second.url}api/state`)).rejects.toThrow();
  });
});
