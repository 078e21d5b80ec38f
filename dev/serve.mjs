// npm start: the deployed bundle (dist/) running on the local spreadsheet emulator, served on loopback.
//   node dev/serve.mjs [--demo] [--port N] [--workbook FILE]     (PORT also sets the port)
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDemo } from "./demo.mjs";
import { DIST, displayValue, Emulator } from "./emulator.mjs";
import { computeSheet } from "./formulas.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const MAX_BODY = 256 * 1024;

/** The top-level functions Apps Script would see in dist/Code.js: the only names the endpoint runs. */
export function topLevelFunctions(code) {
  return new Set([...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]));
}

/** google.script.run's rules for values crossing to and from the server. */
export function toWire(value, path = "value") {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Object.prototype.toString.call(value) === "[object Date]")
    throw new Error(`Il valore ${path} è una data: google.script.run non trasmette Date.`);
  if (typeof value === "function") throw new Error(`Il valore ${path} è una funzione: non trasmissibile.`);
  if (Array.isArray(value)) return value.map((v, i) => toWire(v, `${path}[${i}]`) ?? null);
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const wire = toWire(v, `${path}.${k}`);
    if (wire !== undefined) out[k] = wire;
  }
  return out;
}

const SHIM = `<script>
(function () {
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === "withSuccessHandler") return function (fn) { return runner(fn, failure); };
        if (name === "withFailureHandler") return function (fn) { return runner(success, fn); };
        if (name === "withUserObject") return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var bad = args.some(function check(v) {
            if (v instanceof Date || typeof v === "function") return true;
            return v !== null && typeof v === "object" && Object.keys(v).some(function (k) { return check(v[k]); });
          });
          if (bad) { if (failure) setTimeout(function () { failure(new Error("google.script.run non trasmette Date né funzioni")); }); return; }
          fetch("/api/run", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (r) {
              if (r.ok) { if (success) success(r.value === undefined ? null : r.value); }
              else if (failure) failure(new Error(r.message));
              if (window.parent !== window) window.parent.postMessage({ coefficienti: "changed" }, "*");
            }, function (e) { if (failure) failure(e); });
        };
      }
    });
  }
  window.google = { script: { run: runner(), host: { close: function () { window.parent.postMessage({ coefficienti: "close" }, "*"); } } } };
})();
</script>`;

