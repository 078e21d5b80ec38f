// The repository stands alone: every link of README.md and docs/*.md either points at a file of the
// repository (and, for a #anchor into a Markdown file, at one of its headings) or at a public page of
// Google or of a library the project uses. A clone has nothing else.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DOCUMENTS = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
];

/** Hosts a document may link to: Google's pages, and the pages of the libraries and licences used. */
const PUBLIC_HOSTS = [
  /(^|\.)google\.com$/,
  /(^|\.)googleblog\.com$/,
  /^github\.com$/,
  /^creativecommons\.org$/,
  /^(www\.)?npmjs\.com$/,
];

interface Link {
  document: string;
  target: string;
}

/** The text of a Markdown file without fenced code blocks and inline code (links there are not links). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "").replace(/`[^`\n]*`/g, "``");
}

/** Inline links and images `[text](target "title")`, targets with one level of parentheses, and <autolinks>. */
function linksOf(document: string): Link[] {
  const text = prose(readFileSync(join(ROOT, document), "utf8"));
  const links: Link[] = [];
  const inline = /\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)/g;
  for (let m = inline.exec(text); m; m = inline.exec(text)) links.push({ document, target: m[1] });
  const auto = /<(https?:\/\/[^>\s]+)>/g;
  for (let m = auto.exec(text); m; m = auto.exec(text)) links.push({ document, target: m[1] });
  const reference = /^\s*\[[^\]]+\]:\s*(\S+)/gm;
  for (let m = reference.exec(text); m; m = reference.exec(text)) links.push({ document, target: m[1] });
  return links;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2… */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const headings = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm;
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");
  for (let m = headings.exec(text); m; m = headings.exec(text)) {
    const slug = m[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const ALL_LINKS = DOCUMENTS.flatMap(linksOf);
const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe("the links of the README and docs/", () => {
  it("finds the documents and their links", () => {
    expect(DOCUMENTS).toContain("docs/development.md");
    expect(DOCUMENTS).toContain("docs/contract.md");
    expect(ALL_LINKS.filter((l) => l.document === "README.md").length).toBeGreaterThan(10);
  });

  it("resolves every relative link to a file or folder inside the repository", () => {
    const broken: string[] = [];
    for (const { document, target } of ALL_LINKS) {
      if (isExternal(target)) continue;
      const path = decodeURIComponent(target.split("#")[0]);
      if (path === "") continue;
      const file = resolve(ROOT, dirname(document), path);
      const inside = !relative(ROOT, file).startsWith("..");
      if (!inside || !existsSync(file)) broken.push(`${document}: ${target}`);
    }
    expect(broken).toEqual([]);
  });

  it("finds the heading of every #anchor into a Markdown file", () => {
    const broken: string[] = [];
    for (const { document, target } of ALL_LINKS) {
      if (isExternal(target) || !target.includes("#")) continue;
      const [path, anchor] = target.split("#");
      const file =
        path === "" ? join(ROOT, document) : resolve(ROOT, dirname(document), decodeURIComponent(path));
      if (!file.endsWith(".md") || !existsSync(file)) continue;
      if (!anchorsOf(readFileSync(file, "utf8")).has(decodeURIComponent(anchor).toLowerCase()))
        broken.push(`${document}: ${target}`);
    }
    expect(broken).toEqual([]);
  });

  it("names in backquotes only repository paths that exist (src/, test/, dev/, bench/, docs/)", () => {
    const missing: string[] = [];
    for (const document of DOCUMENTS) {
      const text = readFileSync(join(ROOT, document), "utf8");
      const named = /`((?:src|test|dev|bench|docs)\/[^`\s*<>]+)`/g;
      for (let m = named.exec(text); m; m = named.exec(text))
        if (!existsSync(join(ROOT, m[1]))) missing.push(`${document}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it("links outside the repository only to public pages of Google and of the libraries used", () => {
    const elsewhere: string[] = [];
    for (const { document, target } of ALL_LINKS) {
      if (!isExternal(target)) continue;
      const url = new URL(target);
      const fine = url.protocol === "https:" && PUBLIC_HOSTS.some((host) => host.test(url.hostname));
      if (!fine) elsewhere.push(`${document}: ${target}`);
    }
    expect(elsewhere).toEqual([]);
  });

  it("computes anchors the way GitHub does", () => {
    const anchors = anchorsOf("# Using it\n## Interesse senza criticità\n### An example CSV\n## Using it\n");
    expect([...anchors]).toEqual(["using-it", "interesse-senza-criticità", "an-example-csv", "using-it-1"]);
  });
});
