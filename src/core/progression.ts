import {
  add,
  atLeast,
  div,
  type Expr,
  empty,
  evaluate,
  input,
  isBlank,
  max,
  min,
  mul,
  num,
  round,
  sub,
  type Value,
  when,
} from './expr';
import type { Unit } from './units';

/**
 * The seed's weekly progression, written once. Each rule is an `Expr` tree: the custom functions
 * evaluate it, the generated grid emits it as a native formula.
 */

/** Which increment pair a lift uses. Core lifts (dead bug, wood chop) move like upper-body ones. */
export type IncrementRegion = 'upper' | 'lower';

export interface Increments {
  readonly low: number;
  readonly high: number;
}

/** "Increase the weights by 2.5 to 5 pounds (upper body) and 5 to 10 pounds (lower body)." */
export const INCREMENTS: Readonly<Record<Unit, Readonly<Record<IncrementRegion, Increments>>>> = {
  lb: { upper: { low: 2.5, high: 5 }, lower: { low: 5, high: 10 } },
  kg: { upper: { low: 1, high: 2.5 }, lower: { low: 2.5, high: 5 } },
};

/** A number as the increment: low is that number, high twice it. */
export function incrementsFor(unit: Unit, body: IncrementRegion | number): Increments {
  return typeof body === 'number' ? { low: body, high: 2 * body } : INCREMENTS[unit][body];
}

export const DEFAULT_TARGET_RIR = 2;
/** A deload takes off at least this share of the load. */
export const DELOAD_SHARE = 0.05;
/** Timed holds grow by this many seconds a week. */
export const HOLD_SECONDS_PER_WEEK = 5;
/** Bodyweight rep ranges grow by this many reps a week, up to the top of the range. */
export const REPS_PER_WEEK = 1;
/** Results are rounded to this many decimals after the step, so 41 × 0.1 reads 4.1 everywhere. */
const CLEAN_DIGITS = 6;

/**
 * How a program progresses: its target RIR, the weekly load increments (in-season's are zero: it
 * holds loads), and how fast holds and rep ranges grow. A new tab's settings block starts from
 * these, and the coach can change them there.
 */
export interface ProgressionSettings {
  readonly targetRir: number;
  readonly increments: Readonly<Record<Unit, Readonly<Record<IncrementRegion, Increments>>>>;
  readonly holdSeconds: number;
  readonly repsPerWeek: number;
}

/** The seed's own progression. */
export const OFFSEASON_PROGRESSION: ProgressionSettings = {
  targetRir: DEFAULT_TARGET_RIR,
  increments: INCREMENTS,
  holdSeconds: HOLD_SECONDS_PER_WEEK,
  repsPerWeek: REPS_PER_WEEK,
};

type LoadInput = 'load' | 'rir' | 'low' | 'high' | 'target' | 'step';
const load = input<LoadInput>('load');
const rir = input<LoadInput>('rir');
const low = input<LoadInput>('low');
const high = input<LoadInput>('high');
const target = input<LoadInput>('target');
const step = input<LoadInput>('step');

/**
 * | logged RIR        | change                      |
 * | blank             | + low                       |
 * | R ≥ T + 1         | + high                      |
 * | T ≤ R < T + 1     | + low                       |
 * | T − 1 ≤ R < T     | hold                        |
 * | R < T − 1         | − max(low, 5 % of the load) |
 * then clamped at 0 and rounded to the nearest step. Blank load gives blank.
 */
const loadChange: Expr<LoadInput> = when(
  isBlank(rir),
  low,
  when(
    atLeast(rir, add(target, num(1))),
    high,
    when(
      atLeast(rir, target),
      low,
      when(
        atLeast(rir, sub(target, num(1))),
        num(0),
        sub(num(0), max(low, mul(num(DELOAD_SHARE), load))),
      ),
    ),
  ),
);

/** Nearest multiple of the step (ROUND, not MROUND: MROUND of a negative fails in HyperFormula). */
const toStep = <I extends string>(value: Expr<I>, by: Expr<I>): Expr<I> =>
  round(mul(round(div(value, by), 0), by), CLEAN_DIGITS);

