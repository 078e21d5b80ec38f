// generateShortlist on the built bundle: the Riepilogo tab (docs/shortlist.md) with its total row and its two
// native charts, and the Shortlist's frozen panes, header note and activation.
import { describe, expect, it } from "vitest";
import { displayValue, Emulator as EmulatorClass } from "../../dev/emulator.mjs";
import { workbookProblem } from "../../dev/serve/workbookFile.mjs";
import { interview } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "./addon";

const RIEPILOGO_HEADERS = [
  "Regione",
  "Interviste",
  "Obiettivo",
  "Avanzamento",
  "Aree citate",
  "Prima area",
  "Punteggio",
  "Stabilità",
  "Contatti",
  "Coordinatori",
  "Stato più avanzato",
  "Cause principali",
];
/** The 15 regions in scope by default, by name (Italian collation). */
const IN_SCOPE = [
  "Abruzzo",
  "Basilicata",
  "Campania",
  "Emilia-Romagna",
  "Liguria",
  "Lombardia",
  "Marche",
  "Molise",
  "Puglia",
  "Sardegna",
  "Toscana",
  "Trentino-Alto Adige",
  "Umbria",
  "Valle d'Aosta",
  "Veneto",
];

/** Puglia: three interviews (Bari twice, Foggia once); Marche: one (Ancona). */
function seed(addOn: AddOn) {
  addOn.submitInterview(interview());
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "Foggia" },
      reasons: { evidence: [], causes: ["lingua"], severity: 5, explanation: "Corsi di italiano assenti." },
      interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 3 },
      protocolArea: "Foggia",
      contacts: [
        {
          name: "Sara Gallo",
          role: "Assistente sociale",
          organization: "Comune di Foggia",
          email: "s.gallo@comune.foggia.example",
          decisionLevel: "tecnico",
        },
      ],
    }),
  );
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "BARI" },
      reasons: { evidence: ["testimonianze"], causes: ["casa"], severity: 2, explanation: "Affitti alti." },
    }),
  );
  addOn.submitInterview(
    interview({
      region: "11",
      hardestArea: { kind: "comune", name: "Ancona" },
      interestedAuthority: { name: "Comune di Ancona", kind: "comune", area: "Ancona", interest: 4 },
      protocolArea: "Ancona",
      contacts: [
        {
          name: "Marta Ricci",
          role: "Assessora",
          organization: "Comune di Ancona",
          phone: "+39 071 222 3333",
          decisionLevel: "politico",
        },
      ],
    }),
  );
}

function generated() {
  const { emu, addOn } = preparedAddOn();
  seed(addOn);
  emu.resetCalls();
  emu.beginExecution();
  addOn.generateShortlist();
  return { emu, addOn };
}

