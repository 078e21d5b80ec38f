// The form's server endpoints: the regions and comuni it offers, opening it to create or edit.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { loadAddOn, preparedAddOn } from "./addon";

describe("form endpoints", () => {
  it("getFormContext lists the 15 regions in scope first and marks the pilot ones after", () => {
    const { addOn } = preparedAddOn();
    const ctx = addOn.getFormContext();
    expect(ctx.lang).toBe("it");
    expect(ctx.user).toBe("staff@coefficienti.example");
    expect(ctx.regions).toHaveLength(20);
    expect(ctx.regions.slice(0, 15).every((r: { inScope: boolean }) => r.inScope)).toBe(true);
    expect(ctx.regions.slice(15).map((r: { name: string }) => r.name)).toEqual([
      "Calabria",
      "Friuli-Venezia Giulia",
      "Lazio",
      "Piemonte",
      "Sicilia",
    ]);
    expect(ctx.regions.slice(15).every((r: { pilot: boolean }) => r.pilot)).toBe(true);
    expect(ctx.dataset).toMatchObject({ date: "2024" });
    expect(ctx.settings).toMatchObject({
      weights: { criticality: 0.4, interest: 0.4, readiness: 0.2 },
      topN: 3,
    });
    expect(ctx.settings.regionsInScope).toHaveLength(15);
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
  });

  it("getComuni returns the comuni of a region with ISTAT codes", () => {
    const { addOn } = loadAddOn();
    const puglia = addOn.getComuni("16");
    expect(puglia).toContainEqual({ code: "072006", name: "Bari", province: "BA" });
    expect(addOn.getComuni("99")).toEqual([]);
  });

  it("showInterviewSidebar opens the self-contained form", () => {
    const { emu, addOn } = loadAddOn();
    addOn.showInterviewSidebar();
    const [sidebar] = emu.ui.sidebars;
    expect(sidebar.title).toBe("CO.EFFICIENTI – Intervista");
    expect(sidebar.html).toBe(readFileSync("dist/Sidebar.html", "utf8"));
    expect(sidebar.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it("editSelectedInterview opens the form for the interview on the active row", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }));
    emu.select("Interviste", "E3");
    addOn.editSelectedInterview();
    const boot = /<script id="coef-boot" type="application\/json">(.*?)<\/script>/.exec(
      emu.ui.sidebars[0].html,
    )![1];
    expect(JSON.parse(boot)).toEqual({ editId: "INT-00002" });
  });

  it("editSelectedInterview explains what to select when no interview row is active", () => {
    const { emu, addOn } = preparedAddOn();
    emu.select("Contatti", "B2");
    addOn.editSelectedInterview();
    expect(emu.ui.sidebars).toHaveLength(0);
    expect(emu.ui.alerts[0].message).toBe("Seleziona una riga della scheda Interviste con un'intervista.");
  });

  it("getInterview of an unknown id fails with a clear message", () => {
    const { addOn } = preparedAddOn();
    expect(() => addOn.getInterview("INT-09999")).toThrow(
      "Intervista INT-09999 non trovata: forse è stata eliminata.",
    );
  });
});