export const roundToStep = (value: number, by: number): Value =>
  evaluate(toStep(input('value'), input('by')), { value, by });

export const nextLoadRule: Expr<LoadInput> = when(
  isBlank(load),
  empty,
  toStep(max(num(0), add(load, loadChange)), step),
);

type CountInput = 'base' | 'rir' | 'target' | 'increment';
const base = input<CountInput>('base');
const countRir = input<CountInput>('rir');

/** Timed holds and rep ranges grow by `increment` a week, and stand still after a grinder. */
const countGain: Expr<CountInput> = when(
  isBlank(countRir),
  input('increment'),
  when(atLeast(countRir, sub(input('target'), num(1))), input('increment'), num(0)),
);

export const nextHoldRule: Expr<CountInput> = when(isBlank(base), empty, add(base, countGain));

type RepsInput = CountInput | 'top';
export const nextRepsRule: Expr<RepsInput> = when(
  isBlank(base),
  empty,
  min(input<RepsInput>('top'), add(base, countGain)),
);

/**
 * Double progression ("adds reps, then load"), for a loaded lift with a rep range: each week one
 * more rep (`increment`), up to the top of the range; once the top is done at the target RIR or
 * better (or not logged), the load goes up by the low increment and the reps start again from
 * the bottom. A set logged more than one rep below the target stands still. Two trees over the
 * same inputs give the next appearance's reps and load. Passing `low` = 0, `increment` = 0 and
 * the reps themselves as `bottom` repeats an appearance exactly (a workout twice in one week).
 */
type DoubleInput =
  | 'load'
  | 'reps'
  | 'rir'
  | 'target'
  | 'bottom'
  | 'top'
  | 'low'
  | 'increment'
  | 'step';
const dLoad = input<DoubleInput>('load');
const dReps = input<DoubleInput>('reps');
const dRir = input<DoubleInput>('rir');
const dTarget = input<DoubleInput>('target');
const dTop = input<DoubleInput>('top');

/** `then` once the top of the range was done, and not as a grinder; else `otherwise`. */
const atTop = (then: Expr<DoubleInput>, otherwise: Expr<DoubleInput>): Expr<DoubleInput> =>
  when(
    atLeast(dReps, dTop),
    when(isBlank(dRir), then, when(atLeast(dRir, dTarget), then, otherwise)),
    otherwise,
  );

const repGain: Expr<DoubleInput> = when(
  isBlank(dRir),
  input('increment'),
  when(atLeast(dRir, sub(dTarget, num(1))), input('increment'), num(0)),
);

export const doubleRepsRule: Expr<DoubleInput> = when(
  isBlank(dReps),
  empty,
  atTop(input('bottom'), min(dTop, add(dReps, repGain))),
);

export const doubleLoadRule: Expr<DoubleInput> = when(
  isBlank(dLoad),
  empty,
  toStep(max(num(0), atTop(add(dLoad, input('low')), dLoad)), input('step')),
);

export interface NextLoadInput {
  readonly load: Value;
  readonly rir: Value;
  readonly low: number;
  readonly high: number;
  readonly target: number;
  readonly step: number;
}

export const nextLoad = (args: NextLoadInput): Value => evaluate(nextLoadRule, args);

export interface NextCountInput {
  readonly base: Value;
  readonly rir: Value;
  readonly target: number;
  readonly increment: number;
}

export const nextHold = (args: NextCountInput): Value => evaluate(nextHoldRule, args);

export const nextReps = (args: NextCountInput & { readonly top: number }): Value =>
  evaluate(nextRepsRule, args);

export type DoubleProgressionInput = Readonly<Record<DoubleInput, Value>>;

/** The next appearance of a double-progression lift: its reps and its load. */
export const nextDouble = (args: DoubleProgressionInput): { reps: Value; load: Value } => ({
  reps: evaluate(doubleRepsRule, args),
  load: evaluate(doubleLoadRule, args),
});
