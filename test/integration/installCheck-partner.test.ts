import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { preparedAddOn } from "./addon";

/** The dialog's lines as a person reads them: marker, title, then the explanation and the sentences. */
function dialogLines(html: string) {
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, "")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  return [...html.matchAll(/<li class="(\w+)"[^>]*><h2>(.*?)<\/h2>(.*?)<\/li>/g)].map((m) => ({
    status: m[1],
    title: decode(m[2]),
    about: decode(/<p class="about">(.*?)<\/p>/.exec(m[3])?.[1] ?? ""),
    text: [...m[3].matchAll(/<p>(.*?)<\/p>/g)].map((p) => decode(p[1])),
  }));
}

function check(
  emu: ReturnType<typeof preparedAddOn>["emu"],
  addOn: ReturnType<typeof preparedAddOn>["addOn"],
) {
  addOn.checkInstallation();
  const { html } = emu.ui.dialogs.at(-1)!;
  const summary = /<p class="summary"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? "";
  const lines = dialogLines(html);
  const partner = lines.find((l) => l.title.endsWith("Chi può scrivere (scheda Partner)"))!;
  return { html, summary, lines, partner };
}

describe("Verifica installazione is strict about who may write", () => {
  it("marks a sheet anyone may write as a warning, not OK, and says so in the summary", () => {
    const { emu, addOn } = preparedAddOn();
    const { summary, partner } = check(emu, addOn);
    expect(partner.status).toBe("warning");
    expect(partner.title).toBe("⚠ Attenzione Chi può scrivere (scheda Partner)");
    expect(partner.text[0]).toMatch(
      /chiunque può modificare il foglio può scrivere interviste di ogni regione/,
    );
    expect(summary).toBe("Niente da sistemare; un punto da controllare.");
  });

  it("is to fix when the person running it is not in Partner", () => {
    const { emu, addOn } = preparedAddOn({ user: "nobody@x.it" });
    emu.typeInto("Partner", "A2", "a@b.it");
    emu.typeInto("Partner", "B2", "Puglia");
    const { summary, partner } = check(emu, addOn);
    expect(partner.status).toBe("problem");
    expect(summary).toBe("Un punto da sistemare.");
    expect(partner.text.at(-1)).toMatch(/^Tu: Il tuo indirizzo \(nobody@x\.it\) non è nella scheda Partner/);
  });

  it("reads «Puglia e Marche», «16 Puglia» and short names as the write permission does, and names every cell read only in part", () => {
    const { emu, addOn } = preparedAddOn({ user: "staff@coefficienti.example" });
    const rows = [
      ["staff@coefficienti.example", "", "staff"],
      ["b@x.it", "Puglia e Marche", ""],
      ["d@x.it", "16 Puglia", ""],
      ["c@x.it", "Emilia Romagna, Friuli, Trentino", ""],
      ["e@x.it", "Puglia, Marchee, Abruzo", ""],
    ];
    rows.forEach(([email, regions, role], i) => {
      emu.typeInto("Partner", `A${i + 2}`, email);
      if (regions) emu.typeInto("Partner", `B${i + 2}`, regions);
      if (role) emu.typeInto("Partner", `C${i + 2}`, role);
    });
    const { partner } = check(emu, addOn);
    expect(partner.text).toContain("b@x.it: Marche, Puglia.");
    expect(partner.text).toContain("d@x.it: Puglia.");
    expect(partner.text).toContain("c@x.it: Emilia-Romagna, Friuli-Venezia Giulia, Trentino-Alto Adige.");
    // A cell read only in part grants nothing, not even the Puglia it names.
    expect(partner.text).toContain(
      "e@x.it: la cella Regioni ha parti non riconosciute, quindi non può scrivere.",
    );
    expect(partner.text).toContain(
      "Riga 6 (e@x.it): nella cella Regioni «Puglia, Marchee, Abruzo» non riconosco le regioni «Marchee», «Abruzo».",
    );
    expect(partner.status).toBe("problem");

    // The write permission reads the cells the same way: b@x.it may write Marche, c@x.it Friuli…
    emu.user = "b@x.it";
    expect(addOn.submitInterview(interview({ region: "11" })).ok).toBe(true);
    emu.user = "c@x.it";
    expect(addOn.submitInterview(interview({ region: "06" })).ok).toBe(true);
    expect(addOn.submitInterview(interview({ region: "16" })).ok).toBe(false);
    // … and e@x.it, refused Abruzzo, is told which text of its cell is not a region.
    emu.user = "e@x.it";
    const refused = addOn.submitInterview(interview({ region: "13" }));
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain("non riconosco «Marchee», «Abruzo»");
  });

  it("«Tutte, tranne Puglia», «-Puglia, Marche», «16,5» grant nothing, and the refusal and the check name the words", () => {
    const { emu, addOn } = preparedAddOn({ user: "staff@coefficienti.example" });
    const rows = [
      ["staff@coefficienti.example", "", "staff"],
      ["t@x.it", "Tutte, tranne Puglia"],
      ["m@x.it", "-Puglia, Marche"],
      ["n@x.it", "16,5"],
    ];
    rows.forEach(([email, regions, role], i) => {
      emu.typeInto("Partner", `A${i + 2}`, email);
      if (regions) emu.typeInto("Partner", `B${i + 2}`, regions);
      if (role) emu.typeInto("Partner", `C${i + 2}`, role);
    });
    const { partner } = check(emu, addOn);
    expect(partner.status).toBe("problem");
    expect(partner.text).toContain(
      "t@x.it: la cella Regioni ha parti non riconosciute, quindi non può scrivere.",
    );
    expect(partner.text).toContain(
      "Riga 3 (t@x.it): nella cella Regioni «Tutte, tranne Puglia» non riconosco le regioni «Tutte», «tranne Puglia».",
    );
    expect(partner.text).toContain(
      "Riga 4 (m@x.it): nella cella Regioni «-Puglia, Marche» non riconosco la regione «-Puglia».",
    );
    for (const [user, words] of [
      ["t@x.it", "non riconosco «Tutte», «tranne Puglia»"],
      ["m@x.it", "non riconosco «-Puglia»"],
    ]) {
      emu.user = user;
      for (const region of ["16", "11", "12"]) {
        const refused = addOn.submitInterview(interview({ region }));
        expect(refused.ok).toBe(false);
        expect(JSON.stringify(refused)).toContain(words);
      }
    }
    emu.user = "n@x.it";
    for (const region of ["16", "05"]) expect(addOn.submitInterview(interview({ region })).ok).toBe(false);
    expect(emu.recordsOf("Interviste")).toHaveLength(0);
  });

  it("a cell naming no region at all is to fix, and named with its row", () => {
    const { emu, addOn } = preparedAddOn({ user: "a@b.it" });
    emu.typeInto("Partner", "A2", "a@b.it");
    emu.typeInto("Partner", "B2", "Pugliaa");
    const { partner } = check(emu, addOn);
    expect(partner.status).toBe("problem");
    expect(partner.text).toContain(
      "Riga 2 (a@b.it): nella cella Regioni «Pugliaa» non riconosco la regione «Pugliaa».",
    );
    expect(partner.text.at(-1)).toMatch(/^Tu: .*nessuna delle regioni scritte è riconosciuta/);
  });
});

