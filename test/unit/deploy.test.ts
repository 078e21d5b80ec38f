// npm run deploy: checks before `clasp push`, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deploy, deploySteps, PLACEHOLDER_SCRIPT_ID, projectFileProblem } from "../../deploy.mjs";

const SCRIPT_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQ";
const quiet = { log: () => {}, error: () => {} };

function projectFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "coef-deploy-"));
  const file = join(dir, ".clasp.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

/** A runner that records each command and fails the one whose npm script or clasp verb is `failing`. */
function runner(failing?: string) {
  const commands: string[][] = [];
  const run = (command: string[]) => {
    commands.push(command);
    return !command.includes(failing ?? "\u0000");
  };
  return { run, commands };
}

describe("npm run deploy", () => {
  it("is the deploy script, so that `npm run deploy` goes through the checks", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.scripts.deploy).toBe("node deploy.mjs");
    expect(pkg.scripts["test:unit"]).toBe("vitest run test/unit");
  });

  it("runs typecheck, lint and the unit tests, then builds, and pushes last", () => {
    const file = projectFile({ scriptId: SCRIPT_ID, rootDir: "dist" });
    const { run, commands } = runner();
    const result = deploy({ projectFile: file, run, log: quiet });
    expect(result).toEqual({ code: 0, ran: ["typecheck", "lint", "unit tests", "build", "clasp push"] });
    expect(commands.slice(0, 4).map((c) => c.slice(1))).toEqual([
      ["run", "typecheck"],
      ["run", "lint"],
      ["run", "test:unit"],
      ["run", "build"],
    ]);
    expect(commands[4].slice(2)).toEqual(["push", "--force", "-P", file]);
  });

  it.each(["typecheck", "lint", "test:unit", "build"])(
    "stops when %s fails and pushes nothing",
    (failing) => {
      const { run, commands } = runner(failing);
      const errors: string[] = [];
      const result = deploy({
        projectFile: projectFile({ scriptId: SCRIPT_ID, rootDir: "dist" }),
        run,
        log: { log: () => {}, error: (m: unknown) => errors.push(String(m)) },
      });
      expect(result.code).toBe(1);
      expect(commands.some((c) => c.includes("push"))).toBe(false);
      expect(commands.at(-1)).toContain(failing);
      expect(errors.join(" ")).toContain("nothing was pushed");
    },
  );

  it("runs nothing without a usable .clasp.json, and says how to make one", () => {
    const cases = [
      join(mkdtempSync(join(tmpdir(), "coef-deploy-")), ".clasp.json"),
      projectFile("{ not json"),
      projectFile(JSON.parse(readFileSync(".clasp.json.example", "utf8"))),
      projectFile({ scriptId: SCRIPT_ID, rootDir: "." }),
    ];
    for (const file of cases) {
      const { run, commands } = runner();
      const errors: string[] = [];
      const result = deploy({
        projectFile: file,
        run,
        log: { log: () => {}, error: (m) => errors.push(String(m)) },
      });
      expect(result).toEqual({ code: 1, ran: [] });
      expect(commands).toEqual([]);
      expect(errors.join(" ")).toMatch(/\.clasp\.json\.example|delete it and create the project|rootDir/);
    }
  });

  it("ships an example project file that pushes from dist and names no real project", () => {
    const example = JSON.parse(readFileSync(".clasp.json.example", "utf8"));
    expect(example).toEqual({ scriptId: PLACEHOLDER_SCRIPT_ID, rootDir: "dist" });
    expect(projectFileProblem(projectFile({ ...example, scriptId: SCRIPT_ID }))).toBeUndefined();
  });

  it("never commits a .clasp.json, so `clasp create-script` is never blocked by one", () => {
    const ignoreLines = readFileSync(".gitignore", "utf8").split(/\r?\n/);
    expect(ignoreLines).toContain(".clasp.json");
    expect(ignoreLines).toContain(".clasp-addon.json");
    // In a git checkout (a copy without .git has nothing committed at all).
    const tracked = spawnSync("git", ["ls-files", ".clasp.json", ".clasp-addon.json"], { encoding: "utf8" });
    if (tracked.status === 0) expect(tracked.stdout.trim()).toBe("");
  });

  it("as a command, stops with the reason and exit code 1 when the project file is missing", () => {
    const missing = join(mkdtempSync(join(tmpdir(), "coef-deploy-")), ".clasp.json");
    const child = spawnSync(process.execPath, ["deploy.mjs", "--project", missing], { encoding: "utf8" });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(".clasp.json.example");
    expect(child.stdout).not.toContain("typecheck");
  });

  it("lists the same steps it runs", () => {
    expect(deploySteps("x/.clasp.json").map((s) => s.name)).toEqual([
      "typecheck",
      "lint",
      "unit tests",
      "build",
      "clasp push",
    ]);
  });
});
