// The follow-up columns of the generated tabs are indexed by one function, for the Shortlist and Coordinatori alike.
import { describe, expect, it } from "vitest";
import { carryFollowUp, followUpColumns } from "../../src/core/followUp";
import {
  COORDINATOR_COLUMNS,
  COORDINATOR_FOLLOW_UP,
  SHORTLIST_COLUMNS,
  SHORTLIST_FOLLOW_UP,
} from "../../src/core/tabs";

describe("the follow-up columns of a generated tab", () => {
  it("shows the tab's own headers, then the columns the staff added, in their order", () => {
    const own = Object.values(SHORTLIST_COLUMNS).map((c) => c.header);
    const { headers, keptHeaders } = followUpColumns(SHORTLIST_COLUMNS, SHORTLIST_FOLLOW_UP, [
      ...own.map((h) => h.toUpperCase()),
      "Telefonata del 12/3",
      "",
      "Esito colloquio",
    ]);
    expect(headers).toEqual([...own, "Telefonata del 12/3", "Esito colloquio"]);
    expect(keptHeaders).toEqual([
      ...SHORTLIST_FOLLOW_UP.map((k) => SHORTLIST_COLUMNS[k].header),
      "Telefonata del 12/3",
      "Esito colloquio",
    ]);
  });

  it("keeps only the follow-up columns of Coordinatori when the staff added none", () => {
    const { headers, keptHeaders } = followUpColumns(COORDINATOR_COLUMNS, COORDINATOR_FOLLOW_UP);
    expect(headers).toEqual(Object.values(COORDINATOR_COLUMNS).map((c) => c.header));
    expect(keptHeaders).toEqual(COORDINATOR_FOLLOW_UP.map((k) => COORDINATOR_COLUMNS[k].header));
  });

  it("carries the kept cells of the previous row, a blank status becoming the first state", () => {
    const status = { header: "Stato", initial: "Da contattare" };
    const row: Record<string, unknown> = { Stato: "Da contattare", Note: "", Contatto: "Giulia Esposito" };
    carryFollowUp(
      row,
      { Stato: "", Note: "Richiamare lunedì", Contatto: "G. Esposito" },
      ["Stato", "Note"],
      status,
    );
    expect(row).toEqual({ Stato: "Da contattare", Note: "Richiamare lunedì", Contatto: "Giulia Esposito" });
    carryFollowUp(row, { Stato: "Contattato", Note: "" }, ["Stato", "Note"], status);
    expect(row).toEqual({ Stato: "Contattato", Note: "", Contatto: "Giulia Esposito" });
  });
});
