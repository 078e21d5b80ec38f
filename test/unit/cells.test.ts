import { describe, expect, it } from "vitest";
import {
  cellText,
  dateCellText,
  isDateValue,
  isoDate,
  isYes,
  yesNoOf,
  yesNoText,
} from "../../src/core/cells";
import { consentOf } from "../../src/core/importRow";
import { rowToStoredInterview } from "../../src/core/records";
import { rowToScoringContact } from "../../src/core/scoringRows";
import { settingsFromValues } from "../../src/core/settings";

const YES_SPELLINGS: unknown[] = [
  "Sì",
  "sì",
  "si",
  "Si",
  "SI",
  "SÌ",
  " sì ",
  "Sì.",
  "yes",
  "Yes",
  "YES",
  "y",
  "Y",
  "s",
  "x",
  "X",
  "1",
  1,
  true,
  "TRUE",
  "true",
  "VERO",
  "vero",
  "ok",
  "OK",
  "acconsento",
];
const NO_SPELLINGS: unknown[] = [
  "No",
  "no",
  "NO",
  "n",
  "N",
  "0",
  0,
  false,
  "FALSE",
  "false",
  "FALSO",
  "falso",
];
const BLANKS: unknown[] = ["", "   ", null, undefined];

describe("a cell as text", () => {
  it("gives numbers and booleans as typed, dates as YYYY-MM-DD and blanks as an empty text", () => {
    expect(cellText(" Bari ")).toBe("Bari");
    expect(cellText(42)).toBe("42");
    expect(cellText(true)).toBe("true");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(new Date(2025, 2, 14))).toBe("2025-03-14");
  });

  it("tells a date cell from text that looks like one", () => {
    expect(isDateValue(new Date(2025, 2, 14))).toBe(true);
    expect(isDateValue("2025-03-14")).toBe(false);
    expect(isoDate(new Date(2025, 11, 1))).toBe("2025-12-01");
  });

  it("reads date cells as YYYY-MM-DD or GG/MM/AAAA, other text as written", () => {
    expect(dateCellText(new Date(2025, 2, 4))).toBe("2025-03-04");
    expect(dateCellText("2025-3-4")).toBe("2025-03-04");
    expect(dateCellText("4/3/2025")).toBe("2025-03-04");
    expect(dateCellText("14.03.2025 09:12")).toBe("2025-03-14");
    expect(dateCellText("marzo 2025")).toBe("marzo 2025");
  });
});

describe("the one reader of yes and no", () => {
  it("reads every spelling of yes as yes", () => {
    for (const yes of YES_SPELLINGS) {
      expect(yesNoOf(yes), String(yes)).toBe(true);
      expect(isYes(yes), String(yes)).toBe(true);
    }
  });

  it("reads every spelling of no, and a blank cell, as no", () => {
    for (const no of [...NO_SPELLINGS, ...BLANKS]) {
      expect(yesNoOf(no), String(no)).toBe(false);
      expect(isYes(no), String(no)).toBe(false);
    }
  });

  it("says neither for text that is no yes and no no", () => {
    for (const other of ["forse", "sì e no", "2", 2, "nessuno"]) {
      expect(yesNoOf(other), String(other)).toBeUndefined();
      expect(isYes(other), String(other)).toBe(false);
    }
  });

  it("is the reader of consent, of Coordinatore d'area and of Impostazioni alike", () => {
    const settings = (value: unknown) =>
      settingsFromValues([
        ["Chiave", "Nome", "Valore", "Aiuto"],
        ["solo_interviste_verificate", "Solo interviste verificate", value, ""],
      ]).onlyVerified;
    const contact = (mark: unknown) =>
      rowToScoringContact({
        interviewId: "INT-00001",
        name: "Giulia Esposito",
        decisionLevel: "Dirigente",
        coordinatorCandidate: mark,
      } as never);
    const consent = (value: unknown) => rowToStoredInterview({ consent: value } as never, []).consent;
    for (const value of [...YES_SPELLINGS, ...NO_SPELLINGS]) {
      const said = yesNoOf(value);
      expect(consentOf(value), `import ${String(value)}`).toBe(said);
      expect(consent(value), `stored ${String(value)}`).toBe(said);
      expect(settings(value), `setting ${String(value)}`).toBe(said);
      expect(contact(value), `contact ${String(value)}`).toMatchObject({ coordinatorCandidate: said });
    }
  });

  it("writes yes and no as Sì and No, which read back as written", () => {
    expect(yesNoText(true)).toBe("Sì");
    expect(yesNoText(false)).toBe("No");
    expect(yesNoOf(yesNoText(true))).toBe(true);
    expect(yesNoOf(yesNoText(false))).toBe(false);
  });

  it("reads a consent of 1 as given, wherever it is read", () => {
    expect(consentOf("1")).toBe(true);
    expect(rowToStoredInterview({ consent: "1" } as never, []).consent).toBe(true);
    expect(rowToStoredInterview({ consent: 1 } as never, []).consent).toBe(true);
  });
});
