import { describe, expect, it } from 'vitest';
import { addOn, options, tab } from '../support/runtime';

/** The progress chart each tab gets: a real embedded chart over native formulas, live. */
describe('the progress chart of a tab', () => {
  it('charts each main lift’s load and e1RM by week, and the RIR logged against the target', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options({ weeks: 4, daysPerWeek: 3 }));
    const [chart, ...others] = rt.charts('Ana');
    expect(others).toEqual([]);
    expect(chart).toMatchObject({
      type: 'COMBO',
      hiddenDimensionStrategy: 'SHOW_BOTH',
      options: { title: 'Progress: Squat, Romanian Deadlift' },
    });
    expect(chart?.table.header).toEqual([
      'Week',
      'Squat load',
      'Squat e1RM',
      'Romanian Deadlift load',
      'Romanian Deadlift e1RM',
      'RIR logged',
      'Target RIR',
    ]);
    expect(chart?.table.rows).toEqual([1, 2, 3, 4].map((w) => [`W${w}`, '', '', '', '', '', 2]));
    // It stands below the last session, over rows of its own, which athletes can't type into.
    const rows = tab(rt, 'Ana').rows();
    const lastSession = Math.max(...rows.filter((r) => r.kind !== 'progress').map((r) => r.row));
    expect(chart?.anchor.row).toBeGreaterThan(lastSession);
    rt.setUser('ana@example.com');
    expect(rt.edit(`'Ana'!Q${lastSession}`, 5)).toMatchObject({ ok: true });
    expect(rt.edit(`'Ana'!Q${(chart?.anchor.row ?? 0) + 2}`, 5)).toMatchObject({
      ok: false,
      reason: 'protected',
    });
  });

  it('moves as an athlete types: the best set of the week, its e1RM (RTS), the average RIR', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options({ weeks: 4, daysPerWeek: 3 }));
    const ana = tab(rt, 'Ana');
    ana.type('W1 · S1 · Squat', 'load', 50);
    ana.type('W1 · S1 · Squat', 'reps', 5);
    ana.type('W1 · S1 · Squat', 'rir', 3);
    ana.type('W1 · S3 · Squat', 'load', 55); // reps blank: the prescribed 5 count
    const week1 = () => rt.charts('Ana')[0]?.table.rows[0];
    // 50 × 5 @ 3: 50 / 0.786 = 63.6; the 55 has no RIR yet, so no estimate.
    expect(week1()).toEqual(['W1', 55, 63.6, '', '', 3, 2]);
    ana.type('W1 · S3 · Squat', 'rir', 2);
    // 55 × 5 @ 2: 55 / 0.811 = 67.8; the week's RIR: (3 + 2) / 2.
    expect(week1()).toEqual(['W1', 55, 67.8, '', '', 2.5, 2]);
    ana.type('W1 · S2 · Romanian Deadlift', 'load', 65);
    ana.type('W1 · S2 · Romanian Deadlift', 'rir', 1);
    // 65 × 6 @ 1: n = 7, 65 / 0.811 = 80.1; RIR (3 + 2 + 1) / 3.
    expect(week1()).toEqual(['W1', 55, 67.8, 65, 80.1, 2, 2]);
    rt.edit(ana.a1('settings · targetRir', 'prescription'), 3);
    expect(week1()?.[6]).toBe(3);
  });

  // Every program, at each frequency it allows, comes with its chart: tests/gas/programs.test.ts.
  it('updates when Ana types a RIR into her tab on her phone: the chart’s own range reads the new values', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options({ weeks: 4, daysPerWeek: 3 }));
    const ana = tab(rt, 'Ana');
    const range = rt.charts('Ana')[0]?.ranges[0] ?? '';
    const section = ana.rows().find((r) => r.key === 'progress')?.row;
    expect(range).toBe(`'Ana'!F${section}:L${(section ?? 0) + 4}`);
    // The cells the chart reads, as Sheets computes them: a header, then a row a week.
    const week1 = () => rt.values(range)[1];
    rt.setUser('ana@example.com');
    rt.calls.reset();
    ana.type('W1 · S1 · Squat', 'load', 50);
    expect(week1()).toEqual(['W1', 50, '', '', '', '', 2]);
    ana.type('W1 · S1 · Squat', 'rir', 3);
    // 50 × 5 @ 3 (RTS): 63.6; the week's RIR, 3, against the target, 2.
    expect(week1()).toEqual(['W1', 50, 63.6, '', '', 3, 2]);
    ana.type('W1 · S1 · Squat', 'rir', 1);
    // 50 × 5 @ 1: 50 / 0.837 = 59.7.
    expect(week1()).toEqual(['W1', 50, 59.7, '', '', 1, 2]);
    expect(rt.charts('Ana')[0]?.table.rows[0]).toEqual(week1());
    // Typed into the cell, not saved from the sidebar: no script ran, the formulas did it.
    expect(rt.calls.snapshot()).toEqual({});
  });
});
