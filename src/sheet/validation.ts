import { type Accepted, expected, INCREMENT, LOAD, REPS, RIR, SECONDS, STEP } from '../core/inputs';
import { COLUMN, type ColumnName, letter } from './columns';
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
 * length has three rules, and sorting or inserting rows never separates a cell from its rule.
 * The words name no unit: every tab, lb or kg, shares the rules (the Units setting says which).
 * The reps column reads its row's kind: seconds for a timed hold, reps otherwise.
 */
export function inputRules(firstRow: number): ColumnRule[] {
  const cell = (name: ColumnName) => `${letter(COLUMN[name])}${firstRow}`;
  const hold = `$${letter(COLUMN.kind)}${firstRow}="hold"`;
  return [
    {
      column: 'load',
      firstRow,
      validation: validationOf(
        LOAD,
        cell('load'),
        `Load you used on the last set, in the units at the top of the tab: ${expected(LOAD)}.`,
      ),
    },
    {
      column: 'reps',
      firstRow,
      validation: {
        kind: 'formula',
        formula: `=IF(${hold},${condition(SECONDS, cell('reps'))},${condition(REPS, cell('reps'))})`,
        help: `Reps you did on the last set: ${expected(REPS)}; for a timed hold, the seconds you held: ${expected(SECONDS)}.`,
      },
    },
    {
      column: 'rir',
      firstRow,
      validation: validationOf(
        RIR,
        cell('rir'),
        `Reps in reserve on the last set: how many more you could have done, ${expected(RIR)}.`,
      ),
    },
  ];
}

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
