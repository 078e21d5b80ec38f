import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, slotKey } from "../../src/core/importColumns";
import {
  assignIds,
  countsOf,
  duplicatesOf,
  outcomeBlock,
  planImport,
  type ReadRow,
} from "../../src/core/importPlan";
import {
  claimedId,
  columnOfField,
  consentOf,
  digest,
  type ImportRow,
  importDateOf,
  outcomeId,
  parseImportRow,
} from "../../src/core/importRow";
import { importsAnyway, interviewKey } from "../../src/core/likelyDuplicates";

const options = { today: "2025-06-30", lang: "it" as const };

/** A row of Importa by column key, Puglia, Bari, one contact. */
function row(overrides: ImportRow = {}): ImportRow {
  return {
    region: "Puglia",
    interviewDate: "2025-03-14",
    interviewer: "Giulia Rossi",
    intervieweeName: "Marco Bianchi",
    intervieweeRole: "Assistente sociale",
    intervieweeOrganization: "Comune di Bari",
    consent: "Sì",
    hardestAreaKind: "Comune",
    hardestArea: "Bari",
    evidence: "Dati statistici",
    causes: "Casa",
    severity: 4,
    explanation: "Affitti alti e liste d'attesa.",
    authorityName: "Comune di Bari",
    authorityKind: "Comune",
    authorityArea: "Bari",
    interest: 5,
    protocolArea: "Comune di Bari",
    [slotKey(1, "name")]: "Anna Verdi",
    [slotKey(1, "role")]: "Dirigente",
    [slotKey(1, "organization")]: "Comune di Bari",
    [slotKey(1, "email")]: "a.verdi@comune.bari.example",
    [slotKey(1, "decisionLevel")]: "Dirigente",
    ...overrides,
  };
}

describe("reading an Importa row", () => {
  it("reads consent as the form's checkbox: Sì/yes/1/x/TRUE yes, No/blank no, other text as written", () => {
    for (const yes of ["Sì", "si", "SI", "yes", "1", "x", "vero", true])
      expect(consentOf(yes), String(yes)).toBe(true);
    for (const no of ["No", "no", "", "0", false, null]) expect(consentOf(no), String(no)).toBe(false);
    expect(consentOf("forse")).toBe("forse");
  });

  it("reads dates as YYYY-MM-DD or GG/MM/AAAA, leaving anything else for the validation to refuse", () => {
    expect(importDateOf("2025-03-14")).toBe("2025-03-14");
    expect(importDateOf("2025-3-4")).toBe("2025-03-04");
    expect(importDateOf("2025-03-14 10:30:00")).toBe("2025-03-14");
    expect(importDateOf("14/03/2025")).toBe("2025-03-14");
    expect(importDateOf("4/3/2025")).toBe("2025-03-04");
    expect(importDateOf("14.03.2025")).toBe("2025-03-14");
    expect(importDateOf("14/03/2025 09:12:44")).toBe("2025-03-14");
    expect(importDateOf("marzo 2025")).toBe("marzo 2025");
  });

  it("accepts labels or codes for every coded answer, giving the same interview and submission id", () => {
    const labels = parseImportRow(row({ evidence: "Dati statistici, Esperienza diretta" }), options);
    const codes = parseImportRow(
      row({
        region: "16",
        consent: "1",
        hardestAreaKind: "comune",
        evidence: "dati_statistici;esperienza_diretta",
        causes: "casa",
        severity: "4",
        authorityKind: "comune",
        interest: "5",
        [slotKey(1, "decisionLevel")]: "dirigente",
      }),
      options,
    );
    expect(labels.kind).toBe("valid");
    expect(codes).toEqual(labels);
    if (labels.kind !== "valid") return;
    expect(labels.input.region).toBe("16");
    expect(labels.input.reasons.evidence).toEqual(["dati_statistici", "esperienza_diretta"]);
    expect(labels.input.hardestArea.istatCode).toBe("072006");
    expect(labels.key).toMatch(/^imp-[0-9a-f]{16}$/);
  });

  it("gives different answers different submission ids, and the same answers the same one", () => {
    const a = parseImportRow(row(), options);
    const b = parseImportRow(row({ severity: 3 }), options);
    const again = parseImportRow(row(), options);
    expect(a.kind === "valid" && b.kind === "valid" && a.key !== b.key).toBe(true);
    expect(again).toEqual(a);
    expect(digest("")).toHaveLength(16);
    expect(digest("Bari")).not.toBe(digest("Bara"));
  });

  it("pads an ISTAT code read as a number back to six digits", () => {
    const parsed = parseImportRow(row({ hardestAreaIstat: 72006 }), options);
    expect(parsed.kind === "valid" && parsed.input.hardestArea.istatCode).toBe("072006");
  });

  it("names the column of each error, a contact by its own slot even when an earlier slot is empty", () => {
    expect(columnOfField("region", [1])).toBe("Regione");
    expect(columnOfField("interviewee.name", [1])).toBe("Intervistato");
    expect(columnOfField("reasons.evidence[1]", [1])).toBe("D2 Evidenze");
    expect(columnOfField("contacts[1].email", [1, 3])).toBe("Contatto 3 Email");
    expect(columnOfField("contacts", [])).toBe("Contatto 1 Nome");
    const parsed = parseImportRow(
      row({ region: "", [slotKey(3, "name")]: "Rocco Lupo", [slotKey(3, "phone")]: "12" }),
      options,
    );
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind !== "invalid") return;
    expect(parsed.errors.map((e) => e.column)).toEqual([
      "Regione",
      "Contatto 3 Ruolo",
      "Contatto 3 Ente",
      "Contatto 3 Telefono",
      "Contatto 3 Livello decisionale",
    ]);
  });

  it("sees a blank row, and a header row repeated under the headers", () => {
    expect(parseImportRow({ outcome: "Importata: INT-00001" }, options)).toEqual({ kind: "blank" });
    const header = Object.fromEntries(Object.entries(IMPORT_COLUMNS).map(([k, spec]) => [k, spec.header]));
    expect(parseImportRow(header, options)).toEqual({ kind: "header" });
  });

  it("reads the id an outcome names", () => {
    expect(outcomeId("Importata: INT-00042")).toBe("INT-00042");
    expect(outcomeId("Già importata: int-7 (uguale alla riga 5)")).toBe("INT-7");
    expect(outcomeId("Da correggere: Regione: …")).toBe("");
  });
});

