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
    expect(tabNames(rt)).toEqual(expect.arrayContaining(['Ana', 'Ben', 'Dashboard', 'Roster']));
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

  // Per athlete: 9 for the tab (copied from the prototype, shown once for the whole run; rows
  // trimmed; its gid for the jump link; values, number formats, notes and wraps; the program
  // marker) and the protections (trust:
  // the tab's, its inputs' range, and with an email the inputs' own protection for the athlete).
  it.each([
    [false, 13],
    [true, 15],
  ])('costs the same Sheets calls for every athlete (email %s: %i)', (email, perAthlete) => {
    const callsFor = (count: number) => {
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
    const [ten, twenty, thirty] = [10, 20, 30].map(callsFor) as [number, number, number];
    expect(thirty - twenty).toBe(twenty - ten);
    expect((thirty - ten) / 20).toBe(perAthlete);
  });

  it('stops at an athlete before Google’s 6 minutes run out, says so, and the next run goes on', () => {
    // Google's wall time, modelled: every service call takes 400 ms.
    let rt: ReturnType<typeof addOn> | undefined;
    const start = Date.UTC(2026, 11, 2, 9);
    rt = addOn({ now: () => new Date(start + (rt?.calls.serviceTotal() ?? 0) * 400) });
    const names = Array.from({ length: 60 }, (_, i) => `Athlete ${i + 1}`);
    roster(
      rt,
      names.map((n) => row(n)),
    );
    rt.calls.reset();
    rt.call('generateForRoster');
    const first = rt.ui.alerts.at(-1)?.prompt ?? '';
    const made = Number(/^Created (\d+):/.exec(first)?.[1]);
    expect(made).toBeGreaterThan(10);
    expect(made).toBeLessThan(60);
    expect(first).toMatch(
      new RegExp(`\nNot yet ${60 - made}: Athlete ${made + 1}, .*run Generate for roster again`),
    );
    // Within 4½ minutes of calls, the dashboard included: well inside Google's 6.
    expect(rt.calls.serviceTotal() * 400).toBeLessThan(5 * 60 * 1000);
    expect(rt.values("'Dashboard'!A2:A100").filter(([a]) => a !== '')).toHaveLength(made);
    rt.calls.reset();
    rt.call('generateForRoster');
    const second = rt.ui.alerts.at(-1)?.prompt ?? '';
    expect(second).toMatch(new RegExp(`^Created ${60 - made}: Athlete ${made + 1}, `));
    expect(second).toMatch(new RegExp(`\nSkipped ${made} \\(a tab exists`));
    expect(second).not.toMatch(/Not yet/);
    const tabs = rt.spreadsheet.getSheets().map((s) => s.getName());
    for (const name of names) expect(tabs).toContain(name);
  });
});
