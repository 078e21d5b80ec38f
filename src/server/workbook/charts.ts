/**
 * The add-on's native charts on a tab (EmbeddedChartBuilder; dev/emulator/RULES.md, R15). A chart is
 * the add-on's when it bears the add-on's title for it, or (none bearing it) has no title, its type
 * and its data starting at the cell of its data: regeneration updates that chart in place (same id, the user's own tweaks of other
 * options kept), inserts it when missing and removes copies, so charts are replaced, never
 * duplicated, and a retry after a failure ends with exactly the charts of a fault-free run. A chart
 * the user made (a title of their own, another type or other data) is left alone, even one drawn
 * from the add-on's own table.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export interface ChartSpec {
  /** The add-on's own name for the chart, its title option. */
  title: string;
  type: "COLUMN" | "BAR";
  /** The data table, header row and category column included (1-based). */
  range: { row: number; column: number; rows: number; columns: number };
  /** The anchor cell of the chart's top-left corner (1-based). */
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface PlacedChart {
  chart: EmbeddedChart;
  /** "row,column" of the first cell of its first data range ("" when it has none). */
  dataAt: string;
  type: string;
  title: string;
}

const dataAtOf = (spec: ChartSpec) => `${spec.range.row},${spec.range.column}`;

/** The tab's charts and where their data start; read before the operation writes anything. */
export function readCharts(sheet: Sheet | null): PlacedChart[] {
  if (!sheet) return [];
  return sheet.getCharts().map((chart) => {
    const first = chart.getRanges()[0];
    const title = chart.getOptions().get("title");
    return {
      chart,
      dataAt: first ? `${first.getRow()},${first.getColumn()}` : "",
      type: String(chart.modify().getChartType()),
      title: typeof title === "string" ? title : "",
    };
  });
}

function configured(builder: Builder, sheet: Sheet, spec: ChartSpec): EmbeddedChart {
  let b = builder
    .clearRanges()
    .setChartType(Charts.ChartType[spec.type])
    .addRange(sheet.getRange(spec.range.row, spec.range.column, spec.range.rows, spec.range.columns))
    .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
    .setOption("title", spec.title);
  for (const [option, value] of Object.entries(spec.options)) b = b.setOption(option, value);
  return b.build();
}

/**
 * Puts each chart of `specs` on the tab: the add-on's existing one is updated, a missing one is
 * inserted, any further one (a copy) is removed.
 */
export function placeCharts(
  sheet: Sheet,
  existing: readonly PlacedChart[],
  specs: readonly ChartSpec[],
): void {
  const claimed = new Set<PlacedChart>();
  for (const spec of specs) {
    const titled = existing.filter((c) => !claimed.has(c) && c.title === spec.title);
    // Without one titled as the add-on titles it, an untitled chart of its type on its data is the
    // add-on's (its title removed by hand). A chart with a title of the user's is never touched.
    const untitled = existing.find(
      (c) => !claimed.has(c) && c.title === "" && c.dataAt === dataAtOf(spec) && c.type === spec.type,
    );
    const [current, ...copies] = titled.length > 0 ? titled : untitled ? [untitled] : [];
    for (const c of [current, ...copies]) if (c) claimed.add(c);
    if (current) sheet.updateChart(configured(current.chart.modify(), sheet, spec));
    else sheet.insertChart(configured(sheet.newChart(), sheet, spec));
    for (const copy of copies) sheet.removeChart(copy.chart);
  }
}
