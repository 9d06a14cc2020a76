export type LockKind = 'document' | 'script' | 'user';

export interface LockRequest {
  kind: LockKind;
  method: 'tryLock' | 'waitLock';
  timeoutMs: number;
  granted: boolean;
  /** The execution that asked (1, 2, … in the order they started). */
  execution: number;
}

/**
 * Who holds which lock, per execution. Tests mark a lock as held by "another execution"
 * (`heldElsewhere`); an execution's own locks are released when it ends, as Apps Script does
 * (reference/lock/lock). Nothing ever sleeps: an execution started while another runs is queued
 * behind it (runtime.ts), and the time it spent queued counts against its first lock request's
 * timeout, on the runtime's simulated clock.
 */
export class LockTable {
  readonly heldElsewhere = new Set<LockKind>();
  readonly requests: LockRequest[] = [];
  /** The running execution; 0 outside any. */
  current = 0;
  private readonly holders = new Map<LockKind, number>();
  /** How long the running execution waited in the queue before it could start, once. */
  private queued = 0;

  holds(kind: LockKind): boolean {
    return this.current !== 0 && this.holders.get(kind) === this.current;
  }

  /** True when some execution, this one or another, holds the lock. */
  isHeld(kind: LockKind): boolean {
    return this.holders.has(kind);
  }

  /** Starts `execution`, which waited `queuedMs` for the one before it to end. */
  begin(execution: number, queuedMs: number): void {
    this.current = execution;
    this.queued = queuedMs;
  }

  acquire(kind: LockKind, method: LockRequest['method'], timeoutMs: number): boolean {
    const holder = this.holders.get(kind);
    const waitedTooLong = this.queued > timeoutMs;
    this.queued = 0;
    const granted =
      !this.heldElsewhere.has(kind) &&
      (holder === undefined || holder === this.current) &&
      !waitedTooLong;
    this.requests.push({ kind, method, timeoutMs, granted, execution: this.current });
    if (granted) this.holders.set(kind, this.current);
    return granted;
  }

  release(kind: LockKind): void {
    if (this.holds(kind)) this.holders.delete(kind);
  }

  endExecution(execution: number): void {
    for (const [kind, holder] of this.holders) if (holder === execution) this.holders.delete(kind);
  }
}
