import { describe, expect, it } from 'vitest';
import {
  continueBlock,
  type FinishedBlock,
  type LoggedAppearance,
} from '../../src/core/continuation';
import { BASE, IN_SEASON, OFFSEASON } from '../../src/core/programs';
import { INCREMENTS } from '../../src/core/progression';

/**
 * Hand-computed cases. The RTS %1RM at reps + RIR = n sits at index 2(n − 1) of the curve:
 * n = 5 → 86.3 %, 6 → 83.7 %, 7 → 81.1 %, 8 → 78.6 %, 9 → 76.2 %, 14 → 62.6 %, 15 → 59.9 %.
 */
const set = (
  exercise: string,
  week: number,
  load: number | '',
  reps: number | '',
  rir: number | '',
  prescribedReps = 5,
  day = 1,
): LoggedAppearance => ({ exercise, week, day, load, reps, rir, prescribedReps });

const block = (
  program: string,
  appearances: LoggedAppearance[],
  over: Partial<FinishedBlock> = {},
): FinishedBlock => ({
  athlete: 'Ana',
  program,
  units: 'lb',
  step: 2.5,
  targetRir: 2,
  increments: INCREMENTS.lb,
  appearances,
  ...over,
});

const loadOf = (c: ReturnType<typeof continueBlock>, name: string) =>
  c.loads.find((l) => l.exercise === name);

describe('offseason → in-season, through the estimated 1RM', () => {
  const done = block('Offseason', [
    set('Squat', 1, 50, 5, 3),
    set('Squat', 2, 60, 5, 2),
    set('Squat', 3, 65, 5, 2),
    set('Squat', 4, 70, 5, 1),
    set('Bent-Over Row', 3, 30, '', 2, 6),
    set('Romanian Deadlift', 1, 65, 6, '', 6),
    set('Lat Pull-Over', 4, 20, 6, 2, 6),
  ]);
  const next = continueBlock(done, IN_SEASON);

  it('takes the best e1RM of the three most recent sets, then the load for 12 reps at RIR 3', () => {
    // 70 × 5 @ 1: n = 6, 70 / 0.837 = 83.63 (65 × 5 @ 2: 80.15; 60 × 5 @ 2: 73.98).
    // 12 reps @ RIR 3: n = 15, 83.63 × 0.599 = 50.10 → 50 lb.
    expect(next.method).toBe('e1rm');
    expect(loadOf(next, 'Squat')).toEqual({
      exercise: 'Squat',
      load: 50,
      note: 'Squat: estimated 1RM 83.6 lb (70 lb × 5 @ RIR 1, week 4, session 1 of Ana’s Offseason block) → 50 lb for 12 reps @ RIR 3.',
    });
  });

  it('counts the prescribed reps when a set was logged without its reps', () => {
    // 30 × 6 @ 2: n = 8, 30 / 0.786 = 38.17; × 0.599 = 22.86 → 22.5 lb.
    expect(loadOf(next, 'Bent-Over Row')?.load).toBe(22.5);
  });

  it('starts blank, with a note, a lift never logged or logged without a RIR', () => {
    expect(loadOf(next, 'Bulgarian Split Squat')).toEqual({
      exercise: 'Bulgarian Split Squat',
      load: '',
      note: 'Bulgarian Split Squat: no logged load on Ana’s Offseason block, so it starts blank — the first load logged sets the pace.',
    });
    expect(loadOf(next, 'Romanian Deadlift')?.load).toBe('');
    expect(loadOf(next, 'Romanian Deadlift')?.note).toMatch(/loads logged without a RIR/);
  });

  it('lists every loaded lift of the new program once, and only those with a load as starting loads', () => {
    expect(next.loads.map((l) => l.exercise)).toEqual([
      'Squat',
      'Bulgarian Split Squat',
      'Bent-Over Row',
      'Weighted Dead Bug',
      'Romanian Deadlift',
      'Lateral Step-Up',
      'Half-Kneeling Overhead Press',
    ]);
    expect(next.startingLoads).toEqual({ Squat: 50, 'Bent-Over Row': 22.5 });
  });

  it('in kg: only the three most recent sets count, and the best of them, not the last', () => {
    const kg = block(
      'Offseason',
      [
        set('Romanian Deadlift', 3, 70, 6, 2, 6), // 89.06, but four sets ago
        set('Romanian Deadlift', 4, 55, 6, 3, 6), // n = 9: 55 / 0.762 = 72.18
        set('Romanian Deadlift', 5, 60, 6, 2, 6), // n = 8: 60 / 0.786 = 76.34 ← best
        set('Romanian Deadlift', 6, 60, 6, 0, 6), // n = 6: 60 / 0.837 = 71.68
      ],
      { units: 'kg', step: 0.5, increments: INCREMENTS.kg },
    );
    // 76.34 × 0.599 = 45.73 → 45.5 kg.
    const rdl = loadOf(continueBlock(kg, IN_SEASON), 'Romanian Deadlift');
    expect(rdl?.load).toBe(45.5);
    expect(rdl?.note).toContain('estimated 1RM 76.3 kg (60 kg × 6 @ RIR 2, week 5, session 1');
  });
});

