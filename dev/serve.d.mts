import type { Server } from "node:http";
import type { Emulator } from "./emulator.mjs";
export declare function topLevelFunctions(code: string): Set<string>;
export declare function toWire(value: unknown, path?: string): unknown;
export declare function createPreview(options?: {
  workbookPath?: string;
  demo?: boolean;
  distDir?: string;
}): {
  server: Server;
  emulator: () => Emulator;
  /** One line each, for the console: e.g. the workbook file was unreadable and has been kept aside. */
  warnings: string[];
};
