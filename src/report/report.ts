/**
 * The Scheda regione page: renders the report's data (getRegionReport, placed in the page by the server)
 * with DOM calls only (text is never parsed as HTML), the map of Italy from the outlines the build
 * makes of @svg-maps/italy, the causes as SVG bars; prints on A4, one section per page.
 */
import type { RegionCoverage, RegionReport, ReportArea } from "../core/regionReport";
import { ITALY_MAP } from "./italyMap.generated";

type Child = Node | string | null | undefined | false;
const SVG = "http://www.w3.org/2000/svg";

function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}
function s(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) if (child) node.append(child);
  return node;
}

/** 45.2 → "45,2"; blank for null. */
const decimal = (x: number | null) =>
  x === null ? "" : (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const ordinal = (n: number) => `${n}ª`;

function table(headers: string[], rows: Child[][], numeric: number[] = []): HTMLElement {
  const cell = (tag: string, value: Child, i: number) =>
    h(tag, numeric.includes(i) ? { class: "num" } : {}, value);
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...headers.map((x, i) => cell("th", x, i)))),
    h("tbody", {}, ...rows.map((row) => h("tr", {}, ...row.map((v, i) => cell("td", v, i))))),
  );
}

/** The coverage classes of the map, from no interview to the target reached. */
const COVERAGE = [
  { label: "Fuori dalle regioni in Impostazioni", fill: "#e4e7eb", test: (c: RegionCoverage) => !c.inScope },
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

function italyMap(report: RegionReport): Element {
  const paths: SVGElement[] = [];
  let highlighted: SVGElement | null = null;
  for (const region of report.coverage) {
    const d = ITALY_MAP.regions[region.code as keyof typeof ITALY_MAP.regions];
    if (!d) continue;
    const here = region.code === report.region.code;
    const detail = region.inScope
      ? `${region.interviews ?? 0} interviste, ${percent(region.share)} dell'obiettivo`
      : "fuori dalle regioni in Impostazioni";
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
      ...COVERAGE.map((k) => h("li", {}, h("i", { style: `background:${k.fill}` }), k.label)),
      h("li", {}, h("i", { style: "background:#fff;border:2px solid #c00000" }), report.region.name),
    ),
    h("figcaption", {}, `Mappa: ${ITALY_MAP.credit} (${ITALY_MAP.licenseUrl}), semplificata.`),
  );
}

function overview(report: RegionReport): HTMLElement {
  const p = report.progress;
  const width = Math.max(0, Math.min(100, Math.round((p.share ?? 0) * 100)));
  return h(
    "section",
    { id: "avanzamento" },
    h("h1", {}, `Scheda regione: ${report.region.name}`),
    h(
      "p",
      { class: "muted" },
      "CO.EFFICIENTI · dai dati del foglio, con la stessa classifica della Shortlist",
    ),
    h(
      "div",
      { class: "overview" },
      h(
        "div",
        { class: "facts" },
        h("h2", {}, "Avanzamento"),
        h("p", {}, `${p.interviews} interviste su un obiettivo di ${p.target} (${percent(p.share)}).`),
        h(
          "div",
          { class: "bar", role: "img", "aria-label": `Avanzamento ${percent(p.share)}` },
          h("span", { style: `width:${width}%` }),
        ),
        p.allInterviews !== null
          ? h("p", { class: "muted" }, `Contano solo le interviste verificate; in tutto ${p.allInterviews}.`)
          : null,
        h(
          "p",
          {},
          report.placeholder
            ? report.placeholder === "(nessuna intervista)"
              ? "Nessuna intervista ancora: il lavoro qui è intervistare."
              : "Le interviste non indicano ancora un'area più difficile (D1)."
            : `${report.areas.length} ${report.areas.length === 1 ? "area" : "aree"} in shortlist, ${report.contacts.length} ${report.contacts.length === 1 ? "persona" : "persone"} da contattare, ${report.coordinators.length} ${report.coordinators.length === 1 ? "possibile coordinatore/coordinatrice" : "possibili coordinatori/coordinatrici"} d'area.`,
        ),
        report.areas[0]
          ? h("p", {}, "Prima area: ", h("strong", { class: "top-area" }, report.areas[0].name), ".")
          : null,
      ),
      italyMap(report),
    ),
  );
}

