/**
 * Someone saved the interview being edited: show, in words, who saved it and when, what they changed
 * and what re-applying my edits will change, and offer to re-apply mine on their version (a three-way
 * merge against the version my edits started from) or to load theirs. The box sits next to the save
 * button, where the user is, and takes the focus. What follows the choice (the form filled with the
 * chosen values, the draft kept) is the caller's: it is handed the values to go on with.
 */
import { h, setChildren } from "./dom";
import { displayValue, fieldName, formatWhen } from "./fieldNames";
import { changedPaths, reapply, sameValue, valueAt } from "./merge";
import type { Stored } from "./server";
import { type FormValues, L, state } from "./state";

const MAX_LISTED = 20;

export function hideConflict() {
  const box = document.getElementById("conflict")!;
  box.hidden = true;
  box.removeAttribute("role");
  box.replaceChildren();
}

/** "Salvata da anna@… il 28/11/2026, 14:05", when the server says who and when. */
function savedBy(current: Stored): string {
  const when = formatWhen(current.updatedAt);
  const who = typeof current.updatedBy === "string" ? current.updatedBy : "";
  if (!when) return "";
  return who ? L("conflictBy", { who, when }) : L("conflictByUnknown", { when });
}

/** What re-applying will set: each field I changed whose value in their version differs from mine. */
export function reapplyChanges(original: FormValues, mine: FormValues, current: FormValues) {
  const theirs = new Set(changedPaths(original, current));
  return changedPaths(original, mine)
    .filter((path) => !sameValue(valueAt(current, path), valueAt(mine, path)))
    .map((path) => ({ path, from: valueAt(current, path), to: valueAt(mine, path), both: theirs.has(path) }));
}

/** How a conflict was settled: my edits re-applied on their version, or their version as it is. */
export type ConflictChoice = "reapplied" | "theirs";

export interface ConflictOptions {
  /** The edits come from a draft rather than from the form as typed. */
  fromDraft?: boolean;
  /** The user chose: go on editing `current` with these values. */
  use: (values: FormValues, choice: ConflictChoice) => void;
}

/**
 * Someone saved this interview since my edits started from `state.loaded`: show what they changed and
 * what re-applying mine will change, and let me choose.
 */
export function showConflict(current: Stored, mine: FormValues, options: ConflictOptions) {
  const box = document.getElementById("conflict")!;
  const original: FormValues = state.loaded ?? current;
  const theirs = changedPaths(original, current);
  const changes = reapplyChanges(original, mine, current);
  box.hidden = false;
  // An alert only while shown, so the form has one live alert region at a time.
  box.setAttribute("role", "alert");
  const by = savedBy(current);
  setChildren(
    box,
    h("p", { class: "conflict-title" }, options.fromDraft ? L("draftOlder") : L("conflictTitle")),
    by ? h("p", { class: "conflict-by" }, by) : null,
    theirs.length ? h("p", {}, L("conflictChanged")) : null,
    theirs.length
      ? h(
          "ul",
          { class: "conflict-theirs" },
          theirs
            .slice(0, MAX_LISTED)
            .map((path) => h("li", {}, `${fieldName(path)}: ${displayValue(path, valueAt(current, path))}`)),
        )
      : null,
    h("p", {}, changes.length ? L("conflictWill") : L("conflictNothing")),
    changes.length
      ? h(
          "ul",
          { class: "conflict-mine" },
          changes
            .slice(0, MAX_LISTED)
            .map((c) =>
              h(
                "li",
                {},
                `${fieldName(c.path)}: ${displayValue(c.path, c.from)} ${L("arrow")} ${displayValue(c.path, c.to)}`,
                c.both ? ` ${L("conflictBoth")}` : "",
              ),
            ),
        )
      : null,
    h("p", { id: "conflict-message", class: "conflict-message", tabindex: "-1" }, L("conflictChoose")),
    h(
      "button",
      {
        type: "button",
        onclick: () => options.use(reapply(original, mine, current), "reapplied"),
      },
      L("conflictReapply"),
    ),
    h(
      "button",
      { type: "button", class: "secondary", onclick: () => options.use(current, "theirs") },
      L("conflictUseCurrent"),
    ),
  );
  const message = document.getElementById("conflict-message")!;
  message.focus();
  message.scrollIntoView({ block: "center" });
}
