import {
  formatPrescription,
  type Prescription,
  type Progression,
  startingCount,
  takesLoad,
} from '../core/exercise';
import { toFormula } from '../core/expr';
import {
  doubleLoadRule,
  doubleRepsRule,
  nextHoldRule,
  nextLoadRule,
  nextRepsRule,
} from '../core/progression';
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
  double: 'load',
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

/**
 * A reading of an earlier appearance: the previous one, else (deleted) the one before it, else
 * `otherwise`. Formula text without the leading `=`.
 */
function either(
  a: Appearance,
  read: (earlier: Earlier, p: string) => string,
  otherwise: string,
): string {
  const { previous, beforePrevious } = a;
  if (!previous) return otherwise;
  return `IF(${found('previous', a.row)},${read(previous, cellInRow('previous', a.row))},${
    beforePrevious
      ? `IF(${found('fallback', a.row)},${read(beforePrevious, cellInRow('fallback', a.row))},${otherwise})`
      : otherwise
  })`;
}

/** A value done on an earlier appearance, else what it targeted: `IF(done="",aim,done)`. */
const doneElse = (done: ColumnName, aim: ColumnName) => (earlier: Earlier, p: string) =>
  `IF(${at(earlier, done, p)}="",${at(earlier, aim, p)},${at(earlier, done, p)})`;

export function helperCells(a: Appearance): Partial<Record<ColumnName, Content>> {
  const { previous, beforePrevious } = a;
  if (!previous || a.progression === 'fixed') return {};
  const done = DONE[a.progression];
  const match = (earlier: Earlier) =>
    `IFERROR(MATCH(${quote(earlier.key)},${span('key', ...earlier.rows)},0),"")`;
  return {
    previous: { formula: `=${match(previous)}` },
    ...(beforePrevious
      ? { fallback: { formula: `=IF(${found('previous', a.row)},"",${match(beforePrevious)})` } }
      : {}),
    base: { formula: `=${either(a, doneElse(done, 'target'), quote(missingText(previous)))}` },
    previousRir: { formula: `=${either(a, (e, p) => at(e, 'rir', p), '""')}` },
  };
}

/**
 * Double progression's reps goal (the `goal` column): the bottom of the range at first, then one
 * more each week up to the top, back to the bottom when the load goes up. Read from the reps done
 * on the previous appearance, else its goal.
 */
export function goalCell(a: Appearance): Content {
  const p = a.prescription;
  if (p.kind !== 'range') return '';
  if (!a.previous) return p.min;
  const base = cellInRow('base', a.row);
  return { formula: `=IF(ISTEXT(${base}),"",${toFormula(doubleRepsRule, doubleRefs(a))})` };
}

/** The inputs of the double-progression rules, as references on the appearance's row. */
function doubleRefs(a: Appearance) {
  const p = a.prescription;
  const range = p.kind === 'range' ? p : { min: 0, max: 0 };
  const reps = either(a, doneElse('reps', 'goal'), '""');
  const repeat = a.previous?.sameWeek === true;
  return {
    load: cellInRow('base', a.row),
    reps,
    rir: cellInRow('previousRir', a.row),
    target: settingRef('targetRir'),
    // Twice in one week: the same reps and load again.
    bottom: repeat ? reps : String(range.min),
    top: String(range.max),
    low: repeat ? '0' : settingRef(a.region),
    increment: repeat ? '0' : settingRef('reps'),
    step: settingRef('step'),
  };
}

export function targetCell(a: Appearance): Content {
  const p = a.prescription;
  const { previous, beforePrevious } = a;
  if (a.progression === 'fixed') return formatPrescription(p);
  if (!previous) return takesLoad(a.progression) ? (a.startingLoad ?? '') : startingCount(p);
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
      case 'double':
        return toFormula(doubleLoadRule, doubleRefs(a));
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
    case 'double':
      return `0.0#" ${units}"`;
    case 'hold':
      return '0" s"';
    case 'reps':
      return '0" reps"';
    case 'fixed':
      return '@';
  }
}