const sheetOf = (emu: Emulator, name: string) => emu.sheetData(name);
const a1 = (r: { row: number; col: number; rows: number; cols: number }) => {
  const letter = (n: number) => {
    let s = "";
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  return `${letter(r.col)}${r.row}:${letter(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
};
/** The cells of a chart's range on the Riepilogo. */
function chartTable(emu: Emulator, range: { row: number; col: number; rows: number; cols: number }) {
  const values = emu.valuesOf("Riepilogo");
  return values
    .slice(range.row - 1, range.row - 1 + range.rows)
    .map((line) => line.slice(range.col - 1, range.col - 1 + range.cols));
}

describe("Riepilogo", () => {
  it("writes one row per region in scope, by name, then a total row, in the same run as the Shortlist", () => {
    const { emu } = generated();
    const values = emu.valuesOf("Riepilogo");
    expect(values[0].slice(0, 12)).toEqual(RIEPILOGO_HEADERS);
    const table = values.slice(1, 17).map((line) => line.slice(0, 12));
    expect(table.map((line) => line[0])).toEqual([...IN_SCOPE, "Totale"]);
    const puglia = table.find((line) => line[0] === "Puglia")!;
    expect(puglia.slice(0, 6)).toEqual(["Puglia", 3, 5, 0.6, 2, "Bari"]);
    expect(puglia[11]).toBe("Casa (2), Lavoro (1), Lingua (1)");
    const total = table[15];
    expect(total.slice(0, 5)).toEqual(["Totale", 4, 75, 4 / 75, 3]);
    expect(table.find((line) => line[0] === "Molise")!.slice(1, 4)).toEqual([0, 5, 0]);
    // Nothing read after a write: the whole operation stays one batch for Google.
    expect(emu.flushes).toBe(0);
  });

  it("shows Avanzamento as a percentage and the total row and headers in bold", () => {
    const { emu } = generated();
    const data = sheetOf(emu, "Riepilogo");
    const puglia = IN_SCOPE.indexOf("Puglia") + 1;
    expect(data.formats.get(`${puglia},3`)).toBe("0%");
    expect(displayValue(0.6, data.formats.get(`${puglia},3`))).toBe("60%");
    expect(data.formats.get(`${puglia},6`)).toBe("0.0");
    expect(data.styles.get("0,0")?.bold).toBe(true);
    expect(data.styles.get("16,0")?.bold).toBe(true);
    expect(data.styles.get(`${puglia},0`)?.bold).toBe(false);
    expect(data.frozenRows).toBe(1);
  });

  it("draws two native charts on tables of the tab: interviews vs target (columns), causes by region (stacked bars)", () => {
    const { emu } = generated();
    const charts = sheetOf(emu, "Riepilogo").charts;
    expect(charts.map((c: { type: string }) => c.type)).toEqual(["COLUMN", "BAR"]);
    const [progress, causes] = charts;
    const riepilogoId = sheetOf(emu, "Riepilogo").id;
    for (const chart of charts) {
      expect(chart.ranges).toHaveLength(1);
      expect(chart.ranges[0].sheetId).toBe(riepilogoId);
      // Below the table (header, 15 regions, total), inside the tab.
      expect(chart.position.row).toBe(19);
    }
    expect(progress.position.col).toBe(1);
    expect(causes.position.col).toBeGreaterThan(6);
    // Interviews against target reads the table's own Regione, Interviste and Obiettivo cells.
    expect(a1(progress.ranges[0])).toBe("A1:C16");
    expect(chartTable(emu, progress.ranges[0])).toEqual([
      ["Regione", "Interviste", "Obiettivo"],
      ...IN_SCOPE.map((name) => [name, name === "Puglia" ? 3 : name === "Marche" ? 1 : 0, 5]),
    ]);
    expect(progress.options.title).toBe("Interviste e obiettivo per regione");
    const table = chartTable(emu, causes.ranges[0]);
    // The causes table sits to the right of the table, after a blank column, with a header of its own.
    expect(a1(causes.ranges[0])).toBe("N1:Q16");
    expect(table[0]).toEqual(["Cause per regione", "Lavoro", "Casa", "Lingua"]);
    // No header is repeated on the tab: the table is read by header like any other.
    const headers = emu.valuesOf("Riepilogo")[0].filter((h) => h !== "");
    expect(new Set(headers).size).toBe(headers.length);
    expect(emu.recordsOf("Riepilogo").find((r) => r.Regione === "Totale")?.Interviste).toBe(4);
    expect(table[IN_SCOPE.indexOf("Puglia") + 1]).toEqual(["Puglia", 1, 2, 1]);
    expect(table[IN_SCOPE.indexOf("Marche") + 1]).toEqual(["Marche", 1, 1, 0]);
    expect(causes.options.isStacked).toBe(true);
    expect(causes.options.title).toBe("Cause indicate per regione");
  });

  it("replaces its charts on regeneration: the same two, updated, never duplicated; a user's chart stays", () => {
    const { emu, addOn } = generated();
    const data = sheetOf(emu, "Riepilogo");
    const ids = data.charts.map((c: { id: number }) => c.id);
    const g = emu.globals();
    const tab = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Riepilogo");
    tab.insertChart(
      tab
        .newChart()
        .setChartType(g.Charts.ChartType.PIE)
        .addRange(tab.getRange("A1:B16"))
        .setPosition(40, 1, 0, 0)
        .build(),
    );
    addOn.submitInterview(interview({ region: "20", hardestArea: { kind: "comune", name: "Sassari" } }));
    addOn.generateShortlist();
    addOn.generateShortlist();
    const charts = sheetOf(emu, "Riepilogo").charts;
    expect(charts.map((c: { type: string }) => c.type)).toEqual(["COLUMN", "BAR", "PIE"]);
    expect(charts.slice(0, 2).map((c: { id: number }) => c.id)).toEqual(ids);
    const sardegna = IN_SCOPE.indexOf("Sardegna") + 1;
    expect(chartTable(emu, charts[0].ranges[0])[sardegna]).toEqual(["Sardegna", 1, 5]);
  });

  it("keeps its charts in the saved workbook, which the preview reopens; a chart pointing outside its tab is refused", () => {
    const { emu } = generated();
    const json = JSON.parse(JSON.stringify(emu.toJSON()));
    expect(workbookProblem(json)).toBeNull();
    const reopened = EmulatorClass.fromJSON(json);
    expect(reopened.sheetData("Riepilogo").charts).toEqual(sheetOf(emu, "Riepilogo").charts);
    const tab = json.sheets.find((s: { name: string }) => s.name === "Riepilogo");
    tab.charts[1].ranges[0].row = tab.maxRows;
    expect(workbookProblem(json)).toMatch(/chart range outside its tab/);
    tab.charts[1].ranges[0].row = 1;
    tab.charts[0].position.row = tab.maxRows + 1;
    expect(workbookProblem(json)).toMatch(/chart anchored outside its tab/);
  });

  it("follows Obiettivo in Impostazioni and shrinks cleanly when fewer regions are in scope", () => {
    const { emu, addOn } = generated();
    const settings = emu.valuesOf("Impostazioni");
    const row = (key: string) => settings.findIndex((line) => line[0] === key) + 1;
    emu.typeInto("Impostazioni", `C${row("obiettivo_interviste")}`, "4");
    emu.typeInto("Impostazioni", `C${row("regione_02")}`, "No");
    addOn.generateShortlist();
    const values = emu.valuesOf("Riepilogo");
    const names = values.slice(1).map((line) => line[0]);
    expect(names.slice(0, 15)).toEqual([...IN_SCOPE.filter((n) => n !== "Valle d'Aosta"), "Totale"]);
    expect(names.slice(15).every((n) => n === "")).toBe(true);
    const puglia = values.find((line) => line[0] === "Puglia")!;
    expect(puglia.slice(1, 4)).toEqual([3, 4, 0.75]);
    const charts = sheetOf(emu, "Riepilogo").charts;
    expect(charts).toHaveLength(2);
    expect(a1(charts[0].ranges[0])).toBe("A1:C15");
    expect(charts[0].position.row).toBe(18);
    // The old total row is no longer bold.
    expect(sheetOf(emu, "Riepilogo").styles.get("16,0")?.bold).toBe(false);
  });
});

describe("Shortlist as a manager opens it", () => {
  it("freezes the header row and the first three columns, and shows the Shortlist tab when done", () => {
    const { emu } = generated();
    const data = sheetOf(emu, "Shortlist");
    expect([data.frozenRows, data.frozenColumns]).toEqual([1, 3]);
    expect(emu.valuesOf("Shortlist")[0].slice(0, 3)).toEqual(["Regione", "Posizione", "Area"]);
    expect(emu.activeSheet!.name).toBe("Shortlist");
  });

  it("notes the time of generation and the weights used on the header cell", () => {
    const { emu, addOn } = generated();
    const note = sheetOf(emu, "Shortlist").notes.get("0,0");
    expect(note).toMatch(/^Generata il \d\d\/\d\d\/\d{4} alle \d\d:\d\d\./);
    expect(note).toContain("Pesi: criticità 0,4, interesse 0,4, prontezza 0,2.");
    expect(note).toContain("Aree per regione: 3.");
    const settings = emu.valuesOf("Impostazioni");
    emu.typeInto("Impostazioni", `C${settings.findIndex((line) => line[0] === "peso_prontezza") + 1}`, "0");
    addOn.generateShortlist();
    expect(sheetOf(emu, "Shortlist").notes.get("0,0")).toContain(
      "Pesi: criticità 0,5, interesse 0,5, prontezza 0.",
    );
  });

  it("keeps the Stato dropdown on Stato only, and Ultimo contatto a date that survives regeneration", () => {
    const { emu, addOn } = generated();
    const headers = emu.valuesOf("Shortlist")[0];
    const stato = headers.indexOf("Stato");
    const last = headers.indexOf("Ultimo contatto");
    const data = sheetOf(emu, "Shortlist");
    const columns = new Set([...data.validations.keys()].map((key: string) => Number(key.split(",")[1])));
    expect([...columns]).toEqual([stato]);
    const rows = emu.recordsOf("Shortlist");
    const anna = rows.findIndex((r) => r.Contatto === "Anna Verdi") + 2;
    expect(data.formats.get(`${anna - 1},${last}`)).toBe("yyyy-mm-dd");
    const letter = String.fromCharCode(65 + last);
    emu.typeInto("Shortlist", `${letter}${anna}`, "2025-03-20");
    addOn.generateShortlist();
    const again = emu.recordsOf("Shortlist").findIndex((r) => r.Contatto === "Anna Verdi");
    const value = emu.valuesOf("Shortlist")[again + 1][last];
    expect(value).toBeInstanceOf(Date);
    expect(displayValue(value, sheetOf(emu, "Shortlist").formats.get(`${again + 1},${last}`))).toBe(
      "2025-03-20",
    );
  });
});
