/** What the form shares: the server's types, the call to it, the form's state and its elements. */
import type { Lang } from "../core/codes";
import type { FieldError } from "../core/interview";
import { type LabelKey, label } from "./labels";

export interface Region {
  code: string;
  name: string;
  pilot: boolean;
  inScope: boolean;
  allowed: boolean;
}
export interface Context {
  lang: Lang;
  user: string;
  today: string;
  regions: Region[];
  dataset: { source: string; date: string; count: number };
  refusal?: string;
  /** Whose drafts these are: this spreadsheet and this user. */
  draftScope?: string;
}
export interface Comune {
  code: string;
  name: string;
  province: string;
}
/** A saved interview a new one looks like (same region, interviewee, date). */
export interface Duplicate {
  id: string;
  region: string;
  interviewee: string;
  date: string;
}
export type Stored = Record<string, unknown> & { id: string; version: number };
export type Result =
  | { ok: true; id: string; version: number; created: boolean; queued?: undefined }
  /** The phone form kept the interview on the device, to send when the connection returns. */
  | { ok: true; queued: true; message: string }
  | { ok: false; errors: FieldError[]; conflict?: undefined; duplicate?: undefined }
  | { ok: false; conflict: true; current: Stored; duplicate?: undefined }
  | { ok: false; duplicate: Duplicate; conflict?: undefined };

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Server functions a face calls by another name (the phone form has its own web-app entry points). */
export const serverNames: Record<string, string> = {};

/** Calls a server function through google.script.run as a promise. */
export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error)) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[serverNames[name] ?? name](...args);
  });
}

export const DRAFT_PREFIX = "coefficienti:draft:";
export const state = {
  lang: "it" as Lang,
  ctx: undefined as Context | undefined,
  editing: undefined as { id: string; version: number } | undefined,
  /** The interview as loaded for editing: the base of a three-way merge on conflict. */
  loaded: undefined as Stored | undefined,
  submissionId: newSubmissionId(),
  sending: false,
  comuni: new Map<string, Comune[]>(),
  contacts: 0,
  /** How an interview is sent: the sidebar calls submitInterview; the phone form may keep it on the device. */
  send: (data: FormData): Promise<Result> => call<Result>("submitInterview", data),
};
export const L = (key: LabelKey, params?: Record<string, string | number>) => label(state.lang, key, params);

export function newSubmissionId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `S${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export const form = () => document.getElementById("interview-form") as HTMLFormElement;
export const statusBox = () => document.getElementById("status") as HTMLElement;
export const alertBox = () => document.getElementById("alert") as HTMLElement;
export const field = (name: string) => form().querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);

/** The form's values as the server's input shape (what readForm builds and fillForm takes). */
export type FormData = Record<string, unknown>;
