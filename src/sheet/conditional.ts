import { COLUMN, letter } from './columns';
import type { Row } from './row';
import { settingRef } from './settings';

/**
 * Colour the logged RIR where the rule will act on it: green when the next target takes the high
 * increment (RIR ≥ target + 1), red when it comes down (RIR < target − 1).
 */
export interface Highlight {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly column: number;
  /** Relative to the first row, as Sheets reads conditional-format formulas. */
  readonly formula: string;
  readonly background: string;
}

export function rirHighlights(rows: readonly Row[]): Highlight[] {
  const first = rows.findIndex((r) => r.kind === 'exercise') + 1;
  if (first === 0) return [];
  const rir = `$${letter(COLUMN.rir)}${first}`;
  const target = settingRef('targetRir');
  const area = { firstRow: first, lastRow: rows.length, column: COLUMN.rir };
  return [
    { ...area, formula: `=AND(ISNUMBER(${rir}),${rir}<${target}-1)`, background: '#f4c7c3' },
    { ...area, formula: `=AND(ISNUMBER(${rir}),${rir}>=${target}+1)`, background: '#b7e1cd' },
  ];
}
