export declare const PLACEHOLDER_SCRIPT_ID: string;
export declare function projectFileProblem(projectFile: string): string | undefined;
export declare function deploySteps(projectFile: string): { name: string; command: string[] }[];
export declare function deploy(options?: {
  projectFile?: string;
  run?: (command: string[]) => boolean;
  log?: { log: (...a: unknown[]) => void; error: (...a: unknown[]) => void };
}): { code: number; ran: string[] };
