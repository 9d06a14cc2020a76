import { describe, expect, it } from 'vitest';
import { TIME_LIMIT_MS } from '../../runtime/core/limits';
import { letter } from '../../src/sheet/columns';
import { PROTOTYPE, WORKING_COPY } from '../../src/sheet/prototype';
import { ROSTER_EXAMPLE, ROSTER_HELP } from '../../src/sheet/roster';
import { sheetsCalls } from '../support/calls';
import { rosterInRuns } from '../support/roster-runs';
import { addOn, COACH, roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';

const row = rosterRow;
const tabNames = (rt: ReturnType<typeof addOn>) =>
  rt.spreadsheet.getSheets().map((s) => s.getName());
const ANA = 'ana@example.com';

/** A tab as the runtime keeps it, without what only its identity changes (gid, registry id). */
function sheetOf(rt: ReturnType<typeof addOn>, name: string) {
  const {
    id: _,
    metadata: __,
    ...sheet
  } = rt.serialize().sheets.find((s) => s.name === name) ?? {
    id: 0,
    metadata: [],
  };
  return JSON.parse(
    JSON.stringify(sheet)
      .replace(/#gid=\d+/g, '#gid=…')
      .replace(/"sheetId":\d+/g, '"sheetId":0')
      // A chart's id is unique in the spreadsheet: it counts the Dashboard's charts made before.
      .replace(/"id":\d+/g, '"id":0'),
  );
}

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
        'Roster!E5: Weeks must be 4, 5 or 6 for Offseason',
        'Roster!C5: Units must be lb or kg',
      ].join('\n'),
    );
  });

  it('shows an example row in grey italics, which is never generated', () => {
    const rt = addOn();
    rt.call('createRoster');
    expect(rt.values("'Roster'!A2:K2")[0]).toEqual([...ROSTER_EXAMPLE]);
    expect(rt.formats("'Roster'!A2")[0]?.[0]).toMatchObject({
      fontStyle: 'italic',
      fontColor: '#5f6368',
    });
    rt.call('generateForRoster');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^Created 0: —/);
    expect(tabNames(rt)).not.toContain('e.g. Ana');
    // A refused value gets the words the report would use.
    expect(rt.edit("'Roster'!E3", 13)).toMatchObject({ ok: false, message: ROSTER_HELP.weeks });
    expect(rt.edit("'Roster'!E3", 8).ok).toBe(true);
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

  // Per athlete, where three or more of the run's tabs have the same rows (the same program,
  // length, days and running days, as a team's do): 11 — copied from the run's working copy,
  // already trimmed and carrying the rows' number formats, notes and wraps; one range list (two
  // calls) for the tab's range, its inputs' and its chart's table; its gid for the jump link;
  // its values; the program marker; the protections (issue 9: protect, open the inputs, narrow
  // the editors); and its progress chart (newChart, insertChart). +2 with an email (the inputs'
  // own protection, the athlete added). docs/ARCHITECTURE.md gives the floor and why.
  it.each([
    [false, 11],
    [true, 13],
  ])(
    'costs the same Sheets calls for every athlete of a team (email %s: %i)',
    (email, perAthlete) => {
      const [ten, twenty, thirty] = [10, 20, 30].map((n) => callsFor(n, email)) as [
        number,
        number,
        number,
      ];
      expect(thirty - twenty).toBe(twenty - ten);
      expect((thirty - ten) / 20).toBe(perAthlete);
    },
  );

  // Two tabs of one shape are copied from the prototype (shown once for the run): 4 more each
  // (trim, number formats, notes, wraps) than from a working copy, which would cost 10 to make.
  it.each([
    [false, 15],
    [true, 17],
  ])(
    'copies fewer than three tabs of one shape from the prototype (email %s: %i each)',
    (email, each) => {
      expect(callsFor(2, email) - callsFor(1, email)).toBe(each);
    },
  );

  it('makes the same tabs from a working copy as from the prototype, and deletes the copy however the run ends', () => {
    const names = ['Ana', 'Ben', 'Cleo'];
    const team = addOn();
    for (const user of [ANA, COACH]) team.setUser(user);
    roster(
      team,
      names.map((n) => row(n)),
    );
    // Ana types into the working copy between any two calls: it is the coach's before anything
    // is written into it, and what she typed before that is overwritten in every tab.
    const typed: boolean[] = [];
    team.between((call) => {
      if (call.phase === 'after' && team.spreadsheet.getSheetByName(WORKING_COPY))
        team.as(ANA, () => typed.push(team.edit(`'${WORKING_COPY}'!C30`, 999).ok));
    });
    team.call('generateForRoster');
    team.between(undefined);
    expect(team.ui.alerts.at(-1)?.prompt).toMatch(/^Created 3: Ana, Ben, Cleo/);
    expect(tabNames(team)).not.toContain(WORKING_COPY);
    // Typed in before the copy was protected, refused from then on.
    expect(typed.slice(0, 2)).toEqual([true, true]);
    expect(typed.slice(4)).not.toContain(true);
    // One at a time, each is copied from the prototype.
    const apart = addOn();
    names.forEach((name, i) => {
      if (i === 0) roster(apart, [row(name)]);
      else
        for (const [c, v] of row(name).entries())
          if (v !== '') apart.edit(`'Roster'!${letter(c + 1)}${i + 3}`, v);
      apart.call('generateForRoster');
    });
    for (const name of names) expect(sheetOf(team, name)).toEqual(sheetOf(apart, name));
    // Each tab inserts its own chart: the prototype and the working copy carry none, so whether
    // Google's insertSheet({template}) copies a sheet's charts (its reference does not say; this
    // runtime does) never matters.
    for (const name of names) expect(team.charts(name)).toHaveLength(1);
    expect(team.charts(PROTOTYPE.name)).toEqual([]);

    // A run that fails midway deletes its working copy too.
    const failing = addOn();
    roster(
      failing,
      ['Dan', 'Eve', 'Fay', 'Gus'].map((n) => row(n)),
    );
    let inserts = 0;
    let copyAtFailure = false;
    failing.between((call) => {
      if (call.name !== 'Spreadsheet.insertSheet' || call.phase !== 'after' || ++inserts !== 3)
        return;
      copyAtFailure = tabNames(failing).includes(WORKING_COPY);
      throw failing.serviceError();
    });
    expect(() => failing.call('generateForRoster')).toThrow();
    expect(copyAtFailure).toBe(true);
    failing.between(undefined);
    expect(tabNames(failing)).not.toContain(WORKING_COPY);
  });

  // Google's time, modelled by the runtime: every Sheets call takes `latency` ms on the clock the
  // add-on's budget reads and the runtime stops an execution at 6 minutes on.
  const inRuns = (athletes: number, latency: number) => {
    const result = rosterInRuns(athletes, latency);
    let done = 0;
    for (const { created, report } of result.runs) {
      // Each run goes on at the first athlete without a tab, and says who is left.
      expect(report).toMatch(new RegExp(`^Created ${created}: Athlete ${done + 1}(, |\n)`));
      expect(report).toMatch(new RegExp(`\nSkipped ${done} \\(a tab exists`));
      done += created;
      if (done < athletes)
        expect(report).toMatch(
          new RegExp(
            `\nNot yet ${athletes - done}: Athlete ${done + 1}, .*this one stopped after ${created} athletes: run Generate for roster again`,
          ),
        );
      else expect(report).not.toMatch(/Not yet/);
    }
    expect(done).toBe(athletes);
    return result;
  };

  /** Every athlete has one tab, whole: the same keyed rows as the first, and one dashboard row. */
  const expectEachOnceAndWhole = (rt: ReturnType<typeof addOn>, names: readonly string[]) => {
    const tabs = tabNames(rt);
    expect(tabs).not.toContain(WORKING_COPY);
    expect(tabs.filter((t) => /^Athlete \d+/.test(t)).sort()).toEqual([...names].sort());
    const keys = (name: string) =>
      tab(rt, name)
        .rows()
        .map((r) => r.key);
    const whole = keys(names[0] ?? '');
    for (const name of names) expect(keys(name), name).toEqual(whole);
    const listed = rt
      .values("'Dashboard'!A2:A200")
      .flat()
      .filter((a) => a !== '');
    expect([...listed].sort()).toEqual([...names].sort());
  };

  it.each([
    [30, 400, 1],
    [100, 400, 3],
  ])(
    '%i athletes at %i ms a Sheets call take %i run(s), each ending at an athlete before Google’s 6 minutes',
    (athletes, latency, expected) => {
      const { rt, names, runs } = inRuns(athletes, latency);
      expect(runs).toHaveLength(expected);
      for (const run of runs) {
        // The budget is 4½ minutes; the runtime would stop the run at 6 (and throw).
        expect(run.ms).toBeLessThan(TIME_LIMIT_MS.execution);
        if (run !== runs.at(-1)) expect(run.ms).toBeGreaterThan(4 * 60 * 1000);
      }
      expectEachOnceAndWhole(rt, names);
    },
  );

  it('stops a 30-athlete run at an athlete when calls are slow, and the next run ends it', () => {
    const { rt, names, runs } = inRuns(30, 1000);
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.ms).toBeLessThan(TIME_LIMIT_MS.execution);
    expectEachOnceAndWhole(rt, names);
  });
});