function rangeText(a: ReportArea, weightings: number): string {
  return a.bestPosition === a.worstPosition
    ? `sempre ${ordinal(a.bestPosition)}`
    : `da ${ordinal(a.bestPosition)} a ${ordinal(a.worstPosition)} su ${weightings} pesature`;
}

function areasSection(report: RegionReport): HTMLElement {
  const w = report.settings.weights;
  const rows: HTMLElement[] = [];
  for (const a of report.areas) {
    rows.push(
      h(
        "tr",
        {},
        h("td", { class: "num" }, String(a.position)),
        h("td", {}, h("strong", {}, a.name), ` (${a.kind})`),
        h("td", { class: "num" }, decimal(a.score)),
        h("td", { class: "num" }, decimal(a.stability)),
        h("td", {}, rangeText(a, report.settings.weightings)),
        h("td", { class: "num" }, decimal(a.criticality)),
        h("td", { class: "num" }, decimal(a.interest)),
        h("td", { class: "num" }, decimal(a.readiness)),
        h("td", { class: "num" }, String(a.interviews)),
      ),
      h("tr", { class: "reason" }, h("td", {}, ""), h("td", { colspan: "8" }, `Perché: ${a.reason}`)),
    );
  }
  const headers = [
    "Pos.",
    "Area",
    "Punteggio",
    "Stabilità",
    "Posizione al variare dei pesi",
    "Criticità",
    "Interesse",
    "Prontezza",
    "Interviste",
  ];
  return h(
    "section",
    { id: "aree" },
    h("h2", {}, "Aree in shortlist"),
    report.areas.length
      ? h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ...headers.map((x, i) =>
                h("th", i === 0 || i > 4 || i === 2 || i === 3 ? { class: "num" } : {}, x),
              ),
            ),
          ),
          h("tbody", {}, ...rows),
        )
      : h("p", {}, report.placeholder || "Nessuna area in shortlist."),
    h(
      "p",
      { class: "muted" },
      `Pesi: criticità ${decimal(w.criticality * 100)}%, interesse ${decimal(w.interest * 100)}%, prontezza ${decimal(w.readiness * 100)}%; prime ${report.settings.topN} aree per regione. Stabilità: in quante delle ${report.settings.weightings} combinazioni di pesi (ciascuno da 0,1 a 0,8, somma 1) l'area resta tra le prime ${report.settings.topN}, in percentuale.`,
    ),
  );
}

function peopleSection(report: RegionReport): HTMLElement {
  return h(
    "section",
    { id: "contatti" },
    h("h2", {}, "Chi contattare"),
    report.contacts.length
      ? table(
          [
            "Pos.",
            "Area",
            "Nome",
            "Ruolo",
            "Ente",
            "Email",
            "Telefono",
            "Livello",
            "Stato",
            "Prossimo passo",
          ],
          report.contacts.map((c) => [
            String(c.position),
            c.area,
            c.coordinator ? `${c.name} (possibile coordinatore/coordinatrice)` : c.name,
            c.role,
            c.organization,
            c.email,
            c.phone,
            c.decisionLevel,
            c.status,
            [c.nextStep, c.lastContact ? `ultimo contatto ${c.lastContact}` : ""].filter(Boolean).join("; "),
          ]),
          [0],
        )
      : h("p", {}, "Nessun contatto indicato (D4) per le aree in shortlist."),
    h("h3", {}, "Possibili coordinatori e coordinatrici d'area"),
    report.coordinators.length
      ? table(
          ["Nome", "Ruolo", "Ente", "Area", "Email", "Telefono", "Stato"],
          report.coordinators.map((c) => [
            c.name,
            c.role,
            c.organization,
            c.areas,
            c.email,
            c.phone,
            c.status,
          ]),
        )
      : h("p", {}, "Nessun contatto segnato come possibile coordinatore/coordinatrice d'area."),
  );
}