describe("Verifica installazione in plain words", () => {
  it("with «Interviste » (a trailing space) gives one instruction: rename the tab", () => {
    const { emu, addOn } = preparedAddOn();
    emu.sheetData("Interviste").name = "Interviste ";
    const { lines } = check(emu, addOn);
    const tabs = lines.find((l) => l.title.endsWith("Schede e intestazioni"))!;
    expect(tabs.status).toBe("problem");
    const all = tabs.text.join(" ");
    expect(all).toContain('rinominala esattamente "Interviste"');
    expect(all).not.toMatch(/Prepara il foglio|Nulla è stato modificato/);
  });

  it("explains the technical lines in a sentence, and keeps the text off the dialog's edge", () => {
    const { emu, addOn } = preparedAddOn();
    const { html, lines } = check(emu, addOn);
    const about = (title: string) => lines.find((l) => l.title.endsWith(title))!.about;
    expect(about("Il blocco del documento")).toMatch(
      /^Cos'è: il modo in cui Google fa salvare una persona alla volta/,
    );
    expect(about("Spazio delle proprietà del documento")).toMatch(/piccolo spazio nascosto del foglio/);
    expect(about("Giornale delle operazioni in corso")).toMatch(/salvataggi iniziati e non ancora finiti/);
    expect(about("Celle del foglio")).toMatch(/10 milioni di celle/);
    expect(html).toMatch(/body\{[^}]*padding:4px 16px/);
  });
});
