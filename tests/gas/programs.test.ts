import { describe, expect, it } from 'vitest';
import { WEEKDAYS, weekdayIndex } from '../../src/core/dates';
import { PROGRAMS } from '../../src/core/programs';
import { cellOf } from '../../src/sheet/tab';
import { addOn, options, tab } from '../support/runtime';

/**
 * Each program of the library generated at each frequency it allows, end to end on the built
 * bundle: the dialog's server function, the tab as Sheets computes it, its progress chart moving
 * as the athlete types on her phone. In-season is 1–2 days a week (the "1–2 sessions"),
 * so its 3 days are refused; Offseason and Base take 2 or 3. (The Offseason layout at every
 * length is in generate.test.ts.)
 */
const CASES = [
  {
    program: 'Offseason',
    days: ['Tue', 'Fri'],
    workouts: 'AB AB AB AB',
    // The article's rule: a load step a week while the RIR logged meets the target.
    squat: ['4 × 5', 50, '4 × 5', 55, '4 × 5', 60, '4 × 5', 65],
    // 50 × 5 at RIR 2: 7 reps to failure, 81.1 % on the RTS chart: 61.7.
    week1: ['W1', 50, 61.7, '', '', 2, 2],
  },
  {
    program: 'Offseason',
    days: ['Mon', 'Wed', 'Fri'],
    workouts: 'ABA BAB ABA BAB',
    squat: ['4 × 5', 50, '4 × 5', 50, '4 × 5', 55, '4 × 5', 60, '4 × 5', 60, '4 × 5', 65],
    week1: ['W1', 50, 61.7, '', '', 2, 2],
  },
  {
    program: 'In-season',
    days: ['Tue'],
    workouts: 'A B A B',
    // Loads hold in season: 12 reps at RIR 3, every time.
    squat: ['3 × 12', 50, '3 × 12', 50],
    // 50 × 12 at RIR 3: 15 reps to failure, past the RTS chart's end, on Epley joined to it: 83.5.
    week1: ['W1', 50, 83.5, '', '', 3, 3],
  },
  {
    program: 'In-season',
    days: ['Tue', 'Fri'],
    workouts: 'AB AB AB AB',
    squat: ['3 × 12', 50, '3 × 12', 50, '3 × 12', 50, '3 × 12', 50],
    week1: ['W1', 50, 83.5, '', '', 3, 3],
  },
  {
    program: 'Base',
    days: ['Tue', 'Fri'],
    workouts: 'AB AB AB AB',
    // Double progression: the load holds while the reps goal grows by one a week (8–12).
    squat: ['3 × 8', 50, '3 × 9', 50, '3 × 10', 50, '3 × 11', 50],
    // 50 × 8 at RIR 3: 11 reps to failure, 70.7 % on the RTS chart: 70.7.
    week1: ['W1', 50, 70.7, '', '', 3, 3],
  },
  {
    program: 'Base',
    days: ['Mon', 'Wed', 'Fri'],
    workouts: 'ABA BAB ABA BAB',
    squat: ['3 × 8', 50, '3 × 8', 50, '3 × 9', 50, '3 × 10', 50, '3 × 10', 50, '3 × 11', 50],
    week1: ['W1', 50, 70.7, '', '', 3, 3],
  },
] as const;

describe('every program, at every frequency it allows', () => {
  for (const c of CASES) {
    const program = PROGRAMS.find((p) => p.name === c.program);
    it(`${c.program}, ${c.days.length} day${c.days.length > 1 ? 's' : ''} a week: its sessions, its progression, its chart moving as Ana types`, () => {
      const rt = addOn();
      const targetRir = program?.progression.targetRir;
      expect(
        rt.runFromClient(
          'generateProgram',
          options({
            program: c.program,
            weeks: 4,
            daysPerWeek: c.days.length,
            weekdays: c.days,
            targetRir,
            startingLoads: { Squat: 50, 'Romanian Deadlift': 60 },
          }),
        ),
      ).toEqual({ sheetName: 'Ana' });
      const ana = tab(rt, 'Ana');
      const rows = ana.rows();
      expect(ana.get('settings · program', 'prescription')).toBe(c.program);
      expect(ana.get('settings · targetRir', 'prescription')).toBe(targetRir);

      // The sessions: the days chosen, workouts rotating, each holding its workout's exercises.
      const sessions = rows.filter((r) => r.kind === 'session');
      const weeks = [1, 2, 3, 4].map((w) =>
        sessions
          .filter((s) => s.key.startsWith(`W${w} · `))
          .map((s) => /Workout (\w)/.exec(String(cellOf(s, 'exercise')))?.[1])
          .join(''),
      );
      expect(weeks.join(' ')).toBe(c.workouts);
      expect(
        new Set(sessions.map((s) => WEEKDAYS[weekdayIndex(String(cellOf(s, 'date')))])),
      ).toEqual(new Set(c.days));
      for (const session of sessions) {
        const letter = /Workout (\w)/.exec(String(cellOf(session, 'exercise')))?.[1];
        const workout = program?.workouts.find((w) => w.id === letter);
        const names = rows
          .filter(
            (r) =>
              r.key.startsWith(`${session.key} · B`) &&
              !['block', 'note'].includes(r.kind) &&
              r.key.split(' · ').length === 4,
          )
          .map((r) => cellOf(r, 'exercise'));
        expect(names, session.key).toEqual(
          workout?.blocks.flatMap((b) => b.exercises.map((e) => e.name)),
        );
      }

      // The program's own progression, as the tab's native formulas compute it.
      const squats = rows.filter((r) => cellOf(r, 'exercise') === 'Squat');
      expect(squats.flatMap((r) => [cellOf(r, 'prescription'), cellOf(r, 'target')])).toEqual(
        c.squat,
      );

      // The progress chart, on the tab, moving as Ana types on her phone (no script runs).
      const [chart, ...others] = rt.charts('Ana');
      expect(others).toEqual([]);
      expect(chart).toMatchObject({
        type: 'COMBO',
        options: { title: 'Progress: Squat, Romanian Deadlift' },
      });
      expect(chart?.table.rows.map((r) => r[0])).toEqual(['W1', 'W2', 'W3', 'W4']);
      rt.setUser('ana@example.com');
      rt.calls.reset();
      ana.type('W1 · S1 · Squat', 'load', 50);
      ana.type('W1 · S1 · Squat', 'rir', targetRir);
      expect(rt.charts('Ana')[0]?.table.rows[0]).toEqual(c.week1);
      expect(rt.calls.snapshot()).toEqual({});
    });
  }

  it('In-season, 3 days a week: refused by name, nothing made', () => {
    const rt = addOn();
    const before = rt.serialize().sheets.map((s) => s.name);
    expect(() =>
      rt.runFromClient(
        'generateProgram',
        options({ program: 'In-season', weeks: 4, targetRir: 3, startingLoads: {} }),
      ),
    ).toThrow('daysPerWeek: must be 1 or 2 for In-season');
    expect(rt.serialize().sheets.map((s) => s.name)).toEqual(before);
  });
});
