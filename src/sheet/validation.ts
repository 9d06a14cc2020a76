import { type Accepted, expected, INCREMENT, LOAD, REPS, RIR, SECONDS, STEP } from '../core/inputs';
import type { Unit } from '../core/units';
import { COLUMN, type ColumnName, letter } from './columns';
import type { Validation } from './row';
import type { Appearance } from './targets';

/**
 * What athletes and coaches may type into the tab, with the help Sheets shows beside the cell:
 * the values of `src/core/inputs.ts`, which the sidebar and the custom functions accept too.
 */

/**
 * A rule as data validation on cell `a1`. A rule with a step needs a formula; the formula names
 * its own cell, so a per-cell rule has no ambiguity about relative references.
 */
export function validationOf(rule: Accepted, a1: string, help: string): Validation {
  if (rule.step === undefined) return { kind: 'between', min: rule.min, max: rule.max, help };
  const multiple = rule.step === 1 ? `MOD(${a1},1)=0` : `MOD(${a1}/${rule.step},1)=0`;
  return {
    kind: 'formula',
    formula: `=AND(ISNUMBER(${a1}),${a1}>=${rule.min},${a1}<=${rule.max},${multiple})`,
    help,
  };
}

export function inputValidations(
  a: Appearance,
  units: Unit,
): Partial<Record<ColumnName, Validation>> {
  const cell = (name: ColumnName) => `${letter(COLUMN[name])}${a.row}`;
  return {
    load: validationOf(
      LOAD,
      cell('load'),
      `Load you used on the last set, in ${units}: ${expected(LOAD)}.`,
    ),
    reps:
      a.progression === 'hold'
        ? validationOf(
            SECONDS,
            cell('reps'),
            `Seconds you held on the last set: ${expected(SECONDS)}.`,
          )
        : validationOf(REPS, cell('reps'), `Reps you did on the last set: ${expected(REPS)}.`),
    rir: validationOf(
      RIR,
      cell('rir'),
      `Reps in reserve on the last set: how many more you could have done, ${expected(RIR)}.`,
    ),
  };
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
