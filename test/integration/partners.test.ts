// Who may do what: partners write only their regions, staff everywhere, asked before anything happens.
import { describe, expect, it } from "vitest";
import { interview, snapshot, submissionId, typePartners } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("partners write only their regions", () => {
  it("lets a partner create, edit and delete in its regions only, and staff everywhere", () => {
    const { emu, addOn } = preparedAddOn();
    typePartners(emu, [
      ["partner.puglia@example.it", "Puglia, 11", "partner"],
      ["coordinamento@example.it", "", "staff"],
    ]);
    emu.user = "coordinamento@example.it";
    const { id: toscana } = addOn.submitInterview(
      interview({ region: "09", hardestArea: { kind: "comune", name: "Prato" } }),
    );
    emu.user = "Partner.Puglia@example.it";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
    expect(
      addOn.submitInterview(interview({ region: "11", hardestArea: { kind: "comune", name: "Ancona" } })).ok,
    ).toBe(true);
    const before = snapshot(emu);
    const refused = addOn.submitInterview(
      interview({ region: "09", hardestArea: { kind: "comune", name: "Prato" } }),
    );
    expect(refused).toEqual({
      ok: false,
      errors: [
        { field: "region", message: "Non sei abilitato/a a scrivere interviste della regione Toscana." },
      ],
    });
    const loaded = addOn.getInterview(toscana);
    expect(
      addOn.submitInterview({
        ...loaded,
        submissionId: submissionId(),
        region: "16",
        hardestArea: { kind: "comune", name: "Bari" },
      }).errors[0],
    ).toEqual({
      field: "region",
      message: "Non sei abilitato/a a scrivere interviste della regione Toscana.",
    });
    expect(addOn.deleteInterview(toscana)).toEqual({
      ok: false,
      message: "Non sei abilitato/a a scrivere interviste della regione Toscana.",
    });
    expect(snapshot(emu)).toBe(before);
    const regions = addOn
      .getFormContext()
      .regions.filter((r: { allowed: boolean }) => r.allowed)
      .map((r: { code: string }) => r.code);
    expect(regions.sort()).toEqual(["11", "16"]);
  });

  it("refuses to write when the user's e-mail is unknown and Partner is not empty", () => {
    const { emu, addOn } = preparedAddOn();
    typePartners(emu, [["partner.puglia@example.it", "Puglia", "partner"]]);
    emu.user = "";
    const result = addOn.submitInterview(interview());
    expect(result.errors[0].message).toMatch(/Google non ci dice chi sei/);
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
    expect(addOn.getFormContext().refusal).toMatch(/Google non ci dice chi sei/);
  });

  it("lets everyone write while Partner is empty", () => {
    const { emu, addOn } = preparedAddOn();
    emu.user = "";
    expect(addOn.submitInterview(interview()).ok).toBe(true);
  });
});

describe("who may do what, asked before anything happens", () => {
  it("refuses the Shortlist and Prepara il foglio to users the Partner tab does not list", () => {
    const { emu, addOn } = preparedAddOn();
    typePartners(emu, [["partner.marche@example.it", "Marche", "partner"]]);
    emu.user = "sconosciuto@example.it";
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/non è nella scheda Partner/);
    expect(emu.sheetData("Shortlist")).toBeUndefined();
    const before = JSON.stringify(emu.toJSON());
    addOn.setupSpreadsheet();
    expect(emu.ui.alerts).toHaveLength(2);
    expect(JSON.stringify(emu.toJSON())).toBe(before);
    emu.user = "";
    addOn.generateShortlist();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/Google non ci dice chi sei/);
    emu.user = "partner.marche@example.it";
    addOn.generateShortlist();
    expect(emu.sheetData("Shortlist")).toBeDefined();
  });

  it("refuses to edit or delete another region's interview before opening the form or asking", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    typePartners(emu, [["partner.marche@example.it", "Marche", "partner"]]);
    emu.user = "partner.marche@example.it";
    emu.select("Interviste", "B2");
    addOn.editSelectedInterview();
    expect(emu.ui.sidebars).toHaveLength(0);
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/regione Puglia/);
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.some((a) => /Eliminare/.test(a.message))).toBe(false);
    expect(emu.ui.alerts.at(-1)?.message).toMatch(/regione Puglia/);
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
  });
});
