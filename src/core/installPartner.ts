/**
 * The "Chi può scrivere" line of Verifica installazione: the Partner tab as the access rules read it
 * (src/server/access.ts), each Regioni cell read only in part named, and what the person running the
 * check may write. A sheet anyone may write is a warning, a person who may write nothing a problem.
 */
import type { Lang } from "./codes";
import { t } from "./i18n";
import type { LineStatus, PartnerFact, ReportLine, Unread, YouFact } from "./installReport";
import { regionName } from "./territory/regions";

/** Partner addresses listed one by one in the dialog; the rest are counted. */
export const PARTNER_LINES = 50;

const failed = (fact: unknown): fact is Unread =>
  typeof fact === "object" && fact !== null && "failed" in (fact as object);

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

function line(lang: Lang, status: LineStatus, text: string[]): ReportLine {
  return { status, title: t(lang, "checkPartnerTitle"), text };
}

const regionList = (codes: readonly string[]) =>
  [...codes]
    .map(regionName)
    .sort((a, b) => a.localeCompare(b, "it"))
    .join(", ");

/** The Partner tab in words, as the access rules read it (one e-mail on several rows adds their regions up). */
export function partnerLine(
  partner: PartnerFact,
  you: YouFact | Unread,
  lang: Lang,
  /** False when Google did not give the user's e-mail: that line is the one to fix, not this one. */
  identified = true,
): ReportLine {
  if (partner.kind === "absent")
    return line(lang, "warning", [t(lang, "checkPartnerAbsent"), t(lang, "checkPartnerOpenHow")]);
  if (partner.kind === "unreadable")
    return line(lang, "problem", [
      t(lang, "checkPartnerUnreadable", { headers: quoted(partner.missing), count: partner.missing.length }),
    ]);
  if (partner.rows.length === 0)
    return line(lang, "warning", [t(lang, "checkPartnerEmpty"), t(lang, "checkPartnerOpenHow")]);
  const byEmail = new Map<
    string,
    { email: string; staff: boolean; unclear: boolean; regions: Set<string> }
  >();
  for (const row of partner.rows) {
    const key = row.email.toLowerCase();
    const entry = byEmail.get(key) ?? {
      email: row.email,
      staff: false,
      unclear: false,
      regions: new Set<string>(),
    };
    entry.staff ||= row.staff;
    // A cell read only in part grants nothing (regionList.ts): its line says so, not "no region given".
    entry.unclear ||= (row.unrecognised ?? []).length > 0;
    for (const code of row.regions) entry.regions.add(code);
    byEmail.set(key, entry);
  }
  const entries = [...byEmail.values()];
  const withoutRegions = entries.filter((e) => !e.staff && e.regions.size === 0);
  const text = [t(lang, "checkPartnerListed", { count: entries.length })];
  for (const e of entries.slice(0, PARTNER_LINES)) {
    if (e.staff) text.push(t(lang, "checkPartnerStaff", { email: e.email }));
    else if (e.regions.size === 0)
      text.push(t(lang, e.unclear ? "checkPartnerUnclear" : "checkPartnerNoRegions", { email: e.email }));
    else text.push(t(lang, "checkPartnerRegions", { email: e.email, regions: regionList([...e.regions]) }));
  }
  if (entries.length > PARTNER_LINES)
    text.push(t(lang, "checkPartnerMore", { count: entries.length - PARTNER_LINES }));
  // Every Regioni cell read only in part is named: row, text, and what is not a region.
  // A staff row writes every region whatever its Regioni cell says.
  const unclear = partner.rows.filter((r) => !r.staff && (r.unrecognised ?? []).length > 0);
  for (const r of unclear)
    text.push(
      t(lang, "checkPartnerUnrecognised", {
        row: r.row ?? "?",
        email: r.email,
        cell: r.cell ?? "",
        text: (r.unrecognised ?? []).map((u) => `«${u}»`).join(", "),
        count: (r.unrecognised ?? []).length,
      }),
    );
  if (unclear.length > 0) text.push(t(lang, "checkPartnerRegionsHow"));
  // The person running the check: one who may write nothing has something to fix.
  let youCannot = false;
  if (!failed(you)) {
    if (you.refusal) {
      youCannot = identified;
      text.push(t(lang, "checkYouNone", { refusal: you.refusal }));
    } else if (you.regions === null) text.push(t(lang, "checkYouAll"));
    else if (you.regions.length === 0) {
      youCannot = true;
      text.push(t(lang, "checkYouNoRegions"));
    } else text.push(t(lang, "checkYouRegions", { regions: regionList(you.regions) }));
  }
  const broken = withoutRegions.length > 0 || unclear.length > 0 || youCannot;
  return line(lang, broken ? "problem" : "ok", text);
}
