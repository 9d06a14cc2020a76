import { estimate1rm, loadFor, MAX_EFFORT_REPS } from './e1rm';
import { type Exercise, progressionOf, startingCount, takesLoad } from './exercise';
import { roundHalfAway } from './expr';
import type { Program } from './programs';
import { type Increments, nextDouble, nextLoad, roundToStep } from './progression';
import { format, type Unit } from './units';

/**
 * What comes after a block: the starting loads of the athlete's next one, from what they logged.
 *
 * - The same program again (a second offseason block) continues from the last load used: each
 *   lift starts where the rule would have taken it the week after its last logged appearance.
 * - Another program (offseason → in-season, base → offseason) changes reps and effort, so loads
 *   go through the estimated 1RM: the best RTS estimate of the lift's three most recent logged
 *   sets, then the load for the new program's reps at its target RIR (LOADFOR), to the step.
 *
 * Lifts are matched by name. A lift the athlete never logged (or, through the 1RM, never logged
 * with a RIR) starts blank, with a note saying why: their first logged load sets the pace.
 */

/** One appearance of an exercise on the finished tab: the last set as logged, and its target. */
export interface LoggedAppearance {
  readonly exercise: string;
  readonly week: number;
  readonly day: number;
  readonly load: number | '';
  readonly reps: number | '';
  readonly rir: number | '';
  /** What the appearance prescribed: reps stand in for blank logged reps. */
  readonly prescribedReps: number;
}

/** The finished block: its program, the tab's own settings, and every appearance. */
export interface FinishedBlock {
  readonly athlete: string;
  readonly program: string;
  readonly units: Unit;
  readonly step: number;
  readonly targetRir: number;
  /** The tab's weekly increments (a coach may have changed them there). */
  readonly increments: Readonly<Record<'upper' | 'lower', Increments>>;
  readonly appearances: readonly LoggedAppearance[];
}

export interface StartingLoad {
  readonly exercise: string;
  /** Blank when the lift was never logged (or never with a RIR, through the 1RM). */
  readonly load: number | '';
  /** How the load was found, or why it is blank: shown beside week 1 on the new tab. */
  readonly note: string;
}

export interface Continuation {
  readonly method: 'last load' | 'e1rm';
  readonly loads: readonly StartingLoad[];
  /** Exercise → load, as `ProgramSpec.startingLoads` takes them. */
  readonly startingLoads: Readonly<Record<string, number>>;
}

/** How many recent logged sets the 1RM is estimated from (the best of them counts). */
export const RECENT_SETS = 3;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const logged = (v: number | ''): v is number => v !== '';
const latestFirst = (a: LoggedAppearance, b: LoggedAppearance) => b.week - a.week || b.day - a.day;
const where = (a: LoggedAppearance) => `week ${a.week}, session ${a.day}`;

/** The loaded lifts of a program, once each, with their first prescription. */
function loadedLifts(program: Program): Exercise[] {
  const lifts = new Map<string, Exercise>();
  for (const w of program.workouts)
    for (const b of w.blocks)
      for (const e of b.exercises)
        if (takesLoad(progressionOf(e, b.name)) && !lifts.has(e.name)) lifts.set(e.name, e);
  return [...lifts.values()];
}

export function continueBlock(done: FinishedBlock, next: Program): Continuation {
  const method = same(done.program, next.name) ? 'last load' : 'e1rm';
  const loads = loadedLifts(next).map((lift): StartingLoad => {
    const history = done.appearances
      .filter((a) => same(a.exercise, lift.name) && logged(a.load))
      .sort(latestFirst);
    return method === 'last load'
      ? fromLastLoad(done, lift, history)
      : fromEstimate(done, next, lift, history);
  });
  const startingLoads: Record<string, number> = {};
  for (const l of loads) if (l.load !== '') startingLoads[l.exercise] = l.load;
  return { method, loads, startingLoads };
}

function neverLogged(done: FinishedBlock, lift: Exercise, why = 'no logged load'): StartingLoad {
  return {
    exercise: lift.name,
    load: '',
    note: `${lift.name}: ${why} on ${done.athlete}’s ${done.program} block, so it starts blank — the first load logged sets the pace.`,
  };
}

/** The week after the last logged appearance, by the rule that tab ran on. */
function fromLastLoad(
  done: FinishedBlock,
  lift: Exercise,
  history: readonly LoggedAppearance[],
): StartingLoad {
  const last = history[0];
  if (!last || !logged(last.load)) return neverLogged(done, lift);
  const { low, high } = done.increments[lift.region === 'lower' ? 'lower' : 'upper'];
  const p = lift.prescription;
  const load =
    p.kind === 'range'
      ? nextDouble({
          load: last.load,
          reps: logged(last.reps) ? last.reps : last.prescribedReps,
          rir: last.rir,
          target: done.targetRir,
          bottom: p.min,
          top: p.max,
          low,
          increment: 0,
          step: done.step,
        }).load
      : nextLoad({
          load: last.load,
          rir: last.rir,
          low,
          high,
          target: done.targetRir,
          step: done.step,
        });
  const rir = logged(last.rir) ? ` @ RIR ${last.rir}` : ' (no RIR logged)';
  return {
    exercise: lift.name,
    load,
    note: `${lift.name}: last ${format({ value: last.load, unit: done.units })}${rir} in ${where(last)} of ${done.athlete}’s ${done.program} block → ${format({ value: Number(load), unit: done.units })}, the load the rule gives the week after.`,
  };
}

interface Estimate {
  readonly set: LoggedAppearance;
  readonly reps: number;
  readonly e1rm: number;
}

/** The best RTS estimate among the lift's most recent sets logged with load, reps and RIR. */
function bestRecentEstimate(history: readonly LoggedAppearance[]): Estimate | undefined {
  const usable = history
    .flatMap((set) => {
      const reps = logged(set.reps) ? set.reps : set.prescribedReps;
      if (!logged(set.load) || !logged(set.rir) || reps < 1) return [];
      if (reps + set.rir > MAX_EFFORT_REPS) return [];
      return [{ set, reps, e1rm: estimate1rm(set.load, reps, set.rir, 'rts') }];
    })
    .slice(0, RECENT_SETS);
  return usable.reduce<Estimate | undefined>(
    (best, e) => (best === undefined || e.e1rm > best.e1rm ? e : best),
    undefined,
  );
}

function fromEstimate(
  done: FinishedBlock,
  next: Program,
  lift: Exercise,
  history: readonly LoggedAppearance[],
): StartingLoad {
  if (history.length === 0) return neverLogged(done, lift);
  const best = bestRecentEstimate(history);
  if (!best) return neverLogged(done, lift, 'loads logged without a RIR');
  const reps = startingCount(lift.prescription);
  const rir = next.progression.targetRir;
  const load = roundToStep(loadFor(best.e1rm, reps, rir, 'rts'), done.step);
  const unit = done.units;
  const { set } = best;
  return {
    exercise: lift.name,
    load,
    note:
      `${lift.name}: estimated 1RM ${format({ value: roundHalfAway(best.e1rm, 1), unit })} ` +
      `(${format({ value: Number(set.load), unit })} × ${best.reps} @ RIR ${set.rir}, ${where(set)} of ${done.athlete}’s ${done.program} block) ` +
      `→ ${format({ value: Number(load), unit })} for ${reps} reps @ RIR ${rir}.`,
  };
}
