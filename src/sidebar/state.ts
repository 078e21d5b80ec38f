/** What the form shares: its state, its elements, its words and the shape of its values. */
import type { Lang } from "../core/codes";
import { type LabelKey, label } from "./labels";
import { type Comune, type Context, call, type Result, type Stored } from "./server";

/** The form's values as the server's input shape (what readForm builds and fillForm takes). */
export type FormValues = Record<string, unknown>;

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
  send: (data: FormValues): Promise<Result> => call("submitInterview", data),
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
