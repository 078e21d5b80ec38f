// The one parser of the rows scoring reads, shared by the custom functions and the decision tabs.
import { describe, expect, it } from "vitest";
import { buildDecisionTabs } from "../../src/core/decisionTabs";
import { scoringContactsOf } from "../../src/core/scoringRows";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const HEADER = [
  "ID intervista",
  "Nome",
  "Ruolo",
  "Organizzazione",
  "Livello decisionale",
  "Coordinatore d'area",
];

describe("the rows scoring reads", () => {
  it("reads the Coordinatore d'area mark of each contact by the one yes reader", () => {
    const { contacts, skipped } = scoringContactsOf([
      HEADER,
      ["INT-00001", "Giulia Esposito", "Assistente sociale", "Comune di Bari", "Tecnico", "Sì"],
      ["INT-00001", "Marco Ferri", "Dirigente", "ASL Bari", "Dirigente", ""],
      ["INT-00002", "Anna Conti", "Assessora", "Regione Puglia", "Politico", "x"],
    ]);
    expect(skipped.count).toBe(0);
    expect(contacts.map((c) => c.coordinatorCandidate)).toEqual([true, false, true]);
  });

  it("says nothing about candidates for a Contatti range without the Coordinatore d'area column", () => {
    const { contacts } = scoringContactsOf([
      HEADER.slice(0, 5),
      ["INT-00001", "Giulia Esposito", "Assistente sociale", "Comune di Bari", "Tecnico"],
    ]);
    expect(contacts).toHaveLength(1);
    expect("coordinatorCandidate" in contacts[0]).toBe(false);
  });

  it("names the first unusable row by its cell and counts the others", () => {
    const { contacts, skipped } = scoringContactsOf([
      HEADER,
      ["INT-00001", "Giulia Esposito", "", "", "Tecnico", ""],
      ["INT-00001", "Marco Ferri", "", "", "Capo", ""],
      ["", "Anna Conti", "", "", "Politico", ""],
    ]);
    expect(contacts).toHaveLength(1);
    expect(skipped).toEqual({ count: 2, first: "Contatti!E3 (Livello decisionale)" });
  });

  it("gives the decision tabs the same contacts, a tab without the column listing no Coordinatori", () => {
    const tabs = buildDecisionTabs({
      interviews: null,
      contacts: [HEADER.slice(0, 5), ["INT-00001", "Giulia Esposito", "", "", "Tecnico"]],
      settings: DEFAULT_SETTINGS,
    });
    expect(tabs.coordinators.counts.candidates).toBe(0);
    expect(tabs.skipped.count).toBe(0);
  });
});
