import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The workbook gateway is the only server code that reads or writes ranges: workbook.ts, table.ts,
// sheetCells.ts and the files of src/server/workbook/. Every other server file goes through it.
const SERVER = join(__dirname, "../../src/server");
const GATEWAY = new Set(["workbook.ts", "table.ts", "sheetCells.ts"]);
// Nothing is let off: review.ts writes through the plan runner (src/server/workbook/planRun.ts).
const NOT_YET = new Set<string>([]);
const RANGE_CALL =
  /\b(getRange|getRanges|getValues|setValues|getValue|setValue|getDisplayValues|getNote|getNotes|setNote|setNotes|getDataRange|getLastRow|getLastColumn|createTextFinder|getFormulas|setFormulas)\b/;

describe("the workbook gateway", () => {
  const outside = readdirSync(SERVER).filter((f) => f.endsWith(".ts") && !GATEWAY.has(f) && !NOT_YET.has(f));

  it("lists the server files it checks", () => {
    expect(outside.length).toBeGreaterThan(10);
  });

  it.each(outside)("%s reads and writes no range itself", (file) => {
    const lines = readFileSync(join(SERVER, file), "utf8").split("\n");
    const uses = lines.flatMap((line, i) =>
      RANGE_CALL.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
    expect(uses).toEqual([]);
  });
});
