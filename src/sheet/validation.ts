import { type Accepted, expected, INCREMENT, LOAD, REPS, RIR, SECONDS, STEP } from '../core/inputs';
import { COLUMN, type ColumnName, letter } from './columns';
import { closedKinds, LOOKS } from './looks';
import type { Validation } from './row';

/**
 * What athletes and coaches may type into the tab, with the help Sheets shows beside the cell:
 * the values of `src/core/inputs.ts`, which the sidebar and the custom functions accept too.
 */

/**
 * A rule as data validation on cell `a1`: a rule with a step needs a formula, which names `a1`.
 * Set on a range, `a1` is the range's top-left cell: Sheets reads the formula relative to it.
 */
export function validationOf(rule: Accepted, a1: string, help: string): Validation {
  if (rule.step === undefined) return { kind: 'between', min: rule.min, max: rule.max, help };
  return { kind: 'formula', formula: `=${condition(rule, a1)}`, help };
}

const condition = (rule: Accepted, a1: string): string => {
  const step = rule.step ?? 0;
  const multiple = step === 1 ? `MOD(${a1},1)=0` : `MOD(${a1}/${step},1)=0`;
  return `AND(ISNUMBER(${a1}),${a1}>=${rule.min},${a1}<=${rule.max}${step ? `,${multiple}` : ''})`;
};

/** A rule set once on a whole column of the tab, from `firstRow` down. */
export interface ColumnRule {
  readonly column: ColumnName;
  readonly firstRow: number;
  readonly validation: Validation;
}

/**
 * The athlete's input columns, one rule each from the first exercise row down, so a tab of any
 * length has five rules, and sorting or inserting rows never separates a cell from its rule.
 * The words name no unit: every tab, lb or kg, shares the rules (the Units setting says which).
 * The reps column reads its row's kind: seconds for a timed hold, reps otherwise.
 *
 * Every rule also reads its row's kind: the input cells of a session, note or block row take
 * nothing, on a phone too, and neither does a closed cell (marked "—": a plyo's load and RIR, a
 * hold's load). So a sidebar save may write those cells blank again as part of one
 * range (scripts are not bound by validation) without ever undoing anyone's typing.
 */
export function inputRules(firstRow: number): ColumnRule[] {
  const cell = (name: ColumnName) => `${letter(COLUMN[name])}${firstRow}`;
  const kind = `$${letter(COLUMN.kind)}${firstRow}`;
  const hold = `${kind}="hold"`;
  const takesInput = `AND(${HEADINGS.map((h) => `${kind}<>"${h}"`).join(',')})`;
  const open = (column: ColumnName) =>
    [takesInput, ...closedKinds(column).map((k) => `${kind}<>"${k}"`)].join(',');
  const rule = (column: ColumnName, holds: string, help: string): ColumnRule => ({
    column,
    firstRow,
    validation: { kind: 'formula', formula: `=AND(${open(column)},${holds})`, help },
  });
  const closed = `Exercises marked ${LOOKS.closed.text} take none.`;
  return [
    rule(
      'load',
      condition(LOAD, cell('load')),
      `Load you used on the last set, in the units at the top of the tab: ${expected(LOAD)}. ${closed}`,
    ),
    rule(
      'reps',
      `IF(${hold},${condition(SECONDS, cell('reps'))},${condition(REPS, cell('reps'))})`,
      `Reps you did on the last set: ${expected(REPS)}; for a timed hold, the seconds you held: ${expected(SECONDS)}.`,
    ),
    rule(
      'rir',
      condition(RIR, cell('rir')),
      `Reps in reserve on the last set: how many more you could have done, ${expected(RIR)}. ${closed}`,
    ),
    rule('notes', 'TRUE', NOTHING_HERE),
    rule('save', 'TRUE', NOTHING_HERE),
  ];
}

/** Rows that head a session, a note or a block, and the progress rows: their input cells take nothing. */
const HEADINGS = ['session', 'note', 'block', 'progress'] as const;
const NOTHING_HERE =
  'Session, note and block rows take nothing: log the sets in the exercise rows.';

/** A setting's rule, for its cell `a1`; settings without one (athlete, units) take any text. */
export function settingValidation(id: string, a1: string): Validation | undefined {
  switch (id) {
    case 'step':
      return validationOf(STEP, a1, `A rounding step ${expected(STEP)}.`);
    case 'targetRir':
      return validationOf(RIR, a1, `Target RIR ${expected(RIR)}.`);
    case 'upper':
    case 'lower':
    case 'hold':
    case 'reps':
      return validationOf(INCREMENT, a1, `An increment ${expected(INCREMENT)}.`);
    default:
      return undefined;
  }
}
