/**
 * Someone saved the interview being edited: show, in words, who saved it and when, what they changed
 * and what re-applying my edits will change, and offer to re-apply mine on their version (a three-way
 * merge against the version my edits started from) or to load theirs. The box sits next to the save
 * button, where the user is, and takes the focus.
 */
import { h, setChildren } from "./dom";
import { saveDraft } from "./draft";
import { setEditing, showStatus } from "./feedback";
import { displayValue, fieldName, formatWhen } from "./fieldNames";
import { fillForm } from "./formData";
import { changedPaths, reapply, sameValue, valueAt } from "./merge";
import { type FormData, L, type Stored, state } from "./state";

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
export function reapplyChanges(original: FormData, mine: FormData, current: FormData) {
  const theirs = new Set(changedPaths(original, current));
  return changedPaths(original, mine)
    .filter((path) => !sameValue(valueAt(current, path), valueAt(mine, path)))
    .map((path) => ({ path, from: valueAt(current, path), to: valueAt(mine, path), both: theirs.has(path) }));
}

/**
 * Someone saved this interview since my edits started from `state.loaded`: show what they changed and
 * what re-applying mine will change, and let me choose. `fromDraft` says the edits come from a draft.
 */
export function showConflict(current: Stored, mine: FormData, options: { fromDraft?: boolean } = {}) {
  const box = document.getElementById("conflict")!;
  const original = (state.loaded ?? current) as FormData;
  const theirs = changedPaths(original, current);
  const changes = reapplyChanges(original, mine, current);
  const useVersion = (data: FormData) => {
    state.loaded = current;
    setEditing({ id: current.id, version: current.version });
    fillForm(data);
    hideConflict();
    saveDraft();
    document.getElementById("submit")?.focus();
  };
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
        onclick: () => {
          useVersion(reapply(original, mine, current));
          showStatus(L("conflictReapplied"));
        },
      },
      L("conflictReapply"),
    ),
    h(
      "button",
      { type: "button", class: "secondary", onclick: () => useVersion(current) },
      L("conflictUseCurrent"),
    ),
  );
  const message = document.getElementById("conflict-message")!;
  message.focus();
  message.scrollIntoView({ block: "center" });
}
