/** The areas the form suggests for D1, D3 and D4 of a region (docs/scoring.md, areas). */

import { ambitiIndexOf } from "../core/ambiti";
import { INTERVIEW_COLUMNS, SHEETS } from "../core/tabs";
import { type AreaSuggestion, areaSuggestions } from "../core/territory/areaKey";
import { regionByCode, regionFromText } from "../core/territory/regions";
import { endpoint } from "./entry";
import { Workbook } from "./workbook";
import { allValues } from "./workbook/reads";

const AREA_COLUMNS = ["hardestArea", "authorityArea", "protocolArea"] as const;

/** D1, D3 and D4 of the region's interviews, in sheet order (one read per column, none when the tab is missing). */
function mentionedAreas(workbook: Workbook, regionCode: string): string[] {
  if (!workbook.find(SHEETS.interviews)) return [];
  const table = workbook.table(SHEETS.interviews, INTERVIEW_COLUMNS);
  table.readHeader(["region", ...AREA_COLUMNS]);
  const regions = table.readColumn("region").texts;
  const columns = AREA_COLUMNS.map((key) => table.readColumn(key).texts);
  const out: string[] = [];
  regions.forEach((region, i) => {
    if (regionFromText(region) !== regionCode) return;
    for (const texts of columns) if (texts[i]?.trim()) out.push(texts[i]);
  });
  return out;
}

/**
 * The areas already named in the region (most named first), the Ambiti declared for it, then its
 * comuni; plain objects for google.script.run. An unknown region has none.
 */
export function getAreaSuggestions(regionCode: string): AreaSuggestion[] {
  return endpoint("getAreaSuggestions", () => {
    const code = String(regionCode ?? "");
    if (!regionByCode(code)) return [];
    const workbook = Workbook.active();
    const ambitiSheet = workbook.find(SHEETS.ambiti);
    const ambiti = ambitiIndexOf(ambitiSheet ? allValues(ambitiSheet) : null);
    return areaSuggestions(code, mentionedAreas(workbook, code), ambiti).map(({ name, kind, source }) => ({
      name,
      kind,
      source,
    }));
  });
}