function causesChart(report: RegionReport): Element {
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

function findingsSection(report: RegionReport): HTMLElement {
  return h(
    "section",
    { id: "cause" },
    h("h2", {}, "Cause principali"),
    h("p", { class: "muted" }, "Quante interviste della regione indicano ciascuna causa (D2)."),
    causesChart(report),
    h("h2", { style: "margin-top:20px" }, "Interesse senza criticità"),
    h(
      "p",
      { class: "muted" },
      "Aree il cui ente è interessato alla formazione (D3) ma che nessuna intervista indica come la più difficile (D1): la classifica non le mostra, un contatto può valere lo stesso.",
    ),
    report.interestOnly.length
      ? table(
          [
            "Area",
            "Tipo",
            "Ente interessato",
            "Interesse",
            "Interviste (D3)",
            "Interesse medio",
            "Chi contattare (D4)",
          ],
          report.interestOnly.map((a) => [
            a.name,
            a.kind,
            a.authority,
            decimal(a.interest),
            String(a.interviews),
            `${decimal(a.meanInterest)} su 5`,
            a.people.length
              ? a.people
                  .map((p) => [p.name, p.role, p.organization, p.email, p.phone].filter(Boolean).join(", "))
                  .join("; ")
              : "nessun contatto",
          ]),
          [3, 4, 5],
        )
      : h("p", {}, "Nessuna: ogni ente interessato è in un'area indicata come la più difficile."),
    ...report.areas
      .filter((a) => a.comuni.length > 0)
      .map((a) =>
        h(
          "div",
          {},
          h("h3", {}, `${a.name}: i suoi comuni`),
          table(
            ["Comune", "Ente interessato (D3)", "Interviste (D3)", "Interesse medio", "Contatti (D4)"],
            a.comuni.map((c) => [
              c.name,
              c.authority || (c.interested.interviews ? "(non indicato)" : "nessuno"),
              String(c.interested.interviews),
              c.interested.interviews ? `${decimal(c.interested.meanInterest)} su 5` : "",
              c.contacts === null ? "" : String(c.contacts),
            ]),
            [2, 3, 4],
          ),
          h("p", { class: "muted" }, "Mostrato accanto all'Ambito, non sommato ai suoi punteggi."),
        ),
      ),
    h("p", { class: "credit" }, `Mappa d'Italia: ${ITALY_MAP.credit}, ${ITALY_MAP.licenseUrl}.`),
  );
}

/** Renders the report into `root`. */
export function renderReport(root: HTMLElement, report: RegionReport): void {
  document.title = `Scheda regione – ${report.region.name}`;
  root.replaceChildren(
    overview(report),
    areasSection(report),
    peopleSection(report),
    findingsSection(report),
  );
}

function start(): void {
  const data = document.getElementById("coef-report")?.textContent ?? "{}";
  const report = JSON.parse(data) as RegionReport;
  const root = document.getElementById("report") as HTMLElement;
  if (!report.region) {
    root.textContent = "Nessuna scheda da mostrare.";
    return;
  }
  renderReport(root, report);
  document.getElementById("print")?.addEventListener("click", () => window.print());
  // When a browser keeps the dialog from printing, the page saved as a file prints from any browser.
  document.getElementById("download")?.addEventListener("click", () => {
    const html = `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    link.download = `scheda-${report.region.name.toLowerCase().replace(/[^a-z]+/g, "-")}.html`;
    document.body.append(link);
    link.click();
    link.remove();
  });
}

start();
