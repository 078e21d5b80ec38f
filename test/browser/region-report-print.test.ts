// The Scheda regione printed by Chromium on A4 in portrait: the pages the add-on opens for the demo's
// regions (one of them given a very long e-mail and next step) are laid out in print media at the width
// A4 leaves with our margins and with wider ones, and no table, cell or picture runs past the page; the
// PDF's text stays inside the page, every page says when the Scheda was made, sections share pages, and
// the recapiti are hidden unless asked for (also in the saved copy). The PDF is read with pdfjs-dist.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../dev/demo.mjs";
import { Emulator } from "../../dev/emulator.mjs";
import { launch } from "./browser";
import { seriousViolations } from "./form-page";

type Any = any;

/** A4's width in CSS pixels (96 per inch) and the printable width with margins of `mm` on each side. */
const A4_PX = (210 / 25.4) * 96;
const contentWidth = (mm: number) => Math.floor(((210 - 2 * mm) / 25.4) * 96);
/** The Scheda's own page margins (12 mm a side), and the 2.5 cm margins of a word processor's "Normale". */
const WIDTHS = [contentWidth(12), contentWidth(25)];

let browser: Browser;
const pages = new Map<string, { html: string; report: Any }>();

const LONG_EMAIL =
  "responsabile.ufficio.politiche.sociali@ambitoterritorialenapolinordprovinciadinapoli.example.it";
const LONG_STEP =
  "Richiamare dopo la riunione del consiglio comunale per fissare un incontro con l'assessora e la dirigente dei servizi sociali";

const dataOf = (html: string) =>
  JSON.parse(
    /<script id="coef-report" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "null",
  );
const withData = (html: string, report: Any) =>
  html.replace(
    /(<script id="coef-report" type="application\/json">)[\s\S]*?(<\/script>)/,
    (_m, open, close) => `${open}${JSON.stringify(report).replace(/</g, "\\u003c")}${close}`,
  );

beforeAll(async () => {
  const emu = new Emulator();
  loadDemo(emu);
  const addOn = emu.loadBundle() as Any;
  addOn.generateShortlist();
  for (const region of ["Puglia", "Campania", "Sardegna", "Molise"]) {
    emu.promptResponse = { button: "OK", text: region };
    addOn.showRegionReport();
    let html = emu.ui.dialogs.at(-1)?.html as string;
    const report = dataOf(html);
    if (region === "Campania") {
      // The longest things a partner types: an e-mail with no place to wrap, a long next step.
      Object.assign(report.contacts[0], {
        email: LONG_EMAIL,
        nextStep: LONG_STEP,
        status: "Incontro fissato",
      });
      report.coordinators[0].email = LONG_EMAIL;
      html = withData(html, report);
    }
    pages.set(region, { html, report });
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function open(region: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.setContent(pages.get(region)!.html);
  await page.locator("#avanzamento").waitFor();
  return page;
}

/** Elements that end past the report's right edge, or whose content is wider than their box. */
function overflows(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById("report")!.getBoundingClientRect();
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      "#report table, #report th, #report td, #report figure, #report svg, #report p, #report h1, #report h2",
    )) {
      const box = el.getBoundingClientRect();
      const past = box.right > main.right + 0.5;
      const inner = el.tagName === "TD" || el.tagName === "TH" ? el.scrollWidth > el.clientWidth + 1 : false;
      if (past || inner)
        out.push(`${el.tagName} "${(el.textContent ?? "").slice(0, 40)}" ${Math.round(box.right)}`);
    }
    return { width: Math.round(main.width), out };
  });
}

/** Each PDF page's text items with their left edge, right edge and baseline (points, from the bottom). */
async function pdfPages(pdf: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: pdf, isEvalSupported: false, useSystemFonts: false }).promise;
  const result = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const items = (await page.getTextContent()).items
      .filter((item): item is Any => "str" in item && item.str.trim() !== "")
      .map((item: Any) => ({
        str: item.str,
        left: item.transform[4],
        right: item.transform[4] + item.width,
        y: item.transform[5],
      }));
    const [, , width, height] = page.view;
    result.push({
      items,
      text: items
        .map((x) => x.str)
        .join(" ")
        .replace(/\s+/g, " "),
      width,
      height,
    });
  }
  await doc.destroy();
  return result;
}

