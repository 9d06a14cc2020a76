import { PROGRESSIONS } from '../core/exercise';
import { COLUMN, type ColumnName, letter, WIDTH } from './columns';
import { STYLES } from './grid';
import { closedKinds, LOOKS } from './looks';
import type { Row, RowKind } from './row';
import { settingRef } from './settings';

/**
 * The athlete's input cells (the sidebar's save id, then load, reps, RIR and notes), from the
 * first exercise row down: what the athlete may edit. Header rows inside it hold nothing.
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
  // The progress section below the sessions is the coach's, like the settings.
  const last = rows.length - [...rows].reverse().findIndex((r) => r.kind !== 'progress');
  return {
    firstRow: first,
    lastRow: last,
    firstColumn: COLUMN.save,
    columns: COLUMN.notes - COLUMN.save + 1,
  };
}

/** A conditional format: its formula is relative to the area's top-left cell, as Sheets reads it. */
export interface Highlight {
  readonly formula: string;
  readonly background: string;
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly area: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
}

/**
 * The rows below the settings, styled by what they are rather than where they are: the kind in
 * the row's hidden column picks the colour, so a sorted block or an inserted row stays right, and
 * a tab of any length copies the same rules. First, where the rule acts on a logged RIR: green
 * when the next target takes the high increment (RIR ≥ target + 1), red when it comes down
 * (RIR < target − 1). Sheets applies the first rule that holds for a cell.
 */
export function rowHighlights(firstRow: number, lastRow: number): Highlight[] {
  const rows = lastRow - firstRow + 1;
  const rir = `$${letter(COLUMN.rir)}${firstRow}`;
  const kind = `$${letter(COLUMN.kind)}${firstRow}`;
  const target = settingRef('targetRir');
  const inputs = {
    row: firstRow,
    column: COLUMN.save,
    rows,
    columns: COLUMN.notes - COLUMN.save + 1,
  };
  const whole = { row: firstRow, column: 1, rows, columns: WIDTH };
  const byKind = (k: Exclude<RowKind, 'header' | 'setting' | 'exercise'>): Highlight => ({
    formula: `=${kind}="${k}"`,
    background: STYLES[k].background,
    ...(STYLES[k].weight === 'bold' ? { bold: true } : {}),
    area: whole,
  });
  const toFill = STYLES.exercise.editable?.background ?? '';
  // A closed input (a plyo's load and RIR, a hold's load): grey, its "—" in grey print.
  const closed = (column: ColumnName): Highlight => ({
    formula: `=OR(${closedKinds(column)
      .map((p) => `${kind}="${p}"`)
      .join(',')})`,
    background: LOOKS.closed.background,
    fontColor: LOOKS.closed.color,
    area: { row: firstRow, column: COLUMN[column], rows, columns: 1 },
  });
  return [
    { formula: `=AND(ISNUMBER(${rir}),${rir}<${target}-1)`, background: '#f4c7c3', area: inputs },
    { formula: `=AND(ISNUMBER(${rir}),${rir}>=${target}+1)`, background: '#b7e1cd', area: inputs },
    byKind('session'),
    byKind('note'),
    byKind('block'),
    closed('load'),
    closed('rir'),
    // Exercise rows name their progression as their kind; their inputs are to be filled in.
    {
      formula: `=OR(${PROGRESSIONS.map((p) => `${kind}="${p}"`).join(',')})`,
      background: toFill,
      area: { row: firstRow, column: COLUMN.load, rows, columns: COLUMN.notes - COLUMN.load + 1 },
    },
  ];
}
