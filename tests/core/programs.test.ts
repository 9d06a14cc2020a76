import { describe, expect, it } from 'vitest';
import { SEED_WORKOUTS } from '../../src/core/catalog';
import { isPlyoBlock, type Prescription } from '../../src/core/exercise';
import { BASE, IN_SEASON, OFFSEASON, PROGRAMS, programNamed } from '../../src/core/programs';
import { schedule } from '../../src/core/schedule';
import { exercisesOf, type Workout } from '../../src/core/workout';

/**
 * The article's principles, checked on the add-on's own programs. The movement pattern of each
 * exercise is the test's claim about it (the program data doesn't need it).
 */
type Pattern = 'squat' | 'hinge' | 'push' | 'pull' | 'core' | 'plyo' | 'calf';
const PATTERN: Record<string, Pattern> = {
  'Box Jump': 'plyo',
  'Split Squat Jump': 'plyo',
  'Lateral Hop': 'plyo',
  'Broad Jump': 'plyo',
  Squat: 'squat',
  'Bulgarian Split Squat': 'squat',
  'Split Squat': 'squat',
  'Lateral Step-Up': 'squat',
  'Step-Up': 'squat',
  'Romanian Deadlift': 'hinge',
  'Glute Bridge': 'hinge',
  'Single-Leg Glute Bridge': 'hinge',
  'Push-Up': 'push',
  'Incline Push-Up': 'push',
  'Half-Kneeling Overhead Press': 'push',
  'Lat Pull-Over': 'pull',
  'Bent-Over Row': 'pull',
  'Single-Arm Banded Row': 'pull',
  'Copenhagen Side Plank': 'core',
  'Side Plank': 'core',
  Plank: 'core',
  'Weighted Dead Bug': 'core',
  'Dead Bug': 'core',
  'Banded Bird Dog': 'core',
  'Bird Dog': 'core',
  'Pallof Press': 'core',
  'Wood Chop': 'core',
  'Single-Leg Calf Raise': 'calf',
  'Calf Raise': 'calf',
};
const UNILATERAL = /Bulgarian|Split Squat|Step-Up|Single|Half-Kneeling|Copenhagen|Side Plank/;

const patternsOf = (w: Workout) => new Set(exercisesOf([w]).map((e) => PATTERN[e.name]));
const lowestReps = (p: Prescription): number =>
  p.kind === 'range' ? p.min : p.kind === 'reps' ? p.reps : Number.POSITIVE_INFINITY;

describe('the program library', () => {
  it('holds Offseason (the article’s A/B, unchanged), In-season and Base', () => {
    expect(PROGRAMS.map((p) => [p.name, p.origin])).toEqual([
      ['Offseason', 'article'],
      ['In-season', 'add-on'],
      ['Base', 'add-on'],
    ]);
    expect(OFFSEASON.workouts).toBe(SEED_WORKOUTS);
    expect(programNamed(' base ')).toBe(BASE);
    expect(programNamed('Hills')).toBeUndefined();
  });

  it('names the pattern of every exercise it uses', () => {
    for (const program of PROGRAMS) {
      for (const e of exercisesOf(program.workouts)) expect(PATTERN[e.name], e.name).toBeDefined();
    }
  });

  const BIG_FOUR = ['squat', 'hinge', 'push', 'pull', 'core'] as const;

  it.each(PROGRAMS.map((p) => [p.name, p]))(
    '%s: squat, hinge, push, pull, core and unilateral work, and a main lift each workout',
    (_, program) => {
      const all = new Set(program.workouts.flatMap((w) => [...patternsOf(w)]));
      for (const p of BIG_FOUR) expect(all.has(p), `${program.name}: ${p}`).toBe(true);
      for (const workout of program.workouts) {
        expect(exercisesOf([workout]).some((e) => UNILATERAL.test(e.name))).toBe(true);
        expect(workout.blocks.some((b) => /main lift/i.test(b.name))).toBe(true);
      }
    },
  );

  it.each([IN_SEASON, BASE].map((p) => [p.name, p]))(
    '%s: every workout is total-body on its own (the article’s A has no hinge; ours do)',
    (_, program) => {
      for (const workout of program.workouts) {
        const patterns = patternsOf(workout);
        for (const p of BIG_FOUR)
          expect(patterns.has(p), `${program.name} ${workout.id}: ${p}`).toBe(true);
      }
    },
  );

  it('In-season: 1–2 sessions, 12+ reps at RIR 3 or more, no plyos, loads held', () => {
    expect(IN_SEASON.daysPerWeek).toEqual([1, 2]);
    expect(IN_SEASON.progression.targetRir).toBeGreaterThanOrEqual(3);
    for (const w of IN_SEASON.workouts) {
      expect(w.blocks.some((b) => isPlyoBlock(b.name))).toBe(false);
      expect(patternsOf(w).has('plyo')).toBe(false);
      for (const e of exercisesOf([w]))
        expect(lowestReps(e.prescription), e.name).toBeGreaterThanOrEqual(12);
    }
    expect(IN_SEASON.progression.increments.lb.lower).toEqual({ low: 0, high: 0 });
    expect(IN_SEASON.progression.increments.kg.upper).toEqual({ low: 0, high: 0 });
  });

  it('Base: 2–3 sessions of bodyweight or light dumbbells, ranges on loaded lifts, a cue each', () => {
    expect(BASE.daysPerWeek).toEqual([2, 3]);
    for (const e of exercisesOf(BASE.workouts)) {
      expect(['bodyweight', 'dumbbells', 'single dumbbell', 'band']).toContain(e.load);
      if (e.load === 'dumbbells' || e.load === 'single dumbbell')
        expect(e.prescription.kind, e.name).toBe('range');
      expect(e.cue.length, e.name).toBeGreaterThan(40);
      expect(e.cue).not.toMatch(/\n/);
    }
    expect(exercisesOf(BASE.workouts).some((e) => PATTERN[e.name] === 'plyo')).toBe(false);
  });

  it('keeps the offseason’s names for the lifts that carry over, so loads follow by name', () => {
    const offseason = new Set(exercisesOf(OFFSEASON.workouts).map((e) => e.name));
    const mainLifts = (p: typeof BASE) =>
      p.workouts.flatMap((w) =>
        w.blocks.filter((b) => /main lift/i.test(b.name)).flatMap((b) => b.exercises),
      );
    for (const program of [IN_SEASON, BASE])
      for (const e of mainLifts(program)) expect(offseason.has(e.name), e.name).toBe(true);
  });

  it('rotates A and B on one day a week', () => {
    const sessions = schedule({ weeks: 4, daysPerWeek: 1, weekdays: ['Tue'] }, ['A', 'B']);
    expect(sessions.map((s) => `${s.week}${s.workout}`)).toEqual(['1A', '2B', '3A', '4B']);
  });
});
