/**
 * Comune suggestions for the chosen region, and the ISTAT code of Q1 filled from the comune's name.
 * Called by the controller when the region or Q1 changes.
 */
import { foldName } from "../core/text";
import { loadAreaSuggestions } from "./areaSuggestions";
import { h } from "./dom";
import { call } from "./server";
import { field, state } from "./state";

export async function loadComuni(region: string) {
  const list = document.getElementById("comuni-list");
  if (!list || !region) return;
  let comuni = state.comuni.get(region);
  if (!comuni) {
    comuni = await call("getComuni", region);
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

/** Q1 names a comune of the region: its ISTAT code is filled (and emptied again when it no longer does). */
export function matchIstat() {
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
