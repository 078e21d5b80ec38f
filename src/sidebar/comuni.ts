/** Comune suggestions for the chosen region and the ISTAT code of Q1. */
import { foldName } from "../core/text";
import { loadAreaSuggestions } from "./areaSuggestions";
import { h } from "./dom";
import { saveDraft } from "./draft";
import { failureMessage } from "./failure";
import { refreshErrors, showStatus } from "./feedback";
import { type Comune, call, field, state } from "./state";

export async function loadComuni(region: string) {
  const list = document.getElementById("comuni-list");
  if (!list || !region) return;
  let comuni = state.comuni.get(region);
  if (!comuni) {
    comuni = await call<Comune[]>("getComuni", region);
    state.comuni.set(region, comuni);
  }
  if (field("region")?.value !== region) return;
  list.replaceChildren(
    ...comuni.map((c) => h("option", { value: c.name }, `${c.name} (${c.province}) ${c.code}`)),
  );
  matchIstat();
  // D1, D3 and D4 suggest the region's areas (named, declared, comuni) once its comuni are known.
  await loadAreaSuggestions(region);
}

function matchIstat() {
  const kind = field("hardestArea.kind")?.value;
  const name = foldName(field("hardestArea.name")?.value ?? "");
  const code = field("hardestArea.istatCode");
  if (!code) return;
  const comuni = state.comuni.get(field("region")?.value ?? "") ?? [];
  const match = kind === "comune" ? comuni.find((c) => foldName(c.name) === name) : undefined;
  if (match) {
    code.value = match.code;
    code.dataset.auto = "1";
  } else if (code.dataset.auto) {
    code.value = "";
    delete code.dataset.auto;
  }
}

export function onRegionChange() {
  void loadComuni(field("region")?.value ?? "").catch((e: Error) => showStatus(failureMessage(e)));
}

export function onChange(event: Event) {
  const name = (event.target as HTMLInputElement).name;
  if (name === "hardestArea.name" || name === "hardestArea.kind") matchIstat();
  if (name === "hardestArea.istatCode") delete (event.target as HTMLInputElement).dataset.auto;
  refreshErrors(name);
  // Once the next interview is under way, "start a blank one" would throw away what was typed.
  const blank = document.getElementById("new-blank");
  if (blank) blank.hidden = true;
  saveDraft();
}
