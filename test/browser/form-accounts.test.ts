// The form where Google and the browser get in the way: several signed-in Google accounts, a browser
// that refuses local storage, and two Sheets (or two users) in one browser.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AddOn, preparedAddOn } from "../integration/addon";
import { launch, stubScriptRun } from "./browser";
import { fillValidInterview, seriousViolations } from "./form-page";

const SIDEBAR = readFileSync("dist/Sidebar.html", "utf8");
const STORAGE_ERROR =
  "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";
const WHAT_TO_DO = "Usa una finestra (o un profilo) del browser con un solo account Google";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the form in `context` on a Sheet of its own (an emulator with that spreadsheet id and user);
 * `fail` makes a server function fail as Google does, before the function runs.
 */
async function openOn(
  context: BrowserContext,
  options: {
    spreadsheetId?: string;
    user?: string;
    fail?: Record<string, string>;
    init?: () => void;
    /** The user unticked the e-mail permission on Google's consent screen (after the sheet was prepared). */
    refuseEmail?: "throws" | "blank";
  } = {},
) {
  const { emu, addOn } = preparedAddOn({ spreadsheetId: options.spreadsheetId, user: options.user });
  if (options.refuseEmail) {
    emu.refusedScopes = ["https://www.googleapis.com/auth/userinfo.email"];
    emu.refusedActiveUser = options.refuseEmail;
  }
  const page = await context.newPage();
  if (options.init) await page.addInitScript(options.init);
  await stubScriptRun(page, (name, args) => {
    const failure = options.fail?.[name];
    if (failure) throw new Error(failure);
    return (addOn as AddOn)[name](...args);
  });
  await page.route("http://sidebar.test/", (route) =>
    route.fulfill({ contentType: "text/html", body: SIDEBAR }),
  );
  await page.goto("http://sidebar.test/");
  return { page, emu, addOn };
}

const newContext = () => browser.newContext({ viewport: { width: 300, height: 900 } });

