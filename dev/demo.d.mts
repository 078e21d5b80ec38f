import type { Emulator } from "./emulator.mjs";
/** Regions in scope deliberately left without interviews. */
export declare const DEMO_REGIONS_WITHOUT_INTERVIEWS: string[];
/** The Ambito the demo declares in the Ambiti tab, with its other name and its comuni. */
export declare const DEMO_AMBITO: { region: string; name: string; alias: string; comuni: string[] };
/** Loads the demo data into the emulator through the bundle; returns how many interviews it wrote. */
export declare function loadDemo(emu: Emulator, options?: { interviewsPerRegion?: number }): number;
