/** The Scheda regione's DOM helpers: elements built with DOM calls only, text never parsed as HTML. */

export type Child = Node | string | null | undefined | false;
const SVG_NS = "http://www.w3.org/2000/svg";

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}
export function s(
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: Child[]
): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) if (child) node.append(child);
  return node;
}

/** 45.2 → "45,2"; blank for null. */
export const decimal = (x: number | null) =>
  x === null ? "" : (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
export const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
export const ordinal = (n: number) => `${n}ª`;

export function table(headers: string[], rows: Child[][], numeric: number[] = []): HTMLElement {
  const cell = (tag: string, value: Child, i: number) =>
    h(tag, numeric.includes(i) ? { class: "num" } : {}, value);
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...headers.map((x, i) => cell("th", x, i)))),
    h("tbody", {}, ...rows.map((row) => h("tr", {}, ...row.map((v, i) => cell("td", v, i))))),
  );
}
