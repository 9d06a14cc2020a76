import { loadFor } from '../core/e1rm';
import { expected, RIR } from '../core/inputs';
import { roundToStep } from '../core/progression';
import { defaultStep } from '../core/units';
import { BLANK_OUT, elementwise } from './define';
import { effortProblem } from './e1rm';
import {
  loadIn,
  methodParam,
  readLoad,
  readReps,
  readRir,
  STEP_PARAM,
  unitOf,
  unitParam,
} from './params';

export const LOADFOR = elementwise({
  name: 'LOADFOR',
  summary: 'The load to use for a number of reps at a given RIR, from an estimated one-rep max.',
  params: [
    {
      name: 'e1rm',
      help: 'The estimated one-rep max: a number, text like "135 lb", or a range.',
      blank: BLANK_OUT,
      read: readLoad,
    },
    { name: 'reps', help: 'Reps to do, 1 to 30.', blank: BLANK_OUT, read: readReps },
    {
      name: 'rir',
      help: `Reps to leave in reserve, ${expected(RIR)}; default 2.`,
      optional: true,
      blank: 2,
      read: readRir,
    },
    unitParam('"lb" (default) or "kg".'),
    STEP_PARAM,
    methodParam('"rts" (default), "epley" or "brzycki".'),
  ],
  returns: 'The load, rounded to the step.',
  examples: [
    { formula: '=LOADFOR(135.3, 8, 2)', result: '100' },
    { formula: '=LOADFOR("100 kg", 5, 2, "kg")', result: '81' },
  ],
  implementation: (oneRm, reps, rir, askedUnit, askedStep, method) => {
    effortProblem('LOADFOR', reps, rir);
    const unit = unitOf(askedUnit, oneRm);
    const step = askedStep ?? defaultStep(unit);
    return roundToStep(loadFor(loadIn(oneRm, unit), reps, rir, method), step);
  },
});
