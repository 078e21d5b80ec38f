// The preview server (npm start) as a real local server: raw HTTP requests, as a hostile web page or a
// rebound DNS name would make the browser send them, on a free port.
import { mkdtempSync, readFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../dev/emulator.mjs";
import { createPreview } from "../../dev/serve.mjs";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

interface Preview {
  server: Server;
  emulator: () => Emulator;
  workbook: string;
  port: number;
  /** The headers the preview's own page sends on a write. */
  own: Record<string, string>;
  /** Sends a request with exactly these headers (no Host unless given). */
  send: (method: string, path: string, headers: Record<string, string>, body?: string) => Promise<Reply>;
  /** A write as the preview's own page makes it. */
  post: (path: string, body: unknown) => Promise<Reply>;
}

async function startPreview(demo: boolean): Promise<Preview> {
  const workbook = join(mkdtempSync(join(tmpdir(), "coef-serve-")), "workbook.json");
  const { server, emulator } = createPreview({ workbookPath: workbook, demo });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, headers, setHost: false }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {}
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      });
      req.on("error", reject);
      req.end(body);
    });
  const own = {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    "content-type": "application/json",
  };
  const post = (path: string, body: unknown) => send("POST", path, own, JSON.stringify(body));
  return { server, emulator, workbook, port, own, send, post };
}

let demo: Preview;
let empty: Preview;

beforeAll(async () => {
  demo = await startPreview(true);
  empty = await startPreview(false);
});

afterAll(() => {
  demo?.server.close();
  empty?.server.close();
});

const interviewIds = (p: Preview) =>
  p
    .emulator()
    .recordsOf("Interviste")
    .map((r) => r.ID);

