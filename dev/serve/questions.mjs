// Confirmations (ui.alert with YES/NO, OK/CANCEL) in the preview. On Google the script waits while the
// user reads the question; here the question goes to the page, and only the user's click there answers
// it. The API never answers one by itself: a question nobody showed gets CLOSE, as if the user had
// closed the dialog, so nothing is ever confirmed without the user.
import { randomUUID } from "node:crypto";

const QUESTION_SETS = new Set(["YES_NO", "YES_NO_CANCEL", "OK_CANCEL"]);
const YES = { YES_NO: "YES", YES_NO_CANCEL: "YES", OK_CANCEL: "OK" };
const NO = { YES_NO: "NO", YES_NO_CANCEL: "NO", OK_CANCEL: "CANCEL" };

/**
 * Makes every question the bundle asks on `emu` go through `emu.answerQuestion(asked)`, set for one run
 * by `runAnswering`; with none set, a question is closed unanswered. Returns `emu`.
 */
export function guardQuestions(emu) {
  const globals = emu.globals.bind(emu);
  emu.alertResponse = "CLOSE"; // the emulator's own default, should a question escape the wrapper
  emu.answerQuestion = null;
  emu.globals = () => {
    const g = globals();
    const getUi = g.SpreadsheetApp.getUi;
    g.SpreadsheetApp.getUi = () =>
      new Proxy(getUi(), {
        get(ui, prop) {
          if (prop !== "alert") return Reflect.get(ui, prop);
          return (...args) => {
            const before = emu.ui.alerts.length;
            const shown = ui.alert(...args);
            const asked = emu.ui.alerts.length > before ? emu.ui.alerts[emu.ui.alerts.length - 1] : null;
            if (!asked || !QUESTION_SETS.has(asked.buttons)) return shown;
            return emu.answerQuestion ? emu.answerQuestion(asked) : "CLOSE";
          };
        },
      });
    return g;
  };
  return emu;
}

/**
 * Runs `call(bundle)` on `emu` answering only the questions in `answers` (question text → the user's
 * yes/no). Returns { value, unanswered: texts of the questions closed unanswered }.
 */
export function runAnswering(emu, answers, call) {
  const unanswered = [];
  emu.answerQuestion = (asked) => {
    if (!answers.has(asked.message)) {
      unanswered.push(asked.message);
      return "CLOSE";
    }
    return answers.get(asked.message) ? YES[asked.buttons] : NO[asked.buttons];
  };
  try {
    return { value: call(emu.loadBundle()), unanswered };
  } finally {
    emu.answerQuestion = null;
  }
}

/**
 * The one question the page is showing: a random token that only the page receives, bound to the
 * action it belongs to and to the answers given before it. A token answers once.
 */
export class PendingQuestion {
  constructor() {
    this.current = null;
  }
  /** Records a question for the page; returns what the page needs to ask it. */
  ask(action, question, answers = new Map()) {
    this.current = { token: randomUUID(), action, question, answers };
    return { question, token: this.current.token };
  }
  /** The user's answer to the question with `token`: the answers so far, this one included. */
  answer(action, token, answer) {
    const pending = this.current;
    if (!pending || typeof token !== "string" || pending.token !== token || pending.action !== action)
      return null;
    this.current = null;
    return new Map([...pending.answers, [pending.question, answer === true]]);
  }
}
