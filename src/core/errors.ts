import type { MessageKey } from "./i18n";

/**
 * An error the user can fix (a missing column, a bad setting, a busy sheet). It carries a message key
 * so the shell can say it in the user's language; anything else thrown is a programming error.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "UserError";
  }
}

/** True for a UserError, also across realms (the bundle runs in its own context in tests). */
export function isUserError(error: unknown): error is UserError {
  return Boolean(error) && (error as { name?: string }).name === "UserError" && "key" in (error as object);
}
