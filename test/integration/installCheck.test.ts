import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PREPARED_TABS } from "../../src/core/preparedTabs";
import { interview } from "../fixtures";
import { type Emulator, loadAddOn, preparedAddOn } from "./addon";

interface ShownLine {
  status: string;
  title: string;
  text: string[];
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The last dialog the add-on opened, read back as a person reads it: summary, then marked lines. */
function shownDialog(emu: Emulator): { title: string; summary: string; lines: ShownLine[]; html: string } {
  const dialog = emu.ui.dialogs.at(-1);
  if (!dialog) throw new Error("no dialog was opened");
  const { html } = dialog;
  const summary = decode(/<p class="summary"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? "");
  const lines = [...html.matchAll(/<li class="(\w+)"[^>]*><h2>(.*?)<\/h2>(.*?)<\/li>/g)].map((m) => ({
    status: m[1],
    title: decode(m[2]).replace(/^([✓✗] (OK|Da sistemare|To fix)|⚠ (Attenzione|Check)) /, ""),
    text: [...m[3].matchAll(/<p>(.*?)<\/p>/g)].map((p) => decode(p[1])),
  }));
  return { title: dialog.title, summary, lines, html };
}

function line(emu: Emulator, title: string): ShownLine {
  const found = shownDialog(emu).lines.find((l) => l.title === title);
  if (!found)
    throw new Error(`no line "${title}" in ${JSON.stringify(shownDialog(emu).lines.map((l) => l.title))}`);
  return found;
}

/** Calls that write to the document, its properties or its state. */
const WRITES = /\.(set|insert|delete|append|clear|remove|update|activate|toast|flush)\w*$|tryLock|waitLock/;

describe("checkInstallation", () => {
  it("is a menu item that names a top-level function", () => {
    const { emu, addOn } = loadAddOn();
    addOn.onOpen({ authMode: "FULL" });
    const item = emu.ui.menus[0].items.find((i) => i.caption === "Verifica installazione");
    expect(item?.functionName).toBe("checkInstallation");
    expect(typeof addOn.checkInstallation).toBe("function");
  });

  it("writes nothing: the workbook and its properties are the same before and after", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.submitInterview(interview());
    emu.typeInto("Partner", "A2", "staff@coefficienti.example");
    emu.typeInto("Partner", "C2", "staff");
    emu.documentProperties.set(
      "coef.journal",
      JSON.stringify([{ op: "delete", opId: "del:INT-00009", id: "INT-00009", contacts: 1 }]),
    );
    emu.select("Contatti", "B2");
    const before = JSON.stringify(emu.toJSON());
    emu.resetCalls();
    addOn.checkInstallation();
    expect(JSON.stringify(emu.toJSON())).toBe(before);
    expect([...emu.calls.keys()].filter((m) => WRITES.test(m))).toEqual([]);
    expect(emu.cellsWritten).toBe(0);
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.ui.toasts).toEqual([]);
    expect(emu.ui.dialogs).toHaveLength(1);
  });

