// The Scheda regione's build steps (called by build.mjs): the map of Italy turned from the npm package
// @svg-maps/italy (CC BY 4.0, credited in the report and docs/region-report.md) into a small module of region
// outlines keyed by ISTAT code, and the report page inlined into one HTML file like the sidebar.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The package's region ids (English names) → ISTAT region codes. */
const MAP_REGION_CODES = {
  piedmont: "01",
  "aosta-valley": "02",
  lombardy: "03",
  "trentino-south-tyrol": "04",
  veneto: "05",
  "friuli-venezia-giulia": "06",
  liguria: "07",
  "emilia-romagna": "08",
  tuscany: "09",
  umbria: "10",
  marche: "11",
  lazio: "12",
  abruzzo: "13",
  molise: "14",
  campania: "15",
  apulia: "16",
  basilicata: "17",
  calabria: "18",
  sicily: "19",
  sardinia: "20",
};

/** Absolute outlines (one array of [x, y] per closed ring) of a path made of `m`, implicit `l` and `z`. */
export function ringsOf(d) {
  const tokens = d.match(/[mzMZ]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings = [];
  let ring = null;
  let x = 0;
  let y = 0;
  let start = [0, 0];
  let relative = true;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === "z" || tok === "Z") {
      if (ring) rings.push(ring);
      ring = null;
      [x, y] = start;
      continue;
    }
    if (tok === "m" || tok === "M") {
      relative = tok === "m";
      const nx = Number(tokens[++i]);
      const ny = Number(tokens[++i]);
      x = relative ? x + nx : nx;
      y = relative ? y + ny : ny;
      if (ring) rings.push(ring);
      ring = [[x, y]];
      start = [x, y];
      continue;
    }
    const nx = Number(tok);
    const ny = Number(tokens[++i]);
    x = relative ? x + nx : nx;
    y = relative ? y + ny : ny;
    ring.push([x, y]);
  }
  if (ring) rings.push(ring);
  return rings;
}

/** Douglas–Peucker: the points of a ring that keep its shape within `tolerance` units. */
export function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      // A closed ring starts and ends on the same point: then the distance is to that point.
      const distance =
        length > 1e-6
          ? Math.abs(dy * px - dx * py + bx * ay - by * ax) / length
          : Math.hypot(px - ax, py - ay);
      if (distance > worst) {
        worst = distance;
        at = i;
      }
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A ring as a compact path: integer coordinates, relative moves, islands smaller than a dot dropped. */
export function compactPath(rings, tolerance) {
  let out = "";
  let x = 0;
  let y = 0;
  for (const ring of rings) {
    const points = simplify(ring, tolerance).map(([px, py]) => [Math.round(px), Math.round(py)]);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < 2 && Math.max(...ys) - Math.min(...ys) < 2) continue;
    const deltas = [];
    for (const [px, py] of points) {
      if (deltas.length && px === x && py === y) continue;
      deltas.push(`${px - x} ${py - y}`);
      x = px;
      y = py;
    }
    if (deltas.length < 3) continue;
    out += `m${deltas[0]}l${deltas.slice(1).join(" ")}z`;
    // After z the current point is the ring's first point.
    const [fx, fy] = points[0];
    x = fx;
    y = fy;
  }
  return out.replace(/ -/g, "-");
}

/** Writes src/report/italyMap.generated.ts (only when it changes). */
export function generateItalyMap() {
  const target = join(root, "src/report/italyMap.generated.ts");
  const pkgDir = dirname(require.resolve("@svg-maps/italy/package.json"));
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  // index.js is `export default {…}` with a JSON object: read as data, whatever the module format.
  const text = readFileSync(join(pkgDir, pkg.main ?? "index.js"), "utf8");
  const map = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));
  const regions = {};
  for (const location of map.locations) {
    const code = MAP_REGION_CODES[location.id];
    if (!code) throw new Error(`Unexpected region in @svg-maps/italy: ${location.id}`);
    regions[code] = compactPath(ringsOf(location.path), 0.7);
  }
  if (Object.keys(regions).length !== 20) throw new Error("@svg-maps/italy: expected the 20 regions");
  const credit = `${pkg.name} ${pkg.version}, © ${pkg.author.replace(/\s*<[^>]*>/, "")}, licenza ${pkg.license}`;
  const source =
    "// Generated by build-report.mjs from the npm package @svg-maps/italy (CC BY 4.0). Do not edit.\n" +
    `export const ITALY_MAP = ${JSON.stringify({ viewBox: map.viewBox, credit, licenseUrl: "https://creativecommons.org/licenses/by/4.0/", regions })};\n`;
  if (!existsSync(target) || readFileSync(target, "utf8") !== source) writeFileSync(target, source);
}

/** Writes dist/RegionReport.html: the page, its script and its styles in one file. */
export async function buildRegionReportPage(dist) {
  const result = await esbuild.build({
    entryPoints: [join(root, "src/report/report.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    minify: true,
    legalComments: "none",
    write: false,
  });
  const js = result.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  const css = readFileSync(join(root, "src/report/report.css"), "utf8");
  const html = readFileSync(join(root, "src/report/RegionReport.html"), "utf8")
    .replace("/*INLINE_CSS*/", () => css)
    .replace("/*INLINE_JS*/", () => js);
  writeFileSync(join(dist, "RegionReport.html"), html);
}
