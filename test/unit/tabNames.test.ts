// Look-alike tab names: a tab renamed by hand is found, never another tab.
import { describe, expect, it } from "vitest";
import { lookalikeOf, tabKey } from "../../src/server/tabNames";

describe("look-alike tabs", () => {
  it("finds a tab renamed by hand, never another tab", () => {
    for (const name of [
      "Interviste ",
      "interviste",
      "Interviste (copia)",
      "Copia di Interviste",
      "Interviste 2",
    ])
      expect(lookalikeOf(["Contatti", name], "Interviste")).toBe(name);
    expect(lookalikeOf(["Interviste", "Interviste (copia)"], "Interviste")).toBe("Interviste (copia)");
    expect(lookalikeOf(["Interviste vecchie", "Contatti"], "Interviste")).toBeUndefined();
    expect(tabKey("Copy of Partner ")).toBe("partner");
  });
});
