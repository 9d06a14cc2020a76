import { describe, expect, it } from 'vitest';
import { SEED_WORKOUTS } from '../../src/core/catalog';
import { WEEKDAYS, weekdayIndex } from '../../src/core/dates';
import { formatPrescription } from '../../src/core/exercise';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { cellOf } from '../../src/sheet/tab';
import {
  builderCalls,
  chartCalls,
  GENERATE_CALLS,
  protectionCalls,
  sheetsCalls,
} from '../support/calls';
import { addOn, msg, options, tab } from '../support/runtime';

const seedOutline = (workout: string) =>
  SEED_WORKOUTS.find((w) => w.id === workout)?.blocks.flatMap((b) =>
    b.exercises.map(
      (e) => `${b.name}|${b.rounds} × ${formatPrescription(e.prescription)}|${e.name}`,
    ),
  );

describe('generateProgram', () => {
  for (const weeks of [4, 5, 6]) {
    for (const daysPerWeek of [2, 3]) {
      it(`lays out exactly the seed program for ${weeks} weeks × ${daysPerWeek} days`, () => {
        const rt = addOn();
        const weekdays = daysPerWeek === 3 ? ['Mon', 'Wed', 'Fri'] : ['Tue', 'Fri'];
        expect(
          rt.runFromClient('generateProgram', options({ weeks, daysPerWeek, weekdays })),
        ).toEqual({ sheetName: 'Ana' });
        const rows = tab(rt, 'Ana').rows();
        const sessions = rows.filter((r) => r.kind === 'session');
        expect(sessions).toHaveLength(weeks * daysPerWeek);
        const workouts = sessions
          .map((s) => /Workout (\w)/.exec(String(cellOf(s, 'exercise')))?.[1])
          .join('');
        expect(workouts).toBe(
          Array.from({ length: weeks * daysPerWeek }, (_, i) => (i % 2 ? 'B' : 'A')).join(''),
        );
        for (const session of sessions) {
          const own = rows.filter(
            (r) =>
              r.key.startsWith(`${session.key} · `) &&
              ['load', 'hold', 'reps', 'fixed'].includes(r.kind),
          );
          const outline = own.map(
            (r) => `${cellOf(r, 'block')}|${cellOf(r, 'prescription')}|${cellOf(r, 'exercise')}`,
          );
          const workout = /Workout (\w)/.exec(String(cellOf(session, 'exercise')))?.[1] ?? '';
          expect(outline).toEqual(seedOutline(workout));
        }
        expect(
          rows
            .filter((r) => r.kind === 'block')
            .map((r) => cellOf(r, 'exercise'))
            .slice(0, 4),
        ).toEqual([
          'Plyo set — 4 rounds, rest 2–3 min',
          'Main lift — 4 rounds, rest 2–3 min',
          'Strength set 1 — 3 rounds, rest 2–3 min',
          'Strength set 2 — 3 rounds, rest 2–3 min',
        ]);
        const dates = sessions.map((s) => String(cellOf(s, 'date')));
        for (let i = 1; i < dates.length; i++) {
          const gap =
            (Date.parse(dates[i] as string) - Date.parse(dates[i - 1] as string)) / 86_400_000;
          expect(gap).toBeGreaterThanOrEqual(2);
        }
        expect(dates.map((d) => WEEKDAYS[weekdayIndex(d)]).slice(0, daysPerWeek)).toEqual(weekdays);
      });
    }
  }

  // The README's "How many fit": 5,339 cells for 6 × 3, 2,679 for 4 × 2. The rows of sessions
  // and settings, then the progress section: its header and 18 rows.
  it.each([
    [options(), 262, 281],
    [options({ weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] }), 122, 141],
  ])(
    'keeps only the rows and columns it uses (%#: the last session row %i, %i × 19)',
    (spec, last, rows) => {
      const rt = addOn();
      rt.runFromClient('generateProgram', spec);
      const sheet = rt.spreadsheet.getSheetByName('Ana');
      expect([sheet?.getMaxRows(), sheet?.getMaxColumns()]).toEqual([rows, 19]);
      expect(rt.values(`'Ana'!A${last}`)[0]?.[0]).toBe('Wood Chop');
    },
  );

  it('never overwrites: a second tab for the same athlete gets a new name and the first stays byte-for-byte', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    tab(rt, 'Ana').type('W1 · S1 · Squat', 'rir', 3);
    const before = JSON.stringify(rt.serialize().sheets.find((s) => s.name === 'Ana'));
    expect(rt.runFromClient('generateProgram', options({ weeks: 4 }))).toEqual({
      sheetName: 'Ana (2)',
    });
    expect(JSON.stringify(rt.serialize().sheets.find((s) => s.name === 'Ana'))).toBe(before);
  });

  it.each([
    [{ weeks: 7 }, 'weeks: must be 4, 5 or 6'],
    [{ daysPerWeek: 1 }, 'daysPerWeek: must be 2 or 3'],
    [
      { weekdays: ['Mon', 'Tue', 'Fri'] },
      'weekdays: Mon and Tue are back to back: leave at least one rest day between lifting days',
    ],
    [{ startingLoads: { Squat: -5 } }, 'startingLoads.Squat: must be from 0 to 10000'],
    [{ athlete: '  ' }, 'athlete: enter the athlete’s name'],
    [
      { startingLoads: { 'Leg Press': 100 } },
      'startingLoads.Leg Press: "Leg Press" is not an exercise of this program',
    ],
    [{ startDate: '2027-02-30' }, 'startDate: enter a date as YYYY-MM-DD'],
    [{ units: 'stone' }, 'units: must be lb or kg'],
  ])('refuses %j with a message naming the field, and writes nothing', (bad, message) => {
    const rt = addOn();
    const before = JSON.stringify(rt.serialize());
    rt.calls.reset();
    expect(() => rt.runFromClient('generateProgram', options(bad))).toThrow(message);
    expect(JSON.stringify(rt.serialize())).toBe(before);
    const writes = Object.keys(rt.calls.snapshot()).filter((call) =>
      /\.(set|insert|add|delete|append|protect)/.test(call),
    );
    expect(writes).toEqual([]);
  });

  it('reports every problem at once', () => {
    const rt = addOn();
    expect(() =>
      rt.runFromClient('generateProgram', options({ weeks: 7, daysPerWeek: 1, athlete: '' })),
    ).toThrow(/athlete: .*\nweeks: .*\ndaysPerWeek: /);
  });

  it('names a tab that clashes with the add-on’s own tabs differently', () => {
    const rt = addOn();
    expect(rt.runFromClient('generateProgram', options({ athlete: 'Log' }))).toEqual({
      sheetName: 'Log (2)',
    });
  });

  // 22: 12 for the tab (the spreadsheet; Template and the prototype looked up by name; insert
  // from the prototype under the athlete's name, show, trim; the gid for the jump link; one
  // range list (getRangeList, getRanges) holding the tab's range, its inputs' and its chart's
  // table; number formats, notes, wraps and values in the tab's range; the program marker), 6
  // for the coach and the protections (owner; protect, open the inputs, editors, narrow them,
  // domain) and 2 for its progress chart (newChart, insertChart). docs/ARCHITECTURE.md says why
  // each.
  it('writes a tab with 22 Sheets calls (2 for its chart) and no rule builder, whatever the block length', () => {
    const counts = [
      options({ weeks: 6, daysPerWeek: 3 }),
      options({ weeks: 4, daysPerWeek: 2, weekdays: ['Tue', 'Fri'] }),
    ].map((o) => {
      const rt = addOn();
      rt.runFromClient('generateProgram', { ...o, athlete: 'First' });
      rt.calls.reset();
      rt.runFromClient('generateProgram', o);
      const calls = rt.calls.snapshot();
      const chart = chartCalls(calls);
      // Every Sheets call has its reason in the table `npm run bench` prints.
      const unexplained = Object.keys(calls).filter(
        (call) => sheetsCalls({ [call]: 1 }) > 0 && !(call in GENERATE_CALLS),
      );
      expect(unexplained).toEqual([]);
      return [
        sheetsCalls(calls),
        protectionCalls(calls),
        builderCalls(calls),
        chart.sheets,
        chart.builder,
        calls['Sheet.getRange'] ?? 0,
      ];
    });
    expect(counts[0]).toEqual(counts[1]);
    // The chart: newChart and insertChart (its table's range comes in the tab's range list); its
    // builder's 10 are local. Three ranges, one range list: no getRange at all.
    expect(counts[0]).toEqual([22, 6, 0, 2, 10, 0]);
  });

  it('tries the athlete’s name first: a taken one is refused by Google, then asked for, and the next tried', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    rt.calls.reset();
    expect(rt.runFromClient('generateProgram', options())).toEqual({ sheetName: 'Ana (2)' });
    const calls = rt.calls.snapshot();
    expect([calls['Spreadsheet.insertSheet'], calls['Spreadsheet.getSheetByName']]).toEqual([2, 3]);
    expect(sheetsCalls(calls)).toBe(24);
  });

  it('throws any other refusal of the insert as Google words it, having asked, and adds no tab', () => {
    const rt = addOn();
    rt.call('showGenerateDialog');
    // Sheet1 grown until a copy of the prototype (1,000 × 19 cells) no longer fits in 10 million.
    rt.spreadsheet.getSheetByName('Sheet1')?.insertRowsAfter(1000, 382_500);
    const before = rt.spreadsheet.getSheets().map((s) => s.getName());
    rt.calls.reset();
    expect(() => rt.runFromClient('generateProgram', options())).toThrow(msg.cellLimit(10_000_000));
    expect(rt.calls.snapshot()['Spreadsheet.getSheetByName']).toBe(3);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
  });

  it('prepares the prototype once, when the form first opens, and gives the active tab back', () => {
    const rt = addOn();
    rt.call('showGenerateDialog');
    const prepared = rt.calls.snapshot();
    expect(sheetsCalls(prepared)).toBeLessThanOrEqual(52);
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    expect(rt.spreadsheet.getSheetByName(PROTOTYPE.name)?.isSheetHidden()).toBe(true);
    rt.calls.reset();
    rt.call('showGenerateDialog');
    // Later openings only look for the prototype and verify it is the coach's (2), beside what
    // the form always reads.
    expect(sheetsCalls(rt.calls.snapshot())).toBe(8);
    rt.calls.reset();
    rt.runFromClient('generateProgram', options());
    // The first tab then costs what any tab costs (22, its chart's 2 included).
    expect(sheetsCalls(rt.calls.snapshot())).toBe(22);
    // The copy of the hidden prototype, hidden too, is shown.
    expect(rt.spreadsheet.getSheetByName('Ana')?.isSheetHidden()).toBe(false);
  });

  it('prepares them itself when called without the form, and adds no tab but the athlete’s', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    // The prototype and the tab, its chart's 2 included.
    expect(sheetsCalls(rt.calls.snapshot())).toBeLessThanOrEqual(65);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      PROTOTYPE.name,
      'Ana',
    ]);
  });
});
