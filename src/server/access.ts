/**
 * Who may write which regions (the Partner tab). An empty Partner tab means everyone may write;
 * otherwise a listed e-mail may write its regions, `staff` may write all, and an unknown user nothing.
 */
import { cellText } from "../core/cells";
import type { Lang } from "../core/codes";
import { isUserError, UserError } from "../core/errors";
import { t } from "../core/i18n";
import { PARTNER_COLUMNS, SHEETS } from "../core/tabs";
import { parseRegionList } from "../core/territory/regionList";
import { regionName } from "../core/territory/regions";
import type { Workbook } from "./workbook";

export interface Access {
  /** Regions the user may write; null means all. */
  regions: Set<string> | null;
  /** Why the user may not write at all, when that is the case. */
  refusal?: string;
  /** Text of the user's own Regioni cells that names no region: said with every refusal of a region. */
  unrecognised?: string[];
}

/** Reads the Partner tab once and decides what the user may write. */
export function accessOf(workbook: Workbook, email: string, lang: Lang): Access {
  const partners = partnerTab(workbook, lang);
  if (partners.refusal) return { regions: new Set(), refusal: partners.refusal };
  if (!partners.found) return { regions: null };
  const table = workbook.table(SHEETS.partners, PARTNER_COLUMNS);
  const snapshot = table.read([]);
  // A Partner tab with nothing in it (not even its headers, as a setup cut half-way leaves it) lists
  // no one; one with rows must name its columns.
  if (snapshot.rows.length === 0) return { regions: null };
  if (snapshot.at.email < 0 || snapshot.at.regions < 0) table.readHeader(["email", "regions"]);
  const { rows } = snapshot;
  const listed = rows.filter((r) => cellText(r.email));
  if (listed.length === 0) return { regions: null };
  if (!email) return { regions: new Set(), refusal: t(lang, "unidentifiedUser") };
  const mine = listed.filter((r) => cellText(r.email).toLowerCase() === email.toLowerCase());
  if (mine.length === 0) return { regions: new Set(), refusal: t(lang, "notListed", { email }) };
  if (mine.some((r) => isStaffRole(r.role))) return { regions: null };
  const regions = new Set<string>();
  const unrecognised: string[] = [];
  for (const row of mine) {
    const list = parseRegionList(cellText(row.regions));
    for (const code of list.codes) regions.add(code);
    unrecognised.push(...list.unrecognised);
  }
  return unrecognised.length > 0 ? { regions, unrecognised } : { regions };
}

/** True when a Partner row's Ruolo is staff: that e-mail may write every region. */
export function isStaffRole(role: unknown): boolean {
  return cellText(role).toLowerCase() === "staff";
}

/**
 * The region codes a Partner Regioni cell names (src/core/territory/regionList.ts: names, short names
 * or codes separated by , ; / or " e ", and "*", "tutte" or "all" for every region).
 */
export function regionsOfCell(cell: unknown): Set<string> {
  return parseRegionList(cellText(cell)).codes;
}

/** The sentence naming the text of the user's Regioni cells that is not a region ("" when none). */
function unrecognisedNote(access: Access, lang: Lang): string {
  if (!access.unrecognised?.length) return "";
  return ` ${t(lang, "partnerRegionsUnrecognised", { text: access.unrecognised.map((u) => `«${u}»`).join(", ") })}`;
}

/** Whether Partner exists; a Partner renamed by hand (tabNames.ts) refuses every write, in words. */
function partnerTab(workbook: Workbook, lang: Lang): { found: boolean; refusal?: string } {
  try {
    return { found: workbook.find(SHEETS.partners) !== null };
  } catch (error) {
    if (isUserError(error) && error.key === "partnerRenamed")
      return { found: false, refusal: t(lang, error.key, error.params) };
    throw error;
  }
}

/**
 * Throws the refusal when a user may write nothing at all (Partner lists e-mails and the user is not
 * among them, or Google does not say who they are): for whole-sheet actions such as the Shortlist and
 * Prepara il foglio, which any listed partner or staff may run.
 */
export function requireWriter(workbook: Workbook, email: string, lang: Lang): Access {
  const access = accessOf(workbook, email, lang);
  if (access.refusal) throw new UserError("refused", { reason: access.refusal });
  if (access.regions && access.regions.size === 0)
    throw new UserError("refused", { reason: t(lang, "noRegionsAllowed") + unrecognisedNote(access, lang) });
  return access;
}

/** The refusal message for writing a region, or undefined when allowed. */
export function refusalFor(access: Access, region: string, lang: Lang): string | undefined {
  if (access.refusal) return access.refusal;
  if (access.regions && !access.regions.has(region))
    return t(lang, "regionNotAllowed", { region: regionName(region) }) + unrecognisedNote(access, lang);
  return undefined;
}
