/**
 * The Scheda regione's people: Chi contattare and the possible coordinators. Each person is one cell
 * (name, role, body on their own lines) and their recapiti another, so the tables fit an A4 page in
 * portrait; the next step goes on its own line under the person, as the Perché does under an area.
 * With the recapiti hidden their column is left out.
 */
import type { RegionReport, ReportContact, ReportCoordinator } from "../core/regionReport";
import { type Child, h } from "./dom";
import { contactsEmpty } from "./words";

export interface PeopleOptions {
  /** Leave e-mails and phones out. */
  hideDetails: boolean;
}

function person(name: string, role: string, organization: string, extra: Child = null): HTMLElement {
  return h(
    "td",
    { class: "person" },
    h("strong", {}, name),
    extra,
    role || organization
      ? h("div", { class: "muted" }, [role, organization].filter(Boolean).join(" · "))
      : null,
  );
}

function details(email: string, phone: string): HTMLElement {
  return h(
    "td",
    { class: "details" },
    email ? h("div", { class: "email" }, email) : null,
    phone ? h("div", { class: "phone" }, phone) : null,
  );
}

function head(headers: string[], numeric: number[] = []): HTMLElement {
  return h(
    "thead",
    {},
    h("tr", {}, ...headers.map((x, i) => h("th", numeric.includes(i) ? { class: "num" } : {}, x))),
  );
}

function contactRows(c: ReportContact, o: PeopleOptions): HTMLElement[] {
  const next = [
    c.nextStep ? `Prossimo passo: ${c.nextStep}` : "",
    c.lastContact ? `ultimo contatto ${c.lastContact}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const cells = [
    h("td", { class: "num" }, String(c.position)),
    h("td", {}, c.area),
    person(c.name, c.role, c.organization, c.coordinator ? " (possibile coordinatore/coordinatrice)" : null),
    o.hideDetails ? null : details(c.email, c.phone),
    h("td", {}, c.decisionLevel),
    h("td", {}, c.status),
  ].filter((x): x is HTMLElement => x !== null);
  const rows = [h("tr", next ? { class: "has-reason" } : {}, ...cells)];
  if (next)
    rows.push(
      h("tr", { class: "reason" }, h("td", {}, ""), h("td", { colspan: String(cells.length - 1) }, next)),
    );
  return rows;
}

function coordinatorRow(c: ReportCoordinator, o: PeopleOptions): HTMLElement {
  return h(
    "tr",
    {},
    person(c.name, c.role, c.organization),
    h("td", {}, c.areas),
    o.hideDetails ? null : details(c.email, c.phone),
    h("td", {}, c.status),
  );
}

export function peopleSection(report: RegionReport, o: PeopleOptions): HTMLElement {
  const withDetails = (headers: string[], at: number) =>
    o.hideDetails ? headers : [...headers.slice(0, at), "Recapiti", ...headers.slice(at)];
  return h(
    "section",
    { id: "contatti" },
    h("h2", {}, "Chi contattare"),
    report.contacts.length
      ? h(
          "table",
          { class: "people" },
          head(withDetails(["Pos.", "Area", "Persona", "Livello", "Stato"], 3), [0]),
          h("tbody", {}, ...report.contacts.flatMap((c) => contactRows(c, o))),
        )
      : h("p", {}, contactsEmpty(report)),
    h("h3", {}, "Possibili coordinatori e coordinatrici d'area"),
    report.coordinators.length
      ? h(
          "table",
          { class: "people" },
          head(withDetails(["Persona", "Area", "Stato"], 2)),
          h("tbody", {}, ...report.coordinators.map((c) => coordinatorRow(c, o))),
        )
      : h("p", {}, "Nessun contatto segnato come possibile coordinatore/coordinatrice d'area."),
  );
}
