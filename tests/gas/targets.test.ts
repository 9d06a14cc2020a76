import { describe, expect, it } from 'vitest';
import { incrementsFor, nextLoad } from '../../src/core/progression';
import { settingKey } from '../../src/sheet/keys';
import { addOn, options, tab } from '../support/runtime';

/** A 2-day block: each exercise comes once a week, in session 1 (A) or 2 (B). */
function block(over: Record<string, unknown> = {}) {
  const rt = addOn();
  rt.runFromClient(
    'generateProgram',
    options({ daysPerWeek: 2, weekdays: ['Tue', 'Fri'], ...over }),
  );
  return { rt, ana: tab(rt, 'Ana') };
}

const squat = (week: number, day = 1) => `Ana · W${week} · S${day} · Squat`;

describe('targets recalculate in the sheet’s own formulas', () => {
  it('follow the rule for week-1 RIR of 0 to 5 (and blank)', () => {
    const { ana } = block();
    const expected = (rir: number | '') =>
      nextLoad({ load: 50, rir, ...incrementsFor('lb', 'lower'), target: 2, step: 2.5 });
    expect(ana.get(squat(2), 'target')).toBe(expected(''));
    for (const rir of [0, 1, 2, 3, 4, 5]) {
      ana.type(squat(1), 'rir', rir);
      expect(ana.get(squat(2), 'target'), `RIR ${rir}`).toBe(expected(rir));
    }
    expect([0, 1, 2, 3, 4, 5].map(expected)).toEqual([45, 50, 55, 60, 60, 60]);
  });

  it('chain through later weeks, from the target when nothing is logged', () => {
    const { ana } = block();
    expect([1, 2, 3, 4, 5, 6].map((w) => ana.get(squat(w), 'target'))).toEqual([
      50, 55, 60, 65, 70, 75,
    ]);
    ana.type(squat(2), 'rir', 0);
    expect([3, 4].map((w) => ana.get(squat(w), 'target'))).toEqual([50, 55]);
  });

  it('take the load used over the target as the base', () => {
    const { ana } = block();
    ana.type(squat(1), 'load', 60);
    ana.type(squat(1), 'rir', 2);
    expect(ana.get(squat(2), 'target')).toBe(65);
  });

  it('follow the settings: target RIR and step changed once, everything recalculates', () => {
    const { rt, ana } = block();
    ana.type(squat(1), 'rir', 3);
    expect(ana.get(squat(2), 'target')).toBe(60);
    rt.edit(ana.a1(settingKey('Ana', 'targetRir'), 'prescription'), 3);
    expect(ana.get(squat(2), 'target')).toBe(55);
    rt.edit(ana.a1(settingKey('Ana', 'step'), 'prescription'), 10);
    expect(ana.get(squat(2), 'target')).toBe(60);
    expect(ana.get(squat(6), 'target')).toBe(100);
  });

  it('work in kg', () => {
    const { ana } = block({
      units: 'kg',
      step: 0.5,
      startingLoads: { Squat: 40, 'Lat Pull-Over': 10 },
    });
    ana.type(squat(1), 'rir', 3);
    expect(ana.get(squat(2), 'target')).toBe(45);
    ana.type('Ana · W1 · S1 · Lat Pull-Over', 'rir', 2);
    expect(ana.get('Ana · W2 · S1 · Lat Pull-Over', 'target')).toBe(11);
  });

  it('grow a timed hold by 5 s a week, and hold it after a grinder', () => {
    const { ana } = block();
    const plank = (w: number) => `Ana · W${w} · S1 · Copenhagen Side Plank`;
    expect([1, 2, 3].map((w) => ana.get(plank(w), 'target'))).toEqual([30, 35, 40]);
    ana.type(plank(1), 'reps', 40);
    ana.type(plank(1), 'rir', 0);
    expect(ana.get(plank(2), 'target')).toBe(40);
  });

  it('grow a rep range by one rep a week up to its top', () => {
    const { ana } = block();
    const pushUp = (w: number) => `Ana · W${w} · S1 · Push-Up`;
    expect([1, 2, 3, 4, 5].map((w) => ana.get(pushUp(w), 'target'))).toEqual([6, 7, 8, 8, 8]);
  });

  it('keep plyos and bands at their prescription', () => {
    const { ana } = block();
    expect(ana.get('Ana · W3 · S1 · Box Jump', 'target')).toBe('4');
    expect(ana.get('Ana · W3 · S2 · Banded Bird Dog', 'target')).toBe('10 / side');
  });

  it('repeat the load when a workout comes twice in a week, cutting only after a grinder', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const ana = tab(rt, 'Ana');
    // Week 1 is A B A: squats on session 1 and 3; week 2 is B A B.
    expect(ana.get(squat(1, 3), 'target')).toBe(50);
    expect(ana.get(squat(2, 2), 'target')).toBe(55);
    // Same week: no increment, and a grinder takes off 5 % (the low increment is 0 here).
    ana.type(squat(1, 1), 'rir', 0);
    expect(ana.get(squat(1, 3), 'target')).toBe(47.5);
  });

  it('use no custom function and no Sheets-only function in any generated formula', () => {
    const { rt } = block();
    const formulas = rt
      .formulas("'Ana'!A1:Q300")
      .flat()
      .filter((f) => f !== '');
    expect(formulas.length).toBeGreaterThan(100);
    for (const f of formulas)
      expect(f).not.toMatch(/NEXTLOAD|E1RM|LOADFOR|OFFSEASON|LET\(|LAMBDA|MROUND/i);
    const values = rt.values("'Ana'!A1:Q300").flat();
    expect(values.filter((v) => typeof v === 'string' && v.startsWith('#'))).toEqual([]);
  });
});
