/**
 * What a typed number may be, each written once: the grid's data validation, the sidebar, the
 * generate form, the roster and the custom functions accept the same values and word a refusal
 * the same way ("RIR must be from 0 to 10, in steps of 0.5").
 */
export interface Accepted {
  readonly min: number;
  readonly max: number;
  /** The value must be a whole multiple of this (1: a whole number); absent: any number. */
  readonly step?: number;
}

/** Half reps are how athletes rate effort (RIR 2.5 is RPE 7.5); finer steps are guesses. */
export const RIR: Accepted = { min: 0, max: 10, step: 0.5 };
/** Heavier than any dumbbell rack, and small enough that rounding never overflows. */
export const LOAD: Accepted = { min: 0, max: 10_000 };
/** Reps done in a set. */
export const REPS: Accepted = { min: 0, max: 50, step: 1 };
/** Seconds a hold lasted. */
export const SECONDS: Accepted = { min: 0, max: 600, step: 1 };
/** The rounding step of loads. */
export const STEP: Accepted = { min: 0.01, max: 100 };
/** A weekly increment (the low one; the high one is twice it). */
export const INCREMENT: Accepted = { min: 0, max: 1000 };

export function accepts(rule: Accepted, value: number): boolean {
  if (!Number.isFinite(value) || value < rule.min || value > rule.max) return false;
  // Steps of 0.5 and 1 divide exactly in binary, so no tolerance is needed.
  return rule.step === undefined || Number.isInteger(value / rule.step);
}

/** "from 0 to 10, in steps of 0.5", "a whole number from 0 to 50": what follows "must be". */
export function expected(rule: Accepted): string {
  const span = `from ${rule.min} to ${rule.max}`;
  if (rule.step === undefined) return span;
  return rule.step === 1 ? `a whole number ${span}` : `${span}, in steps of ${rule.step}`;
}

/** "4, 5 or 6"; a longer run of whole numbers reads "4 to 12". */
export function oneOf(choices: readonly (number | string)[]): string {
  const first = choices[0];
  const last = choices[choices.length - 1];
  const run = typeof first === 'number' && choices.every((c, i) => c === first + i);
  if (choices.length > 3 && run) return `${first} to ${last}`;
  return choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} or ${last}`;
}
