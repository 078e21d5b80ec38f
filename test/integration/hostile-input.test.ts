// Hostile and messy input: markup and quotes stored literally, oversize and unknown values refused.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { loadAddOn, preparedAddOn } from "./addon";

describe("hostile and messy input", () => {
  it("stores markup, quotes and direction marks literally", () => {
    const { emu, addOn } = preparedAddOn();
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> "virgolette" 'apici' \u202Eabc\u200F`;
    const { id } = addOn.submitInterview(interview({ notes: hostile, interviewer: hostile.slice(0, 150) }));
    expect(emu.recordsOf("Interviste")[0].Note).toBe(hostile);
    expect(addOn.getInterview(id).notes).toBe(hostile);
  });

  it("refuses oversize fields with field errors and oversize payloads whole", () => {
    const { emu, addOn } = preparedAddOn();
    const long = addOn.submitInterview(interview({ interviewer: "G".repeat(201), notes: "n".repeat(2001) }));
    expect(long.errors).toEqual([
      { field: "interviewer", message: "Troppo lungo: al massimo 200 caratteri." },
      { field: "notes", message: "Troppo lungo: al massimo 2000 caratteri." },
    ]);
    const huge = addOn.submitInterview({ ...interview(), extra: "x".repeat(100_000) });
    expect(huge.errors).toEqual([{ field: "", message: "Troppi dati in un'unica intervista." }]);
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
  });

  it("refuses unknown codes", () => {
    const { addOn } = preparedAddOn();
    const result = addOn.submitInterview({
      ...interview(),
      reasons: { ...interview().reasons, causes: ["meteo"] },
    });
    expect(result.errors).toEqual([
      { field: "reasons.causes[0]", message: "Valore non ammesso: scegli dall'elenco." },
    ]);
  });

  it("turns an unexpected failure into a short message whose reference is in the log", () => {
    const { emu, addOn } = loadAddOn();
    emu.injectFault({ method: "Spreadsheet.getSheetByName" });
    let message = "";
    try {
      addOn.getFormContext();
    } catch (error) {
      message = (error as Error).message;
    }
    const ref = /riferimento (E\w+)/.exec(message)?.[1];
    expect(ref).toBeDefined();
    expect(emu.logs.some((l) => l.level === "error" && l.text.includes(`[${ref}] getFormContext`))).toBe(
      true,
    );
  });
});
