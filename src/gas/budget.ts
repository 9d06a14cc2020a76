/**
 * Google stops an Apps Script execution after 6 minutes (guides/services/quotas, "Script
 * runtime"), whatever it was doing. A run that makes many tabs keeps to a budget well inside it,
 * checked between steps: it starts the next step only when the longest step so far still fits.
 * It reads `Date.now()`, the execution's own clock: on the local runtime that is the clock that
 * stops an execution at 6 minutes too (runtime/README.md, *Time limits*).
 */
export const RUN_BUDGET_MS = 4.5 * 60 * 1000;

export class TimeBudget {
  private readonly started: number;
  private last: number;
  private longest = 0;

  constructor(
    private readonly limitMs: number = RUN_BUDGET_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.last = this.started;
  }

  /** Marks the end of a step. */
  done(): void {
    const at = this.now();
    this.longest = Math.max(this.longest, at - this.last);
    this.last = at;
  }

  /** Whether another step as long as the longest so far ends within the budget. */
  fits(): boolean {
    return this.now() + this.longest - this.started <= this.limitMs;
  }
}