describe('a second offseason block, from the last loads used', () => {
  const done = block('Offseason', [
    set('Squat', 3, 65, 5, 2),
    set('Squat', 4, 70, 5, 1), // T − 1 ≤ R < T: hold → 70
    set('Bent-Over Row', 4, 32.5, 6, 3.5, 6), // R ≥ T + 1: + 5 (upper high) → 37.5
    set('Lat Pull-Over', 4, 20, 6, '', 6), // not logged: + 2.5 → 22.5
    set('Weighted Dead Bug', 2, 15, 10, 0, 10), // R < T − 1: − max(2.5, 0.75) → 12.5
    set('Weighted Dead Bug', 3, '', '', '', 10), // no load: the last load used is week 2's
  ]);
  const next = continueBlock(done, OFFSEASON);

  it('starts each lift at the load the rule gives the week after its last logged set', () => {
    expect(next.method).toBe('last load');
    expect(next.startingLoads).toEqual({
      Squat: 70,
      'Lat Pull-Over': 22.5,
      'Bent-Over Row': 37.5,
      'Weighted Dead Bug': 12.5,
    });
    expect(loadOf(next, 'Squat')?.note).toBe(
      'Squat: last 70 lb @ RIR 1 in week 4, session 1 of Ana’s Offseason block → 70 lb, the load the rule gives the week after.',
    );
    expect(loadOf(next, 'Lat Pull-Over')?.note).toContain('(no RIR logged)');
    expect(loadOf(next, 'Romanian Deadlift')?.load).toBe('');
  });

  it('uses the tab’s own increments and target RIR', () => {
    const custom = continueBlock(
      {
        ...done,
        targetRir: 1,
        increments: { upper: { low: 1, high: 2 }, lower: { low: 2.5, high: 5 } },
      },
      OFFSEASON,
    );
    // Squat 70 @ 1 with target 1: + low 2.5 → 72.5. Row 32.5 @ 3.5 ≥ 2: + high 2 → 35 (34.5 → 35).
    expect(custom.startingLoads.Squat).toBe(72.5);
    expect(custom.startingLoads['Bent-Over Row']).toBe(35);
  });
});

describe('base → offseason, and base → base', () => {
  const done = block(
    'Base',
    [
      set('Squat', 2, 25, 10, 4, 8), // n = 14: 25 / 0.626 = 39.94
      set('Squat', 3, 25, 11, 3, 9), // n = 14: 39.94
      set('Squat', 4, 25, 12, 3, 10), // n = 15: 25 / 0.599 = 41.74 ← best
      set('Bent-Over Row', 4, 20, 10, 3, 9),
    ],
    { targetRir: 3 },
  );

  it('base → offseason: the estimated 1RM at the offseason’s 5 reps @ RIR 2', () => {
    // 41.74 × 0.811 = 33.85 → 35 lb.
    expect(continueBlock(done, OFFSEASON).startingLoads.Squat).toBe(35);
  });

  it('base → base: double progression — the top of the range at the target adds the low increment', () => {
    const again = continueBlock(done, BASE);
    expect(again.method).toBe('last load');
    expect(again.startingLoads.Squat).toBe(30); // 12 of 8–12 @ RIR 3: + 5
    expect(again.startingLoads['Bent-Over Row']).toBe(20); // 10 of 8–12: reps first
  });
});
