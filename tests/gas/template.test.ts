import { describe, expect, it } from 'vitest';
import { addOn, options, tab } from '../support/runtime';

describe('the editable template', () => {
  it('holds the seed program as rows, and generation follows a coach’s edits', () => {
    const rt = addOn();
    rt.call('createTemplate');
    expect(rt.values("'Template'!A1:H2")).toEqual([
      ['Workout', 'Block', 'Rounds', 'Exercise', 'Prescription', 'Load kind', 'Body region', 'Cue'],
      [
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
    expect(rt.values("'Template'!D2:D19").flat()).toHaveLength(18);
    // Swap the squat for a goblet squat of 8–10, and make strength set 1 of A four rounds.
    const rows = rt.values("'Template'!A1:H20");
    const squat = rows.findIndex((r) => r[3] === 'Squat') + 1;
    rt.edit(`'Template'!D${squat}`, 'Goblet Squat');
    rt.edit(`'Template'!E${squat}`, '8–10');
    for (const [i, r] of rows.entries())
      if (r[0] === 'A' && r[1] === 'Strength set 1') rt.edit(`'Template'!C${i + 1}`, 4);
    rt.runFromClient('generateProgram', options({ startingLoads: { 'Goblet Squat': 40 } }));
    const ana = tab(rt, 'Ana');
    expect(ana.get('W1 · S1 · Goblet Squat', 'prescription')).toBe('4 × 8–10');
    expect(ana.get('W1 · S1 · Goblet Squat', 'target')).toBe(40);
    expect(ana.get('W2 · S2 · Goblet Squat', 'target')).toBe(45);
    expect(ana.get('W1 · S1 · Lat Pull-Over', 'prescription')).toBe('4 × 6');
  });

  it('refuses to generate from a broken template, naming every bad cell, and writes nothing', () => {
    const rt = addOn();
    rt.call('createTemplate');
    rt.spreadsheet.getRange("'Template'!E7").setValue('lots');
    rt.spreadsheet.getRange("'Template'!F8").setValue('kettlebell');
    const before = JSON.stringify(rt.serialize());
    expect(() => rt.runFromClient('generateProgram', options())).toThrow(
      'Template!E7: reps must be a number, "6 / side", "8–10", "12 total" or "30 s"\nTemplate!F8: load kind must be bodyweight, dumbbells, single dumbbell, band, box',
    );
    expect(JSON.stringify(rt.serialize())).toBe(before);
    rt.call('showGenerateDialog');
    expect(rt.ui.dialogs).toHaveLength(0);
    expect(rt.ui.alerts.at(-1)?.title).toBe('Fix the Template tab first');
  });

  it('is never recreated over a coach’s edits', () => {
    const rt = addOn();
    rt.call('createTemplate');
    rt.edit("'Template'!D2", 'Tuck Jump');
    const before = JSON.stringify(rt.serialize());
    rt.call('createTemplate');
    expect(JSON.stringify(rt.serialize())).toBe(before);
    expect(rt.ui.alerts.at(-1)?.prompt).toBe(
      'The Template tab already exists: edit it there. Nothing was changed.',
    );
  });
});
