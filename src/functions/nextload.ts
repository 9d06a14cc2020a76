import { expected, RIR } from '../core/inputs';
import { DEFAULT_TARGET_RIR, incrementsFor, nextLoad } from '../core/progression';
import { defaultStep } from '../core/units';
import { BLANK_OUT, elementwise } from './define';
import { loadIn, readBody, readLoad, readRir, STEP_PARAM, unitOf, unitParam } from './params';

export const NEXTLOAD = elementwise({
  name: 'NEXTLOAD',
  summary:
    "Next week's load from this week's load and the reps in reserve (RIR) of the last set, by the Offseason rule.",
  params: [
    {
      name: 'load',
      help: 'The load lifted (or planned) this week: a number, text like "135 lb", or a range.',
      blank: BLANK_OUT,
      read: readLoad,
    },
    {
      name: 'rir',
      help: `Reps in reserve on the last set, ${expected(RIR)}; blank means not logged yet (+ low increment).`,
      blank: '' as const,
      read: readRir,
    },
    {
      name: 'body',
      help: 'Increment: "upper", "lower" (default) or a number (low = that number, high = twice it).',
      optional: true,
      blank: 'lower' as const,
      read: readBody,
    },
    {
      name: 'target_rir',
      help: `The RIR the program aims for, ${expected(RIR)}; default 2.`,
      optional: true,
      blank: DEFAULT_TARGET_RIR,
      read: readRir,
    },
    unitParam('"lb" (default) or "kg"; picks the increments and the default step.'),
    STEP_PARAM,
  ],
  returns: 'The next load, rounded to the step and never below 0; blank when load is blank.',
  examples: [
    { formula: '=NEXTLOAD(100, 3)', result: '110' },
    { formula: '=NEXTLOAD(20, 0, "upper")', result: '17.5' },
    { formula: '=NEXTLOAD(40, 2, "upper", 2, "kg")', result: '41' },
    { formula: '=NEXTLOAD(B2:B10, C2:C10)', result: 'one next load per row' },
  ],
  implementation: (load, rir, body, target, askedUnit, askedStep) => {
    const unit = unitOf(askedUnit, load);
    const { low, high } = incrementsFor(unit, body);
    return nextLoad({
      load: loadIn(load, unit),
      rir,
      low,
      high,
      target,
      step: askedStep ?? defaultStep(unit),
    });
  },
});
