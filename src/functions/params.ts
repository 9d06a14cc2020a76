import { E1RM_METHODS, type E1rmMethod, MAX_EFFORT_REPS } from '../core/e1rm';
import type { IncrementRegion } from '../core/progression';
import * as Load from '../core/units';
import type { Cell } from './cell';
import { type Param, Refusal } from './define';

/** Readers for the kinds of argument the custom functions share. Each throws `Refusal`. */

/** Heavier than any dumbbell rack, and small enough that rounding never overflows. */
export const MAX_LOAD = 10_000;
const MAX_RIR = 10;

function numberIn(cell: Cell, min: number, max: number, expected: string): number {
  const value =
    typeof cell === 'number' ? cell : typeof cell === 'string' ? toNumber(cell) : Number.NaN;
  if (!Number.isFinite(value) || value < min || value > max) throw new Refusal(expected);
  return value;
}

function toNumber(text: string): number {
  const clean = text.trim();
  return /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(clean) ? Number(clean) : Number.NaN;
}

/** A load as a number, or text with its unit ("135 lb", "60kg"); the unit stays undefined if not named. */
export function readLoad(
  cell: Cell,
  what = 'load',
): { value: number; unit: Load.Unit | undefined } {
  const expected = `must be a ${what} from 0 to ${MAX_LOAD}, as a number or text like "135 lb" or "60kg"`;
  const parsed =
    typeof cell === 'number'
      ? { value: cell, unit: undefined }
      : typeof cell === 'string'
        ? Load.parse(cell)
        : undefined;
  if (!parsed || !Number.isFinite(parsed.value) || parsed.value < 0 || parsed.value > MAX_LOAD) {
    throw new Refusal(expected);
  }
  return parsed;
}

export const readRir = (cell: Cell): number =>
  numberIn(cell, 0, MAX_RIR, `must be reps in reserve from 0 to ${MAX_RIR}`);

export const readReps = (cell: Cell): number =>
  numberIn(cell, 1, MAX_EFFORT_REPS, `must be a number of reps from 1 to ${MAX_EFFORT_REPS}`);

export const readStep = (cell: Cell): number =>
  numberIn(
    cell,
    0.01,
    100,
    'must be a rounding step from 0.01 to 100 (e.g. 2.5 for lb, 0.5 for kg)',
  );

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
  return numberIn(
    cell,
    0,
    1000,
    'must be "upper", "lower" or the weekly increment as a number (0 to 1000)',
  );
}

export function readMethod(cell: Cell): E1rmMethod {
  const word = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  const method = E1RM_METHODS.find((m) => m === word);
  if (!method) throw new Refusal('must be "rts", "epley" or "brzycki"');
  return method;
}

export function readWholeNumber(cell: Cell, choices: readonly number[], unit: string): number {
  const value =
    typeof cell === 'number' ? cell : typeof cell === 'string' ? toNumber(cell) : Number.NaN;
  if (!choices.includes(value)) throw new Refusal(`must be ${oneOf(choices)} ${unit}`);
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

/** "4, 5 or 6" */
export const oneOf = (choices: readonly (number | string)[]): string =>
  choices.length < 2
    ? choices.join('')
    : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;

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
