/**
 * Estimated one-rep max. The RTS chart's %1RM depends only on reps + RIR (RPE = 10 − RIR), so it
 * is stored as one curve, indexed by reps + RIR in half steps from 1 to 15.5 (reps 1–12 × RPE
 * 6.5–10). Between points it interpolates; past the chart it follows Epley's curve, joined to the
 * chart's last point so that one more rep never raises the estimate.
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

/** Reps plus RIR above this make every formula meaningless (Brzycki divides by 37 − n). */
export const MAX_EFFORT_REPS = 30;

/** Fraction of 1RM that `reps` done with `rir` in reserve represent. Needs reps + rir in [1, 30]. */
export function fractionOf1rm(reps: number, rir: number, method: E1rmMethod): number {
  const n = reps + rir;
  if (method === 'brzycki') return (37 - n) / 36;
  if (method === 'epley') return epley(n);
  if (n > CURVE_END) return (CURVE_END_PERCENT / 100) * (epley(n) / epley(CURVE_END));
  const position = (n - 1) * 2;
  const below = Math.floor(position);
  const lower = RTS_CURVE[below] ?? 100;
  const upper = RTS_CURVE[Math.min(below + 1, RTS_CURVE.length - 1)] ?? lower;
  return (lower + (upper - lower) * (position - below)) / 100;
}

const epley = (n: number): number => (n <= 1 ? 1 : 1 / (1 + n / 30));

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