describe("planning an import", () => {
  const read = (rows: [ImportRow, string?][]): ReadRow[] =>
    rows.map(([r, outcome], i) => ({
      rowNumber: i + 2,
      parsed: parseImportRow(r, options),
      outcome: outcome ?? "",
    }));
  const keyOf = (r: ImportRow) => {
    const p = parseImportRow(r, options);
    return p.kind === "valid" ? p.key : "";
  };
  const context = (existing: [string, string][] = [], pending: string[] = [], refused: string[] = []) => ({
    existing: new Map(existing),
    ids: new Set(existing.map(([, id]) => id)),
    pendingIds: new Set(pending),
    refusal: (region: string) => (refused.includes(region) ? `Non sei abilitato (${region}).` : undefined),
    lang: "it" as const,
  });

  it("creates new rows in order, each once, and keeps an earlier outcome that still holds", () => {
    const bari = row();
    const lecce = row({ hardestArea: "Lecce" });
    const plan = planImport(
      read([[bari, "Importata: INT-00001"], [lecce], [row({ region: "" })], [lecce], [{}]]),
      context([[keyOf(bari), "INT-00001"]]),
    );
    assignIds(plan, ["INT-00002"], "it");
    expect(plan.rows.map((r) => r.outcome)).toEqual([
      "Importata: INT-00001",
      "Importata: INT-00002",
      expect.stringMatching(/^Da correggere: Regione: /),
      "Già importata: INT-00002 (uguale alla riga 3)",
      "",
    ]);
    expect(countsOf(plan)).toEqual({ imported: 1, already: 2, invalid: 1, refused: 0 });
    // Only rows 3 to 5 change: one block, row 2 kept as it is.
    expect(outcomeBlock(plan, new Map([[2, "Importata: INT-00001"]]))).toEqual({
      firstRow: 3,
      values: plan.rows.slice(1, 4).map((r) => r.outcome),
    });
  });

  it("counts the rows of a run Google cut as imported by that run, and writes nothing when nothing changes", () => {
    const bari = row();
    const plan = planImport(read([[bari]]), context([[keyOf(bari), "INT-00005"]], ["INT-00005"]));
    expect(plan.creates).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ category: "imported", outcome: "Importata: INT-00005" });
    expect(outcomeBlock(plan, new Map([[2, "Importata: INT-00005"]]))).toBeNull();
  });

  it("never imports again a row imported before and changed since, nor one whose interview was deleted", () => {
    const plan = planImport(
      read([
        [row({ severity: 2 }), "Importata: INT-00003"],
        [row({ severity: 1 }), "Importata: INT-00009"],
        [row({ region: "" }), "Importata: INT-00003"],
      ]),
      context([["imp-other", "INT-00003"]]),
    );
    expect(plan.creates).toEqual([]);
    expect(plan.rows.map((r) => r.outcome)).toEqual([
      expect.stringMatching(/^Già importata: INT-00003\. Questa riga non/),
      expect.stringMatching(/^Importata come INT-00009, poi eliminata/),
      expect.stringMatching(/^Già importata: INT-00003\. Questa riga non/),
    ]);
  });

  it("reads a row staged by a cut run by whether its interview was written", () => {
    const changed = row({ severity: 2 });
    // Its interview exists: imported by the cut run (completed now), whatever the row says since.
    const done = planImport(
      read([[changed, "In importazione: INT-00004"]]),
      context([["imp-x", "INT-00004"]], ["INT-00004"]),
    );
    expect(done.rows[0]).toMatchObject({ category: "imported", outcome: "Importata: INT-00004" });
    // Its interview was never written: a row like any other, created now.
    const notYet = planImport(read([[changed, "In importazione: INT-00004"]]), context([], ["INT-00004"]));
    expect(notYet.creates).toEqual([0]);
    // The staged Esito the run writes first, then the final one.
    assignIds(notYet, ["INT-00004"], "it");
    expect(outcomeBlock(notYet, new Map(), "it")?.values).toEqual(["In importazione: INT-00004"]);
    expect(outcomeBlock(notYet, new Map([[2, "In importazione: INT-00004"]]))?.values).toEqual([
      "Importata: INT-00004",
    ]);
  });

  it("refuses the rows of a region the user may not write, and their repeats", () => {
    const marche = row({ region: "Marche", hardestArea: "Ancona" });
    const plan = planImport(read([[row()], [marche], [marche]]), context([], [], ["11"]));
    expect(plan.creates).toEqual([0]);
    expect(plan.rows[1].outcome).toBe("Non importata: Non sei abilitato (11).");
    expect(plan.rows[2]).toMatchObject({
      category: "refused",
      outcome: expect.stringMatching(/^Uguale alla riga 3/),
    });
  });

  it("says a region the user may not write before «the same as row N» or «already imported», and why «importa comunque» did not count", () => {
    const bari = row();
    const plan = planImport(
      read([
        [bari, "Importata: INT-00001"],
        [bari, "importa comunque"],
        [bari],
        [row({ severity: 1 }), "Importa comunque"],
      ]),
      context([[keyOf(bari), "INT-00001"]], [], ["16"]),
    );
    // Row 2 was imported before (by someone who may write Puglia): its Esito stays.
    expect(plan.rows[0]).toMatchObject({ category: "already", outcome: "Importata: INT-00001" });
    expect(plan.rows.slice(1).map((r) => r.category)).toEqual(["refused", "refused", "refused"]);
    expect(plan.rows[1].outcome).toBe(
      "Non importata: Non sei abilitato (16). («importa comunque» vale solo per una riga che sembra un'intervista già salvata: qui non basta.)",
    );
    expect(plan.rows[2].outcome).toBe("Non importata: Non sei abilitato (16).");
    expect(plan.rows[3].outcome).toMatch(
      /^Non importata: Non sei abilitato \(16\)\. \(«importa comunque» vale solo/,
    );
    // A row identical to a saved interview, with no Esito of its own, is refused too.
    const copy = planImport(read([[bari]]), context([[keyOf(bari), "INT-00001"]], [], ["16"]));
    expect(copy.rows[0]).toMatchObject({
      category: "refused",
      outcome: "Non importata: Non sei abilitato (16).",
    });
    expect(plan.creates).toEqual([]);
  });

  it("says why «importa comunque» did not count on a row already imported", () => {
    const bari = row();
    const plan = planImport(read([[bari, "importa comunque"]]), context([[keyOf(bari), "INT-00001"]]));
    expect(plan.rows[0].outcome).toMatch(/^Già importata: INT-00001 \(«importa comunque» vale solo/);
  });
});

