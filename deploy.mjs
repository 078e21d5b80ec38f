// npm run deploy: the checks, the build, then `clasp push`, in this order and stopping at the first
// step that fails, so a bundle that does not typecheck, lint or pass its unit tests never reaches the
// Sheet. The browser and integration tests are not run here (npm test runs them). See docs/deploy.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The script id `.clasp.json.example` carries: a copy still holding it has not been filled in. */
export const PLACEHOLDER_SCRIPT_ID = "REPLACE_WITH_YOUR_SCRIPT_ID";

/**
 * What is wrong with the clasp project file, in words that say what to do, or undefined when it is
 * usable: it must exist, name a real script id and push from `dist` (only the built files go up).
 */
export function projectFileProblem(projectFile) {
  const create = '`npx clasp create-script --type sheets --title "CO.EFFICIENTI" --rootDir dist`';
  if (!existsSync(projectFile))
    return `${projectFile} not found. Copy .clasp.json.example to .clasp.json and put your script id in it, or create the project with ${create} (docs/deploy.md).`;
  // clasp refuses to create a project while a project file exists: say to remove it first.
  const how = `Put your script id in it, or delete it and create the project with ${create} (docs/deploy.md).`;
  let config;
  try {
    config = JSON.parse(readFileSync(projectFile, "utf8"));
  } catch {
    return `${projectFile} is not valid JSON. ${how}`;
  }
  const id = typeof config?.scriptId === "string" ? config.scriptId.trim() : "";
  if (!id || id === PLACEHOLDER_SCRIPT_ID || !/^[A-Za-z0-9_-]{20,}$/.test(id))
    return `${projectFile} has no script id yet ("scriptId"). ${how}`;
  const rootDir = String(config.rootDir ?? config.srcDir ?? ".").replace(/[\\/]+$/, "");
  if (rootDir !== "dist" && resolve(dirname(projectFile), rootDir) !== join(root, "dist"))
    return `${projectFile} must have "rootDir": "dist" (it has "${rootDir}"): only the built files may be pushed.`;
  return undefined;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** The steps, in order: a name and the command that runs it (program and arguments). */
export function deploySteps(projectFile) {
  return [
    { name: "typecheck", command: [npm, "run", "typecheck"] },
    { name: "lint", command: [npm, "run", "lint"] },
    { name: "unit tests", command: [npm, "run", "test:unit"] },
    { name: "build", command: [npm, "run", "build"] },
    {
      name: "clasp push",
      // --force: the manifest in dist/ is the source of truth; without it a non-interactive push
      // that meets a changed manifest skips the push and still exits 0.
      command: [process.execPath, require.resolve("@google/clasp"), "push", "--force", "-P", projectFile],
    },
  ];
}

/** Runs a command with its output on the console; true when it exits with 0. */
function runCommand([program, ...args]) {
  const result = spawnSync(program, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32" && program.endsWith(".cmd"),
  });
  return result.status === 0;
}

/**
 * Deploys: checks the project file, then runs each step and stops at the first that fails.
 * `run` runs one command (the tests pass their own). Returns the exit code and the steps run.
 * @param {{ projectFile?: string, run?: (command: string[]) => boolean, log?: { log: (...a: unknown[]) => void, error: (...a: unknown[]) => void } }} [options]
 * @returns {{ code: number, ran: string[] }}
 */
export function deploy({ projectFile = join(root, ".clasp.json"), run = runCommand, log = console } = {}) {
  const ran = [];
  const problem = projectFileProblem(projectFile);
  if (problem) {
    log.error(`deploy: ${problem}`);
    return { code: 1, ran };
  }
  for (const step of deploySteps(projectFile)) {
    log.log(`deploy: ${step.name}…`);
    ran.push(step.name);
    if (!run(step.command)) {
      log.error(`deploy: ${step.name} failed; nothing was pushed to Apps Script.`);
      return { code: 1, ran };
    }
  }
  log.log("deploy: pushed. Reload the Sheet to see the new version of the menu.");
  return { code: 0, ran };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const at = process.argv.indexOf("--project");
  const projectFile = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : undefined;
  process.exitCode = deploy(projectFile ? { projectFile } : {}).code;
}