describe("the preview answers only its own page on loopback", () => {
  it("refuses a Host other than 127.0.0.1 or localhost with its port (DNS rebinding)", async () => {
    for (const host of ["evil.example", `evil.example:${demo.port}`, "127.0.0.1", "127.0.0.1:1", "[::1]"]) {
      const state = await demo.send("GET", "/api/state", { host });
      expect(state.status, host).toBe(403);
      expect(JSON.stringify(state.body)).not.toContain("Interviste");
    }
    const noHost = await demo.send("GET", "/api/state", {});
    expect(noHost.status).toBe(400); // Node refuses an HTTP/1.1 request without Host before we see it
    const page = await demo.send("GET", "/", { host: `rebound.example:${demo.port}` });
    expect(page.status).toBe(403);
  });

  it("serves the page and the state by either loopback name", async () => {
    for (const host of [`127.0.0.1:${demo.port}`, `localhost:${demo.port}`]) {
      expect((await demo.send("GET", "/", { host })).status).toBe(200);
      const state = await demo.send("GET", "/api/state", { host });
      expect(state.status).toBe(200);
      expect(state.body.sheets.map((s: { name: string }) => s.name)).toContain("Interviste");
    }
  });

  it("refuses writes from another origin, without an origin, or not sent as JSON, and changes nothing", async () => {
    const before = readFileSync(demo.workbook, "utf8");
    const cell = JSON.stringify({ sheet: "Interviste", a1: "C2", text: "Dati cancellati" });
    const attempts: [Record<string, string>, number][] = [
      [{ ...demo.own, origin: "https://evil.example" }, 403],
      [{ ...demo.own, origin: `http://localhost:${demo.port + 1}` }, 403],
      [{ ...demo.own, origin: "null" }, 403],
      [{ host: demo.own.host, "content-type": "application/json" }, 403],
      [{ ...demo.own, "content-type": "text/plain" }, 415],
      [{ ...demo.own, "content-type": "application/x-www-form-urlencoded" }, 415],
      [{ host: demo.own.host, origin: demo.own.origin }, 415],
    ];
    for (const [headers, status] of attempts) {
      for (const path of ["/api/cell", "/api/run", "/api/menu", "/api/demo", "/api/reset"]) {
        const reply = await demo.send("POST", path, headers, cell);
        expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(status);
        expect(reply.body.ok).toBe(false);
      }
    }
    expect(readFileSync(demo.workbook, "utf8")).toBe(before);
  });

  it("refuses API reads a browser marks as cross-site, and reads whose Origin is another site", async () => {
    const crossSite = await demo.send("GET", "/api/state", {
      host: demo.own.host,
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await demo.send("GET", "/api/state", {
      host: demo.own.host,
      "sec-fetch-site": "same-site",
    });
    expect(sameSite.status).toBe(403);
    const foreign = await demo.send("GET", "/api/state", {
      host: demo.own.host,
      origin: "https://evil.example",
    });
    expect(foreign.status).toBe(403);
  });

  it("accepts a write of its own page, with a charset on the content type", async () => {
    const reply = await demo.send(
      "POST",
      "/api/select",
      { ...demo.own, "content-type": "application/json; charset=utf-8" },
      JSON.stringify({ sheet: "Interviste", a1: "B2" }),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.sheets.find((s: { name: string }) => s.name === "Interviste").selected).toMatchObject({
      row: 2,
      col: 2,
    });
  });

  it("forbids other sites to frame its pages, so nobody can trick a click on Sì", async () => {
    const page = await demo.send("GET", "/", { host: demo.own.host });
    expect(page.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  });
});

describe("only the user in the page answers a confirmation", () => {
  it("a menu item's question goes to the page; the API cannot answer yes without it", async () => {
    await demo.post("/api/select", { sheet: "Interviste", a1: "C3" });
    const id = demo.emulator().valuesOf("Interviste")[2][0];
    const before = interviewIds(demo);

    // google.script.run reaches every top-level function, menu items included: the question is
    // closed unanswered, the interview stays and the page is told.
    const viaRun = await demo.post("/api/run", { fn: "deleteSelectedInterview", args: [] });
    expect(viaRun.status).toBe(200);
    expect(interviewIds(demo)).toEqual(before);
    const state = await demo.send("GET", "/api/state", { host: demo.own.host });
    expect(state.body.events.alerts.join("\n")).toContain(`Eliminare l'intervista ${id}`);

    // An answer the page was never asked for is refused.
    const unasked = await demo.post("/api/menu", { fn: "deleteSelectedInterview", answer: true });
    expect(unasked.status).toBe(400);
    const forged = await demo.post("/api/menu", { fn: "deleteSelectedInterview", token: "x", answer: true });
    expect(forged.status).toBe(409);
    expect(interviewIds(demo)).toEqual(before);

    // The real way: the question with a one-time token, then the user's yes.
    const asked = await demo.post("/api/menu", { fn: "deleteSelectedInterview" });
    expect(asked.body.question).toContain(`Eliminare l'intervista ${id}`);
    expect(interviewIds(demo)).toEqual(before);
    const otherItem = await demo.post("/api/menu", {
      fn: "generateShortlist",
      token: asked.body.token,
      answer: true,
    });
    expect(otherItem.status).toBe(409);
    const again = await demo.post("/api/menu", { fn: "deleteSelectedInterview" });
    const yes = await demo.post("/api/menu", {
      fn: "deleteSelectedInterview",
      token: again.body.token,
      answer: true,
    });
    expect(yes.status).toBe(200);
    expect(interviewIds(demo)).not.toContain(id);
    expect(interviewIds(demo)).toHaveLength(before.length - 1);

    // A token answers once.
    const replay = await demo.post("/api/menu", {
      fn: "deleteSelectedInterview",
      token: again.body.token,
      answer: true,
    });
    expect(replay.status).toBe(409);
    expect(interviewIds(demo)).toHaveLength(before.length - 1);
  });

  it("a no from the user runs the item with no: nothing is deleted", async () => {
    await demo.post("/api/select", { sheet: "Interviste", a1: "C2" });
    const before = interviewIds(demo);
    const asked = await demo.post("/api/menu", { fn: "deleteSelectedInterview" });
    const no = await demo.post("/api/menu", {
      fn: "deleteSelectedInterview",
      token: asked.body.token,
      answer: false,
    });
    expect(no.body.events.toasts.map((t: { message: string }) => t.message)).toContain(
      "Eliminazione annullata.",
    );
    expect(interviewIds(demo)).toEqual(before);
  });

  it("Carica dati demo and Foglio vuoto ask before replacing a workbook that holds data", async () => {
    const before = readFileSync(demo.workbook, "utf8");
    const reset = await demo.post("/api/reset", {});
    expect(reset.body.question).toMatch(/foglio vuoto\?.*andrà perso/);
    expect(readFileSync(demo.workbook, "utf8")).toBe(before);
    const no = await demo.post("/api/reset", { token: reset.body.token, answer: false });
    expect(no.status).toBe(200);
    expect(readFileSync(demo.workbook, "utf8")).toBe(before);
    const loadDemo = await demo.post("/api/demo", {});
    expect(loadDemo.body.question).toMatch(/dati demo\?.*andrà perso/);
    const forged = await demo.post("/api/demo", { token: reset.body.token, answer: true });
    expect(forged.status).toBe(409);
    expect(readFileSync(demo.workbook, "utf8")).toBe(before);
  });

  it("an empty workbook is replaced without a question; one holding data only after a yes", async () => {
    const first = await empty.post("/api/demo", {});
    expect(first.body.question).toBeUndefined();
    expect(interviewIds(empty).length).toBeGreaterThan(60);
    const asked = await empty.post("/api/reset", {});
    expect(asked.body.question).toBeDefined();
    const yes = await empty.post("/api/reset", { token: asked.body.token, answer: true });
    expect(yes.status).toBe(200);
    expect(empty.emulator().sheets.every((s) => s.lastRow() === 0)).toBe(true);
  });
});

describe("cells and state stay inside the tab", () => {
  it("refuses a cell past the tab's rows or columns, and accepts its last cell", async () => {
    const tab = empty.emulator().sheets[0];
    const name = tab.name as string;
    expect([tab.maxRows, tab.maxColumns]).toEqual([1000, 26]);
    for (const a1 of ["AA1", "A1001", "XFD1048576", "ZZZ9999999"]) {
      for (const path of ["/api/cell", "/api/select"]) {
        const reply = await empty.post(path, { sheet: name, a1, text: "x" });
        expect(reply.status, `${path} ${a1}`).toBe(400);
        expect(reply.body.message).toMatch(/Cella .* (fuori dalla scheda|non valida)/);
      }
    }
    expect(empty.emulator().sheets[0].rows.length).toBe(0);
    const last = await empty.post("/api/cell", { sheet: name, a1: "Z1000", text: "fine" });
    expect(last.status).toBe(200);
    const sheet = last.body.sheets.find((s: { name: string }) => s.name === name);
    expect([sheet.grid.length, sheet.grid[0].length]).toEqual([1000, 26]);
    expect([sheet.maxRows, sheet.maxColumns]).toEqual([1000, 26]);
    await empty.post("/api/cell", { sheet: name, a1: "Z1000", text: "" });
  });

  it("refuses more text than a Sheets cell holds (50,000 characters)", async () => {
    const name = empty.emulator().sheets[0].name as string;
    const tooLong = await empty.post("/api/cell", { sheet: name, a1: "C1", text: "a".repeat(50_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toMatch(/Testo troppo lungo/);
    expect(empty.emulator().sheets[0].cell(0, 2)).toBeUndefined();
  });

  it("sizes the state by the data, not by blank cells a formula spills down the tab", async () => {
    const name = empty.emulator().sheets[0].name as string;
    await empty.post("/api/cell", { sheet: name, a1: "A1", text: "80" });
    await empty.post("/api/cell", { sheet: name, a1: "A2", text: "45" });
    await empty.post("/api/cell", { sheet: name, a1: "A3", text: "60" });
    const reply = await empty.post("/api/cell", {
      sheet: name,
      a1: "B1",
      text: "=COEF_SCORE(A1:A1000; A1:A1000; A1:A1000)",
    });
    const sheet = reply.body.sheets.find((s: { name: string }) => s.name === name);
    expect(sheet.grid.map((line: { v: string }[]) => line[1].v)).toEqual(["80", "45", "60"]);
    const selected = await empty.post("/api/select", { sheet: name, a1: "Z900" });
    expect(selected.body.sheets.find((s: { name: string }) => s.name === name).grid).toHaveLength(3);
    expect(JSON.stringify(selected.body).length).toBeLessThan(20_000);
  });
});
