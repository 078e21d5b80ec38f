/**
 * The areas the form suggests for D1, D3 and D4 (docs/using.md): those already named in the region, the
 * declared Ambiti and the region's comuni, in one datalist refreshed when the region changes; and
 * "Come D1" for D3 and D4, which copies D1's area.
 */
import { h } from "./dom";
import type { LabelKey } from "./labels";
import { type AreaSuggestion, type Comune, call } from "./server";
import { field, L, state } from "./state";

export const AREAS_LIST = "areas-list";

const SOURCE_LABEL: Record<AreaSuggestion["source"], LabelKey> = {
  named: "areaNamed",
  declared: "areaDeclared",
  comune: "areaComune",
};

/** Fills the areas' datalist for the region; with no answer from the server, the comuni alone. */
export async function loadAreaSuggestions(region: string): Promise<void> {
  const list = document.getElementById(AREAS_LIST);
  if (!list || !region) return;
  // Asked again at each change of region: an area named in the interview just saved is offered next time.
  let suggestions: AreaSuggestion[];
  try {
    suggestions = await call("getAreaSuggestions", region);
  } catch {
    const comuni: Comune[] = state.comuni.get(region) ?? [];
    suggestions = comuni.map((c) => ({ name: c.name, kind: "comune", source: "comune" }));
  }
  if (field("region")?.value !== region) return;
  const province = new Map((state.comuni.get(region) ?? []).map((c) => [c.name, c.province]));
  list.replaceChildren(
    ...suggestions.map((s) => {
      const where = s.source === "comune" && province.get(s.name) ? ` (${province.get(s.name)})` : "";
      return h("option", { value: s.name }, `${s.name}${where} · ${L(SOURCE_LABEL[s.source])}`);
    }),
  );
}

/** Copies D1's area into a D3 or D4 field, as if typed there (the draft and its errors follow). */
function copyD1(target: string) {
  const source = field("hardestArea.name");
  const input = field(target);
  if (!source || !input) return;
  if (!source.value.trim()) {
    source.focus();
    return;
  }
  input.value = source.value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

/** The "Come D1" button of a D3 or D4 area field; its name says which field it fills. */
export function sameAsD1Button(target: string, fieldLabel: LabelKey) {
  return h(
    "button",
    {
      type: "button",
      class: "secondary same-as-d1",
      "data-same-as-d1": target,
      title: L("sameAsD1Hint"),
      onclick: () => copyD1(target),
    },
    L("sameAsD1"),
    h("span", { class: "sr-only" }, ` – ${L(fieldLabel)}`),
  );
}
