import { describe, expect, it } from "vitest";
import { fillMessage, t } from "../../src/core/i18n";

describe("singular and plural in messages", () => {
  it("says 1 contatto and 2 contatti, 1 contact and 0 contacts", () => {
    expect(t("it", "deleted", { id: "INT-00042", count: 1 })).toBe(
      "Intervista INT-00042 eliminata con 1 contatto.",
    );
    expect(t("it", "deleted", { id: "INT-00042", count: 2 })).toBe(
      "Intervista INT-00042 eliminata con 2 contatti.",
    );
    expect(t("en", "deleted", { id: "INT-00042", count: 1 })).toBe(
      "Interview INT-00042 deleted with 1 contact.",
    );
    expect(t("en", "deleted", { id: "INT-00042", count: 0 })).toBe(
      "Interview INT-00042 deleted with 0 contacts.",
    );
  });

  it("says 1 riga è stata ignorata, and 3 righe sono state ignorate", () => {
    expect(t("it", "skippedRows", { count: 1, first: "Interviste!O3" })).toBe(
      "1 riga con valori non validi è stata ignorata (cella: Interviste!O3).",
    );
    expect(t("it", "skippedRows", { count: 3, first: "Interviste!O3" })).toBe(
      "3 righe con valori non validi sono state ignorate (prima: Interviste!O3).",
    );
    expect(t("en", "skippedRows", { count: 1, first: "Interviste!O3" })).toBe(
      "1 row with invalid values was skipped (cell: Interviste!O3).",
    );
  });

  it("counts regions, areas and contacts of the shortlist each with its own number", () => {
    expect(t("it", "shortlistDone", { when: "28/11/2026 15:00", regions: 1, areas: 3, contacts: 1 })).toBe(
      "Shortlist generata il 28/11/2026 15:00: 1 regione, 3 aree, 1 contatto.",
    );
    expect(t("en", "shortlistDone", { when: "28/11/2026 15:00", regions: 15, areas: 1, contacts: 2 })).toBe(
      "Shortlist generated on 28/11/2026 15:00: 15 regions, 1 area, 2 contacts.",
    );
  });

  it("names the interviewee, the region and the date in the delete confirmation", () => {
    const params = { id: "INT-00007", name: "Marco Bianchi", region: "Puglia", date: "14/03/2025" };
    expect(t("it", "deleteConfirm", { ...params, count: 1 })).toBe(
      "Eliminare l'intervista INT-00007 a Marco Bianchi (Puglia, 14/03/2025) e il suo contatto? L'operazione non si può annullare.",
    );
    expect(t("it", "deleteConfirm", { ...params, count: 3 })).toContain("e i suoi 3 contatti?");
    expect(t("en", "deleteConfirm", { ...params, count: 1 })).toBe(
      "Delete the interview INT-00007 with Marco Bianchi (Puglia, 14/03/2025) and its 1 contact? This cannot be undone.",
    );
  });

  it("puts the number where # stands and leaves a placeholder without its param as written", () => {
    expect(fillMessage("{n|una riga|# righe}", { n: 4 })).toBe("4 righe");
    expect(fillMessage("{n|una riga|# righe}", { n: "1" })).toBe("una riga");
    expect(fillMessage("{n|riga|righe} {id}", {})).toBe("{n|riga|righe} {id}");
  });
});
