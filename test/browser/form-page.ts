// The sidebar page as the tests drive it: opened 300 px wide on the built HTML, with google.script.run
// reaching the built bundle on an emulator, and a valid interview filled in by label.
import { readFileSync } from "node:fs";
import axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { submissionId } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "../integration/addon";
import { stubScriptRun } from "./browser";

const SIDEBAR = readFileSync("dist/Sidebar.html", "utf8");

/**
 * Opens the sidebar, 300 px wide, with google.script.run reaching the built bundle on an emulator.
 * `reply` may extend what a server function returns (a contract the server is to fulfil).
 */
export async function openSidebar(
  browser: Browser,
  options: {
    html?: string;
    locale?: string;
    reply?: (name: string, result: unknown, emu: Emulator) => unknown;
  } = {},
) {
  const { emu, addOn } = preparedAddOn({ locale: options.locale });
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const calls: string[] = [];
  await stubScriptRun(page, (name, args) => {
    calls.push(name);
    const result = (addOn as AddOn)[name](...args);
    return options.reply ? options.reply(name, result, emu as Emulator) : result;
  });
  await page.route("http://sidebar.test/", (route) =>
    route.fulfill({ contentType: "text/html", body: options.html ?? SIDEBAR }),
  );
  await page.goto("http://sidebar.test/");
  await page.getByRole("button", { name: /Salva|Save/ }).waitFor();
  return { page, emu: emu as Emulator, addOn, calls };
}

/**
 * Opens the form for an interview the way the menu does: select its row in Interviste, run
 * editSelectedInterview, and load the sidebar HTML the bundle produced.
 */
export async function openForEditing(page: Page, emu: Emulator, addOn: AddOn, id: string) {
  const row = emu.recordsOf("Interviste").findIndex((r) => r.ID === id) + 2;
  emu.select("Interviste", `C${row}`);
  addOn.editSelectedInterview();
  const html = emu.ui.sidebars.at(-1)!.html;
  await page.route(`http://sidebar.test/edit/${id}`, (route) =>
    route.fulfill({ contentType: "text/html", body: html }),
  );
  await page.goto(`http://sidebar.test/edit/${id}`);
}

export async function fillValidInterview(page: Page) {
  await page.getByLabel("Regione").selectOption({ label: "Puglia" });
  await page.getByLabel("Data dell'intervista").fill("2025-03-14");
  await page.getByLabel("Intervistatore/intervistatrice").fill("Giulia Rossi");
  await page.getByLabel("Nome e cognome dell'intervistato").fill("Marco Bianchi");
  await page.getByLabel("Ruolo dell'intervistato").fill("Assistente sociale");
  await page.getByLabel("Ente dell'intervistato").fill("Comune di Bari");
  await page.getByLabel(/acconsente/).check();
  await page.getByLabel("Tipo di area").selectOption("comune");
  await page.getByLabel("Nome dell'Ambito/Comune").fill("Bari");
  await page.getByLabel("Dati statistici").check();
  await page.getByLabel("Casa").check();
  await page.getByLabel(/Gravità/).selectOption("4");
  await page.getByLabel("Spiegazione").fill("Liste d'attesa per l'alloggio molto lunghe.");
  await page.getByLabel("Ente locale interessato").fill("Comune di Bari");
  await page.getByLabel("Tipo di ente").selectOption("comune");
  await page.getByLabel("Ambito/Comune dell'ente").fill("Bari");
  await page.getByLabel(/Interesse per la formazione/).selectOption("5");
  await page.getByLabel("Ambito/Comune con cui avviare il protocollo").fill("Comune di Bari");
  await page.getByLabel("Nome e cognome – Contatto 1").fill("Anna Verdi");
  await page.getByLabel("Ruolo – Contatto 1").fill("Dirigente Servizi Sociali");
  await page.getByLabel("Ente – Contatto 1").fill("Comune di Bari");
  await page.getByLabel("Telefono – Contatto 1").fill("+39 080 577 1111");
  await page.getByLabel("Livello decisionale – Contatto 1").selectOption("dirigente");
}

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
export const inViewport = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  }, selector);

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** A colleague saves the interview meanwhile, with another interviewer and one more cause. */
export function colleagueSaves(addOn: AddOn, id: string) {
  const theirs = addOn.getInterview(id);
  const saved = addOn.submitInterview({
    ...theirs,
    submissionId: submissionId(),
    interviewer: "Paolo Esposito",
    reasons: { ...theirs.reasons, causes: [...theirs.reasons.causes, "lingua"] },
  });
  expect(saved).toMatchObject({ ok: true, version: 2 });
}
