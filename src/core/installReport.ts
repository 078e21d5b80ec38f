/**
 * Verifica installazione: from the facts the shell gathered (who the user is, whether Google offers
 * the document lock, what the tabs hold, the document properties, the size of every tab) to the lines
 * a deployer reads, each with an OK or a to-fix marker, in the user's language. Pure: no Apps Script
 * global is named here.
 */
import type { Lang } from "./codes";
import { type MessageKey, t } from "./i18n";
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
import { regionName } from "./territory/regions";
import { foldName } from "./text";

/** Partner addresses listed one by one in the dialog; the rest are counted. */
export const PARTNER_LINES = 50;

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

export type LineStatus = "ok" | "problem";

export interface ReportLine {
  status: LineStatus;
  title: string;
  /** Sentences, each shown on its own line. */
  text: string[];
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

function line(lang: Lang, title: MessageKey, status: LineStatus, text: string[]): ReportLine {
  return { status, title: t(lang, title), text };
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
  for (const tab of tabs) {
    if (tab.problem) {
      problems.push(
        tab.problem.words
          ? tab.problem.failed
          : t(lang, "checkTabUnread", { sheet: tab.name, reason: tab.problem.failed }),
      );
      continue;
    }
    if (!tab.present) {
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
  return line(lang, "checkTabsTitle", "problem", [...problems, ...notes, t(lang, "checkTabsFix")]);
}

const regionList = (codes: readonly string[]) =>
  [...codes]
    .map(regionName)
    .sort((a, b) => a.localeCompare(b, "it"))
    .join(", ");

/** The Partner tab in words, as the access rules read it (one e-mail on several rows adds their regions up). */
export function partnerLine(partner: PartnerFact, you: YouFact | Unread, lang: Lang): ReportLine {
  if (partner.kind === "absent")
    return line(lang, "checkPartnerTitle", "ok", [t(lang, "checkPartnerAbsent")]);
  if (partner.kind === "unreadable")
    return line(lang, "checkPartnerTitle", "problem", [
      t(lang, "checkPartnerUnreadable", { headers: quoted(partner.missing), count: partner.missing.length }),
    ]);
  if (partner.rows.length === 0) return line(lang, "checkPartnerTitle", "ok", [t(lang, "checkPartnerEmpty")]);
  const byEmail = new Map<string, { email: string; staff: boolean; regions: Set<string> }>();
  for (const row of partner.rows) {
    const key = row.email.toLowerCase();
    const entry = byEmail.get(key) ?? { email: row.email, staff: false, regions: new Set<string>() };
    entry.staff ||= row.staff;
    for (const code of row.regions) entry.regions.add(code);
    byEmail.set(key, entry);
  }
  const entries = [...byEmail.values()];
  const withoutRegions = entries.filter((e) => !e.staff && e.regions.size === 0);
  const text = [t(lang, "checkPartnerListed", { count: entries.length })];
  for (const e of entries.slice(0, PARTNER_LINES)) {
    if (e.staff) text.push(t(lang, "checkPartnerStaff", { email: e.email }));
    else if (e.regions.size === 0) text.push(t(lang, "checkPartnerNoRegions", { email: e.email }));
    else text.push(t(lang, "checkPartnerRegions", { email: e.email, regions: regionList([...e.regions]) }));
  }
  if (entries.length > PARTNER_LINES)
    text.push(t(lang, "checkPartnerMore", { count: entries.length - PARTNER_LINES }));
  if (!failed(you)) {
    if (you.refusal) text.push(t(lang, "checkYouNone", { refusal: you.refusal }));
    else if (you.regions === null) text.push(t(lang, "checkYouAll"));
    else text.push(t(lang, "checkYouRegions", { regions: regionList(you.regions) }));
  }
  return line(lang, "checkPartnerTitle", withoutRegions.length > 0 ? "problem" : "ok", text);
}

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
      : partnerLine(facts.partner, facts.you, lang),
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
  return {
    title: t(lang, "checkTitle"),
    intro: t(lang, "checkIntro"),
    summary: problems === 0 ? t(lang, "checkAllGood") : t(lang, "checkToFix", { count: problems }),
    lines,
  };
}
