/**
 * Verifica installazione: from the facts the shell gathered (who the user is, whether Google offers
 * the document lock, what the tabs hold, the document properties, the size of every tab) to the lines
 * a deployer reads, each with an OK or a to-fix marker, in the user's language. Pure: no Apps Script
 * global is named here.
 */
import type { Lang } from "./codes";
import { type MessageKey, t } from "./i18n";
import { partnerLine } from "./installPartner";
import {
  CELL_LIMIT,
  formatBytes,
  formatCount,
  formatPercent,
  NEAR_LIMIT,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  propertyUsage,
} from "./storageUsage";
import type { Columns } from "./tabs";
import { foldName } from "./text";

export { PARTNER_LINES } from "./installPartner";

/**
 * What Google said when asked for the user's e-mail: the address, blank, a refusal (the permission was
 * not granted: the call threw Google's permission error), or another failure of the call.
 */
export type EmailFact =
  | { kind: "disclosed"; email: string }
  | { kind: "blank" }
  /** `how`: the way to grant it, in the user's language (with Google's link when it gives one). */
  | { kind: "refused"; how: string }
  | { kind: "failed"; reason: string };

/** One tab Prepara il foglio makes, as found: present or not, and its headers found or missing. */
export interface TabFact {
  name: string;
  present: boolean;
  /** The tab's header row as read (empty when the tab is missing). */
  headers: readonly unknown[];
  columns: Columns;
  /** What Google or the gateway said when the tab could not be read (e.g. a tab renamed by hand). */
  problem?: Unread;
}

/** One row of Partner with an e-mail, as the access rules read it. */
export interface PartnerRow {
  email: string;
  staff: boolean;
  /** ISTAT region codes. */
  regions: readonly string[];
  /** The row of Partner (1-based, as Sheets numbers it) and its Regioni cell as written. */
  row?: number;
  cell?: string;
  /** The pieces of the Regioni cell that name no region (regionList.ts): the line names them. */
  unrecognised?: readonly string[];
}

export type PartnerFact =
  | { kind: "absent" }
  | { kind: "listed"; rows: readonly PartnerRow[] }
  /** Rows are there but a column the access rules need is not: every write is refused. */
  | { kind: "unreadable"; missing: readonly string[] };

/** What the access rules decide for the user who runs the check: all regions, some, or a refusal. */
export type YouFact = { regions: readonly string[] | null; refusal?: string };

export interface SheetSize {
  name: string;
  rows: number;
  columns: number;
}

/** A fact Google failed to give: the line says so instead of failing the whole check. */
export interface Unread {
  failed: string;
  /** True when `failed` is the add-on's own message saying what to do (e.g. a tab renamed by hand). */
  words?: boolean;
}

export interface InstallFacts {
  email: EmailFact;
  lock: "available" | "missing" | Unread;
  tabs: readonly TabFact[] | Unread;
  partner: PartnerFact | Unread;
  you: YouFact | Unread;
  properties: Readonly<Record<string, string>> | Unread;
  sheets: readonly SheetSize[] | Unread;
  /** From package.json, written in by the build; "" when unknown. */
  version: string;
  /** The most the add-on lets its journal's value hold (bytes) before it refuses new operations. */
  journalBound: number;
}

/** "warning": nothing is broken, but a deployer should look (e.g. anyone may write every region). */
export type LineStatus = "ok" | "warning" | "problem";

export interface ReportLine {
  status: LineStatus;
  title: string;
  /** Sentences, each shown on its own line. */
  text: string[];
  /** What the line is about, in plain words, for a title that is a technical term. */
  about?: string;
}

export interface InstallReport {
  title: string;
  intro: string;
  summary: string;
  lines: ReportLine[];
}

const failed = (fact: unknown): fact is Unread =>
  typeof fact === "object" && fact !== null && "failed" in (fact as object);

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** The plain-words explanation of each technical title. */
const ABOUT: Partial<Record<MessageKey, MessageKey>> = {
  checkLockTitle: "checkLockAbout",
  checkStoreTitle: "checkStoreAbout",
  checkJournalTitle: "checkJournalAbout",
  checkCellsTitle: "checkCellsAbout",
};

