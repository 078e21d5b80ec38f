import type { Emulator } from "./emulator.mjs";
export declare function splitArguments(text: string): string[];
export declare function parseCustomFormula(formula: string): { name: string; args: string[] } | null;
export declare function argumentValue(emu: Emulator, text: string, currentSheet: string): unknown;
export declare function computeSheet(
  emu: Emulator,
  bundle: Record<string, (...args: unknown[]) => unknown>,
  sheetName: string,
): Map<string, { value: unknown; error?: string }>;
