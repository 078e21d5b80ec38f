// Types of the preview's paste helpers for the TypeScript tests.
import type { Emulator } from "../emulator.mjs";
export declare const MAX_PASTE_CELLS: number;
export declare function splitPasted(text: string): string[][];
export declare function pasteInto(
  emu: Emulator,
  data: { name: string; maxRows: number; maxColumns: number },
  ref: { row: number; col: number },
  rows: string[][],
  refuse: (message: string) => Error,
): string[];
