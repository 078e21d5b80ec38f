// The form suggests the region's areas for D1, D3 and D4, and "Come D1" copies D1's area (docs/using.md).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { launch } from "./browser";
import { fillValidInterview, focusedId, openSidebar, seriousViolations } from "./form-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const options = (page: import("playwright-core").Page) =>
  page.locator("#areas-list option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));

describe("area suggestions and Come D1", () => {
  it("suggests named areas, declared Ambiti and comuni of the region, copies D1 into D3 with the keyboard, and saves", async () => {
    const { page, emu, addOn, calls } = await openSidebar(browser);
    addOn.submitInterview(
      interview({
        // Another day than the form's: the same interviewee on the same day would be asked about first.
        interviewDate: "2025-03-10",
        hardestArea: { kind: "ambito", name: "Ambito territoriale di Foggia" },
        interestedAuthority: { name: "Comune di Lucera", kind: "comune", area: "Lucera", interest: 4 },
        protocolArea: "Lucera",
      }),
    );
    emu.typeInto("Ambiti", "A2", "Puglia");
    emu.typeInto("Ambiti", "B2", "Ambito territoriale di Lecce");
    emu.typeInto("Ambiti", "C2", "ATS Lecce; Distretto di Lecce");

    await fillValidInterview(page);
    await expect.poll(() => options(page)).toContain("Ambito territoriale di Lecce");
    expect(calls).toContain("getAreaSuggestions");
    const list = await options(page);
    // Named first (Lucera in D3 and D4, the Ambito in D1), then the declared Ambiti, then the comuni.
    expect(list.slice(0, 3)).toEqual([
      "Lucera",
      "Ambito territoriale di Foggia",
      "Ambito territoriale di Lecce",
    ]);
    expect(list).toContain("Altamura");
    expect(list.filter((n) => n === "Lucera")).toHaveLength(1);
    for (const name of ["hardestArea.name", "interestedAuthority.area", "protocolArea"])
      expect(await page.locator(`[name="${name}"]`).getAttribute("list")).toBe("areas-list");

    // D1 typed from the suggestions, D3 filled by "Come D1" with the keyboard only.
    const d1 = page.getByLabel("Nome dell'Ambito/Comune");
    await d1.fill("");
    await d1.focus();
    await page.keyboard.type("Ambito territoriale di Foggia");
    await page.getByLabel("Tipo di area").selectOption("ambito");
    const d3 = page.locator('[name="interestedAuthority.area"]');
    await d3.fill("");
    await d3.focus();
    await page.keyboard.press("Tab");
    const sameAsD1 = page.getByRole("button", { name: "Come D1 – Ambito/Comune dell'ente" });
    expect(await sameAsD1.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await d3.inputValue()).toBe("Ambito territoriale di Foggia");
    expect(await page.getByRole("button", { name: /Come D1 – Ambito\/Comune con cui/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Salva intervista" }).click();
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain("Intervista salvata con il codice INT-00002.");
    expect(await focusedId(page)).toBe("status");
    const saved = emu.recordsOf("Interviste").find((r) => r.ID === "INT-00002")!;
    expect(saved["D1 Area più difficile"]).toBe("Ambito territoriale di Foggia");
    expect(saved["D3 Area"]).toBe("Ambito territoriale di Foggia");
    await page.close();
  });

  it("refreshes the suggestions when the region changes", async () => {
    const { page } = await openSidebar(browser);
    await page.getByLabel("Regione").selectOption({ label: "Puglia" });
    await expect.poll(() => options(page)).toContain("Bari");
    await page.getByLabel("Regione").selectOption({ label: "Marche" });
    await expect.poll(() => options(page)).toContain("Ancona");
    expect(await options(page)).not.toContain("Bari");
    await page.close();
  });
});
