/**
 * Who may write which regions (the Partner tab). An empty Partner tab means everyone may write;
 * otherwise a listed e-mail may write its regions, `staff` may write all, and an unknown user nothing.
 */
import type { Lang } from "../core/codes";
import { t } from "../core/i18n";
import { cellText } from "../core/records";
import { PARTNER_COLUMNS, SHEETS } from "../core/tabs";
import { REGIONS, regionFromText, regionName } from "../core/territory/regions";
import type { Workbook } from "./workbook";

export interface Access {
  /** Regions the user may write; null means all. */
  regions: Set<string> | null;
  /** Why the user may not write at all, when that is the case. */
  refusal?: string;
}

/** Reads the Partner tab once and decides what the user may write. */
export function accessOf(workbook: Workbook, email: string, lang: Lang): Access {
  if (!workbook.find(SHEETS.partners)) return { regions: null };
  const { rows } = workbook.table(SHEETS.partners, PARTNER_COLUMNS).read(["email", "regions"]);
  const listed = rows.filter((r) => cellText(r.email));
  if (listed.length === 0) return { regions: null };
  if (!email) return { regions: new Set(), refusal: t(lang, "unidentifiedUser") };
  const mine = listed.filter((r) => cellText(r.email).toLowerCase() === email.toLowerCase());
  if (mine.some((r) => cellText(r.role).toLowerCase() === "staff")) return { regions: null };
  const regions = new Set<string>();
  for (const row of mine) {
    for (const part of cellText(row.regions).split(/[,;\n]/)) {
      const folded = part.trim().toLowerCase();
      if (folded === "*" || folded === "tutte" || folded === "all")
        for (const r of REGIONS) regions.add(r.code);
      const code = regionFromText(part);
      if (code) regions.add(code);
    }
  }
  return { regions };
}

/** The refusal message for writing a region, or undefined when allowed. */
export function refusalFor(access: Access, region: string, lang: Lang): string | undefined {
  if (access.refusal) return access.refusal;
  if (access.regions && !access.regions.has(region))
    return t(lang, "regionNotAllowed", { region: regionName(region) });
  return undefined;
}
