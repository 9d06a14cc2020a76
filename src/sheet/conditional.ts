import { COLUMN, letter } from './columns';
import type { Row } from './row';
import { settingRef } from './settings';

/**
 * The athlete's input cells (load, reps, RIR, notes, and the sidebar's save id beside them), from
 * the first exercise row down: what the athlete may edit, and where the RIR highlights show.
 * Header rows inside it hold nothing.
 */
export interface InputArea {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly columns: number;
}

export function inputArea(rows: readonly Row[]): InputArea | undefined {
  const first = rows.findIndex((r) => r.kind === 'exercise') + 1;
  if (first === 0) return undefined;
  return {
    firstRow: first,
    lastRow: rows.length,
    firstColumn: COLUMN.load,
    columns: COLUMN.save - COLUMN.load + 1,
  };
}

/**
 * Colour a row's inputs where the rule will act on its RIR: green when the next target takes the
 * high increment (RIR ≥ target + 1), red when it comes down (RIR < target − 1). Formulas are
 * relative to the area's first row, as Sheets reads conditional-format formulas.
 */
export interface Highlight {
  readonly formula: string;
  readonly background: string;
}

export function rirHighlights(area: InputArea): Highlight[] {
  const rir = `$${letter(COLUMN.rir)}${area.firstRow}`;
  const target = settingRef('targetRir');
  return [
    { formula: `=AND(ISNUMBER(${rir}),${rir}<${target}-1)`, background: '#f4c7c3' },
    { formula: `=AND(ISNUMBER(${rir}),${rir}>=${target}+1)`, background: '#b7e1cd' },
  ];
}
