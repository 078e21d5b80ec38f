// The map of Italy the Scheda regione draws: made at build time from the npm package @svg-maps/italy
// (CC BY 4.0), one simplified outline per region keyed by ISTAT code, with its credit.
import { describe, expect, it } from "vitest";
import { compactPath, ringsOf } from "../../build-report.mjs";
import { REGIONS } from "../../src/core/territory/regions";
import { ITALY_MAP } from "../../src/report/italyMap.generated";

describe("the map of Italy", () => {
  it("has an outline for each of the 20 regions, by ISTAT code, and credits its source and licence", () => {
    expect(Object.keys(ITALY_MAP.regions).sort()).toEqual(REGIONS.map((r) => r.code).sort());
    for (const d of Object.values(ITALY_MAP.regions)) expect(d).toMatch(/^m-?\d+ -?\d+l[-\d ]+z/);
    expect(ITALY_MAP.viewBox).toBe("0 0 610 793");
    expect(ITALY_MAP.credit).toMatch(/^@svg-maps\/italy .*Victor Cazanave.*CC-BY-4\.0/);
    expect(ITALY_MAP.licenseUrl).toBe("https://creativecommons.org/licenses/by/4.0/");
    // Small enough to ship in the page.
    expect(JSON.stringify(ITALY_MAP).length).toBeLessThan(15_000);
  });

  it("reads relative paths: after z the next move starts from the ring's first point", () => {
    const rings = ringsOf("m 10,10 5,0 0,5 z m 20,0 3,0 0,3 z");
    expect(rings).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
      ],
      [
        [30, 10],
        [33, 10],
        [33, 13],
      ],
    ]);
    // Written back as integer relative moves, each ring closed.
    expect(compactPath(rings, 0.1)).toBe("m10 10l5 0 0 5zm20 0l3 0 0 3z");
  });
});
