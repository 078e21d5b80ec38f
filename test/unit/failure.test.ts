// What the form says when a server call fails: Google's several-accounts failures in words.
import { describe, expect, it } from "vitest";
import { failureMessage, isSeveralAccountsFailure } from "../../src/sidebar/failure";

describe("a failed call from the form", () => {
  it.each([
    "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    "PERMISSION_DENIED",
    "ScriptError: Authorization is required to perform that action.",
    "This action is not available if you are connected to multiple accounts in the same domain or to multiple personal accounts. Please log out and try again.",
  ])("reads %j as the several-accounts limitation and says what to do", (message) => {
    expect(isSeveralAccountsFailure(new Error(message))).toBe(true);
    const text = failureMessage(new Error(message));
    expect(text).toContain("Usa una finestra (o un profilo) del browser con un solo account Google");
    expect(text).not.toContain("PERMISSION_DENIED");
  });

  it("adds that what was typed is still there when a save fails that way", () => {
    expect(failureMessage(new Error("PERMISSION_DENIED"), { kept: true })).toContain(
      "Quello che hai scritto resta in questo modulo",
    );
  });

  it("shows any other failure with its own message", () => {
    const message = "Il foglio è occupato, riprova tra qualche secondo.";
    expect(isSeveralAccountsFailure(new Error(message))).toBe(false);
    expect(failureMessage(new Error(message))).toBe(`Errore: ${message}`);
  });
});
