import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultSettingsRows } from "../../src/core/settings";
import { interview } from "../fixtures";
import { loadAddOn, preparedAddOn } from "./addon";

describe("menu", () => {
  it("builds the CO.EFFICIENTI menu without reading the sheet (AuthMode.NONE)", () => {
    const { emu, addOn } = loadAddOn();
    emu.resetCalls();
    addOn.onOpen({ authMode: "NONE" });
    // Only the menu: no tab, range, property or user lookup (they need authorization there).
    expect(emu.totalCalls((m) => m !== "SpreadsheetApp.getUi")).toBe(0);
    expect(emu.ui.menus).toEqual([
      {
        title: "CO.EFFICIENTI",
        items: [
          { caption: "Nuova intervista", functionName: "showInterviewSidebar" },
          { caption: "Modifica intervista selezionata", functionName: "editSelectedInterview" },
          { caption: "Elimina intervista selezionata", functionName: "deleteSelectedInterview" },
          { separator: true },
          { caption: "Segna come verificata", functionName: "markSelectedVerified" },
          { caption: "Segna da correggere…", functionName: "markSelectedToCorrect" },
          { separator: true },
          { caption: "Genera shortlist contatti", functionName: "generateShortlist" },
          { caption: "Scheda regione…", functionName: "showRegionReport" },
          { caption: "Importa interviste…", functionName: "importInterviews" },
          { caption: "Prepara il foglio", functionName: "setupSpreadsheet" },
        ],
      },
    ]);
  });

  it("speaks English to an English locale, also on install", () => {
    const { emu, addOn } = loadAddOn({ locale: "en_GB" });
    addOn.onInstall({ authMode: "FULL" });
    expect(emu.ui.menus[0].items[0].caption).toBe("New interview");
  });

  it("every menu item names a top-level function of the bundle", () => {
    const { emu, addOn } = loadAddOn();
    addOn.onOpen({});
    for (const item of emu.ui.menus[0].items)
      if (item.functionName) expect(typeof addOn[item.functionName]).toBe("function");
  });
});

describe("setupSpreadsheet", () => {
  it("creates the tabs with frozen headers, dropdowns, marked technical columns and default settings", () => {
    const { emu, addOn } = loadAddOn();
    addOn.setupSpreadsheet();
    for (const name of ["Interviste", "Contatti", "Impostazioni", "Partner", "Registro"]) {
      expect(emu.sheetData(name).frozenRows).toBe(1);
    }
    const header = emu.valuesOf("Interviste")[0];
    expect(header).toContain("D4 Area protocollo");
    const kindColumn = header.indexOf("D3 Tipo ente");
    expect(emu.sheetData("Interviste").validations.get(`1,${kindColumn}`).values).toContain("Terzo settore");
    expect(emu.sheetData("Interviste").styles.get(`0,${header.indexOf("ID")}`).background).toBe("#e8eaed");
    const settings = emu.recordsOf("Impostazioni");
    expect(settings.find((r) => r.Chiave === "peso_criticita")?.Valore).toBe(0.4);
    expect(settings.filter((r) => r.Chiave.startsWith("regione_") && r.Valore === "Sì")).toHaveLength(15);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Foglio pronto/);
  });

  it("is idempotent and keeps user columns and data", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    // The first column after the add-on's own (Interviste has 30: Verifica and Nota verifica last).
    emu.typeInto("Interviste", "AE1", "Commento staff");
    emu.typeInto("Interviste", "AE2", "da richiamare");
    emu.typeInto("Impostazioni", "C2", "0,5");
    const before = emu.valuesOf("Interviste");
    addOn.setupSpreadsheet();
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Interviste")).toEqual(before);
    expect(emu.recordsOf("Impostazioni")).toHaveLength(defaultSettingsRows().length);
    expect(emu.recordsOf("Impostazioni")[0].Valore).toBe("0,5");
  });

  it("adds back a header that was deleted, after the existing columns", () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Contatti", "F1", "");
    addOn.setupSpreadsheet();
    expect(emu.valuesOf("Contatti")[0].at(-1)).toBe("Email");
  });
});

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

describe("built files", () => {
  it("Code.js has a documented top-level function for every export of main.ts", () => {
    const code = readFileSync("dist/Code.js", "utf8");
    const main = readFileSync("src/main.ts", "utf8");
    const exported = [...main.matchAll(/export function (\w+)/g)].map((m) => m[1]);
    expect(exported).toContain("COEF_AREA_SCORES");
    for (const name of exported) expect(code).toMatch(new RegExp(`\\*/\\nfunction ${name}\\(`));
    expect(code).toMatch(
      /@customfunction\s*\*\/\nfunction COEF_SCORE\(criticality, interest, readiness, weights\)/,
    );
  });

  it("the manifest asks for the three least scopes only (userinfo.email: Google names the user only with it)", () => {
    const manifest = JSON.parse(readFileSync("dist/appsscript.json", "utf8"));
    expect(manifest).toMatchObject({
      timeZone: "Europe/Rome",
      runtimeVersion: "V8",
      exceptionLogging: "STACKDRIVER",
    });
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
  });
});

describe("clasp", () => {
  it("pushes exactly the built files (the bundle, the sidebar, the Scheda regione's page, the manifest)", async () => {
    const { execFileSync } = await import("node:child_process");
    const { existsSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    // A clone has no .clasp.json (it is ignored; the deployer makes it from the example): make one
    // from the example for this check, with a well-formed id, and take it away afterwards.
    const made = !existsSync(".clasp.json");
    if (made) {
      const example = JSON.parse(readFileSync(".clasp.json.example", "utf8"));
      writeFileSync(".clasp.json", JSON.stringify({ ...example, scriptId: "1".repeat(57) }));
    }
    let out: string;
    try {
      out = execFileSync("node_modules/.bin/clasp", ["status", "--json"], {
        encoding: "utf8",
        timeout: 60_000,
      });
    } finally {
      if (made) rmSync(".clasp.json");
    }
    const status = JSON.parse(out.slice(out.indexOf("{")));
    expect([...status.filesToPush].sort()).toEqual([
      "dist/Code.js",
      "dist/RegionReport.html",
      "dist/Sidebar.html",
      "dist/appsscript.json",
    ]);
  });
});
