// Editing while others save: drafts of an older version and the conflict view.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import type { Emulator } from "../integration/addon";
import { launch } from "./browser";
import {
  colleagueSaves,
  focusedId,
  inViewport,
  openForEditing,
  openSidebar,
  seriousViolations,
} from "./form-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("drafts of an edit", () => {
  it("restores a draft made on an older version as a three-way merge, keeping the colleague's changes", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const { id } = addOn.submitInterview(interview());
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    await page.getByLabel(/Gravità/).selectOption("2");
    await page.waitForTimeout(400);
    colleagueSaves(addOn, id);

    await openForEditing(page, emu, addOn, id);
    await page.getByRole("button", { name: "Riprendi la bozza" }).click();
    const conflict = page.locator("#conflict");
    await expect.poll(() => conflict.textContent()).toContain("La bozza è di una versione precedente");
    expect(await conflict.locator(".conflict-theirs li").allTextContents()).toEqual([
      "Intervistatore/intervistatrice: Paolo Esposito",
      "Cosa produce la criticità: Casa, Lavoro, Lingua",
    ]);
    expect(await conflict.locator(".conflict-mine li").allTextContents()).toEqual([
      "Gravità della criticità: 4 → 2",
    ]);

    await page.getByRole("button", { name: "Riapplica le mie modifiche sulla versione attuale" }).click();
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Paolo Esposito");
    expect(await page.getByLabel("Lingua").isChecked()).toBe(true);
    expect(await page.getByLabel(/Gravità/).inputValue()).toBe("2");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain(`Modifiche all'intervista ${id} salvate.`);
    expect(emu.recordsOf("Interviste")[0]).toMatchObject({
      "Intervistatore/intervistatrice": "Paolo Esposito",
      "D2 Gravità": 2,
      Versione: 3,
    });
    expect(String(emu.recordsOf("Interviste")[0]["D2 Cause"])).toContain("Lingua");
    await page.close();
  });

  it("refuses, with a message, a draft of an older version that does not say what it started from", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const { id } = addOn.submitInterview(interview());
    colleagueSaves(addOn, id);
    await page.evaluate(
      ([key, draft]) => localStorage.setItem(key, draft),
      [
        `coefficienti:draft:${addOn.getFormContext().draftScope}:${id}`,
        JSON.stringify({
          savedAt: new Date().toISOString(),
          editing: { id, version: 1 },
          data: { ...interview({ interviewer: "Giulia Rossi" }), id, version: 1 },
        }),
      ],
    );
    await openForEditing(page, emu, addOn, id);
    await page.getByRole("button", { name: "Riprendi la bozza" }).click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Questa bozza è di una versione precedente");
    expect(await page.getByLabel("Intervistatore/intervistatrice").inputValue()).toBe("Paolo Esposito");
    expect(await page.getByRole("button", { name: "Riprendi la bozza" }).count()).toBe(0);
    await page.close();
  });
});

describe("the conflict view", () => {
  it("names the fields in Italian, says what re-applying will change, and puts the choice by the buttons", async () => {
    const { page, emu, addOn } = await openSidebar(browser);
    const { id } = addOn.submitInterview(interview());
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    colleagueSaves(addOn, id);
    await page.getByLabel(/Gravità/).selectOption("2");
    await page.getByLabel("Intervistatore/intervistatrice").fill("Marta Neri");
    await page.getByRole("button", { name: "Salva modifiche" }).click();

    const conflict = page.locator("#conflict");
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.locator(".conflict-theirs li").allTextContents()).toEqual([
      "Intervistatore/intervistatrice: Paolo Esposito",
      "Cosa produce la criticità: Casa, Lavoro, Lingua",
    ]);
    expect(await conflict.locator(".conflict-mine li").allTextContents()).toEqual([
      "Intervistatore/intervistatrice: Paolo Esposito → Marta Neri (cambiato anche da altri)",
      "Gravità della criticità: 4 → 2",
    ]);
    expect(await conflict.textContent()).not.toMatch(/reasons\.|interviewer:|versione \d/);
    // The message sits right above the two buttons, next to Save, and has the focus.
    expect(await focusedId(page)).toBe("conflict-message");
    expect(await inViewport(page, "#conflict-message")).toBe(true);
    expect(await page.locator("#conflict-message + button").textContent()).toBe(
      "Riapplica le mie modifiche sulla versione attuale",
    );
    expect(await page.evaluate(() => document.querySelector("#conflict")!.closest("form") !== null)).toBe(
      true,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("who saved the conflicting version", () => {
  it("says who saved it and when, from the sheet's Aggiornata da / Aggiornata il", async () => {
    // What the conflict result carries once the server adds who and when (src/core/records.ts).
    const withWhoAndWhen = (name: string, result: unknown, emu: Emulator) => {
      const r = result as { conflict?: boolean; current?: Record<string, unknown> };
      if (name !== "submitInterview" || !r?.conflict || !r.current) return result;
      const row = emu.recordsOf("Interviste").find((x) => x.ID === r.current!.id)!;
      const at = row["Aggiornata il"] as Date;
      return {
        ...r,
        current: { updatedBy: row["Aggiornata da"], updatedAt: at.toISOString(), ...r.current },
      };
    };
    const { page, emu, addOn } = await openSidebar(browser, { reply: withWhoAndWhen });
    const { id } = addOn.submitInterview(interview());
    await openForEditing(page, emu, addOn, id);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Modifica intervista ${id}`);
    emu.user = "paolo.esposito@example.it";
    colleagueSaves(addOn, id);
    await page.getByLabel(/Gravità/).selectOption("2");
    await page.getByRole("button", { name: "Salva modifiche" }).click();
    await expect
      .poll(() => page.locator("#conflict .conflict-by").textContent())
      .toMatch(/^Salvata da paolo\.esposito@example\.it il \d{2}\/\d{2}\/20\d{2}, \d{2}:\d{2}\.$/);
    await page.close();
  });
});
