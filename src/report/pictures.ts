/**
 * The Scheda regione's pictures: the map of Italy (outlines made at build time from @svg-maps/italy,
 * CC BY 4.0), the region outlined, the regions coloured by coverage; and the causes as SVG bars.
 */
import type { RegionCoverage, RegionReport } from "../core/regionReport";
import { regionByCode } from "../core/territory/regions";
import { h, percent, s } from "./dom";
import { ITALY_MAP } from "./italyMap.generated";

/**
 * The coverage classes of the map, from no interview to the target reached. A region out of the
 * interviews' scope (the regions chosen in Impostazioni) is grey: by default those are the regions that
 * host a pilot site, and the legend says which of the two it is.
 */
const COVERAGE = [
  {
    label: "Regione con sito pilota (non compresa nelle interviste)",
    fill: "#e4e7eb",
    test: (c: RegionCoverage) => !c.inScope && regionByCode(c.code)?.pilot === true,
  },
  {
    label: "Regione non compresa nelle interviste",
    fill: "#f3f4f6",
    test: (c: RegionCoverage) => !c.inScope,
  },
  { label: "Nessuna intervista", fill: "#fde0c5", test: (c: RegionCoverage) => (c.interviews ?? 0) === 0 },
  {
    label: "Meno di metà dell'obiettivo",
    fill: "#c6dbef",
    test: (c: RegionCoverage) => (c.share ?? 0) < 0.5,
  },
  { label: "Da metà all'obiettivo", fill: "#6baed6", test: (c: RegionCoverage) => (c.share ?? 0) < 1 },
  { label: "Obiettivo raggiunto", fill: "#2171b5", test: () => true },
];
const coverageOf = (c: RegionCoverage) => COVERAGE.find((k) => k.test(c)) ?? COVERAGE[COVERAGE.length - 1];

export function italyMap(report: RegionReport): Element {
  const paths: SVGElement[] = [];
  let highlighted: SVGElement | null = null;
  for (const region of report.coverage) {
    const d = ITALY_MAP.regions[region.code as keyof typeof ITALY_MAP.regions];
    if (!d) continue;
    const here = region.code === report.region.code;
    const detail = region.inScope
      ? `${region.interviews ?? 0} interviste, ${percent(region.share)} dell'obiettivo`
      : coverageOf(region).label.replace(/^R/, "r");
    const path = s(
      "path",
      {
        d,
        fill: coverageOf(region).fill,
        stroke: here ? "#c00000" : "#ffffff",
        "stroke-width": here ? 3 : 0.8,
      },
      s("title", {}, `${region.name}: ${detail}`),
    );
    if (here) highlighted = path;
    else paths.push(path);
  }
  // The region drawn last, so its outline is on top.
  if (highlighted) paths.push(highlighted);
  const svg = s(
    "svg",
    {
      viewBox: ITALY_MAP.viewBox,
      role: "img",
      width: 280,
      height: 364,
      "aria-label": `Mappa d'Italia: ${report.region.name} evidenziata, regioni colorate per interviste rispetto all'obiettivo`,
    },
    ...paths,
  );
  return h(
    "figure",
    {},
    svg,
    h(
      "ul",
      { class: "legend" },
      // Every class of coverage, except the grey ones no region is in.
      ...COVERAGE.filter((k, i) => i > 1 || report.coverage.some((c) => coverageOf(c) === k)).map((k) =>
        h("li", {}, h("i", { style: `background:${k.fill}` }), k.label),
      ),
      h("li", {}, h("i", { style: "background:#fff;border:2px solid #c00000" }), report.region.name),
    ),
    h("figcaption", {}, `Mappa: ${ITALY_MAP.credit} (${ITALY_MAP.licenseUrl}), semplificata.`),
  );
}

export function causesChart(report: RegionReport): Element {
  const causes = report.causes;
  if (causes.length === 0) return h("p", {}, "Nessuna causa indicata (D2).");
  const max = Math.max(...causes.map((c) => c.count));
  const row = 24;
  const label = 170;
  const width = 640;
  const bars = width - label - 40;
  return s(
    "svg",
    {
      viewBox: `0 0 ${width} ${causes.length * row + 8}`,
      role: "img",
      width,
      height: causes.length * row + 8,
      "aria-label": "Cause indicate nelle interviste della regione",
    },
    ...causes.map((c, i) =>
      s(
        "g",
        {},
        s(
          "text",
          { x: label - 8, y: i * row + 17, "text-anchor": "end", "font-size": 13, fill: "#1f2933" },
          c.label,
        ),
        s("rect", {
          x: label,
          y: i * row + 4,
          width: Math.max(2, (bars * c.count) / max),
          height: row - 8,
          fill: "#0b5394",
        }),
        s(
          "text",
          { x: label + (bars * c.count) / max + 6, y: i * row + 17, "font-size": 13, fill: "#1f2933" },
          String(c.count),
        ),
      ),
    ),
  );
}
