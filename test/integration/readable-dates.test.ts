// Dates a person reads in a message are GG/MM/AAAA; the cells keep the stored YYYY-MM-DD. And the
// Riepilogo's Stato più avanzato reads the Stato typed in the Shortlist before regenerating, and says
// when it is updated.
import { describe, expect, it } from "vitest";
import { readableDate, readableDateTime } from "../../src/core/readableDate";
import { interview } from "../fixtures";
import { preparedAddOn } from "./addon";

const column = (header: unknown[], name: string) => String.fromCharCode(65 + header.indexOf(name));

describe("dates in messages", () => {
  it("turns YYYY-MM-DD into GG/MM/AAAA and leaves anything else as it is", () => {
    expect(readableDate("2025-03-14")).toBe("14/03/2025");
    expect(readableDate("14/03/2025")).toBe("14/03/2025");
    expect(readableDateTime("2026-12-07 02:58", "it")).toBe("07/12/2026 alle 02:58");
    expect(readableDateTime("2026-12-07 02:58", "en")).toBe("07/12/2026 at 02:58");
  });

  it("the Shortlist's toast and header note say GG/MM/AAAA alle HH:MM", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    addOn.generateShortlist();
    const toast = JSON.stringify(emu.ui.toasts.at(-1));
    expect(toast).toMatch(/Shortlist generata il \d\d\/\d\d\/\d{4} alle \d\d:\d\d: /);
    expect(toast).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(emu.sheetData("Shortlist").notes.get("0,0")).toMatch(
      /^Generata il \d\d\/\d\d\/\d{4} alle \d\d:\d\d\./,
    );
  });

  it("the delete confirmation shows the interview's date as GG/MM/AAAA, and the cell keeps YYYY-MM-DD", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview({ interviewDate: "2025-03-14" }));
    emu.select("Interviste", "A2");
    emu.alertResponse = "NO";
    addOn.deleteSelectedInterview();
    expect(emu.ui.alerts.at(-1)?.message).toContain("(Puglia, 14/03/2025)");
    const [header, row] = emu.valuesOf("Interviste");
    expect(displayed(row[header.indexOf("Data intervista")])).toBe("2025-03-14");
  });
});

const displayed = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

describe("Riepilogo's Stato più avanzato", () => {
  it("reads the Stato typed in the Shortlist before regenerating, and its header note says when it is updated", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    addOn.generateShortlist();
    const shortlist = emu.valuesOf("Shortlist");
    const row = shortlist.findIndex((r, i) => i > 0 && r[0] === "Puglia") + 1;
    emu.typeInto("Shortlist", `${column(shortlist[0], "Stato")}${row}`, "Incontro fissato");
    addOn.generateShortlist();
    const riepilogo = emu.valuesOf("Riepilogo");
    const puglia = riepilogo.find((r) => r[0] === "Puglia");
    expect(puglia?.[riepilogo[0].indexOf("Stato più avanzato")]).toBe("Incontro fissato");
    const noteAt = `0,${riepilogo[0].indexOf("Stato più avanzato")}`;
    expect(emu.sheetData("Riepilogo").notes.get(noteAt)).toMatch(
      /aggiornato a ogni Genera shortlist contatti/,
    );
  });
});
