// The CO.EFFICIENTI menu: built without reading the sheet, in the user's language, naming real functions.
import { describe, expect, it } from "vitest";
import { loadAddOn } from "./addon";

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
          { caption: "Verifica installazione", functionName: "checkInstallation" },
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
