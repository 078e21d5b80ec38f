// People stay themselves: follow-up in Shortlist and Coordinatori stays with a person whose details grow.
import { describe, expect, it } from "vitest";
import { columnOf, interview, lucia } from "../fixtures";
import { preparedAddOn } from "./addon";

describe("people stay themselves", () => {
  it("follow-up in Shortlist and Coordinatori stays with a person whose details grow, after an unrelated edit", () => {
    const { emu, addOn } = preparedAddOn();
    // Named by phone in one interview, by phone and e-mail in another.
    const first = addOn.submitInterview(interview({ contacts: [lucia] }));
    addOn.submitInterview(
      interview({
        interviewee: { name: "Paola Neri", role: "Educatrice", organization: "Comune di Bari" },
        contacts: [{ ...lucia, email: "l.ferrante@comune.bari.example" }],
      }),
    );
    addOn.generateShortlist();
    const rowOf = (tab: string, header: string) =>
      emu.recordsOf(tab).findIndex((r) => r[header] === "Lucia Ferrante") + 2;
    const shortRow = rowOf("Shortlist", "Contatto");
    const coordRow = rowOf("Coordinatori", "Nome");
    emu.typeInto("Shortlist", `${columnOf(emu, "Shortlist", "Stato")}${shortRow}`, "Contattato");
    emu.typeInto("Shortlist", `${columnOf(emu, "Shortlist", "Note")}${shortRow}`, "richiamare lunedì");
    emu.typeInto("Coordinatori", `${columnOf(emu, "Coordinatori", "Stato")}${coordRow}`, "Interessato/a");
    emu.typeInto("Coordinatori", `${columnOf(emu, "Coordinatori", "Note")}${coordRow}`, "corso di maggio");
    emu.typeInto("Coordinatori", "K1", "Chi segue");
    emu.typeInto("Coordinatori", `K${coordRow}`, "Giulia");

    // An unrelated edit of the first interview: its contacts move below the second's.
    const stored = addOn.getInterview(first.id);
    expect(addOn.submitInterview({ ...stored, submissionId: "S-unrelated-edit", notes: "Visto" }).ok).toBe(
      true,
    );
    addOn.generateShortlist();

    const shortlist = emu.recordsOf("Shortlist").filter((r) => r.Contatto === "Lucia Ferrante");
    expect(shortlist.map((r) => [r.Posizione, r.Stato, r.Note])).toEqual([
      [1, "Contattato", "richiamare lunedì"],
    ]);
    const coordinators = emu.recordsOf("Coordinatori").filter((r) => r.Nome === "Lucia Ferrante");
    expect(coordinators.map((r) => [r.Area, r.Stato, r.Note, r["Chi segue"]])).toEqual([
      ["Bari", "Interessato/a", "corso di maggio", "Giulia"],
    ]);
    // Regenerating again changes nothing.
    const before = JSON.stringify([emu.valuesOf("Shortlist"), emu.valuesOf("Coordinatori")]);
    addOn.generateShortlist();
    expect(JSON.stringify([emu.valuesOf("Shortlist"), emu.valuesOf("Coordinatori")])).toBe(before);
  });
});
