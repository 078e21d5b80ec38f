// Charts of the user's own on the add-on's generated tabs: regeneration updates the add-on's two
// charts in place and never touches one the user made, even a chart of the same type drawn from the
// add-on's own table; an untitled chart of the add-on's (its title removed by hand) is taken back.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type Emulator, preparedAddOn } from "./addon";

interface ChartData {
  id: number;
  type: string;
  options: Record<string, unknown>;
  ranges: { row: number; col: number; rows: number; cols: number }[];
}
const chartsOf = (emu: Emulator) => (emu.sheetData("Riepilogo") as unknown as { charts: ChartData[] }).charts;

function generated() {
  const { emu, addOn } = preparedAddOn();
  addOn.submitInterview(interview());
  addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } }));
  addOn.generateShortlist();
  const g = emu.globals() as any;
  const tab = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Riepilogo");
  return { emu, addOn, g, tab };
}

describe("charts the user added on Riepilogo", () => {
  it("a user's chart of the add-on's type, on the add-on's table, with a title of its own, stays as made", () => {
    const { emu, addOn, g, tab } = generated();
    const ours = chartsOf(emu).map((c) => c.id);
    const first = chartsOf(emu)[0];
    const range = first.ranges[0];
    tab.insertChart(
      tab
        .newChart()
        .setChartType(g.Charts.ChartType[first.type])
        .addRange(tab.getRange(range.row, range.col, range.rows, 2))
        .setPosition(60, 1, 0, 0)
        .setOption("title", "Il nostro grafico")
        .build(),
    );
    const mine = JSON.parse(JSON.stringify(chartsOf(emu).at(-1)));
    addOn.submitInterview(interview({ region: "20", hardestArea: { kind: "comune", name: "Sassari" } }));
    addOn.generateShortlist();
    addOn.generateShortlist();
    const charts = chartsOf(emu);
    expect(charts).toHaveLength(3);
    expect(charts.slice(0, 2).map((c) => c.id)).toEqual(ours);
    expect(JSON.parse(JSON.stringify(charts.find((c) => c.id === mine.id)))).toEqual(mine);
  });

  it("the add-on's chart with its title removed by hand is updated, not duplicated", () => {
    const { emu, addOn, tab } = generated();
    const ids = chartsOf(emu).map((c) => c.id);
    const chart = tab.getCharts()[0];
    tab.updateChart(chart.modify().setOption("title", "").build());
    addOn.generateShortlist();
    const charts = chartsOf(emu);
    expect(charts.map((c) => c.id)).toEqual(ids);
    expect(charts[0].options.title).toBe("Interviste e obiettivo per regione");
  });
});
