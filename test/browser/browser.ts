// Headless Chromium from Debian (/usr/bin/chromium) driven by playwright-core; nothing is downloaded.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

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
