import {
  add,
  atLeast,
  choose,
  div,
  type Expr,
  empty,
  evaluate,
  input,
  int,
  isBlank,
  min,
  mul,
  num,
  round,
  sub,
  when,
} from './expr';

/**
 * Estimated one-rep max. The RTS chart's %1RM depends only on reps + RIR (RPE = 10 − RIR), so it
 * is stored as one curve, indexed by reps + RIR in half steps from 1 to 15.5 (reps 1–12 × RPE
 * 6.5–10). Between points it interpolates; past the chart it follows Epley's curve, joined to the
 * chart's last point so that one more rep never raises the estimate.
 *
 * The curve is written once, as an expression tree (`rtsFraction`): `fractionOf1rm` evaluates it,
 * and `e1rmRule` emits it as a native formula (CHOOSE over the curve), so a tab's progress chart
 * estimates exactly what `E1RM()` does.
 */
export type E1rmMethod = 'rts' | 'epley' | 'brzycki';

export const E1RM_METHODS: readonly E1rmMethod[] = ['rts', 'epley', 'brzycki'];

/** %1RM at reps + RIR = 1, 1.5, 2, … 15.5. */
const RTS_CURVE = [
  100, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6, 77.4,
  76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6,
] as const;
const CURVE_END = 1 + (RTS_CURVE.length - 1) / 2;
const CURVE_END_PERCENT = RTS_CURVE[RTS_CURVE.length - 1] ?? 0;
/** Epley's reps per 1RM share: 1RM = load × (1 + n / 30). */
const EPLEY_REPS = 30;

/** Reps plus RIR above this make every formula meaningless (Brzycki divides by 37 − n). */
export const MAX_EFFORT_REPS = 30;

/** The RTS share of 1RM for an effort of `n` = reps + RIR (n ≥ 1), as a tree over `n`. */
function rtsFraction<I extends string>(n: Expr<I>): Expr<I> {
  const position = mul(sub(n, num(1)), num(2));
  const below = int(position);
  const lower = choose(add(below, num(1)), RTS_CURVE);
  const upper = choose(min(add(below, num(2)), num(RTS_CURVE.length)), RTS_CURVE);
  const onChart = div(add(lower, mul(sub(upper, lower), sub(position, below))), num(100));
  const pastChart = div(
    num((CURVE_END_PERCENT / 100) * (1 + CURVE_END / EPLEY_REPS)),
    add(num(1), div(n, num(EPLEY_REPS))),
  );
  return when(atLeast(num(CURVE_END), n), onChart, pastChart);
}

const RTS_FRACTION = rtsFraction(input<'effort'>('effort'));

/** Fraction of 1RM that `reps` done with `rir` in reserve represent. Needs reps + rir in [1, 30]. */
export function fractionOf1rm(reps: number, rir: number, method: E1rmMethod): number {
  const n = reps + rir;
  if (method === 'brzycki') return (37 - n) / 36;
  if (method === 'epley') return n <= 1 ? 1 : 1 / (1 + n / EPLEY_REPS);
  return evaluate(RTS_FRACTION, { effort: n }) as number;
}

/** The chart's cell for whole or half RPE and whole reps, as published. */
export function rtsPercent(reps: number, rpe: number): number {
  return fractionOf1rm(reps, 10 - rpe, 'rts') * 100;
}

export function estimate1rm(load: number, reps: number, rir: number, method: E1rmMethod): number {
  return load / fractionOf1rm(reps, rir, method);
}

/** The load that `reps` with `rir` in reserve asks for, given a 1RM. */
export function loadFor(oneRm: number, reps: number, rir: number, method: E1rmMethod): number {
  return oneRm * fractionOf1rm(reps, rir, method);
}

type SetInput = 'load' | 'reps' | 'rir';
const setLoad = input<SetInput>('load');
const setReps = input<SetInput>('reps');
const setRir = input<SetInput>('rir');

/**
 * A logged set's estimated 1RM by the RTS curve, to one decimal (as `E1RM()` shows it); blank
 * unless load, reps (at least 1) and RIR are all logged.
 */
export const e1rmRule: Expr<SetInput> = when(
  isBlank(setLoad),
  empty,
  when(
    isBlank(setRir),
    empty,
    when(
      atLeast(setReps, num(1)),
      round(div(setLoad, rtsFraction(add(setReps, setRir))), 1),
      empty,
    ),
  ),
);
