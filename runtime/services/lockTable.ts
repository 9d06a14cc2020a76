export type LockKind = 'document' | 'script' | 'user';

export interface LockRequest {
  kind: LockKind;
  method: 'tryLock' | 'waitLock';
  timeoutMs: number;
  granted: boolean;
}

/**
 * Who holds which lock. Tests mark a lock as held by "another execution"; the script's own
 * locks are released when its execution ends, as Apps Script does. Nothing ever sleeps.
 */
export class LockTable {
  readonly heldElsewhere = new Set<LockKind>();
  readonly heldByScript = new Set<LockKind>();
  readonly requests: LockRequest[] = [];

  endExecution(): void {
    this.heldByScript.clear();
  }
}
