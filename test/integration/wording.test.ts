// The words and numbers people read in the sheet: Sì/No, whole-number count axes, Italian names in
// Italian messages, rows skipped for bad values kept in view, and contact counts that say what they count.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type AddOn, type Emulator, loadAddOn, preparedAddOn } from "./addon";

function seed(addOn: AddOn) {
  addOn.submitInterview(interview());
  addOn.submitInterview(
    interview({
      hardestArea: { kind: "comune", name: "Foggia" },
      interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 3 },
      protocolArea: "Foggia",
    }),
  );
}

const noteOf = (emu: Emulator, tab: string, row: number, column: number) =>
  emu.sheetData(tab)!.notes.get(`${row - 1},${column - 1}`) ?? "";

describe("numbers in the Italian format (40,0)", () => {
  it("Prepara il foglio gives an Italian user's spreadsheet of another locale the Italian one, and says so", () => {
    const { emu, addOn } = loadAddOn();
    emu.spreadsheetLocale = "en_US";
    addOn.setupSpreadsheet();
    expect(emu.spreadsheetLocale).toBe("it_IT");
    expect(emu.ui.toasts.at(-1)?.message).toContain(
      "Le impostazioni internazionali del foglio erano en_US: ora sono Italia (it_IT)",
    );
    seed(addOn);
    addOn.generateShortlist();
    const values = emu.valuesOf("Shortlist") as unknown[][];
    const at = (values[0] as string[]).indexOf("Punteggio");
    const row = values.findIndex((line) => typeof line[at] === "number") + 1;
    const sheet = emu.globals().SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Shortlist");
    expect(sheet.getRange(row, at + 1).getDisplayValues()[0][0]).toMatch(/^\d+,\d$/);
  });

  it("leaves an English user's spreadsheet in its own locale", () => {
    const { emu, addOn } = loadAddOn({ locale: "en" });
    emu.spreadsheetLocale = "en_US";
    addOn.setupSpreadsheet();
    expect(emu.spreadsheetLocale).toBe("en_US");
  });
});

describe("Sì/No wherever a yes/no is shown", () => {
  it("writes the consent as Sì in Interviste, never TRUE (or VERO)", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const consents = emu.recordsOf("Interviste").map((r) => r.Consenso);
    expect(consents).toEqual(["Sì", "Sì"]);
    // And reading it back still counts the interviews as consented.
    expect(addOn.getInterview("INT-00001").consent).toBe(true);
    addOn.generateShortlist();
    expect(emu.recordsOf("Shortlist").some((r) => r.Area === "Foggia")).toBe(true);
  });
});

describe("count axes of the Riepilogo's charts", () => {
  it("are whole numbers from 0: vAxis of the column chart, hAxis of the bar chart", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    addOn.generateShortlist();
    const charts = emu.sheetData("Riepilogo")!.charts;
    const column = charts.find((c: { type: string }) => c.type === "COLUMN");
    const bar = charts.find((c: { type: string }) => c.type === "BAR");
    expect(column.options).toMatchObject({ "vAxis.format": "0", "vAxis.viewWindow.min": 0 });
    expect(bar.options).toMatchObject({ "hAxis.format": "0", "hAxis.viewWindow.min": 0 });
  });
});

describe("Italian names in Italian messages", () => {
  it("names a custom function's argument by its place and Italian name, in Italian", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    const contacts = emu.valuesOf("Contatti");
    const interviews = emu.valuesOf("Interviste");
    let message = "";
    try {
      addOn.COEF_AREA_SCORES(contacts, interviews);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("il 1° argomento (interviste)");
    expect(message).not.toMatch(/\binterviews\b/);
  });

  it("keeps the parameter's own name in English messages", () => {
    const { emu, addOn } = preparedAddOn({ locale: "en" });
    seed(addOn);
    expect(() => addOn.COEF_AREA_SCORES(emu.valuesOf("Contatti"), emu.valuesOf("Interviste"))).toThrow(
      /the interviews argument must come from the Interviste tab/,
    );
  });
});

describe("rows skipped for bad values", () => {
  it("are named in the Shortlist's header note, which stays, as its own line", () => {
    const { emu, addOn } = preparedAddOn();
    seed(addOn);
    emu.typeInto("Interviste", "O3", "altissima");
    addOn.generateShortlist();
    const note = noteOf(emu, "Shortlist", 1, 1);
    const lines = note.split("\n");
    expect(lines[0]).toMatch(/^Generata il /);
    expect(lines.at(-1)).toBe(
      "Non letta per valori non validi: 1 riga (cella: Interviste!O3 (D2 Gravità)), esclusa da punteggi, Shortlist e Riepilogo. Correggi e rigenera.",
    );
    // Fixed and generated again: the line is gone.
    emu.typeInto("Interviste", "O3", "4");
    addOn.generateShortlist();
    expect(noteOf(emu, "Shortlist", 1, 1)).not.toMatch(/valori non validi/);
  });
});

describe("the contact counts of the toast, the Riepilogo and the Registro", () => {
  it("each says what it counts", () => {
    const { emu, addOn } = preparedAddOn();
    // One person named for two areas: two contact rows in the Shortlist, one person in the Riepilogo.
    const anna = {
      name: "Anna Verdi",
      role: "Dirigente Servizi Sociali",
      organization: "Comune di Bari",
      email: "anna.verdi@comune.bari.it",
      phone: "",
      decisionLevel: "dirigente" as const,
    };
    addOn.submitInterview(interview({ contacts: [anna] }));
    addOn.submitInterview(
      interview({
        hardestArea: { kind: "comune", name: "Foggia" },
        interestedAuthority: { name: "Comune di Foggia", kind: "comune", area: "Foggia", interest: 3 },
        protocolArea: "Foggia",
        contacts: [anna],
      }),
    );
    addOn.generateShortlist();
    const toast = String(emu.ui.toasts.at(-1)?.message);
    const shortlistContacts = emu.recordsOf("Shortlist").filter((r) => r.Contatto === "Anna Verdi").length;
    expect(shortlistContacts).toBe(2);
    expect(toast).toMatch(/2 contatti\./);
    expect(toast).toContain(
      "I contatti sono le righe di contatto delle aree in classifica (chi è citato/a in due aree conta due volte); il Riepilogo conta le persone distinte di ogni regione.",
    );
    const puglia = emu.recordsOf("Riepilogo").find((r) => r.Regione === "Puglia");
    expect(puglia?.Contatti).toBe(1);
    // The Riepilogo's Contatti says, on its header, that it counts people once each.
    const riepilogo = emu.valuesOf("Riepilogo")[0] as string[];
    expect(noteOf(emu, "Riepilogo", 1, riepilogo.indexOf("Contatti") + 1)).toMatch(
      /^Persone distinte .* conta una volta/,
    );
    // Given back on the next generation if removed.
    emu.sheetData("Riepilogo")!.notes.clear();
    addOn.generateShortlist();
    expect(noteOf(emu, "Riepilogo", 1, riepilogo.indexOf("Contatti") + 1)).toMatch(/^Persone distinte/);
    // The Registro's Conteggio says, in its header note, what it counts for each action.
    const headers = emu.valuesOf("Registro")[0] as string[];
    const note = noteOf(emu, "Registro", 1, headers.indexOf("Conteggio") + 1);
    expect(note).toMatch(/«shortlist» le righe scritte nella Shortlist/);
    expect(note).toMatch(/«creazione» e «modifica» i contatti/);
  });
});
