// The repository cites only documents it holds: no code comment, test, document or script points at a
// specification section, a work item or a file that lives outside the clone. Behaviour is described in
// the project's own words, with a reference to the docs/ page that says more (docs/development.md).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const HERE = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(HERE), "../..");

/** What a citation of something outside the repository looks like, and what to write instead. */
const CITATIONS: { pattern: RegExp; what: string }[] = [
  { pattern: /\bSPEC\b/, what: "a specification outside the repository" },
  { pattern: /\b[Ss]ections? \d+(\.\d+)*\b|§\s*\d/, what: "a numbered section of an outside document" },
  { pattern: /\b[Ii]ssues? ?#?\d|\b[Ii]ssue\s+["“]/, what: "a work item" },
  { pattern: /\.\.\/shared\/|\/work\/(shared|wt)\b/, what: "a path outside the clone" },
  {
    pattern: /\b(STYLE|TEAM2?|BRIEF)\.md\b|\bissue\d+\.txt\b|\bstops\.txt\b/,
    what: "a file outside the clone",
  },
];

const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist", ".git", ".local", "test-results", "coverage"]);
const BINARY = /\.(png|jpe?g|gif|ico|pdf|woff2?|ttf|zip|gz)$/i;

/** The repository's tracked files (git ls-files), or, outside a git checkout, every file but the built ones. */
function repositoryFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter(Boolean);
  } catch {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(join(ROOT, dir))) {
        const path = dir ? `${dir}/${name}` : name;
        if (statSync(join(ROOT, path)).isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(name)) walk(path);
        } else files.push(path);
      }
    };
    walk("");
    return files;
  }
}

const self = relative(ROOT, HERE).split(sep).join("/");
const TEXT_FILES = repositoryFiles().filter(
  (file) =>
    file !== self && file !== "package-lock.json" && !BINARY.test(file) && !file.endsWith(".generated.ts"),
);

function citationsIn(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(ROOT, file), "utf8");
  } catch {
    return []; // listed by git but deleted in the work tree
  }
  if (text.includes("\0")) return [];
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const { pattern, what } of CITATIONS)
      if (pattern.test(line)) found.push(`${file}:${index + 1} cites ${what}: ${line.trim().slice(0, 160)}`);
  });
  return found;
}

describe("the repository cites only what it holds", () => {
  it("scans the code, the tests, the emulator, the bench and the documents", () => {
    for (const file of [
      "README.md",
      "src/main.ts",
      "dev/emulator/RULES.md",
      "bench/run.mjs",
      "docs/contract.md",
    ])
      expect(TEXT_FILES).toContain(file);
  });

  it("has no citation of a specification section, a work item or a file outside the clone", () => {
    expect(TEXT_FILES.flatMap(citationsIn)).toEqual([]);
  });

  it("recognises each kind of citation, and not the words that only look alike", () => {
    const cites = (line: string) => CITATIONS.some(({ pattern }) => pattern.test(line));
    for (const line of [
      "// Riepilogo (SPEC 10.5)",
      "/** The rules of section 5. */",
      "describe('drafts (issue 10, item 1)')",
      '// Hand edits (issue "Safe in hostile hands")',
      // Put together, so this file itself holds no such link.
      `see [the spec](../${"shared"}/SPEC.md)`,
      "see STYLE.md",
    ])
      expect(cites(line), line).toBe(true);
    for (const line of [
      "const SPEC_BY_HEADER = new Map();",
      "([troubleshooting](https://developers.google.com/apps-script/guides/support/troubleshooting#issues-multiple))",
      "[Google's issue tracker](https://issuetracker.google.com/issues/69270374)",
      "an id is never issued twice",
      "see docs/scoring.md",
    ])
      expect(cites(line), line).toBe(false);
  });
});
