/**
 * The Scheda regione page: renders the report's data (getRegionReport, placed in the page by the server)
 * with DOM calls only (text is never parsed as HTML), the map of Italy from the outlines the build
 * makes of @svg-maps/italy, the causes as SVG bars; prints on A4, one section per page.
 */
import type { RegionReport, ReportArea } from "../core/regionReport";
import { decimal, h, ordinal, percent, table } from "./dom";
import { ITALY_MAP } from "./italyMap.generated";
import { causesChart, italyMap } from "./pictures";

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
