const CUSTOM_PREFIX = 'CustomFunction.';

/** Counts service method calls by `Class.method`, the unit Apps Script quotas and latency scale with. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  inc(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Every counted call, custom-function invocations included. */
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Calls whose `Class.method` key passes the test, e.g. `(k) => !k.includes('Builder.')`. */
  sum(test: (key: string) => boolean): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (test(key)) sum += n;
    return sum;
  }

  /** Service calls only: what a script's own batching controls. */
  serviceTotal(): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (!key.startsWith(CUSTOM_PREFIX)) sum += n;
    return sum;
  }

  /** Invocations of custom functions (`CustomFunction.NAME`), all or one. */
  customFunctionCalls(name?: string): number {
    if (name !== undefined) return this.count(CUSTOM_PREFIX + name);
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(CUSTOM_PREFIX)) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

export function customFunctionKey(name: string): string {
  return CUSTOM_PREFIX + name;
}

/**
 * A call on the spreadsheet service's objects (`Range.setValues`), the calls that travel to
 * Sheets; `SpreadsheetApp.new…()` rule and chart builders are local, and so are their methods.
 */
export function isSheetsCall(key: string): boolean {
  return (
    /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection)\./.test(key) &&
    !/^SpreadsheetApp\.new/.test(key)
  );
}
