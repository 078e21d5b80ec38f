// The follow-up finds a person again by any of their details, within a scope.
import { describe, expect, it } from "vitest";
import { distinctContacts, identityOf } from "../../src/core/distinctContacts";
import { FollowUps } from "../../src/core/followUp";

const personOf = (row: Record<string, unknown>) => ({
  email: row.email,
  phone: row.phone,
  name: row.name,
  organization: row.org,
});
const scopeOf = (row: Record<string, unknown>) => String(row.region);
const mention = (email: string, phone: string, name = "Lucia Ferrante") => ({
  interviewId: "INT-1",
  name,
  role: "Assistente sociale",
  organization: "Comune di Bari",
  email,
  phone,
  decisionLevel: "tecnico" as const,
});

describe("FollowUps", () => {
  it("a row written with a phone is found by the person who later also has an e-mail, whatever order", () => {
    const previous = [
      { region: "16", name: "Lucia Ferrante", org: "Comune di Bari", phone: "080 541 2233", email: "" },
    ];
    for (const order of [
      [mention("l.f@bari.example", "+39 080 541 2233"), mention("", "080 5412233")],
      [mention("", "080 5412233"), mention("L.F@bari.example", "080-541-2233")],
    ]) {
      const [person] = distinctContacts(order.map((m) => ({ ...m, phone: m.phone.replace(/^\+39 /, "") })));
      const followUps = new FollowUps(previous, scopeOf, personOf);
      expect(followUps.claim("16", identityOf(person))).toBe(previous[0]);
      expect(followUps.unclaimed()).toEqual([]);
    }
  });

  it("never gives a row to someone else: another e-mail on the same phone, another region, a second claim", () => {
    const row = {
      region: "16",
      name: "Lucia Ferrante",
      org: "Comune di Bari",
      phone: "0805412233",
      email: "l.f@bari.example",
    };
    const followUps = new FollowUps([row], scopeOf, personOf);
    const [other] = distinctContacts([mention("centralino@bari.example", "0805412233", "Ufficio")]);
    expect(followUps.claim("16", identityOf(other))).toBeNull();
    const [lucia] = distinctContacts([mention("l.f@bari.example", "")]);
    expect(followUps.claim("11", identityOf(lucia))).toBeNull();
    expect(followUps.claim("16", identityOf(lucia))).toBe(row);
    expect(followUps.claim("16", identityOf(lucia))).toBeNull();
  });

  it("two rows of one person in one scope count once", () => {
    const a = { region: "16", name: "Lucia", org: "", phone: "1", email: "" };
    const followUps = new FollowUps([a, { ...a }], scopeOf, personOf);
    expect(followUps.unclaimed()).toEqual([a]);
  });

  it("a row written with an e-mail is found by the same person whose e-mail is no longer given", () => {
    const row = {
      region: "16",
      name: "Lucia Ferrante",
      org: "Comune di Bari",
      phone: "0805412233",
      email: "l.f@bari.example",
    };
    const [lucia] = distinctContacts([mention("", "080 541 2233")]);
    expect(new FollowUps([row], scopeOf, personOf).claim("16", identityOf(lucia))).toBe(row);
  });
});
