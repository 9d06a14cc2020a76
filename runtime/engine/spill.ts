import type { SimpleCellAddress } from 'hyperformula';

export interface Size {
  rows: number;
  cols: number;
}

interface Desired extends Size {
  /** Function id, so a stale entry never sizes another function written into the same cell. */
  fn: string;
  addr: SimpleCellAddress;
}

function keyOf(a: SimpleCellAddress): string {
  return `${a.sheet}:${a.row}:${a.col}`;
}

/**
 * HyperFormula fixes an array formula's size when the formula is written; Sheets sizes a custom
 * function's spill by what it returns. So the engine learns sizes by evaluating: the plugin records
 * the size a call returned, and when it differs from the cell's reserved size the cell is queued to
 * be written again (re-predicted) once the current engine operation ends. A one-shot memo gives
 * that re-evaluation the result already computed, so the function is not called twice.
 */
export class SpillTracker {
  private desired = new Map<string, Desired>();
  private pending = new Map<string, SimpleCellAddress>();
  private memo = new Map<string, { argsKey: string; result: unknown }>();
  /** Custom-function cells showing "no space", re-tried when their area clears. */
  private blocked = new Map<string, SimpleCellAddress>();

  sizeFor(addr: SimpleCellAddress, fn: string): Size | undefined {
    const d = this.desired.get(keyOf(addr));
    return d && d.fn === fn ? d : undefined;
  }

  /** Records what a call returned; true when that differs from what was recorded before. */
  record(addr: SimpleCellAddress, fn: string, size: Size): boolean {
    const key = keyOf(addr);
    const prev = this.desired.get(key);
    this.desired.set(key, { ...size, fn, addr: { ...addr } });
    return !prev || prev.fn !== fn || prev.rows !== size.rows || prev.cols !== size.cols;
  }

  queue(addr: SimpleCellAddress, argsKey: string, result: unknown): void {
    const key = keyOf(addr);
    this.pending.set(key, { ...addr });
    this.memo.set(key, { argsKey, result });
  }

  takeMemo(addr: SimpleCellAddress, argsKey: () => string): { result: unknown } | undefined {
    const key = keyOf(addr);
    const m = this.memo.get(key);
    if (!m) return undefined;
    this.memo.delete(key);
    return m.argsKey === argsKey() ? { result: m.result } : undefined;
  }

  takePending(): SimpleCellAddress[] {
    const out = [...this.pending.values()];
    this.pending.clear();
    return out;
  }

  markBlocked(addr: SimpleCellAddress): void {
    if (this.desired.has(keyOf(addr))) this.blocked.set(keyOf(addr), { ...addr });
  }

  unblock(addr: SimpleCellAddress): void {
    this.blocked.delete(keyOf(addr));
  }

  blockedCells(): { addr: SimpleCellAddress; size: Size | undefined }[] {
    return [...this.blocked.entries()].map(([key, addr]) => ({
      addr,
      size: this.desired.get(key),
    }));
  }

  /** Forgets what was learnt about cells in a region whose contents were rewritten wholesale. */
  forget(sheet: number, row: number, rows: number): void {
    for (const map of [this.desired, this.blocked, this.memo, this.pending] as Map<
      string,
      unknown
    >[]) {
      for (const key of [...map.keys()]) {
        const [s, r] = key.split(':').map(Number);
        if (s === sheet && r !== undefined && r >= row && r < row + rows) map.delete(key);
      }
    }
  }

  forgetSheet(sheet: number): void {
    this.forget(sheet, 0, Number.POSITIVE_INFINITY);
  }

  /** Keeps keys on their cells when rows move (`count` < 0 deletes rows from `at`). */
  shiftRows(sheet: number, at: number, count: number): void {
    if (count < 0) this.forget(sheet, at, -count);
    const moveKey = <T>(map: Map<string, T>, fix: (v: T, row: number) => T) => {
      const entries = [...map.entries()];
      map.clear();
      for (const [key, value] of entries) {
        const [s = 0, r = 0, c = 0] = key.split(':').map(Number);
        const row = s === sheet && r >= at ? r + count : r;
        map.set(`${s}:${row}:${c}`, fix(value, row));
      }
    };
    moveKey(this.desired, (d, row) => ({ ...d, addr: { ...d.addr, row } }));
    moveKey(this.blocked, (a, row) => ({ ...a, row }));
    moveKey(this.memo, (m) => m);
    moveKey(this.pending, (a, row) => ({ ...a, row }));
  }
}
