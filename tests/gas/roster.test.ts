import { describe, expect, it } from 'vitest';
import { ROSTER_EXAMPLE, ROSTER_HELP } from '../../src/sheet/roster';
import { sheetsCalls } from '../support/calls';
import { addOn, roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';

const row = rosterRow;
const tabNames = (rt: ReturnType<typeof addOn>) =>
  rt.spreadsheet.getSheets().map((s) => s.getName());

describe('Generate for roster', () => {
  it('creates the missing tabs, skips bad rows by cell, and reports what it did', () => {
    const rt = addOn();
    roster(rt, [
      row('Ana', 'ana@example.com'),
      ['', '', '', '', 4, 2],
      ['Cleo', '', '', '', 4, 2],
      row('Ben'),
    ]);
    // Pasted values skip the dropdowns' validation, as in Sheets.
    rt.spreadsheet.getRange("'Roster'!C5:E5").setValues([['stone', '', 7]]);
    rt.call('generateForRoster');
    expect(tabNames(rt)).toEqual(
      expect.arrayContaining(['Ana', 'Ben', 'Log', 'Dashboard', 'Roster']),
    );
    expect(tabNames(rt)).not.toContain('Cleo');
    const alert = rt.ui.alerts.at(-1);
    expect(alert?.title).toBe('Offseason: Generate for roster');
    expect(alert?.prompt).toBe(
      [
        'Created 2: Ana, Ben',
        'Skipped 0 (a tab exists, left untouched): —',
        'Rows skipped for these problems:',
        'Roster!A4: enter the athlete’s name',
        'Roster!E5: Weeks must be 4, 5 or 6',
        'Roster!C5: Units must be lb or kg',
      ].join('\n'),
    );
  });

  it('shows an example row in grey italics, which is never generated', () => {
    const rt = addOn();
    rt.call('createRoster');
    expect(rt.values("'Roster'!A2:J2")[0]).toEqual([...ROSTER_EXAMPLE]);
    expect(rt.formats("'Roster'!A2")[0]?.[0]).toMatchObject({
      fontStyle: 'italic',
      fontColor: '#5f6368',
    });
    rt.call('generateForRoster');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^Created 0: —/);
    expect(tabNames(rt)).not.toContain('e.g. Ana');
    // A refused value gets the words the report would use.
    expect(rt.edit("'Roster'!E3", 7)).toMatchObject({ ok: false, message: ROSTER_HELP.weeks });
  });

  it('never touches an existing tab when run again', () => {
    const rt = addOn();
    roster(rt, [row('Ana'), row('Ben')]);
    rt.call('generateForRoster');
    tab(rt, 'Ana').type('W1 · S1 · Squat', 'rir', 3);
    const before = JSON.stringify(rt.serialize().sheets.filter((s) => s.name !== 'Dashboard'));
    rt.call('generateForRoster');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(
      /^Created 0: —\nSkipped 2 \(a tab exists, left untouched\): Ana, Ben$/,
    );
    expect(JSON.stringify(rt.serialize().sheets.filter((s) => s.name !== 'Dashboard'))).toBe(
      before,
    );
  });

  it('costs a constant number of Sheets calls per athlete, so 30 athletes fit one run', () => {
    const callsFor = (count: number, email: boolean) => {
      const rt = addOn();
      roster(
        rt,
        Array.from({ length: count }, (_, i) =>
          row(`Athlete ${i + 1}`, email ? `a${i}@example.com` : ''),
        ),
      );
      rt.calls.reset();
      rt.call('generateForRoster');
      expect(rt.ui.alerts.at(-1)?.prompt).toMatch(new RegExp(`^Created ${count}:`));
      return sheetsCalls(rt.calls.snapshot());
    };
    for (const email of [false, true]) {
      const [ten, twenty, thirty] = [10, 20, 30].map((n) => callsFor(n, email)) as [
        number,
        number,
        number,
      ];
      expect(thirty - twenty).toBe(twenty - ten);
      const perAthlete = (thirty - ten) / 20;
      expect(perAthlete).toBeLessThanOrEqual(35);
      console.log(
        `roster ${email ? 'with' : 'without'} emails: ${ten}, ${twenty}, ${thirty} Sheets calls for 10, 20, 30 athletes = ${perAthlete} per athlete`,
      );
    }
  });
});
