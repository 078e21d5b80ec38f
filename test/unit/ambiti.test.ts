import { describe, expect, it } from "vitest";
import { ambitiIndexOf, parseAmbiti } from "../../src/core/ambiti";
import { scoreAreas } from "../../src/core/scoring";
import type { ScoringInterview } from "../../src/core/scoringRows";
import { AMBITI_COLUMNS, SHEETS } from "../../src/core/tabs";
import { areaIdentity } from "../../src/core/territory/areaKey";

const HEADER = ["Regione", "Ambito", "Alias", "Comuni"];

describe("the Ambiti tab", () => {
  it("has the columns Regione | Ambito | Alias | Comuni", () => {
    expect(Object.values(AMBITI_COLUMNS).map((c) => c.header)).toEqual(HEADER);
    expect(SHEETS.ambiti).toBe("Ambiti");
  });

  it("reads declared ambiti with aliases and comuni separated by ';', skipping blank and unknown-region rows", () => {
    const { ambiti, skipped } = parseAmbiti([
      HEADER,
      ["Marche", "ATS 11 Ancona", "Ambito territoriale 11; ATS XI ;", "Ancona; Agugliano;Camerata Picena"],
      ["", "", "", ""],
      ["Padania", "Ambito Nord", "", ""],
      ["11", "ats 11 ancona", "Ambito di Ancona", "Polverigi"],
      ["Puglia", "Ambito di Foggia", "", "Foggia"],
      ["Puglia", "", "senza nome", ""],
    ]);
    expect(ambiti).toEqual([
      {
        region: "11",
        key: "ambito:11 ancona",
        name: "ATS 11 Ancona",
        aliases: ["Ambito territoriale 11", "ATS XI", "Ambito di Ancona"],
        comuni: ["Ancona", "Agugliano", "Camerata Picena", "Polverigi"],
      },
      { region: "16", key: "ambito:foggia", name: "Ambito di Foggia", aliases: [], comuni: ["Foggia"] },
    ]);
    expect(skipped).toEqual(["Ambiti!A4"]);
  });

  it("finds its columns by header, in any order, and names a missing one", () => {
    const moved = parseAmbiti([
      ["Comuni", "Ambito", "Regione"],
      ["Lecce; Surbiam", "Ambito di Lecce", "Puglia"],
    ]);
    expect(moved.ambiti[0]).toMatchObject({
      name: "Ambito di Lecce",
      aliases: [],
      comuni: ["Lecce", "Surbiam"],
    });
    expect(() => parseAmbiti([["Regione", "Alias"]])).toThrow(/missingHeader/);
    expect(parseAmbiti([]).ambiti).toEqual([]);
  });

  it("gathers the mentions of a declared Ambito under its declared name, apart from the comune", () => {
    const ambiti = ambitiIndexOf([
      HEADER,
      ["Marche", "ATS 11 Ancona", "Ambito territoriale 11; ATS XI", "Ancona"],
    ]);
    expect(areaIdentity("11", "ATS XI", { ambiti }).key).toBe("ambito:11 ancona");
    expect(areaIdentity("11", "Ancona", { ambiti }).key).toBe("istat:042002");
    const iv = (id: string, q1: string, q3: string, q4: string): ScoringInterview => ({
      id,
      region: "11",
      hardestArea: q1,
      hardestAreaIstat: "",
      hardestAreaKind: "ambito",
      evidence: [],
      severity: 4,
      authorityName: "ATS 11",
      authorityArea: q3,
      interest: 4,
      protocolArea: q4,
    });
    const scores = scoreAreas(
      [
        iv("INT-1", "ATS XI", "Ambito territoriale 11", "ats 11 ancona"),
        iv("INT-2", "Ambito 11 Ancona", "Ancona", "ATS XI"),
      ],
      null,
      undefined,
      { ambiti },
    );
    expect(scores.map((a) => [a.name, a.kind, a.interviews, a.comuni, a.position])).toEqual([
      ["ATS 11 Ancona", "ambito", 2, ["Ancona"], 1],
      ["Ancona", "comune", 1, [], null],
    ]);
  });
});