function line(lang: Lang, title: MessageKey, status: LineStatus, text: string[]): ReportLine {
  const about = ABOUT[title];
  return about
    ? { status, title: t(lang, title), text, about: t(lang, about) }
    : { status, title: t(lang, title), text };
}

function unreadLine(lang: Lang, title: MessageKey, fact: Unread): ReportLine {
  return line(lang, title, "problem", [
    fact.words ? fact.failed : t(lang, "checkReadFailed", { reason: fact.failed }),
  ]);
}

function emailLine(facts: InstallFacts, lang: Lang): ReportLine {
  const { email, partner } = facts;
  if (email.kind === "disclosed")
    return line(lang, "checkEmailTitle", "ok", [t(lang, "checkEmailOk", email)]);
  // A refused permission stops every write, whoever Partner lists (the add-on asks for the e-mail first).
  if (email.kind === "refused")
    return line(lang, "checkEmailTitle", "problem", [t(lang, "checkEmailRefused", { how: email.how })]);
  // Without an address the access rules refuse every write once Partner lists someone.
  const restricted =
    !failed(partner) &&
    (partner.kind === "unreadable" || (partner.kind === "listed" && partner.rows.length > 0));
  const why =
    email.kind === "failed"
      ? t(lang, "checkEmailFailed", { reason: email.reason })
      : t(lang, "checkEmailBlank");
  return line(lang, "checkEmailTitle", "problem", [
    why,
    t(lang, restricted ? "checkEmailPartner" : "checkEmailNoPartner"),
  ]);
}

function lockLine(facts: InstallFacts, lang: Lang): ReportLine {
  const { lock } = facts;
  if (failed(lock))
    return line(lang, "checkLockTitle", "problem", [t(lang, "checkLockFailed", { reason: lock.failed })]);
  return lock === "available"
    ? line(lang, "checkLockTitle", "ok", [t(lang, "checkLockOk")])
    : line(lang, "checkLockTitle", "problem", [t(lang, "checkLockMissing")]);
}

/** Each tab: missing, or the headers it lacks (found ignoring case and accents, or by a former name). */
export function tabsLine(tabs: readonly TabFact[], lang: Lang): ReportLine {
  const problems: string[] = [];
  const notes: string[] = [];
  // Prepara il foglio makes missing tabs and headers; a tab renamed by hand is renamed back by the user.
  let prepareFixes = false;
  for (const tab of tabs) {
    if (tab.problem) {
      if (!tab.problem.words) prepareFixes = true;
      problems.push(
        tab.problem.words
          ? tab.problem.failed
          : t(lang, "checkTabUnread", { sheet: tab.name, reason: tab.problem.failed }),
      );
      continue;
    }
    if (!tab.present) {
      prepareFixes = true;
      problems.push(t(lang, "checkTabMissing", { sheet: tab.name }));
      continue;
    }
    const folded = tab.headers.map((h) => foldName(String(h ?? "")));
    const missing: string[] = [];
    for (const spec of Object.values(tab.columns)) {
      if (folded.includes(foldName(spec.header))) continue;
      const former = (spec.formerly ?? []).find((f) => folded.includes(foldName(f)));
      if (former)
        notes.push(t(lang, "checkHeaderFormer", { sheet: tab.name, found: former, header: spec.header }));
      else missing.push(spec.header);
    }
    if (missing.length > 0) prepareFixes = true;
    if (missing.length > 0)
      problems.push(
        t(lang, "checkHeadersMissing", { sheet: tab.name, count: missing.length, headers: quoted(missing) }),
      );
  }
  if (problems.length === 0)
    return line(lang, "checkTabsTitle", "ok", [
      t(lang, "checkTabsOk", { tabs: tabs.map((tab) => tab.name).join(", ") }),
      ...notes,
    ]);
  const fix = prepareFixes ? [t(lang, "checkTabsFix")] : [];
  return line(lang, "checkTabsTitle", "problem", [...problems, ...notes, ...fix]);
}

export { partnerLine };

function usageLine(
  lang: Lang,
  title: MessageKey,
  key: MessageKey,
  used: number,
  limit: number,
  show: (n: number) => string,
  more: string[] = [],
): ReportLine {
  const near = used >= NEAR_LIMIT * limit;
  const text = [
    t(lang, key, { used: show(used), limit: show(limit), percent: formatPercent(used, limit, lang) }),
  ];
  if (near) text.push(t(lang, "checkNearLimit"));
  return line(lang, title, near ? "problem" : "ok", [...text, ...more]);
}

