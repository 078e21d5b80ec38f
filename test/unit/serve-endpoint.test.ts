// The preview's local endpoint: only the bundle's top-level functions run; values cross as google.script.run
// carries them.
import { describe, expect, it } from "vitest";
import { topLevelFunctions, toWire } from "../../dev/serve.mjs";

describe("the preview's local endpoint", () => {
  it("runs only top-level functions of the bundle", () => {
    expect(
      topLevelFunctions("function onOpen(e) {}\nvar x = function hidden() {};\n  function inner() {}"),
    ).toEqual(new Set(["onOpen"]));
  });
  it("applies google.script.run's rules: no Date, undefined in arrays becomes null", () => {
    expect(toWire({ a: [1, undefined, "x"], b: undefined, c: { d: null } })).toEqual({
      a: [1, null, "x"],
      c: { d: null },
    });
    expect(() => toWire({ when: new Date() })).toThrow(/google\.script\.run non trasmette Date/);
  });
});
