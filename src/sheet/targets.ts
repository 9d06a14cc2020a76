import {
  formatPrescription,
  type Prescription,
  type Progression,
  startingCount,
} from '../core/exercise';
import { toFormula } from '../core/expr';
import { nextHoldRule, nextLoadRule, nextRepsRule } from '../core/progression';
import { above, type ColumnName, cellInRow } from './columns';
import type { Content } from './row';
import { settingRef } from './settings';

/**
 * The target cell of one appearance of an exercise, and the hidden helper cells that find its
 * previous appearance by key. Formulas are native Sheets (no custom function), so the tab
 * recalculates on a phone with nothing installed.
 */
export interface Appearance {
  readonly row: number;
  readonly progression: Progression;
  readonly prescription: Prescription;
  /** 'upper' increments also serve core lifts. */
  readonly region: 'upper' | 'lower';
  readonly previous?: { readonly key: string; readonly sameWeek: boolean };
  readonly startingLoad?: number;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Load rows progress from the load used, holds and rep ranges from the reps/seconds done. */
const DONE: Record<Progression, ColumnName> = {
  load: 'load',
  hold: 'reps',
  reps: 'reps',
  fixed: 'reps',
};

export function helperCells(a: Appearance): Partial<Record<ColumnName, Content>> {
  if (!a.previous || a.progression === 'fixed') return {};
  const previous = cellInRow('previous', a.row);
  const at = (column: ColumnName) => `INDEX(${above(column, a.row)},${previous})`;
  return {
    previous: { formula: `=IFERROR(MATCH(${quote(a.previous.key)},${above('key', a.row)},0),"")` },
    base: {
      formula: `=IF(${previous}="","",IF(${at(DONE[a.progression])}="",${at('target')},${at(DONE[a.progression])}))`,
    },
    previousRir: { formula: `=IF(${previous}="","",${at('rir')})` },
  };
}

export function targetCell(a: Appearance): Content {
  const p = a.prescription;
  if (a.progression === 'fixed') return formatPrescription(p);
  if (!a.previous) return a.progression === 'load' ? (a.startingLoad ?? '') : startingCount(p);
  // A second appearance in the same week repeats the first: no increment, only the cut after a grinder.
  const zeroOr = (ref: string) => (a.previous?.sameWeek ? '0' : ref);
  const common = { rir: cellInRow('previousRir', a.row), target: settingRef('targetRir') };
  const base = cellInRow('base', a.row);
  switch (a.progression) {
    case 'load':
      return {
        formula: `=${toFormula(nextLoadRule, {
          ...common,
          load: base,
          low: zeroOr(settingRef(a.region)),
          high: zeroOr(settingRef(a.region, true)),
          step: settingRef('step'),
        })}`,
      };
    case 'hold':
      return {
        formula: `=${toFormula(nextHoldRule, { ...common, base, increment: zeroOr(settingRef('hold')) })}`,
      };
    case 'reps':
      return {
        formula: `=${toFormula(nextRepsRule, {
          ...common,
          base,
          increment: zeroOr(settingRef('reps')),
          top: String(p.kind === 'range' ? p.max : startingCount(p)),
        })}`,
      };
  }
}

export const TARGET_FORMAT: Readonly<Record<Progression, string>> = {
  load: '0.0#',
  hold: '0" s"',
  reps: '0" reps"',
  fixed: '@',
};