export function createPreview({ workbookPath, demo = false, distDir = DIST } = {}) {
  const file = workbookPath ?? join(here, "..", ".local", "workbook.json");
  let emu;
  if (existsSync(file) && !demo) emu = Emulator.fromJSON(JSON.parse(readFileSync(file, "utf8")), { distDir });
  else {
    emu = new Emulator({ distDir });
    if (demo) loadDemo(emu);
  }
  const code = () => readFileSync(join(distDir, "Code.js"), "utf8");
  const allowed = () => topLevelFunctions(code());
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(emu.toJSON()));
    renameSync(`${file}.tmp`, file);
  };
  let sidebar = null;
  let uiSeen = { toasts: 0, alerts: 0, sidebars: 0 };

  /** Runs a top-level function in a fresh load of the bundle, as Apps Script does on every call. */
  function run(fn, args) {
    if (typeof fn !== "string" || !allowed().has(fn))
      throw Object.assign(new Error(`Funzione sconosciuta: ${String(fn)}`), { status: 404 });
    if (!Array.isArray(args)) throw Object.assign(new Error("args deve essere un array"), { status: 400 });
    const bundle = emu.loadBundle();
    const value = bundle[fn](...args);
    return toWire(value ?? null) ?? null;
  }

  function uiEvents() {
    const { toasts, alerts, sidebars } = emu.ui;
    const events = {
      toasts: toasts.slice(uiSeen.toasts),
      // Questions (YES/NO) were asked by the page before the run; only plain messages are shown after.
      alerts: alerts
        .slice(uiSeen.alerts)
        .filter((a) => a.buttons === "OK")
        .map((a) => a.message),
      sidebar: sidebars.length > uiSeen.sidebars ? sidebars[sidebars.length - 1].title : null,
    };
    if (sidebars.length > uiSeen.sidebars) sidebar = sidebars[sidebars.length - 1];
    uiSeen = { toasts: toasts.length, alerts: alerts.length, sidebars: sidebars.length };
    return events;
  }

  function state() {
    const bundle = emu.loadBundle();
    return {
      menus: emu.ui.menus,
      active: emu.activeSheet?.name,
      sheets: emu.sheets.map((s) => {
        const computed = computeSheet(emu, bundle, s.name);
        const rows = Math.max(
          s.lastRow(),
          ...[...computed.keys()].map((k) => Number(k.split(",")[0]) + 1),
          1,
        );
        const cols = Math.max(
          s.lastColumn(),
          ...[...computed.keys()].map((k) => Number(k.split(",")[1]) + 1),
          1,
        );
        const grid = [];
        for (let r = 0; r < rows; r++) {
          const line = [];
          for (let c = 0; c < cols; c++) {
            const cell = s.cell(r, c);
            const spilled = computed.get(`${r},${c}`);
            const format = s.formats.get(`${r},${c}`);
            const shown = spilled
              ? displayValue(spilled.value, format)
              : displayValue(cell?.value ?? "", format);
            const style = s.styles.get(`${r},${c}`);
            line.push({
              v: shown,
              raw: cell?.formula || (cell ? displayValue(cell.value) : ""),
              ...(spilled?.error ? { e: spilled.error } : {}),
              ...(typeof (spilled?.value ?? cell?.value) === "number" ? { n: 1 } : {}),
              ...(style?.background ? { bg: style.background } : {}),
              ...(s.validations.get(`${r},${c}`) ? { dd: s.validations.get(`${r},${c}`).values } : {}),
            });
          }
          grid.push(line);
        }
        return { name: s.name, frozenRows: s.frozenRows, grid, selected: s.activeRange };
      }),
    };
  }

  const pageHtml = () => readFileSync(join(here, "preview.html"), "utf8");

  async function body(req) {
    let size = 0;
    const chunks = [];
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY) throw Object.assign(new Error("Richiesta troppo grande"), { status: 413 });
      chunks.push(chunk);
    }
    try {
      const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
      return parsed;
    } catch {
      throw Object.assign(new Error("Corpo della richiesta non valido: serve un oggetto JSON"), {
        status: 400,
      });
    }
  }

  const send = (res, status, type, payload) => {
    res.writeHead(status, {
      "content-type": type,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(payload);
  };
  const json = (res, status, value) =>
    send(res, status, "application/json; charset=utf-8", JSON.stringify(value));

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    try {
      if (req.method === "GET" && url.pathname === "/")
        return send(res, 200, "text/html; charset=utf-8", pageHtml());
      if (req.method === "GET" && url.pathname === "/favicon.ico") return send(res, 204, "image/x-icon", "");
      if (req.method === "GET" && url.pathname === "/preview.js") {
        return send(
          res,
          200,
          "text/javascript; charset=utf-8",
          readFileSync(join(here, "preview.js"), "utf8"),
        );
      }
      if (req.method === "GET" && url.pathname === "/sidebar") {
        if (!sidebar) return send(res, 404, "text/plain; charset=utf-8", "Nessuna barra laterale aperta");
        return send(res, 200, "text/html; charset=utf-8", sidebar.html.replace("<head>", `<head>${SHIM}`));
      }
      if (req.method === "GET" && url.pathname === "/api/state")
        return json(res, 200, { ...state(), events: uiEvents() });
      if (req.method !== "POST") return json(res, 404, { ok: false, message: "Non trovato" });
      const input = await body(req);
      if (url.pathname === "/api/run") {
        // google.script.run from the sidebar: results and failures go back to its handlers.
        try {
          const value = run(input.fn, input.args ?? []);
          save();
          return json(res, 200, { ok: true, value });
        } catch (error) {
          if (error.status) throw error;
          save();
          return json(res, 200, { ok: false, message: error.message });
        }
      }
      if (url.pathname === "/api/menu") {
        // A menu item. A YES/NO question is first asked on a copy of the workbook; the page asks the
        // user and runs it again for real with the answer.
        if (typeof input.fn !== "string" || !allowed().has(input.fn))
          throw Object.assign(new Error(`Funzione sconosciuta: ${String(input.fn)}`), { status: 404 });
        if (input.answer === undefined) {
          const probe = Emulator.fromJSON(emu.toJSON(), { distDir, user: emu.user, locale: emu.locale });
          probe.alertResponse = "NO";
          probe.loadBundle()[input.fn]();
          const question = probe.ui.alerts.find((a) => a.buttons === "YES_NO");
          if (question) return json(res, 200, { ok: true, question: question.message });
        }
        // Only an explicit yes confirms: a question the probe did not foresee is answered no.
        emu.alertResponse = input.answer === true ? "YES" : "NO";
        run(input.fn, []);
        save();
        return json(res, 200, { ok: true, ...state(), events: uiEvents() });
      }
      if (url.pathname === "/api/select" || url.pathname === "/api/cell") {
        if (
          typeof input.sheet !== "string" ||
          !emu.sheetData(input.sheet) ||
          typeof input.a1 !== "string" ||
          !/^[A-Z]{1,3}[1-9]\d{0,5}$/.test(input.a1)
        ) {
          throw Object.assign(new Error("Cella non valida"), { status: 400 });
        }
        if (url.pathname === "/api/cell") emu.typeInto(input.sheet, input.a1, String(input.text ?? ""));
        emu.select(input.sheet, input.a1);
        save();
        return json(res, 200, { ok: true, ...state(), events: uiEvents() });
      }
      if (url.pathname === "/api/open") {
        emu.loadBundle().onOpen({ authMode: "LIMITED" });
        return json(res, 200, { ok: true, ...state(), events: uiEvents() });
      }
      if (url.pathname === "/api/demo" || url.pathname === "/api/reset") {
        emu = new Emulator({ distDir, user: emu.user, locale: emu.locale });
        uiSeen = { toasts: 0, alerts: 0, sidebars: 0 };
        sidebar = null;
        if (url.pathname === "/api/demo") loadDemo(emu);
        emu.loadBundle().onOpen({ authMode: "LIMITED" });
        uiSeen = { toasts: emu.ui.toasts.length, alerts: emu.ui.alerts.length, sidebars: 0 };
        save();
        return json(res, 200, { ok: true, ...state(), events: uiEvents() });
      }
      return json(res, 404, { ok: false, message: "Non trovato" });
    } catch (error) {
      return json(res, error.status ?? 500, { ok: false, message: error.message });
    }
  });

  emu.loadBundle().onOpen({ authMode: "LIMITED" });
  uiSeen = { toasts: emu.ui.toasts.length, alerts: emu.ui.alerts.length, sidebars: 0 };
  save();
  return { server, emulator: () => emu };
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(argValue("--port") ?? process.env.PORT ?? 8080);
  const { server } = createPreview({
    workbookPath: argValue("--workbook"),
    demo: process.argv.includes("--demo"),
  });
  server.listen(port, "127.0.0.1", () => {
    const { port: actual } = server.address();
    console.log(`Coefficienti preview: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
