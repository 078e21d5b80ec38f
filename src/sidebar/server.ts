/**
 * The form's calls to the server, typed from the server's own list of top-level functions (src/main.ts,
 * imported for its types only: nothing of the server goes into the form's bundle). A call names a
 * function main.ts exports and takes its parameters; what comes back is that function's return type.
 */
import type * as main from "../main";

type Exports = typeof main;
/** Every function Apps Script sees, by name: what google.script.run may call. */
export type ServerFunctions = {
  [K in keyof Exports as Exports[K] extends (...args: never[]) => unknown ? K : never]: Exports[K];
};
export type ServerName = keyof ServerFunctions;
export type ServerArgs<K extends ServerName> = Parameters<ServerFunctions[K]>;
export type ServerReply<K extends ServerName> = Awaited<ReturnType<ServerFunctions[K]>>;

/** What the form needs to open: regions, user, today, the comuni's dataset, whose drafts. */
export type Context = ServerReply<"getFormContext">;
export type Region = Context["regions"][number];
export type Comune = ServerReply<"getComuni">[number];
export type AreaSuggestion = ServerReply<"getAreaSuggestions">[number];
/** A saved interview as the server gives it back: the form's input plus its id and version. */
export type Stored = ServerReply<"getInterview">;
type Reply = ServerReply<"submitInterview">;
/** A saved interview a new one looks like (same region, interviewee, date). */
export type Duplicate = Extract<Reply, { duplicate: unknown }>["duplicate"];
/** What sending an interview gives: the server's answer, or the phone form's "kept on the device". */
export type Result = Reply | { ok: true; queued: true; message: string };

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
}
declare const google: { script: { run: ScriptRun } };

/** Server functions a face calls by another name with the same reply (the phone form's web-app entry points). */
const aliases: { [K in ServerName]?: ServerName } = {};

/** From now on `name` is called as `instead`, a function that takes the same and answers the same. */
export function callInstead<K extends ServerName, A extends ServerName>(
  name: K,
  instead: A & (ServerReply<A> extends ServerReply<K> ? unknown : never),
): void {
  aliases[name] = instead;
}

/** Calls a server function through google.script.run as a promise. */
export function call<K extends ServerName>(name: K, ...args: ServerArgs<K>): Promise<ServerReply<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ServerReply<K>))
      .withFailureHandler((error) => reject(error)) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[aliases[name] ?? name](...args);
  });
}
