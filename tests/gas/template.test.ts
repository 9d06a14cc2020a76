import { describe, expect, it } from 'vitest';
import { addOn, options, tab } from '../support/runtime';

describe('the editable template', () => {
  it('holds the three programs as named rows, and generation follows a coach’s edits', () => {
    const rt = addOn();
    rt.call('createTemplate');
    expect(rt.values("'Template'!A1:I2")).toEqual([
      [
        'Program',
        'Workout',
        'Block',
        'Rounds',
        'Exercise',
        'Prescription',
        'Load kind',
        'Body region',
        'Cue',
      ],
      [
        'Offseason',
        'A',
        'Plyo set',
        4,
        'Box Jump',
        '4',
        'box',
        'lower',
        expect.stringMatching(/^Load the hips/),
      ],
    ]);
    const rows = rt.values("'Template'!A1:I60");
    const count = (name: string) => rows.filter((r) => r[0] === name).length;
    expect([count('Offseason'), count('In-season'), count('Base')]).toEqual([18, 14, 14]);
    // Swap the offseason squat for a goblet squat of 8–10, and make strength set 1 of A four rounds.
    const squat = rows.findIndex((r) => r[0] === 'Offseason' && r[4] === 'Squat') + 1;
    rt.edit(`'Template'!E${squat}`, 'Goblet Squat');
    rt.edit(`'Template'!F${squat}`, '8–10');
    for (const [i, r] of rows.entries())
      if (r[0] === 'Offseason' && r[1] === 'A' && r[2] === 'Strength set 1')
        rt.edit(`'Template'!D${i + 1}`, 4);
    rt.runFromClient('generateProgram', options({ startingLoads: { 'Goblet Squat': 40 } }));
    const ana = tab(rt, 'Ana');
    // A loaded lift with a range progresses reps first: the week's goal, then the load.
    expect(ana.get('W1 · S1 · Goblet Squat', 'prescription')).toBe('4 × 8');
    expect(ana.get('W2 · S2 · Goblet Squat', 'prescription')).toBe('4 × 9');
    expect(ana.get('W1 · S1 · Goblet Squat', 'target')).toBe(40);
    expect(ana.get('W1 · S1 · Lat Pull-Over', 'prescription')).toBe('4 × 6');
    // The in-season squat is its own row: untouched by the offseason edit.
    rt.runFromClient(
      'generateProgram',
      options({
        athlete: 'Ben',
        program: 'In-season',
        daysPerWeek: 2,
        weekdays: ['Tue', 'Fri'],
        startingLoads: { Squat: 40 },
      }),
    );
    expect(tab(rt, 'Ben').get('W1 · S1 · Squat', 'prescription')).toBe('3 × 12');
  });

  it('takes a program of the coach’s own under a new name', () => {
    const rt = addOn();
    rt.call('createTemplate');
    const last = rt.values("'Template'!A1:A80").filter((r) => r[0] !== '').length;
    const add = (row: number, cells: unknown[]) => {
      for (const [c, v] of cells.entries()) rt.edit(`'Template'!${'ABCDEFGHI'[c]}${row}`, v);
    };
    add(last + 1, ['Hills', 'A', 'Main lift', 3, 'Step-Up', '10 / side', 'dumbbells', 'lower']);
    add(last + 2, ['Hills', 'B', 'Main lift', 3, 'Romanian Deadlift', '8', 'dumbbells', 'lower']);
    rt.runFromClient('generateProgram', options({ program: 'Hills', startingLoads: {} }));
    expect(tab(rt, 'Ana').get('W1 · S2 · Romanian Deadlift', 'prescription')).toBe('3 × 8');
    expect(() =>
      rt.runFromClient('generateProgram', options({ athlete: 'Cleo', program: 'Tempo' })),
    ).toThrow('program: must be Offseason, In-season, Base or Hills');
  });

  it('refuses to generate from a broken template, naming every bad cell, and writes nothing', () => {
    const rt = addOn();
    rt.call('createTemplate');
    rt.spreadsheet.getRange("'Template'!F7").setValue('lots');
    rt.spreadsheet.getRange("'Template'!G8").setValue('kettlebell');
    const before = JSON.stringify(rt.serialize());
    expect(() => rt.runFromClient('generateProgram', options())).toThrow(
      'Template!F7: reps must be a number, "6 / side", "8–10", "8–12 / side", "12 total" or "30 s"\nTemplate!G8: load kind must be bodyweight, dumbbells, single dumbbell, band, box',
    );
    expect(JSON.stringify(rt.serialize())).toBe(before);
    rt.call('showGenerateDialog');
    expect(rt.ui.dialogs).toHaveLength(0);
    expect(rt.ui.alerts.at(-1)?.title).toBe('Fix the Template tab first');
  });

  it('is never recreated over a coach’s edits', () => {
    const rt = addOn();
    rt.call('createTemplate');
    rt.edit("'Template'!E2", 'Tuck Jump');
    const before = JSON.stringify(rt.serialize());
    rt.call('createTemplate');
    expect(JSON.stringify(rt.serialize())).toBe(before);
    expect(rt.ui.alerts.at(-1)?.prompt).toBe(
      'The Template tab already exists: edit it there. Nothing was changed.',
    );
  });
});
