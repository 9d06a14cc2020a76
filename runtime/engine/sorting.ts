import type { CellValue } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';

export interface SortKey {
  /** Column offset within the sorted rectangle. */
  col: number;
  ascending: boolean;
}

// Sheets' ascending order: numbers (and dates), then text (case-insensitive), then booleans, then errors.
function rank(v: CellValue): number {
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return 1;
  if (typeof v === 'boolean') return 2;
  return 3;
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || v === '';
}

function compareValues(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    return a.localeCompare(b, 'en', { sensitivity: 'base', numeric: false });
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof DetailedCellError && b instanceof DetailedCellError) {
    return a.value.localeCompare(b.value);
  }
  return 0;
}

/** A stable row order for `rows`; blanks sort last whichever the direction, as in Sheets. */
export function sortOrder(rows: CellValue[][], keys: readonly SortKey[]): number[] {
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    for (const key of keys) {
      const a = rows[i]?.[key.col] ?? null;
      const b = rows[j]?.[key.col] ?? null;
      const ba = isBlank(a);
      const bb = isBlank(b);
      if (ba || bb) {
        if (ba && bb) continue;
        return ba ? 1 : -1;
      }
      const c = compareValues(a, b);
      if (c !== 0) return key.ascending ? c : -c;
    }
    return i - j;
  });
  return order;
}
