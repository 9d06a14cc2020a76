import type { Unit } from '../core/units';
import { COLUMN, type ColumnName, letter } from './columns';
import type { Validation } from './row';
import type { Appearance } from './targets';

/** What athletes may type in their input cells, with the help Sheets shows beside the cell. */
const MAX_REPS = 50;
const MAX_HOLD_SECONDS = 600;

/** RIR 0–10 in steps of 0.5. The rule names its own cell: a per-cell rule has no ambiguity about relative references. */
export const rirFormula = (a1: string): string =>
  `=AND(ISNUMBER(${a1}),${a1}>=0,${a1}<=10,MOD(${a1}*2,1)=0)`;

export function inputValidations(
  a: Appearance,
  units: Unit,
): Partial<Record<ColumnName, Validation>> {
  const rir = `${letter(COLUMN.rir)}${a.row}`;
  return {
    load: {
      kind: 'atLeast',
      min: 0,
      help: `Load you used on the last set, in ${units} (0 or more).`,
    },
    reps:
      a.progression === 'hold'
        ? {
            kind: 'between',
            min: 0,
            max: MAX_HOLD_SECONDS,
            help: `Seconds you held on the last set (0–${MAX_HOLD_SECONDS}).`,
          }
        : {
            kind: 'between',
            min: 0,
            max: MAX_REPS,
            help: `Reps you did on the last set (0–${MAX_REPS}).`,
          },
    rir: {
      kind: 'formula',
      formula: rirFormula(rir),
      help: 'Reps in reserve on the last set: how many more you could have done, 0–10 in steps of 0.5.',
    },
  };
}

export function settingValidation(id: string): Validation | undefined {
  switch (id) {
    case 'step':
      return { kind: 'between', min: 0.01, max: 100, help: 'A rounding step from 0.01 to 100.' };
    case 'targetRir':
      return { kind: 'between', min: 0, max: 10, help: 'Target RIR from 0 to 10.' };
    case 'upper':
    case 'lower':
    case 'hold':
    case 'reps':
      return { kind: 'atLeast', min: 0, help: 'An increment of 0 or more.' };
    default:
      return undefined;
  }
}
