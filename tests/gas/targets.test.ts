import { describe, expect, it } from 'vitest';
import { incrementsFor, nextLoad } from '../../src/core/progression';
import { COLUMN, letter, WIDTH } from '../../src/sheet/columns';
import { settingKey } from '../../src/sheet/keys';
import { addOn, options, tab } from '../support/runtime';
import { targetsOf } from '../support/targets';

/** A 2-day block: each exercise comes once a week, in session 1 (A) or 2 (B). */
function block(over: Record<string, unknown> = {}) {
  const rt = addOn();
  rt.runFromClient(
    'generateProgram',
    options({ daysPerWeek: 2, weekdays: ['Tue', 'Fri'], ...over }),
  );
  return { rt, ana: tab(rt, 'Ana') };
}

const squat = (week: number, day = 1) => `W${week} · S${day} · Squat`;

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
    rt.edit(ana.a1(settingKey('targetRir'), 'prescription'), 3);
    expect(ana.get(squat(2), 'target')).toBe(55);
    rt.edit(ana.a1(settingKey('step'), 'prescription'), 10);
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
    ana.type('W1 · S1 · Lat Pull-Over', 'rir', 2);
    expect(ana.get('W2 · S1 · Lat Pull-Over', 'target')).toBe(11);
  });

  it('grow a timed hold by 5 s a week, and hold it after a grinder', () => {
    const { ana } = block();
    const plank = (w: number) => `W${w} · S1 · Copenhagen Side Plank`;
    expect([1, 2, 3].map((w) => ana.get(plank(w), 'target'))).toEqual([30, 35, 40]);
    ana.type(plank(1), 'reps', 40);
    ana.type(plank(1), 'rir', 0);
    expect(ana.get(plank(2), 'target')).toBe(40);
  });

  it('grow a rep range by one rep a week up to its top', () => {
    const { ana } = block();
    const pushUp = (w: number) => `W${w} · S1 · Push-Up`;
    expect([1, 2, 3, 4, 5].map((w) => ana.get(pushUp(w), 'target'))).toEqual([6, 7, 8, 8, 8]);
  });

  it('keep plyos and bands at their prescription', () => {
    const { ana } = block();
    expect(ana.get('W3 · S1 · Box Jump', 'target')).toBe('4');
    expect(ana.get('W3 · S2 · Banded Bird Dog', 'target')).toBe('10 / side');
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
      .formulas(`'Ana'!A:${letter(WIDTH)}`)
      .flat()
      .filter((f) => f !== '');
    expect(formulas.length).toBeGreaterThan(100);
    for (const f of formulas)
      expect(f).not.toMatch(/NEXTLOAD|E1RM|LOADFOR|OFFSEASON|LET\(|LAMBDA|MROUND/i);
    const values = rt.values(`'Ana'!A:${letter(WIDTH)}`).flat();
    expect(values.filter((v) => typeof v === 'string' && v.startsWith('#'))).toEqual([]);
  });
});

