import { describe, expect, it } from "vitest";
import { Emulator } from "../../dev/emulator.mjs";
import { MAX_PASTE_CELLS, pasteInto, splitPasted } from "../../dev/serve/paste.mjs";

const refuse = (message: string) => new Error(message);

describe("splitPasted (text copied from a spreadsheet)", () => {
  it("splits lines on line breaks and cells on tabs, without an empty last row", () => {
    expect(splitPasted("a\tb\tc\r\nd\t\tf\r\n")).toEqual([
      ["a", "b", "c"],
      ["d", "", "f"],
    ]);
    expect(splitPasted("solo")).toEqual([["solo"]]);
  });

  it("reads a quoted cell with a line break, a tab or a quote in it", () => {
    expect(splitPasted('"riga uno\nriga due"\t"con ""virgolette"""\tx\n"a\tb"')).toEqual([
      ["riga uno\nriga due", 'con "virgolette"', "x"],
      ["a\tb"],
    ]);
  });

  it("keeps commas: a comma is not a cell separator", () => {
    expect(splitPasted("Casa, Lavoro\t4")).toEqual([["Casa, Lavoro", "4"]]);
  });
});

describe("pasteInto", () => {
  it("enters each cell from the selected one as typed, and refuses a block past the tab's edge", () => {
    const emu = new Emulator();
    const data = emu.insertSheet("Importa");
    pasteInto(emu, data, { row: 2, col: 2 }, splitPasted("uno\tdue\ntre\tquattro"), refuse);
    expect(emu.valuesOf("Importa").slice(1, 3)).toEqual([
      ["", "uno", "due"],
      ["", "tre", "quattro"],
    ]);
    const before = JSON.stringify(emu.toJSON());
    expect(() => pasteInto(emu, data, { row: data.maxRows, col: 1 }, [["a"], ["b"]], refuse)).toThrow(
      /esce dalla scheda Importa: nulla è stato incollato/,
    );
    expect(JSON.stringify(emu.toJSON())).toBe(before);
    const huge = Array.from({ length: MAX_PASTE_CELLS + 1 }, () => ["x"]);
    expect(() => pasteInto(emu, data, { row: 1, col: 1 }, huge, refuse)).toThrow(/Troppe celle/);
  });
});
