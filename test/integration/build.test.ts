// The built files: Code.js's documented top-level functions, the manifest's scopes, what clasp pushes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("built files", () => {
  it("Code.js has a documented top-level function for every export of main.ts", () => {
    const code = readFileSync("dist/Code.js", "utf8");
    const main = readFileSync("src/main.ts", "utf8");
    const exported = [...main.matchAll(/export function (\w+)/g)].map((m) => m[1]);
    expect(exported).toContain("COEF_AREA_SCORES");
    for (const name of exported) expect(code).toMatch(new RegExp(`\\*/\\nfunction ${name}\\(`));
    expect(code).toMatch(
      /@customfunction\s*\*\/\nfunction COEF_SCORE\(criticality, interest, readiness, weights\)/,
    );
  });

  it("the manifest asks for the three least scopes only (userinfo.email: Google names the user only with it)", () => {
    const manifest = JSON.parse(readFileSync("dist/appsscript.json", "utf8"));
    expect(manifest).toMatchObject({
      timeZone: "Europe/Rome",
      runtimeVersion: "V8",
      exceptionLogging: "STACKDRIVER",
    });
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
  });
});
describe("clasp", () => {
  it("pushes exactly the built files (the bundle, the sidebar, the Scheda regione's page, the manifest)", async () => {
    const { execFileSync } = await import("node:child_process");
    const { existsSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    // A clone has no .clasp.json (it is ignored; the deployer makes it from the example): make one
    // from the example for this check, with a well-formed id, and take it away afterwards.
    const made = !existsSync(".clasp.json");
    if (made) {
      const example = JSON.parse(readFileSync(".clasp.json.example", "utf8"));
      writeFileSync(".clasp.json", JSON.stringify({ ...example, scriptId: "1".repeat(57) }));
    }
    let out: string;
    try {
      out = execFileSync("node_modules/.bin/clasp", ["status", "--json"], {
        encoding: "utf8",
        timeout: 60_000,
      });
    } finally {
      if (made) rmSync(".clasp.json");
    }
    const status = JSON.parse(out.slice(out.indexOf("{")));
    expect([...status.filesToPush].sort()).toEqual([
      "dist/Code.js",
      "dist/RegionReport.html",
      "dist/Sidebar.html",
      "dist/appsscript.json",
    ]);
  });
});
