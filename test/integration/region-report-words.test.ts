// The Scheda regione on the built bundle: the question takes the regions' everyday short names, and the
// report says when it was made, in the Italian format and the spreadsheet's time zone.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { preparedAddOn } from "./addon";

/** Day/month/year and hours:minutes of `date` in `timeZone`. */
function wallClock(date: Date, timeZone: string) {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, ...options }).format(date);
  return {
    date: part({ day: "2-digit", month: "2-digit", year: "numeric" }),
    time: part({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  };
}

describe("Scheda regione: region names and date", () => {
  it("opens the report of a region typed by its everyday name, and refuses an out-of-scope one by its full name", () => {
    const { emu, addOn } = preparedAddOn();
    emu.select("Impostazioni", "A1");
    for (const [typed, title] of [
      ["Trentino", "Scheda regione – Trentino-Alto Adige"],
      [" alto adige ", "Scheda regione – Trentino-Alto Adige"],
      ["EMILIA", "Scheda regione – Emilia-Romagna"],
    ]) {
      emu.promptResponse = { button: "OK", text: typed };
      addOn.showRegionReport();
      expect([typed, emu.ui.dialogs.at(-1)?.title]).toEqual([typed, title]);
    }
    emu.promptResponse = { button: "OK", text: "Friuli" };
    addOn.showRegionReport();
    expect(emu.ui.alerts.at(-1)?.message).toMatch(
      /^Friuli-Venezia Giulia non è tra le regioni in Impostazioni/,
    );
    expect(emu.ui.dialogs).toHaveLength(3);
  });

  it("carries when it was made, as dd/MM/yyyy and HH:mm in the spreadsheet's time zone", () => {
    for (const zone of ["Europe/Rome", "America/New_York"]) {
      const { addOn } = preparedAddOn({ spreadsheetTimeZone: zone });
      addOn.submitInterview(interview());
      const before = wallClock(new Date(), zone);
      const report = addOn.getRegionReport("16");
      const after = wallClock(new Date(), zone);
      expect(report.generated.date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
      expect(report.generated.time).toMatch(/^\d\d:\d\d$/);
      expect([before, after]).toContainEqual(report.generated);
    }
  });
});