describe("a yes in words, likely duplicates and Esito cells that do not belong to their row", () => {
  const read = (rows: [ImportRow, string?][]): ReadRow[] =>
    rows.map(([r, outcome], i) => ({
      rowNumber: i + 2,
      parsed: parseImportRow(r, options),
      outcome: outcome ?? "",
    }));
  const marco = interviewKey("16", "Marco Bianchi", "2025-03-14");
  /** Interviste holds INT-00001 (Marco Bianchi, imported from other answers); ids up to 3 were given. */
  const context = (keys: [string, string][] = [["INT-00001", marco]]) => ({
    existing: new Map([["imp-other", "INT-00001"]]),
    ids: new Set(keys.map(([id]) => id)),
    pendingIds: new Set<string>(),
    refusal: () => undefined,
    lang: "it" as const,
    keys: new Map(keys),
    lastGiven: 3,
  });

  it("reads Sì/Yes followed by words as consent, unless a word takes it back", () => {
    for (const yes of ["Sì, acconsento", "si acconsento", "Yes, I agree", "SÌ - ho letto l'informativa"])
      expect(consentOf(yes), yes).toBe(true);
    for (const other of ["Sì, ma non acconsento", "Si no", "✓", "sicuro"])
      expect(consentOf(other), other).toBe(other);
  });

  it('folds the interviewee as the form does, and reads "importa comunque" in any case or quotes', () => {
    expect(interviewKey("16", "marco  BIANCHI", "2025-03-14")).toBe(marco);
    for (const yes of ["importa comunque", " Importa Comunque ", '"importa comunque"', "«importa comunque»."])
      expect(importsAnyway(yes), yes).toBe(true);
    expect(importsAnyway('Non importata: ... scrivi "importa comunque" in questa cella')).toBe(false);
  });

  it("names a refused value, shortened when long, after the values allowed", () => {
    const parsed = parseImportRow(row({ [slotKey(1, "decisionLevel")]: "a".repeat(100) }), options);
    expect(parsed.kind === "invalid" && parsed.errors).toEqual([
      {
        column: "Contatto 1 Livello decisionale",
        message: `Valore non ammesso: scegli dall'elenco. Valori ammessi: Politico, Dirigente, Tecnico, Altro. "${"a".repeat(59)}…" non è tra questi.`,
      },
    ]);
  });

  it("trusts only an Esito that says the row was imported", () => {
    expect(claimedId("Importata: INT-00001")).toBe("INT-00001");
    expect(claimedId("Già importata: INT-00001 (uguale alla riga 2)")).toBe("INT-00001");
    expect(claimedId("Imported as INT-00001, then deleted from Interviste")).toBe("INT-00001");
    expect(claimedId("Non importata: sembra un'intervista già salvata, INT-00001 (…)")).toBe("");
    expect(claimedId("vedi INT-00001")).toBe("");
  });

  it("leaves out a row like a saved interview, or like an earlier row, unless told to import it anyway", () => {
    const plan = planImport(
      read([
        [row({ severity: 2 })],
        [row({ intervieweeName: "marco  bianchi", severity: 1 }), "Importa comunque"],
        [row({ intervieweeName: "Luisa Neri" })],
        [row({ intervieweeName: "luisa neri", severity: 3 })],
      ]),
      context(),
    );
    expect(plan.rows.map((r) => r.category)).toEqual(["duplicate", "imported", "imported", "duplicate"]);
    expect(plan.rows[0].outcome).toMatch(/^Non importata: sembra un'intervista già salvata, INT-00001 /);
    expect(plan.rows[3].outcome).toMatch(/^Non importata: sembra la stessa intervista della riga 4 /);
    expect(duplicatesOf(plan)).toBe(2);
    // Not counted among the four counts of the Registro line.
    expect(countsOf(plan)).toEqual({ imported: 2, already: 0, invalid: 0, refused: 0 });
  });

  it("keeps an edited row's Esito, and handles as new a row whose Esito names another interview or an id never given", () => {
    const luisa = row({ intervieweeName: "Luisa Neri" });
    const plan = planImport(
      read([
        [row({ severity: 2 }), "Importata: INT-00001"],
        [luisa, "Importata: INT-00001"],
        [row({ intervieweeName: "Ugo Sale" }), "Importata: INT-00009"],
        [row({ intervieweeName: "Eva Blu" }), "Importata: INT-00002"],
        [row({ intervieweeName: "Ada Riva", region: "" }), "Importata: INT-00001"],
      ]),
      context(),
    );
    assignIds(plan, ["INT-00004", "INT-00005"], "it");
    expect(plan.rows.map((r) => r.outcome)).toEqual([
      expect.stringMatching(/^Già importata: INT-00001\. Questa riga non viene importata di nuovo/),
      "Importata: INT-00004 (questa cella diceva INT-00001, ma la riga non è quell'intervista: importata come nuova)",
      "Importata: INT-00005 (questa cella diceva INT-00009, ma la riga non è quell'intervista: importata come nuova)",
      // INT-00002 was given (up to 3) and is not in Interviste: deleted, as before.
      expect.stringMatching(/^Importata come INT-00002, poi eliminata/),
      // Not that interview, and invalid: its errors, not "già importata".
      expect.stringMatching(/^Da correggere: Regione: /),
    ]);
  });
});
