/**
 * The Scheda regione page: renders the report's data (getRegionReport, placed in the page by the server)
 * with DOM calls only (text is never parsed as HTML), the map of Italy from the outlines the build
 * makes of @svg-maps/italy, the causes as SVG bars. It prints on A4 in portrait: every table fits the
 * page's width, sections follow each other and are kept whole on a page where they fit, and every
 * printed page carries when the Scheda was made. The recapiti (e-mails, phones) are hidden unless the
 * staff ask to see them (details.ts).
 */
import type { RegionReport, ReportArea } from "../core/regionReport";
import { detailsNote, type ShownReport, withoutContactDetails } from "./details";
import { decimal, h, ordinal, percent, table } from "./dom";
import { ITALY_MAP } from "./italyMap.generated";
import { type PeopleOptions, peopleSection } from "./people";
import { causesChart, italyMap } from "./pictures";
import { areasEmpty, generatedText, interestOnlyEmpty } from "./words";

export interface RenderOptions extends PeopleOptions {
  /** The recapiti are not in the data at all (a copy saved with them hidden). */
  detailsRemoved: boolean;
}

function overview(report: RegionReport, o: RenderOptions): HTMLElement {
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
    generatedText(report) ? h("p", { class: "generated" }, `${generatedText(report)}.`) : null,
    h("p", { class: "details-note" }, detailsNote(o.hideDetails, o.detailsRemoved)),
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
        h("td", { class: "num" }, `${decimal(a.stability)}%`),
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
            "caption",
            {},
            `Stabilità: in quante delle ${report.settings.weightings} combinazioni di pesi l'area resta tra le prime ${report.settings.topN} (100% = in tutte).`,
          ),
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
      : h("p", {}, areasEmpty(report)),
    h(
      "p",
      { class: "muted" },
      `Pesi: criticità ${decimal(w.criticality * 100)}%, interesse ${decimal(w.interest * 100)}%, prontezza ${decimal(w.readiness * 100)}%; prime ${report.settings.topN} aree per regione. Stabilità: in quante delle ${report.settings.weightings} combinazioni di pesi (ciascuno da 0,1 a 0,8, somma 1) l'area resta tra le prime ${report.settings.topN}, in percentuale.`,
    ),
  );
}

function interestOnlyPeople(report: RegionReport, o: PeopleOptions): HTMLElement[][] {
  return report.interestOnly.map((a) => [
    h("td", {}, h("strong", {}, a.name), ` (${a.kind})`),
    h("td", {}, a.authority),
    h("td", { class: "num" }, decimal(a.interest)),
    h("td", { class: "num" }, String(a.interviews)),
    h("td", { class: "num" }, `${decimal(a.meanInterest)} su 5`),
    h(
      "td",
      { class: "contacts" },
      ...(a.people.length
        ? a.people.map((p) =>
            h(
              "div",
              {},
              [p.name, p.role, p.organization, ...(o.hideDetails ? [] : [p.email, p.phone])]
                .filter(Boolean)
                .join(", "),
            ),
          )
        : ["nessun contatto"]),
    ),
  ]);
}

function interestOnlyBlock(report: RegionReport, o: PeopleOptions): HTMLElement {
  return h(
    "div",
    { class: "block" },
    h("h2", { class: "follows" }, "Interesse senza criticità"),
    h(
      "p",
      { class: "muted" },
      "Aree il cui ente è interessato alla formazione (D3) ma che nessuna intervista indica come la più difficile (D1): la classifica non le mostra, un contatto può valere lo stesso.",
    ),
    report.interestOnly.length
      ? h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, "Area"),
              h("th", {}, "Ente interessato"),
              h("th", { class: "num" }, "Interesse"),
              h("th", { class: "num" }, "Interviste (D3)"),
              h("th", { class: "num" }, "Interesse medio"),
              h("th", {}, "Chi contattare (D4)"),
            ),
          ),
          h("tbody", {}, ...interestOnlyPeople(report, o).map((cells) => h("tr", {}, ...cells))),
        )
      : h("p", {}, interestOnlyEmpty(report)),
  );
}

