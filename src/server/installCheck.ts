/**
 * Verifica installazione: gathers what the add-on can see here (through the workbook gateway and the
 * services, a fixed number of calls whatever the sheet holds), has core turn it into lines, and shows
 * them in one dialog. It writes nothing: no cell, no property, no Registro line, and it takes no lock,
 * so it works for any user, also one Partner does not list or whose e-mail Google does not give.
 */
import { cellText } from "../core/cells";
import type { Lang } from "../core/codes";
import { isUserError } from "../core/errors";
import { type MessageKey, t } from "../core/i18n";
import {
  type InstallFacts,
  type InstallReport,
  installReport,
  type PartnerFact,
  type PartnerRow,
  type ReportLine,
  type TabFact,
  type Unread,
} from "../core/installReport";
import { PREPARED_TABS } from "../core/preparedTabs";
import { PARTNER_COLUMNS, SHEETS } from "../core/tabs";
import { parseRegionList } from "../core/territory/regionList";
import { accessOf, isStaffRole } from "./access";
import { emailAuthorizationUrl } from "./consent";
import { redacted } from "./entry";
import { JOURNAL_MAX_BYTES } from "./journal";
import { identity, userLang } from "./session";
import { addonVersion } from "./version";
import { type Table, Workbook } from "./workbook";

/** The writing actions' message for a tab renamed by hand, in the words of a check that changes nothing. */
const CHECK_WORDS: Partial<Record<string, MessageKey>> = {
  renamedSheet: "checkTabRenamed",
  partnerRenamed: "checkPartnerRenamed",
};

/** Why a fact could not be had: a user error in the user's words, Google's own message otherwise. */
function unread(error: unknown, lang: Lang, what: string): Unread {
  const text = isUserError(error)
    ? t(lang, CHECK_WORDS[error.key] ?? error.key, error.params)
    : String((error as Error)?.message ?? error);
  console.warn(`checkInstallation ${what}: ${redacted(text)}`);
  return { failed: text, words: isUserError(error) };
}

function attempt<T>(lang: Lang, what: string, read: () => T): T | Unread {
  try {
    return read();
  } catch (error) {
    return unread(error, lang, what);
  }
}

/**
 * The user's e-mail as the writing actions see it (session.ts): disclosed, blank (other domains), or
 * the permission refused (Google's granular consent: the call throws, or Google says the scope was not
 * granted); any other failure of the call is said as such, never taken for a refusal.
 */
function emailFact(lang: Lang): InstallFacts["email"] {
  try {
    const who = identity();
    if (who.emailRefused) {
      const url = emailAuthorizationUrl();
      const how = url ? t(lang, "emailPermissionLink", { url }) : t(lang, "emailPermissionRevoke");
      return { kind: "refused", how };
    }
    return who.email ? { kind: "disclosed", email: who.email } : { kind: "blank" };
  } catch (error) {
    return { kind: "failed", reason: unread(error, lang, "email").failed };
  }
}

/**
 * Google returns null "if this method is called outside of the context of a containing document (such
 * as from a standalone script or web app)": https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * The lock is only looked up, never taken (getDocumentLock does not acquire it).
 */
function lockFact(lang: Lang): InstallFacts["lock"] {
  return attempt(lang, "lock", () => (LockService.getDocumentLock() ? "available" : "missing"));
}

/** The Partner tab as the access rules read it (src/server/access.ts): absent, listing rows, or unreadable. */
function partnerFact(table: Table<typeof PARTNER_COLUMNS> | null): PartnerFact {
  if (!table) return { kind: "absent" };
  const { rows, rowNumbers, at } = table.read([]);
  if (rows.length === 0) return { kind: "listed", rows: [] };
  const missing = (["email", "regions"] as const)
    .filter((k) => at[k] < 0)
    .map((k) => PARTNER_COLUMNS[k].header);
  if (missing.length > 0) return { kind: "unreadable", missing };
  const listed: PartnerRow[] = [];
  rows.forEach((r, i) => {
    if (!cellText(r.email)) return;
    const cell = cellText(r.regions);
    const read = parseRegionList(cell);
    listed.push({
      email: cellText(r.email),
      staff: isStaffRole(r.role),
      regions: [...read.codes],
      row: rowNumbers[i],
      cell,
      unrecognised: read.unrecognised,
    });
  });
  return { kind: "listed", rows: listed };
}

