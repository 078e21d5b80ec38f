/**
 * The length of the form's texts, said where the user types: the browser stops a text at its field's
 * limit (`maxlength`, the same limits the save checks) without a word, and a long paste would lose
 * its end silently. Near the limit a counter shows under the field; at the limit it says that nothing
 * more goes in, and that a pasted text was cut. The same form in the sidebar and on the phone.
 */
import type { Lang } from "../core/codes";
import { fillMessage } from "../core/i18n";
import { h } from "./dom";
import { state } from "./state";

const words = {
  it: {
    count: "{count} di {max} caratteri.",
    full: "Hai raggiunto il limite di {max} caratteri: il testo oltre non viene inserito.",
    cut: "Il testo incollato era più lungo di {max} caratteri: ne è stata tenuta solo la prima parte ({max} caratteri), il resto non è stato inserito.",
  },
  en: {
    count: "{count} of {max} characters.",
    full: "You reached the limit of {max} characters: text beyond it is not added.",
    cut: "The pasted text was longer than {max} characters: only its first part ({max} characters) was kept, the rest was not added.",
  },
} satisfies Record<Lang, Record<string, string>>;

/** From this share of the limit on, the counter shows. */
const NEAR = 0.9;

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const limited = (el: EventTarget | null): el is TextControl =>
  (el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && ["text", "email", "tel"].includes(el.type))) &&
  el.maxLength > 0 &&
  Boolean(el.closest("#interview-form"));

/** The note under a field (made on first need), read out politely by screen readers. */
function noteOf(el: TextControl): HTMLElement {
  const id = `${el.id || el.name}-length`;
  let note = document.getElementById(id);
  if (!note) {
    note = h("p", { id, class: "hint length-note", "aria-live": "polite", hidden: true });
    el.after(note);
    const described = el.getAttribute("aria-describedby");
    el.setAttribute("aria-describedby", described ? `${described} ${id}` : id);
  }
  return note;
}

/** Controls whose last paste did not fit whole. */
const cut = new WeakSet<TextControl>();

function refresh(el: TextControl) {
  const max = el.maxLength;
  const count = el.value.length;
  const existing = document.getElementById(`${el.id || el.name}-length`);
  if (count < max) cut.delete(el);
  if (count < max * NEAR) {
    if (existing) existing.hidden = true;
    return;
  }
  const w = words[state.lang === "en" ? "en" : "it"];
  const note = noteOf(el);
  note.textContent = fillMessage(count >= max ? (cut.has(el) ? w.cut : w.full) : w.count, { count, max });
  note.hidden = false;
}

/** Watches every limited text of the form (contacts added later too). Call once. */
export function watchLengths(): void {
  document.addEventListener("paste", (event) => {
    const el = event.target;
    if (!limited(el)) return;
    const pasted = (event as ClipboardEvent).clipboardData?.getData("text") ?? "";
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    if (el.value.length - selected + pasted.length > el.maxLength) cut.add(el);
  });
  document.addEventListener("input", (event) => {
    if (limited(event.target)) refresh(event.target);
  });
}
