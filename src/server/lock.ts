import { UserError } from "../core/errors";

/** How long a write waits for another user's write to finish before saying "retry". */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs a write under the document lock. A busy lock is a UserError ("retry in a few seconds") and
 * nothing is written; the writes are flushed before the lock is released.
 */
export function withDocumentLock<T>(body: () => T): T {
  // Google returns null outside a container document (RULES.md, R10): say so rather than "busy".
  const lock = LockService.getDocumentLock();
  if (!lock) throw new UserError("noLock");
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError("busy");
  try {
    const result = body();
    // Every write is issued; flush applies them before the lock goes. Should Google fail the flush,
    // the writes are still applied when the execution ends: reporting an error would make the user
    // repeat an operation that took effect.
    try {
      SpreadsheetApp.flush();
    } catch (error) {
      console.warn(`flush: ${(error as Error)?.message ?? error}`);
    }
    return result;
  } finally {
    lock.releaseLock();
  }
}
