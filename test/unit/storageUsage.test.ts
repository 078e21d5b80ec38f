import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCount,
  formatPercent,
  propertyUsage,
  utf8Bytes,
} from "../../src/core/storageUsage";

describe("storageUsage", () => {
  it("counts UTF-8 bytes as Google stores them", () => {
    expect(utf8Bytes("Forlì")).toBe(6);
    expect(utf8Bytes("€")).toBe(3);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("INT-00042")).toBe(9);
  });

  it("adds up names and values of the store, takes the journal's largest value and counts its operations", () => {
    const journal = JSON.stringify([
      { op: "create", opId: "a1", id: "INT-00001" },
      { op: "delete", opId: "del:INT-00002", id: "INT-00002", contacts: 2 },
    ]);
    const usage = propertyUsage({ "coef.interviewCounter": "2", "coef.journal": journal });
    expect(usage.storeBytes).toBe(
      "coef.interviewCounter".length + 1 + "coef.journal".length + journal.length,
    );
    expect(usage.journalBytes).toBe("coef.journal".length + journal.length);
    expect(usage.pending).toBe(2);
  });

  it("writes bytes for people", () => {
    expect(formatBytes(812, "it")).toBe("812 byte");
    expect(formatBytes(4210, "it")).toBe("4,2 kB");
    expect(formatBytes(500_000, "en")).toBe("500 kB");
  });

  it("writes counts and shares in the user's language", () => {
    expect(formatCount(10_000_000, "it")).toBe("10.000.000");
    expect(formatCount(10_000_000, "en")).toBe("10,000,000");
    expect(formatPercent(1, 3, "it")).toBe("33,3%");
    expect(formatPercent(0, 0, "en")).toBe("0.0%");
  });
});
