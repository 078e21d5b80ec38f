// ui.prompt in the preview (npm start): like a confirmation, the prompt goes to the page with a one-time
// token bound to the menu item and to that exact prompt, and only the text the user typed there answers
// it. Raw HTTP requests on a free port, as in serve-requests.test.ts.
import { mkdtempSync, readFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../dev/emulator.mjs";
import { MAX_PROMPT_TEXT, PendingQuestion, questionKey } from "../../dev/serve/questions.mjs";
import { createPreview } from "../../dev/serve.mjs";

interface Reply {
  status: number;
  body: any;
}

let server: Server;
let emulator: () => Emulator;
let workbook: string;
let port: number;

function send(method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers, setHost: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => {
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {}
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}
const own = () => ({
  host: `127.0.0.1:${port}`,
  origin: `http://127.0.0.1:${port}`,
  "content-type": "application/json",
});
const post = (path: string, body: unknown) => send("POST", path, own(), JSON.stringify(body));

beforeAll(async () => {
  workbook = join(mkdtempSync(join(tmpdir(), "coef-prompt-")), "workbook.json");
  ({ server, emulator } = createPreview({ workbookPath: workbook, demo: true }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server?.close();
});

const ITEM = "markSelectedToCorrect";
/** Verifica and Nota verifica of a sheet row of Interviste. */
function review(row: number): [unknown, unknown] {
  const [header, ...rows] = emulator().valuesOf("Interviste");
  const line = rows[row - 2];
  return [line[header.indexOf("Verifica")], line[header.indexOf("Nota verifica")]];
}
const toasts = (reply: Reply) => reply.body.events.toasts.map((t: { message: string }) => t.message);

describe("a prompt is answered only by the text the user typed in the page", () => {
  it("google.script.run reaches the item, but the prompt is closed unanswered and nothing is written", async () => {
    await post("/api/select", { sheet: "Interviste", a1: "C4" });
    const before = review(4);
    const viaRun = await post("/api/run", { fn: ITEM, args: [] });
    expect(viaRun.status).toBe(200);
    expect(review(4)).toEqual(before);
    const state = await send("GET", "/api/state", { host: own().host });
    expect(state.body.events.alerts.join("\n")).toContain("Cosa va corretto nelle interviste selezionate?");
    expect(state.body.events.toasts.map((t: { message: string }) => t.message)).toContain(
      "Nulla è stato modificato.",
    );
  });

  it("the page gets the prompt with a one-time token; OK runs the item with the typed text, once", async () => {
    await post("/api/select", { sheet: "Interviste", a1: "C3" });
    const before = review(3);
    const file = readFileSync(workbook, "utf8");

    // An answer or a text the page was never asked for is refused; so is a forged token.
    expect((await post("/api/menu", { fn: ITEM, answer: true })).status).toBe(400);
    expect((await post("/api/menu", { fn: ITEM, text: "Manca la data" })).status).toBe(400);
    expect(
      (await post("/api/menu", { fn: ITEM, token: "x", answer: true, text: "Manca la data" })).status,
    ).toBe(409);
    expect(review(3)).toEqual(before);

    const asked = await post("/api/menu", { fn: ITEM });
    expect(asked.status).toBe(200);
    expect(asked.body.question).toBeUndefined();
    expect(asked.body.prompt).toEqual({
      title: "Segna da correggere",
      message: expect.stringContaining("Cosa va corretto nelle interviste selezionate?"),
    });
    expect(typeof asked.body.token).toBe("string");
    // Asking writes nothing: the item was tried on a copy.
    expect(review(3)).toEqual(before);
    expect(readFileSync(workbook, "utf8")).toBe(file);

    // The token belongs to this menu item only.
    const otherItem = await post("/api/menu", {
      fn: "markSelectedVerified",
      token: asked.body.token,
      answer: true,
      text: "x",
    });
    expect(otherItem.status).toBe(409);
    expect(review(3)).toEqual(before);

    // A text that is not one, or longer than a cell holds, is refused and the dialog stays answerable.
    for (const text of [42, null, { a: 1 }, "a".repeat(MAX_PROMPT_TEXT + 1)]) {
      const bad = await post("/api/menu", { fn: ITEM, token: asked.body.token, answer: true, text });
      expect(bad.status, JSON.stringify(text).slice(0, 20)).toBe(400);
    }
    expect(review(3)).toEqual(before);

    const ok = await post("/api/menu", {
      fn: ITEM,
      token: asked.body.token,
      answer: true,
      text: "Manca la data",
    });
    expect(ok.status).toBe(200);
    expect(review(3)).toEqual(["Da correggere", "Manca la data"]);
    expect(toasts(ok).join("\n")).toMatch(/Intervista segnata da correggere: INT-\d+/);

    // A token answers once.
    await post("/api/select", { sheet: "Interviste", a1: "C5" });
    const beforeOther = review(5);
    const replay = await post("/api/menu", {
      fn: ITEM,
      token: asked.body.token,
      answer: true,
      text: "Un'altra nota",
    });
    expect(replay.status).toBe(409);
    expect(review(5)).toEqual(beforeOther);
    expect(review(3)).toEqual(["Da correggere", "Manca la data"]);
  });

  it("a confirmation's token cannot answer a prompt, nor a prompt's token a confirmation", async () => {
    await post("/api/select", { sheet: "Interviste", a1: "C6" });
    const before = review(6);
    const ids = () => emulator().recordsOf("Interviste").length;
    const count = ids();
    const confirm = await post("/api/menu", { fn: "deleteSelectedInterview" });
    expect(confirm.body.question).toBeDefined();
    const crossed = await post("/api/menu", { fn: ITEM, token: confirm.body.token, answer: true, text: "x" });
    expect(crossed.status).toBe(409);
    const prompt = await post("/api/menu", { fn: ITEM });
    expect(prompt.body.prompt).toBeDefined();
    const crossedBack = await post("/api/menu", {
      fn: "deleteSelectedInterview",
      token: prompt.body.token,
      answer: true,
    });
    expect(crossedBack.status).toBe(409);
    // Asking again replaced the confirmation: its token is no longer valid either.
    const stale = await post("/api/menu", {
      fn: "deleteSelectedInterview",
      token: confirm.body.token,
      answer: true,
    });
    expect(stale.status).toBe(409);
    expect(ids()).toBe(count);
    expect(review(6)).toEqual(before);
  });

  it("Annulla runs the item with Cancel: nothing is written, and the typed text is not used", async () => {
    await post("/api/select", { sheet: "Interviste", a1: "C7" });
    const before = review(7);
    const asked = await post("/api/menu", { fn: ITEM });
    const cancel = await post("/api/menu", {
      fn: ITEM,
      token: asked.body.token,
      answer: false,
      text: "Non va scritto",
    });
    expect(cancel.status).toBe(200);
    expect(toasts(cancel)).toContain("Nulla è stato modificato.");
    expect(review(7)).toEqual(before);
  });

  it("OK with no text writes nothing and says a note is needed", async () => {
    await post("/api/select", { sheet: "Interviste", a1: "C7" });
    const before = review(7);
    const asked = await post("/api/menu", { fn: ITEM });
    const empty = await post("/api/menu", { fn: ITEM, token: asked.body.token, answer: true, text: "   " });
    expect(empty.status).toBe(200);
    expect(empty.body.events.alerts).toContain(
      "Scrivi cosa correggere: senza nota nulla è stato modificato.",
    );
    expect(review(7)).toEqual(before);
  });
});

describe("PendingQuestion binds a prompt's answer to that exact prompt", () => {
  const prompt = {
    kind: "prompt",
    title: "Segna da correggere",
    message: "Cosa va corretto?",
    buttons: "OK_CANCEL",
  };

  it("answers the prompt asked, not another prompt nor a yes/no question with the same text", () => {
    const pending = new PendingQuestion();
    const { token } = pending.ask("menu:a", prompt);
    expect(pending.answer("menu:b", token, true, "x")).toBeNull();
    const answers = pending.answer("menu:a", token, true, "Manca la data")!;
    expect(answers.get(questionKey(prompt))).toEqual({ ok: true, text: "Manca la data" });
    expect(answers.has(questionKey({ ...prompt, message: "Altro?" }))).toBe(false);
    expect(answers.has(questionKey({ ...prompt, title: "Altro" }))).toBe(false);
    expect(answers.has(questionKey({ ...prompt, buttons: "OK" }))).toBe(false);
    expect(answers.has(questionKey({ kind: "alert", message: prompt.message }))).toBe(false);
    expect(pending.answer("menu:a", token, true, "Manca la data")).toBeNull();
  });

  it("a cancel carries no text; a yes/no answer stays a boolean under its text", () => {
    const pending = new PendingQuestion();
    const asked = pending.ask("menu:a", prompt);
    expect(pending.answer("menu:a", asked.token, false, "ignored")!.get(questionKey(prompt))).toEqual({
      ok: false,
      text: "",
    });
    const question = pending.ask("/api/reset", "Passare a un foglio vuoto?");
    expect(question).toEqual({ question: "Passare a un foglio vuoto?", token: expect.any(String) });
    expect(pending.answer("/api/reset", question.token, true)!.get("Passare a un foglio vuoto?")).toBe(true);
  });
});
