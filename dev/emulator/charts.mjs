// Embedded charts as the emulator models them (RULES.md, R15): each chart is a plain object on its tab
// — type, data ranges, position, options — made with Sheet.newChart() / EmbeddedChart.modify() and
// saved only by Sheet.insertChart / updateChart, as Google does. It is at least as strict as Google:
// a chart needs a type and a range, its ranges and its anchor cell lie inside their tabs, and a chart
// can be updated or removed only on the tab that holds it.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart

/** Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type). */
export const ChartType = Object.freeze({
  AREA: "AREA",
  BAR: "BAR",
  BUBBLE: "BUBBLE",
  CANDLESTICK: "CANDLESTICK",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  GAUGE: "GAUGE",
  GEO: "GEO",
  HISTOGRAM: "HISTOGRAM",
  LINE: "LINE",
  ORG: "ORG",
  PIE: "PIE",
  RADAR: "RADAR",
  SCATTER: "SCATTER",
  SPARKLINE: "SPARKLINE",
  STEPPED_AREA: "STEPPED_AREA",
  TABLE: "TABLE",
  TIMELINE: "TIMELINE",
  TREEMAP: "TREEMAP",
  WATERFALL: "WATERFALL",
});
const TYPES = new Set(Object.values(ChartType));

/** A chart's stored form (what toJSON saves): plain data, no emulator objects. */
export function chartRecord({ id, type, ranges, position, options }) {
  return {
    id,
    type,
    ranges: ranges.map((r) => ({ sheetId: r.sheetId, row: r.row, col: r.col, rows: r.rows, cols: r.cols })),
    position: { ...position },
    options: { ...options },
  };
}

/** Whether a stored chart lies inside the workbook: its ranges and anchor inside their tabs. */
export function chartProblem(chart, sheetsById, holder) {
  if (!chart || typeof chart !== "object") return "not a chart";
  if (!TYPES.has(chart.type)) return `unknown chart type ${String(chart.type)}`;
  if (!Array.isArray(chart.ranges) || chart.ranges.length === 0) return "a chart without data ranges";
  for (const r of chart.ranges) {
    const tab = sheetsById.get(r?.sheetId);
    if (!tab) return "a chart range on a missing tab";
    const ok = [r.row, r.col, r.rows, r.cols].every((n) => Number.isInteger(n) && n >= 1);
    if (!ok || r.row + r.rows - 1 > tab.maxRows || r.col + r.cols - 1 > tab.maxColumns)
      return "a chart range outside its tab";
  }
  const p = chart.position ?? {};
  if (!(Number.isInteger(p.row) && p.row >= 1 && p.row <= holder.maxRows))
    return "a chart anchored outside its tab";
  if (!(Number.isInteger(p.col) && p.col >= 1 && p.col <= holder.maxColumns))
    return "a chart anchored outside its tab";
  return null;
}

/** ChartOptions: get(option) / getOrDefault(option). */
class ChartOptions {
  constructor(options) {
    this.options = options;
  }
  get(option) {
    return Object.hasOwn(this.options, option) ? this.options[option] : null;
  }
  getOrDefault(option) {
    return this.get(option);
  }
}

/** ContainerInfo: where a chart sits (anchor cell, offsets in pixels). */
class ContainerInfo {
  constructor(position) {
    this.position = position;
  }
  getAnchorRow() {
    return this.position.row;
  }
  getAnchorColumn() {
    return this.position.col;
  }
  getOffsetX() {
    return this.position.offsetX;
  }
  getOffsetY() {
    return this.position.offsetY;
  }
}

/**
 * EmbeddedChart: a snapshot of a chart. One read from getCharts() has its id; one built by a builder
 * from newChart() has none until insertChart, one built from modify() keeps the id of its chart.
 */
export class EmbeddedChart {
  constructor(ctx, record) {
    this.ctx = ctx;
    this.record = chartRecord(record);
  }
  getChartId() {
    return this.record.id ?? null;
  }
  getRanges() {
    return this.record.ranges.map((r) => this.ctx.rangeOf(r));
  }
  getOptions() {
    return new ChartOptions({ ...this.record.options });
  }
  getContainerInfo() {
    return new ContainerInfo({ ...this.record.position });
  }
  getNumHeaders() {
    return this.record.options.numHeaders ?? -1;
  }
  modify() {
    return new EmbeddedChartBuilder(this.ctx, this.record);
  }
}

/** EmbeddedChartBuilder (Sheet.newChart(), EmbeddedChart.modify()): nothing is saved until insert/update. */
export class EmbeddedChartBuilder {
  constructor(ctx, record) {
    this.ctx = ctx;
    this.record = record
      ? chartRecord(record)
      : {
          id: null,
          type: null,
          ranges: [],
          position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }
  /** Google takes a Range of the spreadsheet; anything else is refused. */
  addRange(range) {
    const r = this.ctx.recordOfRange(range);
    this.record.ranges.push(r);
    return this;
  }
  removeRange(range) {
    const r = this.ctx.recordOfRange(range);
    this.record.ranges = this.record.ranges.filter(
      (x) =>
        !(
          x.sheetId === r.sheetId &&
          x.row === r.row &&
          x.col === r.col &&
          x.rows === r.rows &&
          x.cols === r.cols
        ),
    );
    return this;
  }
  clearRanges() {
    this.record.ranges = [];
    return this;
  }
  getRanges() {
    return this.record.ranges.map((r) => this.ctx.rangeOf(r));
  }
  setChartType(type) {
    if (!TYPES.has(type)) throw new Error(`Invalid argument: type (${String(type)}): use Charts.ChartType.`);
    this.record.type = type;
    return this;
  }
  getChartType() {
    return this.record.type;
  }
  setOption(option, value) {
    if (typeof option !== "string" || option === "") throw new Error("Invalid argument: option");
    this.record.options[option] = value;
    return this;
  }
  /** Anchor cell (1-based row and column) and the offset of the chart's corner from it, in pixels. */
  setPosition(anchorRowPos, anchorColPos, offsetX, offsetY) {
    for (const n of [anchorRowPos, anchorColPos])
      if (!Number.isInteger(n) || n < 1)
        throw new Error("Invalid argument: the anchor row and column start at 1");
    this.record.position = {
      row: anchorRowPos,
      col: anchorColPos,
      offsetX: offsetX ?? 0,
      offsetY: offsetY ?? 0,
    };
    return this;
  }
  getContainer() {
    return new ContainerInfo({ ...this.record.position });
  }
  asColumnChart() {
    return this.typed(ChartType.COLUMN);
  }
  asBarChart() {
    return this.typed(ChartType.BAR);
  }
  asLineChart() {
    return this.typed(ChartType.LINE);
  }
  asPieChart() {
    return this.typed(ChartType.PIE);
  }
  /** The typed builders' setStacked() is the "isStacked" option of the chart. */
  typed(type) {
    this.record.type = type;
    const builder = this;
    return Object.assign(Object.create(builder), {
      setStacked() {
        builder.record.options.isStacked = true;
        return this;
      },
      setTitle(title) {
        builder.record.options.title = title;
        return this;
      },
    });
  }
  build() {
    return new EmbeddedChart(this.ctx, this.record);
  }
}
