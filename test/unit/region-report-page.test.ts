/**
 * The Scheda regione page's words and privacy, on plain data: when it was made, what an empty list says
 * for a region with no interview yet, and the copy without recapiti (no e-mail, no phone anywhere).
 */
import { describe, expect, it } from "vitest";
import { buildCoordinators } from "../../src/core/coordinators";
import type { DecisionTabs } from "../../src/core/decisionTabs";
import type { Scale } from "../../src/core/interview";
import { buildRegionReport, type RegionReport } from "../../src/core/regionReport";
import { buildRiepilogo } from "../../src/core/riepilogo";
import type { ScoringContact, ScoringInterview } from "../../src/core/scoringRows";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { buildShortlist, NO_AREA_NAMED } from "../../src/core/shortlist";
import { rankAreas } from "../../src/core/stability";
import { detailsNote, HIDDEN_DETAIL, maskDetails, withoutContactDetails } from "../../src/report/details";
import {
  areasEmpty,
  contactsEmpty,
  generatedText,
  interestOnlyEmpty,
  NO_AREA_NAMED_TEXT,
  noInterviewsYet,
} from "../../src/report/words";

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, topN: 3, target: 5 };

function iv(id: string, hardest: string, interested: string): ScoringInterview {
  return {
    id,
    region: "16",
    hardestArea: hardest,
    hardestAreaIstat: "",
    hardestAreaKind: "comune",
    severity: 4 as Scale,
    evidence: ["dati_statistici"],
    causes: ["lavoro"],
    authorityArea: interested,
    interest: 5 as Scale,
    authorityName: `Comune di ${interested}`,
    protocolArea: interested,
  };
}
const CONTACTS: ScoringContact[] = [
  {
    interviewId: "INT-1",
    name: "Anna Verdi",
    role: "Dirigente",
    organization: "Comune di Bari",
    email: "anna.verdi@comune.bari.example",
    phone: "+39 080 111 2222",
    decisionLevel: "dirigente",
    coordinatorCandidate: true,
  },
  {
    interviewId: "INT-2",
    name: "Marco Russo",
    role: "Sindaco",
    organization: "Comune di Lucera",
    email: "sindaco@comune.lucera.example",
    phone: "+39 0881 000 111",
    decisionLevel: "politico",
    coordinatorCandidate: false,
  },
];

function tabsOf(interviews: ScoringInterview[]): DecisionTabs {
  const contacts = CONTACTS.filter((c) => interviews.some((i) => i.id === c.interviewId));
  const scores = rankAreas(interviews, contacts, SETTINGS);
  const shortlist = buildShortlist({ scores, regionsInScope: SETTINGS.regionsInScope, topN: SETTINGS.topN });
  const riepilogo = buildRiepilogo({
    scores,
    interviews,
    contacts,
    regionsInScope: SETTINGS.regionsInScope,
    target: SETTINGS.target,
    shortlistRows: shortlist.rows,
  });
  const coordinators = buildCoordinators({
    interviews,
    contacts,
    scores,
    regionsInScope: SETTINGS.regionsInScope,
  });
  return { scores, shortlist, riepilogo, coordinators, skipped: { count: 0, first: "" } };
}

// Bari is named hardest; Lucera only in D3 and D4 (interest without criticality).
const PUGLIA = buildRegionReport(
  tabsOf([iv("INT-1", "Bari", "Bari"), iv("INT-2", "Bari", "Lucera")]),
  SETTINGS,
  "16",
  {
    date: "07/12/2026",
    time: "02:58",
  },
);
const EMPTY = buildRegionReport(tabsOf([]), SETTINGS, "14", { date: "07/12/2026", time: "09:05" });

describe("when the Scheda was made", () => {
  it("is carried as plain text in the Italian format and said in full", () => {
    expect(PUGLIA.generated).toEqual({ date: "07/12/2026", time: "02:58" });
    expect(generatedText(PUGLIA)).toBe("Scheda generata il 07/12/2026 alle 02:58");
    expect(JSON.parse(JSON.stringify(PUGLIA))).toEqual(PUGLIA);
  });
  it("says nothing it does not know", () => {
    const unknown = buildRegionReport(tabsOf([]), SETTINGS, "14");
    expect(unknown.generated).toEqual({ date: "", time: "" });
    expect(generatedText(unknown)).toBe("");
    expect(generatedText({ ...unknown, generated: { date: "07/12/2026", time: "" } })).toBe(
      "Scheda generata il 07/12/2026",
    );
  });
});

