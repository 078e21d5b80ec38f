import { UserError } from "../core/errors";

/** How long a write waits for another user's write to finish before saying "retry". */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs a write under the document lock. A busy lock is a UserError ("retry in a few seconds") and
 * nothing is written; the writes are flushed before the lock is released.
 */
export function withDocumentLock<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw new UserError("busy");
  try {
    const result = body();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