/** Every fact the report needs, each read once; a fact Google fails to give becomes an Unread. */
export function gatherInstallFacts(workbook: Workbook, lang: Lang): InstallFacts {
  const email = emailFact(lang);
  const lock = lockFact(lang);
  // Partner's header row comes with its rows; every other tab costs one read of its row 1.
  let partnerTable: Table<typeof PARTNER_COLUMNS> | null = null;
  const partner = attempt(lang, "partner", () => {
    partnerTable = workbook.find(SHEETS.partners) ? workbook.table(SHEETS.partners, PARTNER_COLUMNS) : null;
    return partnerFact(partnerTable);
  });
  // Each tab on its own: one that cannot be read (a tab renamed by hand, a failing call) is named, and
  // the others are still checked.
  const tabs = PREPARED_TABS.map((tab): TabFact => {
    const fact = attempt(lang, `tab ${tab.name}`, (): TabFact => {
      const sheet = workbook.find(tab.name);
      if (!sheet) return { name: tab.name, present: false, headers: [], columns: tab.columns };
      const table = (tab.name === SHEETS.partners && partnerTable) || workbook.table(tab.name, tab.columns);
      return { name: tab.name, present: true, headers: table.readHeader([]).headers, columns: tab.columns };
    });
    return "failed" in fact
      ? { name: tab.name, present: false, headers: [], columns: tab.columns, problem: fact }
      : fact;
  });
  const you = attempt(lang, "access", () => {
    const access = accessOf(workbook, email.kind === "disclosed" ? email.email : "", lang);
    return { regions: access.regions ? [...access.regions] : null, refusal: access.refusal };
  });
  const properties = attempt(lang, "properties", () =>
    PropertiesService.getDocumentProperties().getProperties(),
  );
  const sheets = attempt(lang, "cells", () =>
    workbook.spreadsheet
      .getSheets()
      .map((s) => ({ name: s.getName(), rows: s.getMaxRows(), columns: s.getMaxColumns() })),
  );
  return {
    email,
    lock,
    tabs,
    partner,
    you,
    properties,
    sheets,
    version: addonVersion(),
    journalBound: JOURNAL_MAX_BYTES,
  };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const STYLE = `body{font:14px/1.45 Arial,sans-serif;color:#202124;margin:0;padding:4px 16px}
ul{list-style:none;margin:0;padding:0}li{border-top:1px solid #dadce0;padding:8px 0}
h2{font-size:14px;margin:0 0 2px}p{margin:2px 0}.mark{display:inline-block;min-width:7.5em;font-weight:bold}
.ok .mark{color:#137333}.warning .mark{color:#8a5300}.about{color:#5f6368;font-size:13px}.problem .mark{color:#a50e0e}.summary{font-weight:bold;margin:8px 0}
button{margin:12px 0 4px;padding:8px 16px;font-size:14px}`;

/** Each status's marker, in words (not only in colour). */
const MARKS: Record<ReportLine["status"], (lang: Lang) => string> = {
  ok: (lang) => `✓ ${t(lang, "checkOk")}`,
  warning: (lang) => `⚠ ${t(lang, "checkWarning")}`,
  problem: (lang) => `✗ ${t(lang, "checkProblem")}`,
};

/** The dialog's page: the summary, then each line with its marker in words (not only in colour). */
export function installReportHtml(report: InstallReport, lang: Lang): string {
  const items = report.lines
    .map((l) => {
      const mark = MARKS[l.status](lang);
      const about = l.about ? `<p class="about">${escapeHtml(l.about)}</p>` : "";
      const text = about + l.text.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
      return `<li class="${l.status}" data-status="${l.status}"><h2><span class="mark">${escapeHtml(mark)}</span> ${escapeHtml(l.title)}</h2>${text}</li>`;
    })
    .join("");
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><base target="_top"><style>${STYLE}</style></head>` +
    `<body><p>${escapeHtml(report.intro)}</p><p class="summary" role="status">${escapeHtml(report.summary)}</p>` +
    `<ul>${items}</ul><button type="button" onclick="google.script.host.close()">${escapeHtml(t(lang, "checkClose"))}</button></body></html>`
  );
}

/** Gathers, reports and shows the dialog. */
export function showInstallCheck(): void {
  const lang = userLang();
  const report = installReport(gatherInstallFacts(Workbook.active(), lang), lang);
  const html = HtmlService.createHtmlOutput(installReportHtml(report, lang)).setWidth(560).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, report.title);
}
