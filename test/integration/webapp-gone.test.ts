// The phone form's server answer for an interview stored, then deleted before its phone heard back:
// marked `gone`, in either language, so the phone stops sending it; other refusals are not.
import { describe, expect, it } from "vitest";
import { interview } from "../fixtures";
import { type AddOn, type Emulator, preparedAddOn } from "./addon";

type Any = any;

function phone(locale?: string) {
  const { emu, addOn } = preparedAddOn({ user: "staff@coefficienti.example", locale });
  const e = emu as unknown as Emulator & Any;
  return { emu: e, addOn: addOn as AddOn, asPhone: <T>(fn: () => T): T => e.asWebApp(fn) };
}

describe("submitPhoneInterview: an interview deleted after it was stored", () => {
  it.each([
    ["it", /^Intervista INT-00001 non trovata/],
    ["en", /^Interview INT-00001 not found/],
  ])("answers gone (%s), with the not-found words", (locale, words) => {
    const { addOn, asPhone } = phone(locale);
    const input = interview();
    expect(asPhone(() => addOn.submitPhoneInterview(input))).toMatchObject({ ok: true, id: "INT-00001" });
    expect(addOn.deleteInterview("INT-00001")).toMatchObject({ ok: true });
    const again = asPhone(() => addOn.submitPhoneInterview(input)) as Any;
    expect(again).toMatchObject({ ok: false, gone: true });
    expect(again.errors[0].message).toMatch(words);
  });

  it("does not mark a refusal of Partner, or a stored interview, as gone", () => {
    const { emu, addOn, asPhone } = phone();
    expect(asPhone(() => addOn.submitPhoneInterview(interview()))).not.toHaveProperty("gone");
    emu.typeInto("Partner", "A2", "staff@coefficienti.example");
    emu.typeInto("Partner", "B2", "Marche");
    const refused = asPhone(() => addOn.submitPhoneInterview(interview())) as Any;
    expect(refused.ok).toBe(false);
    expect(refused.errors[0].field).toBe("region");
    expect(refused).not.toHaveProperty("gone");
  });
});
