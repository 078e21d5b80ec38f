// npm start: the deployed bundle (dist/) running on the local spreadsheet emulator, served on loopback.
//   node dev/serve.mjs [--demo] [--port N] [--workbook FILE]     (PORT also sets the port)
// Only the preview's own page may use it (serve/requests.mjs), a confirmation or a prompt is answered only
// by the user in the page (serve/questions.mjs), and a workbook file is never lost (serve/workbookFile.mjs).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseA1 } from "./a1.mjs";
import { loadDemo } from "./demo.mjs";
import { DIST, Emulator } from "./emulator.mjs";
import { pasteInto, splitPasted } from "./serve/paste.mjs";
import { guardQuestions, PendingQuestion, runAnswering } from "./serve/questions.mjs";
import { checkRequest, readJsonBody, refusal } from "./serve/requests.mjs";
import { workbookState } from "./serve/state.mjs";
import { keepAside, openWorkbookFile, saveWorkbookFile } from "./serve/workbookFile.mjs";

const here = dirname(fileURLToPath(import.meta.url));
/**
 * The charting library the page draws the Riepilogo's charts with: Chart.js, installed from npm (a
 * devDependency, like everything `npm start` needs) and served from node_modules, never from a CDN.
 */
const CHART_JS = join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.min.js");
/** Sheets' limit for the text of one cell. */
const MAX_CELL_TEXT = 50_000;

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
              if (window.parent !== window) window.parent.postMessage({ coefficienti: "changed" }, location.origin);
            }, function (e) { if (failure) failure(e); });
        };
      }
    });
  }
  window.google = { script: { run: runner(), host: { close: function () { window.parent.postMessage({ coefficienti: "close" }, location.origin); } } } };
})();
</script>`;

/** The phone form's google.script.run: its calls run as a web app execution (/api/webapp/run). */
const PHONE_SHIM = SHIM.replace('fetch("/api/run"', 'fetch("/api/webapp/run"');

/** Security headers of every page the preview serves: no framing by other sites (no clickjacking). */
const PAGE_HEADERS = {
  "x-frame-options": "SAMEORIGIN",
  "content-security-policy": "frame-ancestors 'self'",
  // Not no-referrer: with it a browser may send "Origin: null" on the page's own writes.
  "referrer-policy": "same-origin",
};

/** Whether any tab holds a value or a formula. */
const holdsData = (emu) => emu.sheets.some((s) => s.lastRow() > 0);

/**
 * The preview: an HTTP server for the page, on the workbook file (kept aside when unreadable).
 * @param {{ workbookPath?: string, demo?: boolean, distDir?: string }} [options]
 * @returns {{ server: import("node:http").Server, emulator: () => Emulator, warnings: string[] }} `warnings`:
 *   one line each, for the console (e.g. the workbook file was unreadable and has been kept aside).
 */
export function createPreview({ workbookPath, demo = false, distDir = DIST } = {}) {
  const file = workbookPath ?? join(here, "..", ".local", "workbook.json");
  const opened = openWorkbookFile(file, { distDir });
  /** Messages for the page's next state (alerts), and for the console. */
  const notices = [];
  const warnings = [];
  if (opened.keptAside) {
    const { aside, problem } = opened.keptAside;
    warnings.push(
      `${basename(file)} is not a valid workbook (${problem}): kept aside as ${basename(aside)}; starting from ${demo ? "the demo data" : "an empty workbook"}.`,
    );
    notices.push(
      `Il file ${basename(file)} non era leggibile (${problem}): è stato messo da parte come ${basename(aside)} e si riparte da ${demo ? "i dati demo" : "un foglio vuoto"}.`,
    );
  }
  if (demo && opened.emulator && holdsData(opened.emulator)) {
    // npm run demo cannot ask: the workbook it replaces is kept, not lost.
    const aside = basename(keepAside(file, "before-demo"));
    warnings.push(`the demo data replace ${basename(file)}, which is kept as ${aside}.`);
    notices.push(`I dati demo sostituiscono il foglio precedente, conservato nel file ${aside}.`);
  }
  let emu = opened.emulator && !demo ? opened.emulator : null;
  const fresh = (options = {}) => guardQuestions(new Emulator({ distDir, ...options }));
  if (emu) guardQuestions(emu);
  else {
    emu = fresh();
    if (demo) loadDemo(emu);
  }
  const code = () => readFileSync(join(distDir, "Code.js"), "utf8");
  const allowed = () => topLevelFunctions(code());
  const save = () => saveWorkbookFile(file, emu);
  const pending = new PendingQuestion();
  let sidebar = null;
  let uiSeen = { toasts: 0, alerts: 0, sidebars: 0 };
  // A modal dialog (ui.showModalDialog, e.g. the Scheda regione): the last one opened, served at /dialog.
  let dialog = null;
  let dialogsSeen = 0;
  const unansweredNotice = (texts) =>
    texts.map(
      (q) =>
        `Questa domanda è stata chiusa senza risposta: nell'anteprima una conferma o una risposta si dà solo dal menu.\n«${q}»`,
    );

  const checkFunction = (fn) => {
    if (typeof fn !== "string" || !allowed().has(fn))
      throw refusal(404, `Funzione sconosciuta: ${String(fn)}`);
  };

  /** Runs a top-level function in a fresh load of the bundle, as Apps Script does on every call. */
  function run(target, fn, args, answers = new Map()) {
    checkFunction(fn);
    if (!Array.isArray(args)) throw refusal(400, "args deve essere un array");
    const { value, unanswered, questions } = runAnswering(target, answers, (bundle) => bundle[fn](...args));
    return { value: toWire(value ?? null) ?? null, unanswered, questions };
  }

  /** A copy of the workbook to try a run on before the real one. */
  const copyOf = (source) =>
    guardQuestions(Emulator.fromJSON(source.toJSON(), { distDir, user: source.user, locale: source.locale }));

  function uiEvents() {
    const { toasts, alerts, sidebars } = emu.ui;
    const events = {
      toasts: toasts.slice(uiSeen.toasts),
      // Questions were asked by the page before the run; only plain messages are shown after.
      alerts: [
        ...notices.splice(0),
        ...alerts
          .slice(uiSeen.alerts)
          .filter((a) => a.buttons === "OK")
          .map((a) => a.message),
      ],
      sidebar: sidebars.length > uiSeen.sidebars ? sidebars[sidebars.length - 1].title : null,
    };
    if (sidebars.length > uiSeen.sidebars) sidebar = sidebars[sidebars.length - 1];
    const dialogs = emu.ui.dialogs ?? [];
    if (dialogs.length > dialogsSeen) {
      dialog = dialogs[dialogs.length - 1];
      events.dialog = { title: dialog.title, width: dialog.width ?? null, height: dialog.height ?? null };
    }
    dialogsSeen = dialogs.length;
    uiSeen = { toasts: toasts.length, alerts: alerts.length, sidebars: sidebars.length };
    return events;
  }

  const stateWithEvents = () => ({ ok: true, ...workbookState(emu), events: uiEvents() });

  /** The tab and the cell of a request, refused unless the cell lies inside the tab. */
  function cellOf(input) {
    const data = typeof input.sheet === "string" ? emu.sheetData(input.sheet) : undefined;
    if (!data) throw refusal(400, "Scheda non trovata");
    const ref =
      typeof input.a1 === "string" && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(input.a1) ? parseA1(input.a1) : null;
    if (!ref) throw refusal(400, "Cella non valida");
    if (ref.row > data.maxRows || ref.col > data.maxColumns)
      throw refusal(
        400,
        `Cella ${input.a1} fuori dalla scheda "${data.name}" (${data.maxRows} righe, ${data.maxColumns} colonne)`,
      );
    return { data, a1: input.a1 };
  }

  /** Replaces the workbook with an empty or a demo one. */
  function replaceWorkbook(withDemo) {
    emu = fresh({ user: emu.user, locale: emu.locale });
    sidebar = null;
    dialog = null;
    dialogsSeen = 0;
    if (withDemo) loadDemo(emu);
    runAnswering(emu, new Map(), (bundle) => bundle.onOpen({ authMode: "LIMITED" }));
    uiSeen = { toasts: emu.ui.toasts.length, alerts: emu.ui.alerts.length, sidebars: 0 };
    save();
  }

  const routes = {
    /** google.script.run from the sidebar: results and failures go back to its handlers. */
    "/api/run": (input) => {
      try {
        const { value, unanswered } = run(emu, input.fn, input.args ?? []);
        notices.push(...unansweredNotice(unanswered));
        save();
        return { ok: true, value };
      } catch (error) {
        if (error.status) throw error;
        save();
        return { ok: false, message: error.message };
      }
    },
    /**
     * A menu item. It is first tried on a copy of the workbook: a question it asks (a confirmation, or a
     * prompt for some text) goes to the page with a one-time token, and the item runs for real only once
     * the user has answered every question.
     */
    "/api/menu": (input) => {
      checkFunction(input.fn);
      let answers = new Map();
      if (input.token !== undefined) {
        answers = pending.answer(`menu:${input.fn}`, input.token, input.answer, input.text);
        if (!answers) throw refusal(409, "Questa domanda non è più valida: riprova dal menu.");
      } else if (input.answer !== undefined || input.text !== undefined) {
        throw refusal(400, "Una conferma o una risposta si dà solo rispondendo alla domanda nella pagina.");
      }
      const trial = run(copyOf(emu), input.fn, [], answers);
      if (trial.questions.length > 0)
        return { ok: true, ...pending.ask(`menu:${input.fn}`, trial.questions[0], answers) };
      const { unanswered } = run(emu, input.fn, [], answers);
      notices.push(...unansweredNotice(unanswered));
      save();
      return stateWithEvents();
    },
    "/api/select": (input) => {
      const { data, a1 } = cellOf(input);
      emu.select(data.name, a1);
      save();
      return stateWithEvents();
    },
    "/api/cell": (input) => {
      const { data, a1 } = cellOf(input);
      const text = String(input.text ?? "");
      if (text.length > MAX_CELL_TEXT)
        throw refusal(400, `Testo troppo lungo (massimo ${MAX_CELL_TEXT} caratteri)`);
      // As Sheets: a strict dropdown refuses a value outside its list, and says so.
      const refused = emu.enterAsUser(data.name, a1, text);
      if (refused) notices.push(refused);
      emu.select(data.name, a1);
      save();
      return stateWithEvents();
    },
    /** A block pasted on the selected cell (dev/serve/paste.mjs): it spreads right and down, as in Sheets. */
    "/api/paste": (input) => {
      const { data, a1 } = cellOf(input);
      const rows = splitPasted(typeof input.text === "string" ? input.text : "");
      notices.push(...pasteInto(emu, data, parseA1(a1), rows, (message) => refusal(400, message)));
      emu.select(data.name, a1);
      save();
      return stateWithEvents();
    },
    /** google.script.run from the phone form: the same functions, run as a web app execution (R40–R45). */
    "/api/webapp/run": (input) => {
      try {
        checkFunction(input.fn);
        if (!Array.isArray(input.args ?? [])) throw refusal(400, "args deve essere un array");
        const { value } = runAnswering(emu, new Map(), (bundle) =>
          emu.asWebApp(() => bundle[input.fn](...(input.args ?? []))),
        );
        save();
        return { ok: true, value: toWire(value ?? null) ?? null };
      } catch (error) {
        if (error.status) throw error;
        save();
        return { ok: false, message: error.message };
      }
    },
    "/api/open": () => {
      runAnswering(emu, new Map(), (bundle) => bundle.onOpen({ authMode: "LIMITED" }));
      return stateWithEvents();
    },
  };
  /** Carica dati demo / Foglio vuoto: a workbook holding data is replaced only after the user says yes. */
  for (const [path, withDemo, question] of [
    ["/api/demo", true, "Caricare i dati demo? Sostituiscono tutto il foglio attuale, che andrà perso."],
    ["/api/reset", false, "Passare a un foglio vuoto? Tutto il foglio attuale andrà perso."],
  ]) {
    routes[path] = (input) => {
      if (holdsData(emu)) {
        if (input.token === undefined) return { ok: true, ...pending.ask(path, question) };
        const answers = pending.answer(path, input.token, input.answer);
        if (!answers) throw refusal(409, "Questa domanda non è più valida: riprova.");
        if (!answers.get(question)) return stateWithEvents();
      }
      replaceWorkbook(withDemo);
      return stateWithEvents();
    };
  }

  const pageHtml = () => readFileSync(join(here, "preview.html"), "utf8");

  const send = (res, status, type, payload, headers = {}) => {
    res.writeHead(status, {
      "content-type": type,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...headers,
    });
    res.end(payload);
  };
  const json = (res, status, value) =>
    send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
  const html = (res, payload) => send(res, 200, "text/html; charset=utf-8", payload, PAGE_HEADERS);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    try {
      checkRequest(req, url.pathname);
      if (req.method === "GET") {
        if (url.pathname === "/") return html(res, pageHtml());
        if (url.pathname === "/favicon.ico") return send(res, 204, "image/x-icon", "");
        if (url.pathname === "/preview.js")
          return send(
            res,
            200,
            "text/javascript; charset=utf-8",
            readFileSync(join(here, "preview.js"), "utf8"),
          );
        if (url.pathname === "/vendor/chart.umd.min.js")
          return send(res, 200, "text/javascript; charset=utf-8", readFileSync(CHART_JS, "utf8"));
        if (url.pathname === "/preview-paste.js")
          return send(
            res,
            200,
            "text/javascript; charset=utf-8",
            readFileSync(join(here, "preview-paste.js"), "utf8"),
          );
        if (url.pathname === "/preview-dialog.js")
          return send(
            res,
            200,
            "text/javascript; charset=utf-8",
            readFileSync(join(here, "preview-dialog.js"), "utf8"),
          );
        if (url.pathname === "/dialog") {
          if (!dialog) return send(res, 404, "text/plain; charset=utf-8", "Nessuna finestra aperta");
          return html(res, dialog.html.replace("<head>", `<head>${SHIM}`));
        }
        if (url.pathname === "/sidebar") {
          if (!sidebar) return send(res, 404, "text/plain; charset=utf-8", "Nessuna barra laterale aperta");
          return html(res, sidebar.html.replace("<head>", `<head>${SHIM}`));
        }
        if (url.pathname === "/api/state") return json(res, 200, stateWithEvents());
        // The phone form, as the web app's address serves it (doGet; docs/phone.md).
        if (url.pathname === "/phone") {
          const page = runAnswering(emu, new Map(), (bundle) => emu.serveWebApp(bundle)).value;
          return html(
            res,
            page.replace("<head>", () => `<head>${PHONE_SHIM}`),
          );
        }
        return json(res, 404, { ok: false, message: "Non trovato" });
      }
      if (req.method !== "POST" || !Object.hasOwn(routes, url.pathname))
        return json(res, 404, { ok: false, message: "Non trovato" });
      const input = await readJsonBody(req);
      return json(res, 200, routes[url.pathname](input));
    } catch (error) {
      return json(res, error.status ?? 500, { ok: false, message: error.message });
    }
  });

  runAnswering(emu, new Map(), (bundle) => bundle.onOpen({ authMode: "LIMITED" }));
  uiSeen = { toasts: emu.ui.toasts.length, alerts: emu.ui.alerts.length, sidebars: 0 };
  dialogsSeen = emu.ui.dialogs?.length ?? 0;
  save();
  return { server, emulator: () => emu, warnings };
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(argValue("--port") ?? process.env.PORT ?? 8080);
  let preview;
  try {
    preview = createPreview({ workbookPath: argValue("--workbook"), demo: process.argv.includes("--demo") });
  } catch (error) {
    console.error(`Coefficienti preview: ${error.message}`);
    process.exit(1);
  }
  const { server, warnings } = preview;
  for (const warning of warnings) console.error(`Coefficienti preview: ${warning}`);
  server.listen(port, "127.0.0.1", () => {
    const { port: actual } = server.address();
    console.log(`Coefficienti preview: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
    console.log(`Coefficienti phone form (web app): http://127.0.0.1:${actual}/phone`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
