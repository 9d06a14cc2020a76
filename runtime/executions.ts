import type { Exposer } from './core/expose';
import type { LockTable } from './services/lockTable';

/** A service call of the running execution, as the `between` hook sees it. */
export interface ServiceCall {
  /** `Range.setValues` */
  readonly name: string;
  /** Before the call runs, or after it returned (its effect done, its answer not yet seen). */
  readonly phase: 'before' | 'after';
  readonly user: string;
  readonly execution: number;
  /** 1 for the execution's first counted call, 2 for the next… */
  readonly index: number;
}

/** An execution started with `start`: it runs when the running one ends, as a lock would make it. */
export interface Started {
  readonly user: string;
  readonly name: string;
  /** On the simulated clock. */
  readonly startedAt: number;
  readonly done: boolean;
  readonly finishedAt?: number;
  readonly result?: unknown;
  /** What it threw: its failure handler's error in a sidebar. */
  readonly error?: Error;
}

interface Queued {
  readonly handle: { -readonly [K in keyof Started]: Started[K] };
  readonly run: () => unknown;
}

/**
 * Executions of the script, one at a time as JavaScript runs, interleaved as Apps Script would
 * interleave them: a hook runs between the service calls of the running execution (another
 * person's edit, a row inserted, a thrown service error, time passing), and executions started
 * meanwhile queue behind it: the document lock would have kept them waiting, and the time they
 * waited counts against their own lock request (lockTable.ts). Time is simulated: it moves only
 * when a hook advances it.
 */
export class Executions {
  hook: ((call: ServiceCall) => void) | undefined;
  private count = 0;
  private elapsed = 0;
  private readonly calls = new Map<number, number>();
  private readonly queue: Queued[] = [];
  private draining = false;

  constructor(
    private readonly locks: LockTable,
    exposer: Exposer,
    private readonly user: () => string,
    /** The clock before any simulated time: the runtime's `now` option, or the host's. */
    private readonly base: () => number,
  ) {
    exposer.around = (name, phase) => {
      const execution = this.locks.current;
      if (!this.hook || execution === 0) return;
      const index = (this.calls.get(execution) ?? 0) + (phase === 'before' ? 1 : 0);
      this.calls.set(execution, index);
      this.hook({ name, phase, user: this.user(), execution, index });
    };
  }

  now(): number {
    return this.base() + this.elapsed;
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`time only moves forward: ${ms}`);
    this.elapsed += ms;
  }

  /** Runs `work` as one execution; its locks go when it ends, and queued executions then run. */
  run<T>(work: () => T, queuedMs = 0): T {
    const parent = this.locks.current;
    const id = ++this.count;
    this.locks.begin(id, queuedMs);
    try {
      return work();
    } finally {
      this.locks.endExecution(id);
      this.calls.delete(id);
      this.locks.begin(parent, 0);
      if (parent === 0) this.drain();
    }
  }

  /** Starts `run` now if nothing runs, else when the running execution (and those queued) end. */
  start(user: string, name: string, run: (queuedMs: number) => unknown): Started {
    const handle: Queued['handle'] = { user, name, startedAt: this.now(), done: false };
    const queued: Queued = {
      handle,
      run: () => run(this.now() - handle.startedAt),
    };
    this.queue.push(queued);
    if (this.locks.current === 0) this.drain();
    return handle;
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        const { handle } = next;
        try {
          handle.result = next.run();
        } catch (error) {
          // The script's errors belong to its realm: the caller gets a plain Error with the message.
          handle.error = new Error(
            typeof error === 'object' && error !== null && 'message' in error
              ? String((error as { message: unknown }).message)
              : String(error),
          );
        }
        handle.done = true;
        handle.finishedAt = this.now();
      }
    } finally {
      this.draining = false;
    }
  }
}
