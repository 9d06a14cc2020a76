import {
  formatPrescription,
  type Prescription,
  type Progression,
  startingCount,
} from '../core/exercise';
import { toFormula } from '../core/expr';
import { nextHoldRule, nextLoadRule, nextRepsRule } from '../core/progression';
import type { Unit } from '../core/units';
import { type ColumnName, cellInRow, span } from './columns';
import type { Content } from './row';
import { settingRef } from './settings';

/**
 * The target cell of one appearance of an exercise, and the hidden helper cells that find its
 * previous appearance by key. Formulas are native Sheets (no custom function), so the tab
 * recalculates on a phone with nothing installed.
 *
 * Every formula reads its own row (relative row, fixed column: `$J12`) and fixed spans of the
 * rows of one earlier block (`$D$40:$D$42`), never a growing or whole-column range: a sort of a
 * block moves a row with all its cells, an edit recalculates only the appearances that follow it.
 */
export interface Appearance {
  readonly row: number;
  readonly progression: Progression;
  readonly prescription: Prescription;
  /** 'upper' increments also serve core lifts. */
  readonly region: 'upper' | 'lower';
  /** The appearance before this one, and the one before that (used when the first is deleted). */
  readonly previous?: Earlier;
  readonly beforePrevious?: Earlier;
  readonly startingLoad?: number;
}

/** An earlier appearance: its key, the first and last rows of its block, and whether it shares this one's week. */
export interface Earlier {
  readonly key: string;
  readonly rows: readonly [number, number];
  readonly sameWeek: boolean;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Load rows progress from the load used, holds and rep ranges from the reps/seconds done. */
const DONE: Record<Progression, ColumnName> = {
  load: 'load',
  hold: 'reps',
  reps: 'reps',
  fixed: 'reps',
};

/** What a target shows when its previous appearance (and the one before) were deleted. */
export const missingText = (earlier: Earlier): string =>
  earlier.sameWeek ? 'previous session missing' : 'previous week missing';

/** `INDEX($N$40:$N$42,$H12)`: a column of the earlier block, at the position found. */
const at = (earlier: Earlier, column: ColumnName, position: string): string =>
  `INDEX(${span(column, ...earlier.rows)},${position})`;

const found = (column: ColumnName, row: number): string => `${cellInRow(column, row)}<>""`;

export function helperCells(a: Appearance): Partial<Record<ColumnName, Content>> {
  const { previous, beforePrevious } = a;
  if (!previous || a.progression === 'fixed') return {};
  const done = DONE[a.progression];
  const match = (earlier: Earlier) =>
    `IFERROR(MATCH(${quote(earlier.key)},${span('key', ...earlier.rows)},0),"")`;
  const position = {
    previous: cellInRow('previous', a.row),
    fallback: cellInRow('fallback', a.row),
  };
  const baseOf = (earlier: Earlier, p: string) =>
    `IF(${at(earlier, done, p)}="",${at(earlier, 'target', p)},${at(earlier, done, p)})`;
  // Each reading tries the previous appearance, then the one before it, then gives up.
  const either = (read: (earlier: Earlier, p: string) => string, otherwise: string) =>
    `=IF(${found('previous', a.row)},${read(previous, position.previous)},${
      beforePrevious
        ? `IF(${found('fallback', a.row)},${read(beforePrevious, position.fallback)},${otherwise})`
        : otherwise
    })`;
  return {
    previous: { formula: `=${match(previous)}` },
    ...(beforePrevious
      ? { fallback: { formula: `=IF(${found('previous', a.row)},"",${match(beforePrevious)})` } }
      : {}),
    base: { formula: either(baseOf, quote(missingText(previous))) },
    previousRir: { formula: either((e, p) => at(e, 'rir', p), '""') },
  };
}

export function targetCell(a: Appearance): Content {
  const p = a.prescription;
  const { previous, beforePrevious } = a;
  if (a.progression === 'fixed') return formatPrescription(p);
  if (!previous) return a.progression === 'load' ? (a.startingLoad ?? '') : startingCount(p);
  // A second appearance in the same week repeats the first: no increment, only the cut after a
  // grinder. When the previous appearance is gone, the one before it decides.
  const gain = (ref: string): string => {
    const fromPrevious = previous.sameWeek ? '0' : ref;
    const fromBefore = beforePrevious?.sameWeek ? '0' : ref;
    return !beforePrevious || fromPrevious === fromBefore
      ? fromPrevious
      : `IF(${found('previous', a.row)},${fromPrevious},${fromBefore})`;
  };
  const common = { rir: cellInRow('previousRir', a.row), target: settingRef('targetRir') };
  const base = cellInRow('base', a.row);
  const rule = (progression: Exclude<Progression, 'fixed'>): string => {
    switch (progression) {
      case 'load':
        return toFormula(nextLoadRule, {
          ...common,
          load: base,
          low: gain(settingRef(a.region)),
          high: gain(settingRef(a.region, true)),
          step: settingRef('step'),
        });
      case 'hold':
        return toFormula(nextHoldRule, { ...common, base, increment: gain(settingRef('hold')) });
      case 'reps':
        return toFormula(nextRepsRule, {
          ...common,
          base,
          increment: gain(settingRef('reps')),
          top: String(p.kind === 'range' ? p.max : startingCount(p)),
        });
    }
  };
  // A base that is text says an earlier appearance is missing: the target passes the words on.
  return { formula: `=IF(ISTEXT(${base}),${base},${rule(a.progression)})` };
}

/**
 * A target carries its unit in its number format ("60.0 lb", "30 s", "8 reps"), so it stays a
 * number the next week's formula reads, and reads differently from the bare numbers typed beside
 * it. The tab's unit is the one it was made with (changing the Units setting converts nothing).
 */
export function targetFormat(progression: Progression, units: Unit): string {
  switch (progression) {
    case 'load':
      return `0.0#" ${units}"`;
    case 'hold':
      return '0" s"';
    case 'reps':
      return '0" reps"';
    case 'fixed':
      return '@';
  }
}