describe("a region with no interview yet", () => {
  it("says there are no interviews, never that every interested authority is in a hardest area", () => {
    expect(EMPTY.progress.interviews).toBe(0);
    expect(EMPTY.interestOnly).toEqual([]);
    expect(interestOnlyEmpty(EMPTY)).toBe(
      "Nessuna intervista ancora in questa regione: non c'è ancora nessun ente interessato da mostrare.",
    );
    expect(interestOnlyEmpty(EMPTY)).not.toContain("ogni ente interessato");
    expect(contactsEmpty(EMPTY)).toBe(
      "Nessuna intervista ancora in questa regione: nessun contatto da mostrare.",
    );
    expect(areasEmpty(EMPTY)).toBe("Nessuna intervista ancora in questa regione: nessuna area da mostrare.");
  });
  it("says none is verified yet when only verified interviews count and some wait", () => {
    const waiting: RegionReport = { ...EMPTY, progress: { ...EMPTY.progress, allInterviews: 3 } };
    expect(noInterviewsYet(waiting)).toBe("Nessuna intervista verificata ancora in questa regione");
    expect(interestOnlyEmpty(waiting)).toMatch(/^Nessuna intervista verificata ancora/);
  });
  it("keeps the usual words when the region has interviews", () => {
    expect(noInterviewsYet(PUGLIA)).toBe("");
    const none: RegionReport = { ...PUGLIA, interestOnly: [] };
    expect(interestOnlyEmpty(none)).toBe(
      "Nessuna: ogni ente interessato è in un'area indicata come la più difficile.",
    );
    expect(contactsEmpty(none)).toBe("Nessun contatto indicato (D4) per le aree in shortlist.");
    expect(areasEmpty({ ...none, placeholder: NO_AREA_NAMED })).toBe(
      "Le interviste non indicano ancora un'area più difficile (D1).",
    );
    expect(NO_AREA_NAMED_TEXT).toBe(NO_AREA_NAMED);
  });
});

describe("recapiti", () => {
  it("the example has e-mails and phones in Chi contattare, the coordinators and interest without criticality", () => {
    expect(PUGLIA.contacts.map((c) => c.email)).toContain("anna.verdi@comune.bari.example");
    expect(PUGLIA.coordinators.map((c) => c.phone)).toContain("+39 080 111 2222");
    expect(PUGLIA.interestOnly.flatMap((a) => a.people.map((p) => p.email))).toContain(
      "sindaco@comune.lucera.example",
    );
  });
  it("a copy without recapiti holds no e-mail or phone anywhere, and everything else unchanged", () => {
    const before = JSON.stringify(PUGLIA);
    const copy = withoutContactDetails(PUGLIA);
    const text = JSON.stringify(copy);
    for (const c of CONTACTS) {
      expect(text).not.toContain(c.email);
      expect(text).not.toContain(c.phone);
    }
    expect(text).not.toMatch(/@/);
    expect(copy.detailsRemoved).toBe(true);
    expect(copy.contacts.map((c) => c.name)).toEqual(PUGLIA.contacts.map((c) => c.name));
    expect(copy.coordinators.map((c) => [c.name, c.role, c.organization])).toEqual(
      PUGLIA.coordinators.map((c) => [c.name, c.role, c.organization]),
    );
    const { detailsRemoved: _, ...rest } = copy;
    const blank = (x: object) => JSON.parse(JSON.stringify(x).replace(/"(email|phone)":"[^"]*"/g, '"$1":""'));
    expect(rest).toEqual(blank(PUGLIA));
    // The report itself is not changed.
    expect(JSON.stringify(PUGLIA)).toBe(before);
  });
  it("masks e-mails and phone numbers typed in free text, but not dates or short numbers", () => {
    expect(maskDetails("Richiamare Anna al 333 987 6543 o scrivere a anna.privata@gmail.com")).toBe(
      `Richiamare Anna al ${HIDDEN_DETAIL} o scrivere a ${HIDDEN_DETAIL}`,
    );
    expect(maskDetails("tel. +39 080.577.1111, 0805771111, 080-5771111")).toBe(
      `tel. ${HIDDEN_DETAIL}, ${HIDDEN_DETAIL}, ${HIDDEN_DETAIL}`,
    );
    expect(maskDetails("Incontro il 14/03/2025 (2025-03-14), sala 12, ore 10")).toBe(
      "Incontro il 14/03/2025 (2025-03-14), sala 12, ore 10",
    );
  });

  it("a copy without recapiti drops the Referente and masks recapiti typed in free text", () => {
    const typed: RegionReport = {
      ...PUGLIA,
      contacts: PUGLIA.contacts.map((c, i) =>
        i === 0
          ? {
              ...c,
              owner: "mario.referente@coop.example",
              nextStep: "Richiamare Anna al 333 987 6543 o scrivere a anna.privata@gmail.com",
            }
          : c,
      ),
    };
    const text = JSON.stringify(withoutContactDetails(typed));
    for (const gone of ["mario.referente@coop.example", "anna.privata@gmail.com", "333 987 6543"])
      expect(text).not.toContain(gone);
    expect(text).toContain(`Richiamare Anna al ${HIDDEN_DETAIL} o scrivere a ${HIDDEN_DETAIL}`);
  });

  it("the page says whether the recapiti are shown, hidden or not in the copy", () => {
    expect(detailsNote(true, false)).toBe(
      "Recapiti nascosti: la scheda mostra nomi, ruoli ed enti delle persone, senza e-mail e telefoni.",
    );
    expect(detailsNote(false, false)).toMatch(/mostra e-mail e telefoni di persone di altri enti/);
    expect(detailsNote(true, true)).toMatch(/^Recapiti non inclusi/);
  });
});
