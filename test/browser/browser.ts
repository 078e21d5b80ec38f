// The browser tests' helpers: headless Chromium from Debian (/usr/bin/chromium) driven by playwright-core
// (nothing is downloaded), the preview as `npm start` runs it, and the preview's menu and form.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium, type FrameLocator, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (see .ci/run)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export type ServerHandler = (name: string, args: unknown[]) => unknown;

/**
 * Installs a google.script.run in the page that forwards each call to `handler` in the test, with the
 * Apps Script rules: arguments and results travel as JSON (no Date, undefined in arrays becomes null),
 * a thrown error reaches the failure handler.
 */
export async function stubScriptRun(page: Page, handler: ServerHandler): Promise<void> {
  await page.exposeFunction("__coefServer", async (name: string, json: string) => {
    try {
      const result = await handler(name, JSON.parse(json));
      return { ok: true, json: JSON.stringify(result ?? null) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.addInitScript(() => {
    const make = (success?: (v: unknown) => void, failure?: (e: Error) => void): unknown =>
      new Proxy(
        {},
        {
          get(_t, prop: string) {
            if (prop === "withSuccessHandler") return (fn: (v: unknown) => void) => make(fn, failure);
            if (prop === "withFailureHandler") return (fn: (e: Error) => void) => make(success, fn);
            if (prop === "withUserObject") return () => make(success, failure);
            return (...args: unknown[]) => {
              const w = window as unknown as {
                __coefServer: (
                  n: string,
                  j: string,
                ) => Promise<{ ok: boolean; json?: string; message?: string }>;
              };
              w.__coefServer(prop, JSON.stringify(args)).then((r) => {
                if (r.ok) success?.(JSON.parse(r.json ?? "null"));
                else failure?.(new Error(r.message));
              });
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: make() } };
  });
}

/** A preview server started by a test: its process and its address. */
export interface Preview {
  child: ChildProcess;
  url: string;
}

/** Starts `node dev/serve.mjs` on a free port, as `npm start` does, with `args` (`--demo`, `--workbook` …). */
export function startPreview(args: string[] = []): Promise<Preview> {
  const proc = spawn(process.execPath, ["dev/serve.mjs", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${out}`)), 30_000);
    proc.stdout!.on("data", (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child: proc, url: m[0] });
      }
    });
    proc.stderr!.on("data", (chunk) => (out += chunk));
    proc.on("exit", (code) => reject(new Error(`preview exited (${code}): ${out}`)));
  });
}

/** Stops a preview this test started, if it still runs. */
export function stopPreview(child: ChildProcess | undefined): void {
  if (child && child.exitCode === null) child.kill("SIGTERM");
}

/** Opens the preview at `url` in a new page and waits for its tabs. */
export async function openPreview(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.getByRole("tab", { name: "Interviste" }).waitFor();
  return page;
}

/** Runs an item of the preview's CO.EFFICIENTI menu, as a click on the menu and on the item. */
export async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole("button", { name: /CO\.EFFICIENTI/ }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

/** Focuses a field of the form by its label and types, as a keyboard user would. */
export async function typeInto(
  form: FrameLocator,
  page: Page,
  label: string | RegExp,
  text: string,
): Promise<void> {
  await form.getByLabel(label).focus();
  await page.keyboard.type(text);
}