describe('targets through sorts, inserted rows and deleted rows', () => {
  /** The rows of the block holding `id`, first to last: what a coach selects to sort it. */
  const blockOf = (ana: ReturnType<typeof tab>, id: string) => {
    const key = ana.key(id);
    const block = key.replace(/ · E\d+$/, '');
    const rows = ana.rows().filter((r) => r.key.startsWith(`${block} · E`));
    return [Math.min(...rows.map((r) => r.row)), Math.max(...rows.map((r) => r.row))] as const;
  };

  for (const last of ['rir', 'notes'] as const) {
    it(`keep every target when a block is sorted on the visible columns, exercise to ${last}`, () => {
      const { rt, ana } = block();
      ana.type('W1 · S1 · Lat Pull-Over', 'rir', 4);
      ana.type('W1 · S1 · Push-Up', 'reps', 8);
      ana.type('W2 · S1 · Lat Pull-Over', 'load', 30);
      const before = targetsOf(rt, 'Ana');
      const sheet = rt.spreadsheet.getSheetByName('Ana');
      // Strength set 1 (Lat Pull-Over, Push-Up, Copenhagen Side Plank), Z to A, weeks 1 and 2.
      for (const week of [1, 2]) {
        const [first, end] = blockOf(ana, `W${week} · S1 · Push-Up`);
        sheet
          ?.getRange(first, COLUMN.exercise, end - first + 1, COLUMN[last])
          .sort({ column: COLUMN.exercise, ascending: false });
      }
      expect(ana.rowOf('W1 · S1 · Push-Up')).toBeLessThan(ana.rowOf('W1 · S1 · Lat Pull-Over'));
      expect(targetsOf(rt, 'Ana')).toEqual(before);
      expect(ana.get('W2 · S1 · Lat Pull-Over', 'target')).toBe(25);
      expect(ana.get('W3 · S1 · Lat Pull-Over', 'target')).toBe(32.5);
      // And the sorted rows keep recalculating: a grinder in week 2 brings week 3 down.
      ana.type('W2 · S1 · Lat Pull-Over', 'rir', 0);
      expect(ana.get('W3 · S1 · Lat Pull-Over', 'target')).toBe(27.5);
    });
  }

  it('keep every target when rows are inserted above, inside and below a block', () => {
    const { rt, ana } = block();
    ana.type('W1 · S1 · Squat', 'rir', 3);
    const before = targetsOf(rt, 'Ana');
    const sheet = rt.spreadsheet.getSheetByName('Ana');
    const [first, end] = blockOf(ana, 'W1 · S1 · Push-Up');
    sheet?.insertRowsBefore(first, 2);
    sheet?.insertRowAfter(first + 2);
    sheet?.insertRowAfter(end + 3);
    expect(targetsOf(rt, 'Ana')).toEqual(before);
    ana.type('W1 · S1 · Push-Up', 'reps', 8);
    expect(ana.get('W2 · S1 · Push-Up', 'target')).toBe(8);
  });

  it('fall back to the appearance before a deleted row, and say so when both are gone', () => {
    const { rt, ana } = block();
    const sheet = rt.spreadsheet.getSheetByName('Ana');
    expect([2, 3, 4].map((w) => ana.get(squat(w), 'target'))).toEqual([55, 60, 65]);
    sheet?.deleteRow(ana.rowOf(squat(2)));
    // Week 3 now follows week 1 (50, nothing logged: + 5), and the weeks after follow week 3.
    expect([3, 4, 5].map((w) => ana.get(squat(w), 'target'))).toEqual([55, 60, 65]);
    sheet?.deleteRow(ana.rowOf(squat(3)));
    // Week 4 follows week 2, which is gone too: it says so, and so do the weeks that follow it.
    expect([4, 5, 6].map((w) => ana.get(squat(w), 'target'))).toEqual([
      'previous week missing',
      'previous week missing',
      'previous week missing',
    ]);
    // A load logged in week 4 sets the pace again.
    ana.type(squat(4), 'load', 60);
    ana.type(squat(4), 'rir', 2);
    expect([5, 6].map((w) => ana.get(squat(w), 'target'))).toEqual([65, 70]);
    const errors = rt
      .values(`'Ana'!A:${letter(WIDTH)}`)
      .flat()
      .filter((v) => typeof v === 'string' && v.startsWith('#'));
    expect(errors).toEqual([]);
  });

  it('name the missing appearance: the week before, or the session before in the same week', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const ana = tab(rt, 'Ana');
    const sheet = rt.spreadsheet.getSheetByName('Ana');
    // Week 1 is A B A: session 3 repeats session 1; week 2's squat (session 2) follows session 3.
    expect([ana.get(squat(1, 3), 'target'), ana.get(squat(2, 2), 'target')]).toEqual([50, 55]);
    sheet?.deleteRow(ana.rowOf(squat(1, 3)));
    // Week 2 falls back to session 1, a week earlier: still one increment.
    expect(ana.get(squat(2, 2), 'target')).toBe(55);
    sheet?.deleteRow(ana.rowOf(squat(1, 1)));
    expect(ana.get(squat(2, 2), 'target')).toBe('previous week missing');

    const again = addOn();
    again.runFromClient('generateProgram', options());
    const ben = tab(again, 'Ana');
    again.spreadsheet.getSheetByName('Ana')?.deleteRow(ben.rowOf(squat(1, 1)));
    expect(ben.get(squat(1, 3), 'target')).toBe('previous session missing');
  });
});
