// The demo data (`npm run demo`, "Carica dati demo") show every feature of the add-on.
import { describe, expect, it } from "vitest";
import { DEMO_AMBITO, loadDemo } from "../../dev/demo.mjs";
import { loadAddOn } from "./addon";

function demo() {
  const { emu } = loadAddOn();
  loadDemo(emu);
  const addOn = emu.loadBundle();
  addOn.generateShortlist();
  return { emu, addOn };
}

describe("the demo shows everything", () => {
  it("has interviews in each review state, the correction requests with their note", () => {
    const { emu } = demo();
    const interviews = emu.recordsOf("Interviste");
    const states = new Set(interviews.map((r) => r.Verifica));
    expect([...states].sort()).toEqual(["Da correggere", "Da verificare", "Verificata"]);
    for (const row of interviews.filter((r) => r.Verifica === "Da correggere"))
      expect(String(row["Nota verifica"])).not.toBe("");
  });

  it("has possible Coordinatori d'area among the contacts, listed in the Coordinatori tab", () => {
    const { emu } = demo();
    expect(emu.recordsOf("Contatti").some((r) => r["Coordinatore d'area"] === "Sì")).toBe(true);
    expect(emu.recordsOf("Coordinatori").length).toBeGreaterThan(5);
    expect(emu.recordsOf("Shortlist").some((r) => r.Coordinatore === "Sì")).toBe(true);
  });

  it("has regions with more eligible areas than the Shortlist keeps, so Stabilità varies", () => {
    const { emu } = demo();
    const stabilities = emu
      .recordsOf("Shortlist")
      .map((r) => r.Stabilità)
      .filter((v): v is number => typeof v === "number");
    expect(stabilities.some((v) => v < 100)).toBe(true);
    expect(new Set(stabilities.map((v) => Math.round(v))).size).toBeGreaterThan(2);
  });

  it("declares an Ambito with its comuni, and its other name counts as the same area", () => {
    const { emu, addOn } = demo();
    const ambiti = emu.recordsOf("Ambiti");
    expect(ambiti).toContainEqual({
      Regione: DEMO_AMBITO.region,
      Ambito: DEMO_AMBITO.name,
      Alias: DEMO_AMBITO.alias,
      Comuni: DEMO_AMBITO.comuni.join("; "),
    });
    expect(emu.recordsOf("Interviste").some((r) => r["D1 Area più difficile"] === DEMO_AMBITO.alias)).toBe(
      true,
    );
    // Every area of the region, ranked by COEF_AREA_SCORES (which reads the Ambiti tab as the Shortlist does).
    const table = emu.asCustomFunction(() =>
      addOn.COEF_AREA_SCORES(emu.valuesOf("Interviste"), emu.valuesOf("Contatti")),
    ) as unknown[][];
    const areas = table
      .slice(1)
      .filter((r) => r[0] === DEMO_AMBITO.region)
      .map((r) => r[1]);
    expect(areas).toContain(DEMO_AMBITO.name);
    expect(areas).not.toContain(DEMO_AMBITO.alias);
  });
});
