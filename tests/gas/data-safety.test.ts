import { describe, expect, it } from 'vitest';
import { COLUMN, letter } from '../../src/sheet/columns';
import { addOn, options, roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';

const row = rosterRow;

/** Every input cell of every program tab: save id, load, reps, RIR, notes. */
function inputs(rt: ReturnType<typeof addOn>): Record<string, unknown[][]> {
  const names = rt.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => !['Log', 'Roster', 'Template', 'Dashboard'].includes(n));
  return Object.fromEntries(
    names.map((n) => [n, rt.values(`'${n}'!${letter(COLUMN.save)}:${letter(COLUMN.notes)}`)]),
  );
}

describe('logged values are never lost', () => {
  it('through regenerating, re-running the roster and recreating the template', () => {
    const rt = addOn();
    roster(rt, [row('Ana'), row('Ben')]);
    rt.call('createTemplate');
    rt.call('generateForRoster');
    rt.runFromClient('generateProgram', options({ athlete: 'Cleo' }));
    // Athletes log on their phones, and through the sidebar.
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      const t = tab(rt, name);
      t.type('W1 · S1 · Squat', 'load', 50);
      t.type('W1 · S1 · Squat', 'rir', 3);
      t.type('W1 · S1 · Push-Up', 'reps', 7);
      t.type('W1 · S1 · Box Jump', 'notes', 'felt springy');
    }
    rt.runFromClient('saveSession', {
      saveId: 'save-ana-0002',
      sheetName: 'Ana',
      sessionKey: 'W1 · S2',
      exercises: [
        {
          key: tab(rt, 'Ana').key('W1 · S2 · Romanian Deadlift'),
          sets: [{ load: 60, reps: 6, rir: 2 }],
        },
      ],
    });
    const before = inputs(rt);
    expect(before.Ana?.flat().filter((v) => v !== '')).toEqual(
      expect.arrayContaining([
        50,
        3,
        7,
        'felt springy',
        60,
        expect.stringMatching(/^save-ana-0002 \| coach@example\.com \| .+ \| 60×6@2$/),
      ]),
    );

    rt.runFromClient('generateProgram', options({ athlete: 'Ana' }));
    rt.call('generateForRoster');
    rt.call('createTemplate');
    rt.call('refreshDashboard');

    const after = inputs(rt);
    for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name]);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'Ana (2)'].sort());
  });
});