/**
 * The journal against Google's limit for one property and against the add-on's own bound, past which
 * it refuses new operations: the line is to fix as soon as either is close.
 */
function journalLine(usage: ReturnType<typeof propertyUsage>, bound: number, lang: Lang): ReportLine {
  const bytes = (n: number) => formatBytes(n, lang);
  const google = usageLine(
    lang,
    "checkJournalTitle",
    "checkJournalUsage",
    usage.journalBytes,
    PROPERTY_VALUE_LIMIT,
    bytes,
  );
  const near = usage.journalValueBytes >= NEAR_LIMIT * bound;
  const text = [google.text[0], t(lang, "checkJournalBound", { bound: bytes(bound) })];
  if (google.status === "problem" || near) text.push(t(lang, "checkJournalNear"));
  text.push(
    usage.pending > 0
      ? t(lang, "checkJournalPending", { count: usage.pending })
      : t(lang, "checkJournalNone"),
  );
  return line(lang, "checkJournalTitle", google.status === "problem" || near ? "problem" : "ok", text);
}

function storageLines(properties: Readonly<Record<string, string>>, bound: number, lang: Lang): ReportLine[] {
  const usage = propertyUsage(properties);
  const bytes = (n: number) => formatBytes(n, lang);
  return [
    usageLine(lang, "checkStoreTitle", "checkStoreUsage", usage.storeBytes, PROPERTY_STORE_LIMIT, bytes),
    journalLine(usage, bound, lang),
  ];
}

/** Cells of every tab, as Google counts them against its limit: each tab's rows × columns, empty ones too. */
export function cellsLine(sheets: readonly SheetSize[], lang: Lang): ReportLine {
  const used = sheets.reduce((sum, s) => sum + s.rows * s.columns, 0);
  const largest = [...sheets].sort((a, b) => b.rows * b.columns - a.rows * a.columns).slice(0, 3);
  const count = (n: number) => formatCount(n, lang);
  return usageLine(
    lang,
    "checkCellsTitle",
    "checkCellsUsage",
    used,
    CELL_LIMIT,
    count,
    largest.map((s) =>
      t(lang, "checkCellsSheet", {
        sheet: s.name,
        rows: count(s.rows),
        columns: count(s.columns),
        cells: count(s.rows * s.columns),
      }),
    ),
  );
}

/** The whole report: one line per question a deployer asks, then how many need fixing. */
export function installReport(facts: InstallFacts, lang: Lang): InstallReport {
  const lines: ReportLine[] = [
    emailLine(facts, lang),
    lockLine(facts, lang),
    failed(facts.tabs) ? unreadLine(lang, "checkTabsTitle", facts.tabs) : tabsLine(facts.tabs, lang),
    failed(facts.partner)
      ? unreadLine(lang, "checkPartnerTitle", facts.partner)
      : partnerLine(facts.partner, facts.you, lang, facts.email.kind === "disclosed"),
    ...(failed(facts.properties)
      ? [
          unreadLine(lang, "checkStoreTitle", facts.properties),
          unreadLine(lang, "checkJournalTitle", facts.properties),
        ]
      : storageLines(facts.properties, facts.journalBound, lang)),
    failed(facts.sheets) ? unreadLine(lang, "checkCellsTitle", facts.sheets) : cellsLine(facts.sheets, lang),
    facts.version
      ? line(lang, "checkVersionTitle", "ok", [t(lang, "checkVersionOk", { version: facts.version })])
      : line(lang, "checkVersionTitle", "problem", [t(lang, "checkVersionUnknown")]),
  ];
  const problems = lines.filter((l) => l.status === "problem").length;
  const warnings = lines.filter((l) => l.status === "warning").length;
  let summary = t(lang, "checkAllGood");
  if (problems > 0) summary = t(lang, "checkToFix", { count: problems });
  else if (warnings > 0) summary = t(lang, "checkToLookAt", { count: warnings });
  return {
    title: t(lang, "checkTitle"),
    intro: t(lang, "checkIntro"),
    summary,
    lines,
  };
}
