/** How long a save or a generation waits for another one to finish. */
const WAIT_MS = 10_000;

/** Runs `work` holding the document lock: two saves never interleave their reads and writes. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new Error(
      'Someone else is saving to this spreadsheet right now. Wait a few seconds and try again.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
