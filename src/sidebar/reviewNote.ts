/**
 * The staff's review while editing (docs/using.md): the `Nota verifica` of the loaded interview, and, when it
 * is marked Da correggere, that saving sends it back to Da verificare. Shown at the top of the form,
 * where the user starts; gone when the form is emptied for the next interview.
 */
import { h } from "./dom";
import type { Stored } from "./server";
import { form, L } from "./state";

const BOX_ID = "review-note";

/** Shows the loaded interview's review note (nothing when it has none and is not to correct). */
export function showReviewNote(stored: Stored) {
  document.getElementById(BOX_ID)?.remove();
  const note = typeof stored.reviewNote === "string" ? stored.reviewNote.trim() : "";
  const toFix = stored.review === "Da correggere";
  if (!note && !toFix) return;
  const box = h(
    "div",
    { id: BOX_ID, class: "notice", role: "note" },
    toFix ? h("p", {}, L("reviewToFix")) : null,
    note ? h("p", {}, h("strong", {}, L("reviewNote")), " ", note) : null,
  );
  form().before(box);
  form().addEventListener("reset", () => box.remove(), { once: true });
}
