import { UserError } from "../core/errors";

/** How long a write waits for another user's write to finish before saying "retry". */
export const LOCK_WAIT_MS = 10_000;

/**
 * True while a web app execution runs (the phone form): Google gives a web app no document lock
 * (RULES.md, R42), so its writes rely on the script lock alone.
 */
let webAppExecution = false;

/** Runs `body` as the web app's execution (see webApp.ts); the flag never outlives the call. */
export function asWebAppExecution<T>(body: () => T): T {
  const before = webAppExecution;
  webAppExecution = true;
  try {
    return body();
  } finally {
    webAppExecution = before;
  }
}

/**
 * Runs a write under the document lock and the script lock. A busy lock is a UserError ("retry in a
 * few seconds") and nothing is written; the writes are flushed before the locks are released.
 *
 * The script lock is what the sidebar and the phone form share: from a web app Google returns no
 * document lock (RULES.md, R42), so without the script lock a save from the phone and one from the
 * sidebar could interleave. Both are always taken in the same order (document, then script).
 */
export function withDocumentLock<T>(body: () => T): T {
  // Google returns null outside a container document (RULES.md, R10): say so rather than "busy". A web
  // app of the sheet's own script gets null too (R42) and writes under the script lock alone.
  const documentLock = LockService.getDocumentLock();
  if (!documentLock && !webAppExecution) throw new UserError("noLock");
  if (documentLock && !documentLock.tryLock(LOCK_WAIT_MS)) throw new UserError("busy");
  try {
    const scriptLock = LockService.getScriptLock();
    if (!scriptLock.tryLock(LOCK_WAIT_MS)) throw new UserError("busy");
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
      scriptLock.releaseLock();
    }
  } finally {
    documentLock?.releaseLock();
  }
}
