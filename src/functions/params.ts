import { E1RM_METHODS, type E1rmMethod, MAX_EFFORT_REPS } from '../core/e1rm';
import { type Accepted, accepts, expected, INCREMENT, LOAD, RIR, STEP } from '../core/inputs';
import type { IncrementRegion } from '../core/progression';
import * as Load from '../core/units';
import type { Cell } from './cell';
import { type Param, Refusal } from './define';

/**
 * Readers for the kinds of argument the custom functions share. Each throws `Refusal` with what
 * follows the argument's name ("must be from 0 to 10, in steps of 0.5"); the accepted values are
 * the ones `src/core/inputs.ts` defines for the grid and the sidebar too.
 */

function toNumber(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return Number.NaN;
  const clean = cell.trim();
  return /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(clean) ? Number(clean) : Number.NaN;
}

function accepted(cell: Cell, rule: Accepted): number {
  const value = toNumber(cell);
  if (!accepts(rule, value)) throw new Refusal(`must be ${expected(rule)}`);
  return value;
}

/** A load as a number, or text with its unit ("135 lb", "60kg"); the unit stays undefined if not named. */
export function readLoad(cell: Cell): { value: number; unit: Load.Unit | undefined } {
  const parsed =
    typeof cell === 'number'
      ? { value: cell, unit: undefined }
      : typeof cell === 'string'
        ? Load.parse(cell)
        : undefined;
  if (!parsed || !accepts(LOAD, parsed.value)) {
    throw new Refusal(`must be ${expected(LOAD)}, as a number or text like "135 lb" or "60kg"`);
  }
  return parsed;
}

export const readRir = (cell: Cell): number => accepted(cell, RIR);

/** Reps a one-rep-max estimate is made from (or for): any number, fractions included. */
export const readReps = (cell: Cell): number => accepted(cell, { min: 1, max: MAX_EFFORT_REPS });

export const readStep = (cell: Cell): number => accepted(cell, STEP);

export function readUnit(cell: Cell): Load.Unit {
  const unit = typeof cell === 'string' ? Load.parseUnit(cell) : undefined;
  if (!unit) throw new Refusal('must be "lb" or "kg"');
  return unit;
}

export function readBody(cell: Cell): IncrementRegion | number {
  if (typeof cell === 'string') {
    const word = cell.trim().toLowerCase();
    if (word === 'upper' || word === 'lower') return word;
  }
  const value = toNumber(cell);
  if (!accepts(INCREMENT, value)) {
    throw new Refusal(`must be "upper", "lower" or a weekly increment ${expected(INCREMENT)}`);
  }
  return value;
}

export function readMethod(cell: Cell): E1rmMethod {
  const word = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  const method = E1RM_METHODS.find((m) => m === word);
  if (!method) throw new Refusal('must be "rts", "epley" or "brzycki"');
  return method;
}

/** A number the core checks (weeks, days a week), refused with the core's own words. */
export function readChoice(cell: Cell, problem: (value: number) => string | undefined): number {
  const value = toNumber(cell);
  const message = problem(value);
  if (message) throw new Refusal(message);
  return value;
}

/** A load in `unit`: text naming another unit is converted. */
export function loadIn(
  load: { value: number; unit: Load.Unit | undefined },
  unit: Load.Unit,
): number {
  return load.unit === undefined
    ? load.value
    : Load.convert(Load.build(load.value, load.unit), unit).value;
}

/** The unit to work in: the one asked for, else the one the load's text names, else lb. */
export const unitOf = (
  asked: Load.Unit | undefined,
  load: { unit: Load.Unit | undefined },
): Load.Unit => asked ?? load.unit ?? 'lb';

/** Parameters several functions share, written once so their help reads the same everywhere. */
export const unitParam = (help: string): Param<Load.Unit | undefined> => ({
  name: 'unit',
  help,
  optional: true,
  blank: undefined,
  read: readUnit,
});

export const STEP_PARAM: Param<number | undefined> = {
  name: 'step',
  help: 'Round to the nearest multiple of this; default 2.5 lb or 0.5 kg.',
  optional: true,
  blank: undefined,
  read: readStep,
};

export const methodParam = (help: string): Param<E1rmMethod> => ({
  name: 'method',
  help,
  optional: true,
  blank: 'rts',
  read: readMethod,
});
