import { performance } from 'node:perf_hooks';
import type { Exposer } from './core/expose';
import type { TimeLimit } from './core/limits';
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

/** What stops an execution: its limit, and how the script's realm throws Google's words. */
export interface Stopping {
  /** How long a counted call takes on Google, in ms of the simulated clock (0: instant). */
  latency(call: string): number;
  /** Throws an error of the script's realm. */
  fail(message: string): never;
}

/** An execution (or a custom function's) on the clock. */
interface Frame {
  readonly limit: TimeLimit;
  readonly clockAtStart: number;
  readonly realAtStart: number;
  /** Past its limit at a service call: every later call fails too, as Google has ended it. */
  stopped: boolean;
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
 * waited counts against their own lock request (lockTable.ts).
 *
 * Time is simulated: it moves when a hook advances it, by each call's latency (the runtime's
 * `latency` option: Google's time, which local calls don't take) and by `Utilities.sleep`. The
 * script's `Date` reads this clock. Each execution runs against Google's time limit
 * (core/limits.ts) on it, and on the host's real time too, whichever is further: past the limit
 * the next service call fails with Google's words, every later one does too, and the execution
 * ends with that error whatever the script caught; an execution that got past its limit between
 * two calls ends with it as well. Pure JavaScript between calls is never interrupted (a fidelity
 * limit: a loop without service calls runs until it ends).
 */
export class Executions {
  hook: ((call: ServiceCall) => void) | undefined;
  private count = 0;
  private elapsed = 0;
  private readonly calls = new Map<number, number>();
  private readonly queue: Queued[] = [];
  private readonly frames: Frame[] = [];
  private draining = false;

  constructor(
    private readonly locks: LockTable,
    exposer: Exposer,
    private readonly user: () => string,
    /** The clock before any simulated time: the runtime's `now` option, or the host's. */
    private readonly base: () => number,
    private readonly stopping: Stopping,
  ) {
    exposer.around = (name, phase) => {
      const frame = this.frames.at(-1);
      // The call's answer comes back after its latency: a call that ends past the limit took
      // effect, and the script never learns it did.
      if (phase === 'after') this.elapsed += this.stopping.latency(name);
      if (frame) this.enforce(frame);
      const execution = this.locks.current;
      if (!this.hook || execution === 0) return;
      const index = (this.calls.get(execution) ?? 0) + (phase === 'before' ? 1 : 0);
      this.calls.set(execution, index);
      this.hook({ name, phase, user: this.user(), execution, index });
      if (frame && phase === 'before') this.enforce(frame);
    };
  }

  now(): number {
    return this.base() + this.elapsed;
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`time only moves forward: ${ms}`);
    this.elapsed += ms;
  }

  /** Lets simulated time pass inside the running execution (`Utilities.sleep`). */
  elapse(ms: number): void {
    this.advance(ms);
    const frame = this.frames.at(-1);
    if (frame) this.enforce(frame);
  }

  /** How long `frame` has run: on the simulated clock, or in real time if that is longer. */
  private ranFor(frame: Frame): number {
    return Math.max(this.now() - frame.clockAtStart, performance.now() - frame.realAtStart);
  }

  private enforce(frame: Frame): void {
    if (!frame.stopped && this.ranFor(frame) <= frame.limit.ms) return;
    frame.stopped = true;
    this.stopping.fail(frame.limit.message);
  }

  /**
   * Runs `work` on the clock against `limit`: it ends with Google's error if it ran past it,
   * whatever it returned or threw (a custom function's call is timed so, without a lock).
   */
  timed<T>(limit: TimeLimit, work: () => T): T {
    const frame: Frame = {
      limit,
      clockAtStart: this.now(),
      realAtStart: performance.now(),
      stopped: false,
    };
    this.frames.push(frame);
    let result: T;
    try {
      result = work();
    } catch (error) {
      this.enforce(frame);
      throw error;
    } finally {
      this.frames.pop();
    }
    this.enforce(frame);
    return result;
  }

  /** Runs `work` as one execution; its locks go when it ends, and queued executions then run. */
  run<T>(work: () => T, limit: TimeLimit, queuedMs = 0): T {
    const parent = this.locks.current;
    const id = ++this.count;
    this.locks.begin(id, queuedMs);
    try {
      return this.timed(limit, work);
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
