// A likely duplicate (same region, interviewee and date) is asked about before it is saved.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("likely duplicates", () => {
  it("a new interview with the same region, interviewee and date is asked about first; confirmed, it is saved", () => {
    const { emu, addOn } = preparedAddOn();
    const first = addOn.submitInterview(interview());
    const again = interview({
      interviewee: { name: "  marco  BIANCHI ", role: "Assistente sociale", organization: "Comune di Bari" },
      hardestArea: { kind: "comune", name: "Foggia" },
    });
    const asked = addOn.submitInterview({ ...again, askIfDuplicate: true });
    expect(asked).toEqual({
      ok: false,
      duplicate: { id: first.id, region: "16", interviewee: "Marco Bianchi", date: "2025-03-14" },
    });
    expect(emu.recordsOf("Interviste")).toHaveLength(1);
    // Another date, region or person is not a duplicate.
    for (const other of [
      { interviewDate: "2025-03-15" },
      { region: "11" },
      { interviewee: { name: "Paola Neri", role: "Educatrice", organization: "Comune di Bari" } },
    ])
      expect(addOn.submitInterview({ ...interview(other), askIfDuplicate: true }).ok).toBe(true);
    // The user confirms: saved as new.
    const confirmed = addOn.submitInterview(again);
    expect(confirmed).toMatchObject({ ok: true, created: true });
    expect(emu.recordsOf("Interviste")).toHaveLength(5);
  });
});
