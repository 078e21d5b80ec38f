/**
 * Someone saved the interview being edited: show their changes and offer to re-apply mine on their
 * version (a three-way merge) or to load theirs.
 */
import { h } from "./dom";
import { saveDraft } from "./draft";
import { setEditing, showStatus } from "./feedback";
import { fillForm } from "./formData";
import { changedPaths, reapply, valueAt } from "./merge";
import { type FormData, L, type Stored, state } from "./state";

export function hideConflict() {
  const box = document.getElementById("conflict")!;
  box.hidden = true;
  box.removeAttribute("role");
}

const display = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((v) =>
          v && typeof v === "object" ? String((v as Record<string, unknown>).name ?? "") : String(v),
        )
        .join(", ")
    : value === undefined || value === null
      ? ""
      : String(value);

/**
 * Someone saved this interview since it was loaded: show what they changed, and offer to re-apply my
 * edits on their version (a three-way merge) or to load their version as it is.
 */
export function showConflict(current: Stored, mine: FormData) {
  const box = document.getElementById("conflict")!;
  const original = (state.loaded ?? current) as FormData;
  const theirs = changedPaths(original, current);
  box.hidden = false;
  // An alert only while shown, so the form has one live alert region at a time.
  box.setAttribute("role", "alert");
  box.replaceChildren(
    h("p", { class: "conflict-title" }, L("conflictTitle", { version: current.version })),
    h("p", { hidden: theirs.length === 0 }, L("conflictChanged")),
    h(
      "ul",
      {},
      theirs.slice(0, 20).map((k) => h("li", {}, h("code", {}, k), `: ${display(valueAt(current, k))}`)),
    ),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          const merged = reapply(original, mine, current);
          state.loaded = current;
          setEditing({ id: current.id, version: current.version });
          fillForm(merged);
          hideConflict();
          showStatus(L("conflictReapplied", { version: current.version }));
          saveDraft();
        },
      },
      L("conflictReapply"),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () => {
          state.loaded = current;
          setEditing({ id: current.id, version: current.version });
          fillForm(current);
          hideConflict();
          saveDraft();
        },
      },
      L("conflictUseCurrent"),
    ),
  );
  box.setAttribute("tabindex", "-1");
  box.focus();
}
