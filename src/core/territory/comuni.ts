import { foldName } from "../text";
import { COMUNI_BY_REGION, COMUNI_DATASET } from "./comuni.generated";

/** A comune from the ISTAT list: its 6-digit code, name and province abbreviation. */
export interface Comune {
  code: string;
  name: string;
  province: string;
}

/** Where the comuni come from, shown in the form. */
export const comuniDataset: { source: string; date: string; count: number } = COMUNI_DATASET;

const parsed = new Map<
  string,
  { list: Comune[]; byFolded: Map<string, Comune>; byCode: Map<string, Comune> }
>();

/*
 * The table ships as one compact string per region and is parsed only when a region is asked for:
 * Apps Script loads the whole bundle on every call, custom-function cells included, so parsing
 * 7,900 comuni up front would be paid by calls that never need them.
 */
function regionTable(regionCode: string) {
  let table = parsed.get(regionCode);
  if (!table) {
    const raw = (COMUNI_BY_REGION as Record<string, string>)[regionCode] ?? "";
    const list: Comune[] = raw
      ? raw.split(";").map((entry) => {
          const [code, province, name] = entry.split("|");
          return { code, province, name };
        })
      : [];
    table = {
      list,
      byFolded: new Map(list.map((c) => [foldName(c.name), c])),
      byCode: new Map(list.map((c) => [c.code, c])),
    };
    parsed.set(regionCode, table);
  }
  return table;
}

/** The comuni of a region, sorted by name (Italian collation). */
export function comuniOf(regionCode: string): Comune[] {
  return regionTable(regionCode).list;
}

/** The comune of the region whose folded name equals the folded text, if any. */
export function findComuneByName(regionCode: string, name: string): Comune | undefined {
  return regionTable(regionCode).byFolded.get(foldName(name));
}

/** The comune of the region with this ISTAT code, if any. */
export function findComuneByCode(regionCode: string, code: string): Comune | undefined {
  return regionTable(regionCode).byCode.get(code);
}
