import { describe, expect, it } from 'vitest';
import { PROGRAMS } from '../../src/core/programs';
import { ROSTER_EXAMPLE, ROSTER_HEADER, ROSTER_HELP, readRoster } from '../../src/sheet/roster';

const header = [...ROSTER_HEADER];
const read = (...rows: unknown[][]) => readRoster([header, ...rows], PROGRAMS, '2026-12-02');

describe('the roster', () => {
  it('reads each row into generate options, with sensible defaults', () => {
    const { entries, problems } = read(
      [
        'Ana',
        'ana@example.com',
        'kg',
        '',
        4,
        2,
        new Date(2027, 0, 5),
        'Squat: 40; Romanian Deadlift: 50',
        'Tue Fri',
        'wed',
      ],
      ['Ben', '', '', '', 6, 3, '', '', '', ''],
    );
    expect(problems).toEqual([]);
    expect(
      entries.map((e) => [
        e.row,
        e.email,
        e.spec.athlete,
        e.spec.units,
        e.spec.step,
        e.spec.startDate,
        e.spec.weekdays,
        e.spec.runDays,
      ]),
    ).toEqual([
      [2, 'ana@example.com', 'Ana', 'kg', 0.5, '2027-01-05', ['Tue', 'Fri'], ['Wed']],
      [3, '', 'Ben', 'lb', 2.5, '2026-12-07', ['Mon', 'Wed', 'Fri'], []],
    ]);
    expect(entries[0]?.spec.startingLoads).toEqual({ Squat: 40, 'Romanian Deadlift': 50 });
  });

  it('reports bad rows by cell and keeps the good ones', () => {
    const { entries, problems } = read(
      ['', '', 'lb', '', 4, 2, '', '', '', ''],
      ['Cleo', 'not-an-email', 'stone', '', 7, 2, '', 'Squat 50', '', ''],
      ['Dev', '', '', '', 5, 2, '', 'Leg Press: 100', '', ''],
      ['Eve', '', '', '', 5, 2, '', '', '', ''],
    );
    expect(entries.map((e) => e.spec.athlete)).toEqual(['Eve']);
    expect(problems).toEqual([
      { field: 'Roster!A2', message: 'enter the athlete’s name' },
      {
        field: 'Roster!H3',
        message: 'starting loads must read like "Squat: 50; Romanian Deadlift: 65"',
      },
      { field: 'Roster!B3', message: 'is not an email address' },
      { field: 'Roster!E3', message: 'Weeks must be 4, 5 or 6 for Offseason' },
      { field: 'Roster!C3', message: 'Units must be lb or kg' },
      { field: 'Roster!H4', message: '"Leg Press" is not an exercise of this program' },
    ]);
  });

  it('skips the example row while it reads "e.g.", and reads it once a real name replaces it', () => {
    const example = [...ROSTER_EXAMPLE];
    expect(read(example).entries).toEqual([]);
    expect(read(example).problems).toEqual([]);
    // The example is a valid row: only its "e.g." keeps it out.
    const real = read(['Ana', ...example.slice(1)]);
    expect(real.problems).toEqual([]);
    expect(real.entries.map((e) => [e.spec.athlete, e.spec.units, e.spec.weeks])).toEqual([
      ['Ana', 'kg', 6],
    ]);
  });

  it('words the help Sheets shows on a refused cell as the problems it reports, per program', () => {
    const { problems } = read(['Cleo', '', 'stone', '', 7, 4, '', '', '', '']);
    const said = problems.map((p) => p.message);
    expect(said).toEqual(
      expect.arrayContaining([
        ROSTER_HELP.units,
        'Weeks must be 4, 5 or 6 for Offseason',
        'Days/week must be 2 or 3 for Offseason',
      ]),
    );
    expect(ROSTER_HELP.weeks).toBe('Weeks must be 4, 5 or 6 (In-season: 4 to 12)');
    expect(ROSTER_HELP.daysPerWeek).toBe('Days/week must be 2 or 3 (In-season: 1 or 2)');
    const inSeason = read(['Dee', '', 'kg', '', 13, 3, '', '', '', '', 'In-season']);
    expect(inSeason.problems.map((p) => p.message)).toEqual([
      'Weeks must be 4 to 12 for In-season',
      'Days/week must be 1 or 2 for In-season',
    ]);
  });
});