  it("on a prepared sheet whose Partner tab lists its staff says all is well, in a modal dialog with its title and size", () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Partner", "A2", "staff@coefficienti.example");
    emu.typeInto("Partner", "C2", "staff");
    addOn.checkInstallation();
    const dialog = shownDialog(emu);
    expect(dialog.title).toBe("CO.EFFICIENTI – Verifica installazione");
    expect(emu.ui.dialogs[0]).toMatchObject({ width: 560, height: 600 });
    expect(dialog.summary).toBe("Tutto a posto.");
    expect(dialog.lines.map((l) => [l.title, l.status])).toEqual([
      ["Il tuo indirizzo e-mail", "ok"],
      ["Il blocco del documento", "ok"],
      ["Schede e intestazioni", "ok"],
      ["Chi può scrivere (scheda Partner)", "ok"],
      ["Spazio delle proprietà del documento", "ok"],
      ["Giornale delle operazioni in corso", "ok"],
      ["Celle del foglio", "ok"],
      ["Versione", "ok"],
    ]);
    expect(line(emu, "Il tuo indirizzo e-mail").text).toEqual([
      "Google comunica il tuo indirizzo: staff@coefficienti.example.",
    ]);
    expect(line(emu, "Schede e intestazioni").text[0]).toBe(
      "Complete: Interviste, Contatti, Impostazioni, Partner, Registro, Ambiti, Importa.",
    );
  });

  it("checks exactly the tabs Prepara il foglio makes", () => {
    const { emu } = preparedAddOn();
    const made = emu.sheets.map((s) => s.name).filter((name) => name !== "Foglio1");
    expect(made.sort()).toEqual(PREPARED_TABS.map((tab) => tab.name).sort());
    for (const tab of PREPARED_TABS)
      expect(emu.valuesOf(tab.name)[0]).toEqual(Object.values(tab.columns).map((c) => c.header));
  });

  it("shows the version of package.json, which the build writes into the bundle", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8"));
    const { emu, addOn } = preparedAddOn();
    addOn.checkInstallation();
    expect(line(emu, "Versione").text).toEqual([`Componente aggiuntivo CO.EFFICIENTI, versione ${version}.`]);
    expect(readFileSync("dist/Code.js", "utf8")).not.toContain("__COEF_VERSION__");
  });

  it("works for a user Partner does not list, and says what that user may do", () => {
    const { emu, addOn } = preparedAddOn({ user: "marco.bianchi@comune.lecce.example" });
    emu.typeInto("Partner", "A2", "anna.verdi@regione.puglia.example");
    emu.typeInto("Partner", "B2", "Puglia; Marche");
    emu.typeInto("Partner", "A3", "luca.neri@anci.example");
    emu.typeInto("Partner", "C3", "staff");
    emu.typeInto("Partner", "A4", "anna.verdi@regione.puglia.example");
    emu.typeInto("Partner", "B4", "Molise");
    addOn.checkInstallation();
    expect(emu.ui.alerts).toEqual([]);
    const partner = line(emu, "Chi può scrivere (scheda Partner)");
    // The person running the check may write nothing: that is to fix, never "OK".
    expect(partner.status).toBe("problem");
    expect(shownDialog(emu).summary).not.toBe("Tutto a posto.");
    expect(partner.text).toEqual([
      "La scheda Partner elenca 2 indirizzi; chi non è elencato non può scrivere.",
      "anna.verdi@regione.puglia.example: Marche, Molise, Puglia.",
      "luca.neri@anci.example: staff, tutte le regioni, e può verificare le interviste.",
      "Tu: Il tuo indirizzo (marco.bianchi@comune.lecce.example) non è nella scheda Partner, che limita chi può scrivere: chiedi allo staff di aggiungerti.",
    ]);
  });

  it("tells a listed partner the regions they may write", () => {
    const { emu, addOn } = preparedAddOn({ user: "anna.verdi@regione.puglia.example" });
    emu.typeInto("Partner", "A2", "anna.verdi@regione.puglia.example");
    emu.typeInto("Partner", "B2", "16");
    addOn.checkInstallation();
    expect(line(emu, "Chi può scrivere (scheda Partner)").text.at(-1)).toBe(
      "Tu puoi scrivere interviste di: Puglia.",
    );
  });

  it("works when the e-mail permission was not granted, whether Google then throws or answers blank", () => {
    for (const refusedActiveUser of ["throws", "blank"] as const) {
      const refused = preparedAddOn();
      // Google's granular consent: the user authorized the add-on without userinfo.email (RULES.md, R30–R31).
      refused.emu.refusedScopes = ["https://www.googleapis.com/auth/userinfo.email"];
      refused.emu.refusedActiveUser = refusedActiveUser;
      const before = JSON.stringify(refused.emu.toJSON());
      refused.addOn.checkInstallation();
      expect(refused.emu.ui.alerts).toEqual([]);
      expect(JSON.stringify(refused.emu.toJSON())).toBe(before);
      const email = line(refused.emu, "Il tuo indirizzo e-mail");
      expect(email.status).toBe("problem");
      expect(email.text).toHaveLength(1);
      expect(email.text[0]).toMatch(
        /^Non hai concesso il permesso «Visualizzare l'indirizzo email principale/,
      );
      // The way to grant it: Google's own page for this script, as the writing actions say it.
      expect(email.text[0]).toMatch(
        /Per concederlo: apri https:\/\/script\.google\.com\/macros\/d\/.*\/authorize/,
      );
      // And what it means: no save, even while Partner lists no one.
      const saved = refused.addOn.submitInterview(interview());
      expect(saved.ok).toBe(false);
    }
  });

  it("works when Google gives a blank e-mail, or the lookup fails", () => {
    const blank = preparedAddOn({ user: "" });
    blank.addOn.checkInstallation();
    const shown = line(blank.emu, "Il tuo indirizzo e-mail");
    expect(shown.status).toBe("problem");
    expect(shown.text[0]).toMatch(/non comunica il tuo indirizzo/);
    expect(shown.text[1]).toMatch(/il Registro non diranno chi ha scritto/);
    expect(shownDialog(blank.emu).summary).toBe("Un punto da sistemare.");

    // Another failure of the call is said as such, not taken for a refused permission.
    const failing = preparedAddOn();
    failing.emu.injectFault({ method: "Session.getActiveUser", message: "Service error: Session" });
    failing.addOn.checkInstallation();
    expect(line(failing.emu, "Il tuo indirizzo e-mail").text[0]).toBe(
      "Google non ha detto il tuo indirizzo (Service error: Session). Riprova tra poco.",
    );
  });

  it("says in words that the document lock is missing outside a container document", () => {
    const { emu, addOn } = preparedAddOn();
    // Google returns null from getDocumentLock outside a container document (RULES.md, R10).
    emu.documentLockAvailable = false;
    addOn.checkInstallation();
    const lock = line(emu, "Il blocco del documento");
    expect(lock.status).toBe("problem");
    expect(lock.text[0]).toMatch(/non offre il blocco del documento.*ogni salvataggio viene rifiutato/);
  });

  it("names each missing tab and header of a sheet never prepared, or damaged by hand", () => {
    const fresh = loadAddOn();
    fresh.addOn.checkInstallation();
    const tabs = line(fresh.emu, "Schede e intestazioni");
    expect(tabs.status).toBe("problem");
    expect(tabs.text).toContain('Manca la scheda "Interviste".');
    expect(tabs.text).toContain('Manca la scheda "Ambiti".');
    expect(line(fresh.emu, "Chi può scrivere (scheda Partner)").text[0]).toMatch(
      /^Non c'è la scheda Partner/,
    );

    const { emu, addOn } = preparedAddOn();
    const header = emu.valuesOf("Contatti")[0];
    emu.typeInto("Contatti", `${String.fromCharCode(65 + header.indexOf("Telefono"))}1`, "Cellulare");
    emu.sheets.splice(
      emu.sheets.findIndex((s) => s.name === "Ambiti"),
      1,
    );
    addOn.checkInstallation();
    expect(line(emu, "Schede e intestazioni").text).toEqual([
      'Nella scheda "Contatti" manca l\'intestazione "Telefono".',
      'Manca la scheda "Ambiti".',
      "Usa CO.EFFICIENTI → Prepara il foglio: crea le schede e le intestazioni che mancano.",
    ]);
  });

  it("says nobody can write while Partner has rows but no Email column, as the access rules decide", () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Partner", "A2", "anna.verdi@regione.puglia.example");
    emu.typeInto("Partner", "A1", "Indirizzo");
    addOn.checkInstallation();
    const partner = line(emu, "Chi può scrivere (scheda Partner)");
    expect(partner.status).toBe("problem");
    expect(partner.text[0]).toMatch(/non la colonna "Email".*nessuno può scrivere/);
    // The rules do refuse the write: the report is not a guess.
    const result = addOn.submitInterview(interview());
    expect(result.ok).toBe(false);
  });

  it("measures the property store and the journal from the properties themselves", () => {
    const { emu, addOn } = preparedAddOn();
    const journal = JSON.stringify(
      Array.from({ length: 40 }, (_, i) => ({ op: "create", opId: `S-città-${i}`, id: `INT-${10000 + i}` })),
    );
    emu.documentProperties.set("coef.journal", journal);
    addOn.checkInstallation();
    const bytes = (text: string) => Buffer.byteLength(text, "utf8");
    const kB = (n: number) => `${(n / 1000).toFixed(1).replace(".", ",")} kB`;
    const store = [...emu.documentProperties].reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
    expect(line(emu, "Spazio delle proprietà del documento").text[0]).toMatch(
      new RegExp(`^Usati ${kB(store)} dei 500 kB`),
    );
    const shown = line(emu, "Giornale delle operazioni in corso");
    const journalBytes = bytes("coef.journal") + bytes(journal);
    expect(shown.text).toEqual([
      `Occupa ${kB(journalBytes)} dei 9 kB che Google concede a una singola proprietà (${((100 * journalBytes) / 9000).toFixed(1).replace(".", ",")}%), contando nome e valore.`,
      "Il componente aggiuntivo tiene il valore del giornale sotto i 6 kB: oltre, rifiuta nuove operazioni finché lo staff non usa Prepara il foglio.",
      "40 operazioni sono in corso o rimaste a metà.",
    ]);
    expect(shown.status).toBe(bytes(journal) >= 0.8 * 6000 ? "problem" : "ok");
  });

  it("counts the cells of every tab, rows × columns, empty ones too", () => {
    const { emu, addOn } = preparedAddOn();
    addOn.checkInstallation();
    const cells = emu.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
    expect(line(emu, "Celle del foglio").text[0]).toMatch(
      new RegExp(`^Usate ${cells.toLocaleString("it-IT").replace(/\./g, "\\.")} dei 10\\.000\\.000 di celle`),
    );
  });

  it("speaks English to an English locale", () => {
    const { emu, addOn } = preparedAddOn({ locale: "en_GB" });
    emu.typeInto("Partner", "A2", "staff@coefficienti.example");
    emu.typeInto("Partner", "C2", "staff");
    addOn.checkInstallation();
    const dialog = shownDialog(emu);
    expect(dialog.title).toBe("CO.EFFICIENTI – Check the installation");
    expect(dialog.summary).toBe("All is well.");
    expect(dialog.html).toContain('<html lang="en">');
  });

  it("escapes what the sheet holds: a Partner cell cannot add markup to the dialog", () => {
    const { emu, addOn } = preparedAddOn();
    emu.typeInto("Partner", "A2", '<img src=x onerror="alert(1)">@example.it');
    emu.typeInto("Partner", "B2", "Puglia");
    addOn.checkInstallation();
    const { html } = shownDialog(emu);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;@example.it");
  });

  it("makes the same service calls whatever the number of interviews", () => {
    const counts = [1, 12].map((n) => {
      const { emu, addOn } = preparedAddOn();
      for (let i = 0; i < n; i++) addOn.submitInterview(interview());
      emu.resetCalls();
      addOn.checkInstallation();
      return Object.fromEntries(emu.calls);
    });
    expect(counts[1]).toEqual(counts[0]);
  });

  it("names a tab renamed by hand, in the words the writing actions use, and says nobody may write", () => {
    const { emu, addOn } = preparedAddOn();
    emu.sheetData("Partner").name = "Copia di Partner";
    emu.sheetData("Ambiti").name = "Ambiti (copia)";
    addOn.checkInstallation();
    expect(emu.ui.alerts).toEqual([]);
    const tabs = line(emu, "Schede e intestazioni");
    expect(tabs.status).toBe("problem");
    expect(tabs.text.some((t) => t.includes('"Copia di Partner"'))).toBe(true);
    expect(tabs.text.some((t) => t.includes('"Ambiti (copia)"'))).toBe(true);
    const partner = line(emu, "Chi può scrivere (scheda Partner)");
    expect(partner.status).toBe("problem");
    expect(partner.text).toHaveLength(1);
    expect(partner.text[0]).toContain('"Copia di Partner"');
    expect(partner.text[0]).not.toMatch(/Riprova tra poco/);
    // The access rules do refuse the write while Partner is not found under its name.
    expect(addOn.submitInterview(interview()).ok).toBe(false);
  });

  it("names a tab whose header row Google fails to give, and still checks the others", () => {
    const { emu, addOn } = preparedAddOn();
    emu.injectFault({ method: "Range.getValues", message: "Service Spreadsheets timed out", skip: 2 });
    addOn.checkInstallation();
    const tabs = line(emu, "Schede e intestazioni");
    expect(tabs.status).toBe("problem");
    expect(tabs.text.filter((t) => /Service Spreadsheets timed out/.test(t))).toEqual([
      'La scheda "Contatti" non si è potuta leggere: Service Spreadsheets timed out',
    ]);
    expect(tabs.text.at(-1)).toMatch(/Prepara il foglio/);
  });

  it("reports a read Google fails as a line to fix, and still shows the dialog", () => {
    const { emu, addOn } = preparedAddOn();
    emu.injectFault({ method: "Properties.getProperties" });
    addOn.checkInstallation();
    expect(emu.ui.alerts).toEqual([]);
    const store = line(emu, "Spazio delle proprietà del documento");
    expect(store.status).toBe("problem");
    expect(store.text[0]).toMatch(/^Non è stato possibile leggerlo \(Service Spreadsheets failed/);
  });
});
