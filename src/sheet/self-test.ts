import { progressionOf, startingCount } from '../core/exercise';
import type { Value } from '../core/expr';
import type { ProgramSpec } from '../core/options';
import { OFFSEASON } from '../core/programs';
import { incrementsFor, nextHold, nextLoad, nextReps } from '../core/progression';
import { defaultWeekdays } from '../core/schedule';
import { defaultStep } from '../core/units';
import type { Workout } from '../core/workout';
import type { ColumnName } from './columns';
import { blockKey, exerciseKey, sessionKey } from './keys';
import { SETTINGS } from './settings';

/**
 * The self-test a maintainer runs in real Google Sheets (and the tests run locally): a scratch
 * program, a few logged values, and what the TypeScript rules say the next week's targets must
 * be. The shell writes the edits, lets the spreadsheet's own engine recalculate, and compares.
 */
export interface SelfTestPlan {
  readonly spec: ProgramSpec;
  readonly edits: readonly {
    readonly key: string;
    readonly column: ColumnName;
    readonly value: number;
  }[];
  readonly checks: readonly { readonly key: string; readonly expected: Value }[];
  /**
   * Athletes whose names every formula must read on Google: a tilde (a wildcard to MATCH and
   * COUNTIF) and a quote (doubled in a sheet reference). Each gets a scratch tab of its own.
   */
  readonly names: readonly string[];
  /** What only Google can confirm about the layout (keys of the scratch tab's rows). */
  readonly layout: {
    /** A block the shell sorts on its visible columns: no target may change. */
    readonly sortBlock: string;
    /** A row the shell deletes; `follower`, its next appearance, must then show its target. */
    readonly deleted: string;
    readonly follower: string;
  };
}

const RIRS: readonly Value[] = [0, 1, 2, 3, 4, 5, '', 1.5, 2.5, 0.5];

const settingValue = (spec: ProgramSpec, id: string): number =>
  Number(SETTINGS.find((s) => s.id === id)?.values(spec, OFFSEASON.progression)[0] ?? 0);

export function selfTestPlan(workouts: readonly Workout[], stamp: string): SelfTestPlan {
  const exercises = workouts.flatMap((w, day) =>
    w.blocks.flatMap((b, block) =>
      b.exercises.map((e, n) => ({
        exercise: e,
        progression: progressionOf(e, b.name),
        day: day + 1,
        // Where it sits in its session: the same in every week, so its key is known in advance.
        at: (week: number) => exerciseKey(blockKey(sessionKey(week, day + 1), block + 1), n + 1),
      })),
    ),
  );
  const loaded = exercises.filter((e) => e.progression === 'load');
  const spec: ProgramSpec = {
    athlete: `Offseason self-test ${stamp}`,
    program: OFFSEASON.name,
    weeks: 4,
    daysPerWeek: workouts.length,
    startDate: '2027-01-04',
    weekdays: defaultWeekdays(workouts.length),
    units: 'lb',
    step: defaultStep('lb'),
    targetRir: 2,
    startingLoads: Object.fromEntries(loaded.map((e, i) => [e.exercise.name, 20 + 10 * i])),
    runDays: [],
  };
  const edits: { key: string; column: ColumnName; value: number }[] = [];
  const checks: { key: string; expected: Value }[] = [];
  const target = spec.targetRir;
  exercises.forEach(({ exercise, progression, at }, i) => {
    if (workouts.length > 2 || progression === 'fixed') return;
    const first = at(1);
    const next = at(2);
    const rir = RIRS[i % RIRS.length] ?? '';
    if (rir !== '') edits.push({ key: first, column: 'rir', value: rir });
    if (progression === 'load') {
      const start = spec.startingLoads[exercise.name] ?? 0;
      // Every third lift logs a load of its own, which must replace the target as the base.
      const used = i % 3 === 0 ? start + 7.5 : undefined;
      if (used !== undefined) edits.push({ key: first, column: 'load', value: used });
      const region = exercise.region === 'lower' ? 'lower' : 'upper';
      checks.push({
        key: next,
        expected: nextLoad({
          load: used ?? start,
          rir,
          ...incrementsFor('lb', region),
          target,
          step: spec.step,
        }),
      });
    } else {
      const done = startingCount(exercise.prescription) + 1;
      edits.push({ key: first, column: 'reps', value: done });
      const increment = settingValue(spec, progression === 'hold' ? 'hold' : 'reps');
      const top = exercise.prescription.kind === 'range' ? exercise.prescription.max : done;
      checks.push({
        key: next,
        expected:
          progression === 'hold'
            ? nextHold({ base: done, rir, target, increment })
            : nextReps({ base: done, rir, target, increment, top }),
      });
    }
  });
  // Session 1 is workout A: block 2 its main lift (squat), block 3 its first strength set.
  const squat = (week: number) => exerciseKey(blockKey(sessionKey(week, 1), 2), 1);
  return {
    spec,
    edits,
    checks,
    names: [`Self-test ~*? ${stamp}`, `Self-test O'Brien ${stamp}`],
    layout: { sortBlock: blockKey(sessionKey(2, 1), 3), deleted: squat(2), follower: squat(3) },
  };
}

/** Something the self-test found different on Google: where, what, and both values. */
export interface SelfTestFailure {
  readonly cell: string;
  readonly key: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** One check of the self-test's report: what it proves, how many values it compared, which differ. */
export interface SelfTestLine {
  readonly check: string;
  readonly checked: number;
  readonly failures: readonly SelfTestFailure[];
  /** What Google did, reported for a maintainer, where the add-on works either way: no check. */
  readonly observed?: true;
}

export const linePassed = (line: SelfTestLine): boolean =>
  line.observed === true || (line.checked > 0 && line.failures.length === 0);

/** The report: one line per check, each failure under its check. */
export function selfTestText(lines: readonly SelfTestLine[]): string[] {
  return lines.flatMap((line) =>
    line.observed
      ? [`• ${line.check}`]
      : linePassed(line)
        ? [`✓ ${line.check} (${line.checked} checked)`]
        : [
            `✗ ${line.check}: ${line.failures.length} of ${line.checked} differ`,
            ...line.failures.map(
              (f) =>
                `    ${f.cell} (${f.key}): expected ${String(f.expected)}, Sheets gave ${String(f.actual)}`,
            ),
          ],
  );
}

/** Every formula among cell values written from row 1, column 1, with its A1 address. */
export function writtenFormulas(
  values: readonly (readonly unknown[])[],
): { readonly row: number; readonly column: number; readonly formula: string }[] {
  return values.flatMap((line, r) =>
    line.flatMap((v, c) =>
      typeof v === 'string' && v.startsWith('=') ? [{ row: r + 1, column: c + 1, formula: v }] : [],
    ),
  );
}
