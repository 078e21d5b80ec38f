// Types of the preview's workbook file helpers for the TypeScript tests.
import type { Emulator, EmulatorOptions } from "../emulator.mjs";
/** Why a parsed workbook file cannot be opened (tabs, cells, keyed entries, charts), or null. */
export declare function workbookProblem(json: unknown): string | null;
export declare function openWorkbookFile(
  file: string,
  options?: EmulatorOptions,
): { emulator: Emulator | null; keptAside: { aside: string; problem: string } | null };
export declare function keepAside(file: string, why: string): string;
export declare function saveWorkbookFile(file: string, emulator: Emulator): void;
