// Types of build-report.mjs for the tests.
export function ringsOf(d: string): [number, number][][];
export function compactPath(rings: [number, number][][], tolerance: number): string;
export function simplify(points: [number, number][], tolerance: number): [number, number][];
export function generateItalyMap(): void;
export function buildRegionReportPage(dist: string): Promise<void>;