describe("the Scheda regione on A4 in portrait", () => {
  it("fits every table, cell and picture within the printable width, recapiti hidden or shown", async () => {
    expect(A4_PX).toBeCloseTo(793.7, 1);
    for (const region of pages.keys()) {
      for (const width of WIDTHS) {
        const page = await open(region, width);
        await page.emulateMedia({ media: "print" });
        for (const shown of [false, true]) {
          if (shown) {
            // The checkbox is on the toolbar, which is not printed.
            await page.emulateMedia({ media: "screen" });
            await page.locator("#hide-details").uncheck();
            await page.emulateMedia({ media: "print" });
          }
          const result = await overflows(page);
          expect(result.width).toBe(width);
          expect([region, width, shown, result.out]).toEqual([region, width, shown, []]);
        }
        await page.close();
      }
    }
  });

  it("prints text only inside the page, the date and page number on every page, sections sharing pages", async () => {
    const { report } = pages.get("Puglia")!;
    const page = await open("Puglia", contentWidth(12));
    expect(await seriousViolations(page)).toEqual([]);
    const printed = await pdfPages(new Uint8Array(await page.pdf({ format: "A4" })));
    const stamp = `Scheda generata il ${report.generated.date} alle ${report.generated.time}`;
    expect(report.generated.date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    // Four sections on fewer pages than sections, none of them (but the last) mostly blank.
    expect(printed.length).toBeLessThan(4);
    printed.forEach((p, i) => {
      expect(Math.abs(p.width - 595.3)).toBeLessThan(2);
      expect(p.text).toContain(stamp);
      expect(p.text).toContain(`Pagina ${i + 1} di ${printed.length}`);
      for (const item of p.items) expect([item.str, item.right <= p.width - 30]).toEqual([item.str, true]);
      // The page's own text (above the bottom margin, 14 mm = 40 pt) reaches below the page's middle.
      const lowest = Math.min(...p.items.filter((x) => x.y > 40).map((x) => x.y));
      if (i < printed.length - 1) expect(lowest).toBeLessThan(p.height / 2);
    });
    const all = printed.map((p) => p.text).join(" ");
    for (const heading of ["Avanzamento", "Aree in shortlist", "Chi contattare", "Cause principali"])
      expect(all).toContain(heading);
    expect(printed[0].text).toContain(`${stamp}.`);
    await page.close();
  });

  it("prints a long e-mail and a long next step whole, inside the page", async () => {
    const page = await open("Campania", contentWidth(12));
    await page.locator("#hide-details").uncheck();
    const printed = await pdfPages(new Uint8Array(await page.pdf({ format: "A4" })));
    const text = printed.map((p) => p.items.map((x) => x.str).join("")).join("");
    expect(text).toContain(LONG_EMAIL);
    expect(text.replace(/\s+/g, "")).toContain(`Prossimopasso:${LONG_STEP}`.replace(/\s+/g, ""));
    for (const p of printed)
      for (const item of p.items) expect([item.str, item.right <= p.width - 30]).toEqual([item.str, true]);
    await page.close();
  });

  it("hides e-mails and phones by default, says so, shows them on request, and saves a copy without them", async () => {
    const { report } = pages.get("Puglia")!;
    const details = [
      ...report.contacts.flatMap((c: Any) => [c.email, c.phone]),
      ...report.coordinators.flatMap((c: Any) => [c.email, c.phone]),
    ].filter(Boolean);
    expect(details.length).toBeGreaterThan(4);
    const page = await open("Puglia", 1000);
    const hide = page.getByRole("checkbox", { name: "Nascondi recapiti (e-mail e telefoni)" });
    expect(await hide.isChecked()).toBe(true);
    const shownText = async () => (await page.locator("#report").textContent()) ?? "";
    expect(await page.locator(".details-note").textContent()).toMatch(/^Recapiti nascosti/);
    for (const d of details) expect(await shownText()).not.toContain(d);
    const pdfText = (await pdfPages(new Uint8Array(await page.pdf({ format: "A4" }))))
      .map((p) => p.text)
      .join(" ");
    for (const d of details) expect(pdfText).not.toContain(d);

    const save = async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Scarica la scheda" }).click(),
      ]);
      return readFileSync((await download.path()) as string, "utf8");
    };
    const hiddenCopy = await save();
    for (const d of details) expect(hiddenCopy).not.toContain(d);
    expect(hiddenCopy).toContain(report.contacts[0].name);

    await hide.uncheck();
    expect(await page.locator(".details-note").textContent()).toMatch(/mostra e-mail e telefoni/);
    for (const d of details) expect(await shownText()).toContain(d);
    expect(await page.getByRole("columnheader", { name: "Recapiti" }).count()).toBe(2);
    const shownCopy = await save();
    expect(shownCopy).toContain(details[0]);

    // The copy saved with the recapiti hidden opens without them, and cannot show them.
    const copy = await browser.newPage();
    await copy.setContent(hiddenCopy);
    await copy.locator("#avanzamento").waitFor();
    expect(await copy.locator("#hide-details").isDisabled()).toBe(true);
    expect(await copy.locator(".details-note").textContent()).toMatch(/^Recapiti non inclusi/);
    await copy.close();
    await page.close();
  });

  it("names the grey regions in words a comune understands, and gives Stabilità in percent with its meaning", async () => {
    const page = await open("Puglia", 1000);
    const figure = await page.locator("figure").textContent();
    expect(figure).toContain("Regione con sito pilota (non compresa nelle interviste)");
    const titles = await page.locator("figure title").allTextContents();
    expect(titles).toContain("Lazio: regione con sito pilota (non compresa nelle interviste)");
    expect([figure, ...titles].join(" ")).not.toContain("Impostazioni");
    const stability = await page.locator("#aree tbody tr:not(.reason) td:nth-child(4)").allTextContents();
    expect(stability.length).toBeGreaterThan(0);
    for (const s of stability) expect(s).toMatch(/^\d{1,3},\d%$/);
    expect(await page.locator("#aree caption").textContent()).toMatch(
      /^Stabilità: in quante delle 36 combinazioni di pesi/,
    );
    await page.close();
  });

  it("says a region with no interview has none yet", async () => {
    const page = await open("Molise", 1000);
    const text = await page.locator("#report").textContent();
    expect(text).toContain(
      "Nessuna intervista ancora in questa regione: non c'è ancora nessun ente interessato da mostrare.",
    );
    expect(text).not.toContain("ogni ente interessato è in un'area");
    await page.close();
  });
});
