import { estimate1rm, MAX_EFFORT_REPS } from '../core/e1rm';
import { roundHalfAway } from '../core/expr';
import { expected, RIR } from '../core/inputs';
import { BLANK_OUT, elementwise, FunctionError } from './define';
import { methodParam, readLoad, readReps, readRir } from './params';

/** Reps + RIR past this leave every estimate meaningless (Brzycki divides by 37 − n). */
export function effortProblem(name: string, reps: number, rir: number): void {
  if (reps + rir > MAX_EFFORT_REPS) {
    throw new FunctionError(
      `${name}: reps + rir must be at most ${MAX_EFFORT_REPS}; got ${reps + rir}.`,
    );
  }
}

export const E1RM = elementwise({
  name: 'E1RM',
  summary: 'Estimated one-rep max from a set: its load, its reps and the reps left in reserve.',
  params: [
    {
      name: 'load',
      help: 'The load of the set: a number, text like "135 lb", or a range.',
      blank: BLANK_OUT,
      read: readLoad,
    },
    { name: 'reps', help: 'Reps done in the set, 1 to 30.', blank: BLANK_OUT, read: readReps },
    {
      name: 'rir',
      help: `Reps in reserve after the set, ${expected(RIR)}; default 0 (a set to failure).`,
      optional: true,
      blank: 0,
      read: readRir,
    },
    methodParam('"rts" (default: the RTS %1RM chart, Epley past it), "epley" or "brzycki".'),
  ],
  returns: "The estimated 1RM in the load's unit, to one decimal.",
  examples: [
    { formula: '=E1RM(100, 8, 2)', result: '135.3' },
    { formula: '=E1RM(100, 5)', result: '115.9' },
    { formula: '=E1RM(100, 8, 2, "epley")', result: '133.3' },
  ],
  implementation: (load, reps, rir, method) => {
    effortProblem('E1RM', reps, rir);
    return roundHalfAway(estimate1rm(load.value, reps, rir, method), 1);
  },
});