function findingsSection(report: RegionReport, o: PeopleOptions): HTMLElement {
  return h(
    "section",
    { id: "cause" },
    h(
      "div",
      { class: "block" },
      h("h2", {}, "Cause principali"),
      h("p", { class: "muted" }, "Quante interviste della regione indicano ciascuna causa (D2)."),
      causesChart(report),
    ),
    interestOnlyBlock(report, o),
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

/** Body rows of a table short enough to keep on one printed page. */
const SHORT_TABLE_ROWS = 6;

/** Renders the report into `root`. */
export function renderReport(
  root: HTMLElement,
  report: RegionReport,
  options: RenderOptions = { hideDetails: true, detailsRemoved: false },
): void {
  document.title = `Scheda regione – ${report.region.name}`;
  // With the recapiti hidden, the page shows the report without them, free text included.
  const shown = options.hideDetails ? withoutContactDetails(report) : report;
  root.replaceChildren(
    overview(shown, options),
    areasSection(shown),
    peopleSection(shown, options),
    findingsSection(shown, options),
  );
  // A short table is kept on one page when printed; a longer one breaks between rows.
  for (const t of root.querySelectorAll("table"))
    if ((t.tBodies[0]?.rows.length ?? 0) <= SHORT_TABLE_ROWS) t.classList.add("keep");
  stampPrintedPages(report);
}

/** A CSS string holding `text` (quotes, backslashes and line breaks escaped). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, "\\$&").replace(/[\n\r]/g, " ")}"`;

/** Every printed page's margin: the region and when the Scheda was made, and the page number. */
function stampPrintedPages(report: RegionReport): void {
  const id = "coef-print-stamp";
  const style = document.getElementById(id) ?? document.head.appendChild(h("style", { id }));
  const when = generatedText(report);
  const left = [`Scheda regione: ${report.region.name}`, when].filter(Boolean).join(" · ");
  style.textContent = `@media print { @page { @bottom-left { content: ${cssString(left)}; font: 8pt Arial, sans-serif; color: #52606d; } @bottom-right { content: "Pagina " counter(page) " di " counter(pages); font: 8pt Arial, sans-serif; color: #52606d; } } }`;
}

function start(): void {
  const data = document.getElementById("coef-report")?.textContent ?? "{}";
  const report = JSON.parse(data) as ShownReport;
  const root = document.getElementById("report") as HTMLElement;
  if (!report.region) {
    root.textContent = "Nessuna scheda da mostrare.";
    return;
  }
  const hide = document.getElementById("hide-details") as HTMLInputElement | null;
  const removed = report.detailsRemoved === true;
  if (hide && removed) {
    hide.checked = true;
    hide.disabled = true;
  }
  const options = (): RenderOptions => ({
    hideDetails: removed || hide?.checked !== false,
    detailsRemoved: removed,
  });
  renderReport(root, report, options());
  hide?.addEventListener("change", () => renderReport(root, report, options()));
  document.getElementById("print")?.addEventListener("click", () => window.print());
  // When a browser keeps the dialog from printing, the page saved as a file prints from any browser.
  // With the recapiti hidden, the file does not hold them either.
  document.getElementById("download")?.addEventListener("click", () => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    const holder = copy.querySelector("#coef-report");
    if (holder && options().hideDetails)
      holder.textContent = JSON.stringify(withoutContactDetails(report)).replace(/</g, "\\u003c");
    const html = `<!DOCTYPE html>\n${copy.outerHTML}`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    link.download = `scheda-${report.region.name.toLowerCase().replace(/[^a-z]+/g, "-")}.html`;
    document.body.append(link);
    link.click();
    link.remove();
  });
}

start();
