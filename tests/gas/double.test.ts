import { describe, expect, it } from 'vitest';
import { addOn, options, tab } from '../support/runtime';

/** Base's loaded lifts on a tab: reps first, then load, as native formulas. */
describe('double progression on a Base tab', () => {
  const base = () => {
    const rt = addOn();
    rt.runFromClient(
      'generateProgram',
      options({
        program: 'Base',
        weeks: 4,
        daysPerWeek: 2,
        weekdays: ['Tue', 'Fri'],
        targetRir: '',
        startingLoads: { Squat: 20 },
      }),
    );
    return { rt, ana: tab(rt, 'Ana') };
  };

  it('shows the week’s reps goal beside the load, and grows the reps before the load', () => {
    const { ana } = base();
    const at = (week: number) => [
      ana.get(`W${week} · S1 · Squat`, 'prescription'),
      ana.get(`W${week} · S1 · Squat`, 'target'),
    ];
    expect(at(1)).toEqual(['3 × 8', 20]);
    // Nothing logged yet: one more rep a week at the same load, up to 12, then load.
    expect([at(2), at(3), at(4)]).toEqual([
      ['3 × 9', 20],
      ['3 × 10', 20],
      ['3 × 11', 20],
    ]);
    // Week 1 done with 12 reps at the target RIR (3): the load goes up 5 lb, reps back to 8.
    ana.type('W1 · S1 · Squat', 'load', 20);
    ana.type('W1 · S1 · Squat', 'reps', 12);
    ana.type('W1 · S1 · Squat', 'rir', 3);
    expect(at(2)).toEqual(['3 × 8', 25]);
    // A grinder stands still.
    ana.type('W2 · S1 · Squat', 'load', 25);
    ana.type('W2 · S1 · Squat', 'reps', 8);
    ana.type('W2 · S1 · Squat', 'rir', 1);
    expect(at(3)).toEqual(['3 × 8', 25]);
  });

  it('estimates the 1RM from the goal when reps are not logged, for the progress chart', () => {
    const { rt, ana } = base();
    ana.type('W1 · S1 · Squat', 'load', 20);
    ana.type('W1 · S1 · Squat', 'rir', 3);
    // 20 × 8 (the goal) @ 3: n = 11 → 70.7 %, 20 / 0.707 = 28.3.
    expect(rt.charts('Ana')[0]?.table.rows[0]?.slice(0, 3)).toEqual(['W1', 20, 28.3]);
  });
});