describe("a browser signed in to several Google accounts", () => {
  it("says what to do when the form cannot even start, instead of Google's error", async () => {
    const context = await newContext();
    const { page } = await openOn(context, { fail: { getFormContext: STORAGE_ERROR } });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain(WHAT_TO_DO);
    const text = await page.locator("#app").textContent();
    expect(text).not.toContain("PERMISSION_DENIED");
    expect(text).not.toContain("reading from storage");
    await context.close();
  });

  it("a save refused with PERMISSION_DENIED says what to do, keeps what was typed and writes nothing", async () => {
    const context = await newContext();
    const { page, emu } = await openOn(context, { fail: { submitInterview: "PERMISSION_DENIED" } });
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    const summary = page.locator("#alert");
    await expect.poll(() => summary.textContent()).toContain(WHAT_TO_DO);
    expect(await summary.textContent()).toContain("Quello che hai scritto resta in questo modulo");
    expect(await summary.textContent()).not.toContain("PERMISSION_DENIED");
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Giulia Rossi");
    expect(emu.recordsOf("Interviste")).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("the comuni of a region failing the same way say so too", async () => {
    const context = await newContext();
    const { page } = await openOn(context, { fail: { getComuni: STORAGE_ERROR } });
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await page.getByLabel("Regione").selectOption({ label: "Puglia" });
    await expect.poll(() => page.locator("#status").textContent()).toContain(WHAT_TO_DO);
    await context.close();
  });

  it("any other failure still shows its own message", async () => {
    const context = await newContext();
    const { page } = await openOn(context, { fail: { submitInterview: "Il foglio è occupato, riprova." } });
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect.poll(() => page.locator("#alert").textContent()).toContain("Errore: Il foglio è occupato");
    expect(await page.locator("#alert").textContent()).not.toContain(WHAT_TO_DO);
    await context.close();
  });
});

describe("the e-mail permission not granted", () => {
  it.each(["throws", "blank"] as const)(
    "the form says at the top how to grant it and why, offers no region and saves nothing (getActiveUser %s)",
    async (refuseEmail) => {
      const context = await newContext();
      const { page, emu } = await openOn(context, { refuseEmail });
      const refusal = page.locator("#refusal");
      await expect.poll(() => refusal.textContent()).toContain("Visualizzare l'indirizzo email principale");
      expect(await refusal.getAttribute("role")).toBe("alert");
      expect(await refusal.textContent()).toContain("Per concederlo: apri https://");
      // The address Google gives to grant the permission is one click away, in a new tab.
      const link = refusal.getByRole("link");
      expect(await link.getAttribute("href")).toMatch(/^https:\/\/script\.google\.com\/.*authorize/);
      expect(await link.getAttribute("target")).toBe("_blank");
      expect(await page.getByLabel("Regione").locator("option").count()).toBe(1);
      await page.getByRole("button", { name: "Salva intervista" }).click();
      await page.waitForTimeout(300);
      expect(emu.recordsOf("Interviste")).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    },
  );
});

describe("drafts", () => {
  const refuseStorage = () => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  };
  const refuseWrites = () => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  };

  it.each([
    ["refuses local storage altogether", refuseStorage],
    ["refuses to write to it", refuseWrites],
  ])("when the browser %s, the form says drafts are off and still saves", async (_how, init) => {
    const context = await newContext();
    const { page, emu } = await openOn(context, { init });
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    const note = page.locator("#drafts-off");
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("Questo browser non permette di conservare le bozze");
    expect(await note.getAttribute("aria-live")).toBe("polite");
    await fillValidInterview(page);
    await page.getByRole("button", { name: "Salva intervista" }).click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Intervista salvata con il codice");
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    expect(await page.locator("#drafts-off").count()).toBe(1);
    await context.close();
  });

  it("with storage allowed, says nothing about drafts", async () => {
    const context = await newContext();
    const { page } = await openOn(context);
    await page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await page.getByLabel("Intervistatore/intervistatrice").fill("Giulia Rossi");
    await page.waitForTimeout(400);
    expect(await page.locator("#drafts-off").count()).toBe(0);
    await context.close();
  });

  it("two Sheets open in one browser never swap drafts", async () => {
    const context = await newContext();
    const puglia = await openOn(context, { spreadsheetId: "1PugliaInterviste" });
    await puglia.page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await puglia.page.getByLabel("Intervistatore/intervistatrice").fill("Giulia Rossi");
    await puglia.page.getByLabel("Nome e cognome – Contatto 1").fill("Anna Verdi");
    await puglia.page.waitForTimeout(400);

    const marche = await openOn(context, { spreadsheetId: "1MarcheInterviste" });
    await marche.page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await marche.page.waitForTimeout(200);
    expect(await marche.page.getByRole("button", { name: "Riprendi la bozza" }).count()).toBe(0);
    await marche.page.getByLabel("Intervistatore/intervistatrice").fill("Paolo Esposito");
    await marche.page.waitForTimeout(400);

    await puglia.page.reload();
    await puglia.page.getByRole("button", { name: "Riprendi la bozza" }).click();
    expect(await puglia.page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Giulia Rossi");
    expect(await puglia.page.getByLabel("Nome e cognome – Contatto 1").inputValue()).toBe("Anna Verdi");
    await marche.page.reload();
    await marche.page.getByRole("button", { name: "Riprendi la bozza" }).click();
    expect(await marche.page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe(
      "Paolo Esposito",
    );
    await context.close();
  });

  it("a draft of an earlier version, whose Sheet nobody can tell, is not offered and is removed", async () => {
    const context = await newContext();
    const first = await openOn(context);
    await first.page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await first.page.evaluate(() =>
      localStorage.setItem(
        "coefficienti:draft:new",
        JSON.stringify({ savedAt: new Date().toISOString(), data: { interviewer: "Giulia Rossi" } }),
      ),
    );
    await first.page.reload();
    await first.page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await first.page.waitForTimeout(200);
    expect(await first.page.getByRole("button", { name: "Riprendi la bozza" }).count()).toBe(0);
    expect(await first.page.evaluate(() => localStorage.getItem("coefficienti:draft:new"))).toBeNull();
    await context.close();
  });

  it("two users of one Sheet on one computer never see each other's draft", async () => {
    const context = await newContext();
    const giulia = await openOn(context, { user: "giulia.rossi@regione.puglia.it" });
    await giulia.page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await giulia.page.getByLabel("Intervistatore/intervistatrice").fill("Giulia Rossi");
    await giulia.page.waitForTimeout(400);
    const paolo = await openOn(context, { user: "paolo.esposito@regione.puglia.it" });
    await paolo.page.getByRole("button", { name: "Salva intervista" }).waitFor();
    await paolo.page.waitForTimeout(200);
    expect(await paolo.page.getByRole("button", { name: "Riprendi la bozza" }).count()).toBe(0);
    await giulia.page.reload();
    await giulia.page.getByRole("button", { name: "Riprendi la bozza" }).waitFor();
    await context.close();
  });
});
