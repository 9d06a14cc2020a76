/**
 * How long a save or a generation waits for the ones before it. Thirty athletes pressing Save
 * within three seconds queue up about a minute of work (tests/gas/load.test.ts); waiting 30 s
 * rather than 10 s lets most land at the first try instead of sending them back to Retry.
 */
const WAIT_MS = 30_000;

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
