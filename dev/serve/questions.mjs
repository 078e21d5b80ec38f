// Confirmations (ui.alert with YES/NO, OK/CANCEL) and input dialogs (ui.prompt) in the preview. On Google
// the script waits while the user reads the question; here the question goes to the page, and only the
// user's click there answers it. The API never answers one by itself: a question nobody showed gets
// CLOSE (a prompt: CLOSE with no text), as if the user had closed the dialog, so nothing is ever
// confirmed or typed without the user.
import { randomUUID } from "node:crypto";
import { refusal } from "./requests.mjs";

const QUESTION_SETS = new Set(["YES_NO", "YES_NO_CANCEL", "OK_CANCEL"]);
const YES = { YES_NO: "YES", YES_NO_CANCEL: "YES", OK_CANCEL: "OK", OK: "OK" };
const NO = { YES_NO: "NO", YES_NO_CANCEL: "NO", OK_CANCEL: "CANCEL", OK: "CLOSE" };
/** The longest answer the page may type into a prompt: Sheets' limit for one cell. */
export const MAX_PROMPT_TEXT = 50_000;

/**
 * What identifies a question among the answers of one run: an alert by its text (as before), a prompt
 * by its title, text and buttons, so an answer typed for one prompt never answers another.
 */
export function questionKey(asked) {
  return asked.kind === "prompt"
    ? `\u0000prompt\u0000${asked.title}\u0000${asked.message}\u0000${asked.buttons}`
    : asked.message;
}

/**
 * Makes every question the bundle asks on `emu` (ui.alert with a question's buttons, ui.prompt) go
 * through `emu.answerQuestion(asked)`, set for one run by `runAnswering`; with none set, a question is
 * closed unanswered. Returns `emu`.
 */
export function guardQuestions(emu) {
  const globals = emu.globals.bind(emu);
  // The emulator's own defaults, should a question escape the wrapper: closed, nothing typed.
  emu.alertResponse = "CLOSE";
  emu.promptResponse = { button: "CLOSE", text: "" };
  emu.answerQuestion = null;
  emu.globals = () => {
    const g = globals();
    const getUi = g.SpreadsheetApp.getUi;
    g.SpreadsheetApp.getUi = () =>
      new Proxy(getUi(), {
        get(ui, prop) {
          if (prop === "prompt") return (...args) => askPrompt(emu, ui, args);
          if (prop !== "alert") return Reflect.get(ui, prop);
          return (...args) => {
            const before = emu.ui.alerts.length;
            const shown = ui.alert(...args);
            const asked = emu.ui.alerts.length > before ? emu.ui.alerts[emu.ui.alerts.length - 1] : null;
            if (!asked || !QUESTION_SETS.has(asked.buttons)) return shown;
            const answer = emu.answerQuestion ? emu.answerQuestion({ kind: "alert", ...asked }) : undefined;
            if (answer === undefined) return "CLOSE";
            return answer ? YES[asked.buttons] : NO[asked.buttons];
          };
        },
      });
    return g;
  };
  return emu;
}

/**
 * ui.prompt: the emulator records the prompt (emu.ui.prompts) and then reads its answer from
 * emu.promptResponse; for this one call that answer is the user's for exactly the prompt just recorded,
 * or CLOSE with no text.
 */
function askPrompt(emu, ui, args) {
  const closed = { button: "CLOSE", text: "" };
  const before = emu.ui.prompts?.length ?? 0;
  Object.defineProperty(emu, "promptResponse", {
    configurable: true,
    enumerable: true,
    get() {
      const prompts = emu.ui.prompts ?? [];
      if (prompts.length <= before || !emu.answerQuestion) return closed;
      const asked = { kind: "prompt", ...prompts[prompts.length - 1] };
      const answer = emu.answerQuestion(asked);
      if (answer === undefined) return closed;
      return answer.ok
        ? { button: YES[asked.buttons], text: answer.text }
        : { button: NO[asked.buttons], text: "" };
    },
  });
  try {
    return ui.prompt(...args);
  } finally {
    Object.defineProperty(emu, "promptResponse", {
      configurable: true,
      enumerable: true,
      writable: true,
      value: closed,
    });
  }
}

/**
 * Runs `call(bundle)` on `emu` answering only the questions in `answers` (questionKey → the user's
 * answer: true/false for a yes/no question, { ok, text } for a prompt). Returns { value, unanswered:
 * texts of the questions closed unanswered, questions: those questions as asked }.
 */
export function runAnswering(emu, answers, call) {
  const unanswered = [];
  const questions = [];
  emu.answerQuestion = (asked) => {
    const key = questionKey(asked);
    if (!answers.has(key)) {
      unanswered.push(asked.message);
      questions.push(asked);
      return undefined;
    }
    return answers.get(key);
  };
  try {
    return { value: call(emu.loadBundle()), unanswered, questions };
  } finally {
    emu.answerQuestion = null;
  }
}

/**
 * The one question the page is showing: a random token that only the page receives, bound to the
 * action it belongs to, to the exact question (for a prompt: its title, text and buttons) and to the
 * answers given before it. A token answers once.
 */
export class PendingQuestion {
  constructor() {
    this.current = null;
  }
  /**
   * Records a question for the page (a text, or a prompt { kind: "prompt", title, message, buttons });
   * returns what the page needs to ask it: { question, token } or { prompt: { title, message }, token }.
   */
  ask(action, question, answers = new Map()) {
    const asked = typeof question === "string" ? { kind: "alert", message: question } : question;
    this.current = { token: randomUUID(), action, asked, answers };
    if (asked.kind === "prompt")
      return { prompt: { title: asked.title, message: asked.message }, token: this.current.token };
    return { question: asked.message, token: this.current.token };
  }
  /**
   * The user's answer to the question with `token` (`answer` true/false; for a prompt, `text` is what
   * the user typed): the answers so far, this one included; null when the token is not the one asked
   * for this action, or was used already.
   */
  answer(action, token, answer, text) {
    const pending = this.current;
    if (!pending || typeof token !== "string" || pending.token !== token || pending.action !== action)
      return null;
    /** @type {boolean | { ok: boolean, text: string }} */
    let given = answer === true;
    if (pending.asked.kind === "prompt") {
      // Checked before the token is spent: a malformed answer leaves the dialog answerable.
      if (given && (typeof text !== "string" || text.length > MAX_PROMPT_TEXT))
        throw refusal(400, `Risposta non valida: serve un testo di al massimo ${MAX_PROMPT_TEXT} caratteri.`);
      given = given ? { ok: true, text } : { ok: false, text: "" };
    }
    this.current = null;
    return new Map([...pending.answers, [questionKey(pending.asked), given]]);
  }
}
