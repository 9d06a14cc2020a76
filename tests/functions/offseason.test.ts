import { describe, expect, it } from 'vitest';
import type { Arg, Cell } from '../../src/functions/cell';
import { runCustomFunction } from '../../src/functions/run';

const OFFSEASON = (...args: Arg[]) => runCustomFunction('OFFSEASON', args) as Cell[][];

describe('OFFSEASON', () => {
  it('spills a header and one row per exercise per session', () => {
    expect(OFFSEASON(4, 2)).toHaveLength(1 + 72);
    expect(OFFSEASON(6, 3)).toHaveLength(1 + 162);
    expect(OFFSEASON(5, 3)).toHaveLength(1 + 135);
  });

  it('lists week, session, workout, block, rounds, exercise, prescription and load kind', () => {
    const [header, first, , third] = OFFSEASON(4, 2);
    expect(header).toEqual([
      'Week',
      'Session',
      'Workout',
      'Block',
      'Rounds',
      'Exercise',
      'Prescription',
      'Load kind',
    ]);
    expect(first).toEqual([1, 1, 'A', 'Plyo set', 4, 'Box Jump', '4', 'box']);
    expect(third).toEqual([1, 1, 'A', 'Main lift', 4, 'Squat', '5', 'dumbbells']);
  });

  it('adds dates from a start date, as a date, a serial number or ISO text', () => {
    for (const start of [new Date(2027, 0, 4), 46391, '2027-01-04']) {
      const rows = OFFSEASON(4, 3, start);
      expect(rows[0]?.[2]).toBe('Date');
      expect(rows[1]?.[2]).toEqual(new Date(2027, 0, 4));
      expect(rows.at(-1)?.[2]).toEqual(new Date(2027, 0, 29));
    }
  });

  it('alternates ABA and BAB on three days', () => {
    const workouts = OFFSEASON(4, 3)
      .slice(1)
      .filter((row) => row[3] === 'Main lift')
      .map((row) => row[2]);
    expect(workouts.join('')).toBe('ABABABABABAB');
  });

  it('takes a program by name: In-season runs 1–2 days of A and B with no plyos, up to 12 weeks', () => {
    const rows = OFFSEASON(4, 2, '', 'In-season');
    expect(rows).toHaveLength(1 + 8 * 7);
    expect(rows.slice(1).some((row) => row[3] === 'Plyo set')).toBe(false);
    expect(rows[1]).toEqual([1, 1, 'A', 'Main lift', 3, 'Squat', '12', 'dumbbells']);
    const once = OFFSEASON(12, 1, undefined, ' in-SEASON ');
    expect(once).toHaveLength(1 + 12 * 7);
    expect(
      once
        .filter((row) => row[3] === 'Main lift')
        .map((row) => row[2])
        .join(''),
    ).toBe('ABABABABABAB');
  });

  it('takes Base for 2 and 3 days, with rep ranges on its loaded lifts', () => {
    const rows = OFFSEASON(4, 3, '2027-01-04', 'Base');
    expect(rows[0]?.[2]).toBe('Date');
    expect(rows[1]?.slice(3)).toEqual(['A', 'Main lift', 3, 'Squat', '8–12', 'dumbbells']);
    expect(OFFSEASON(4, 2, undefined, 'Base')).toHaveLength(1 + 8 * 7);
  });

  it.each([
    [[7, 2], 'OFFSEASON: weeks must be 4, 5 or 6 for Offseason; got 7.'],
    [[13, 2], 'OFFSEASON: weeks must be 4 to 12; got 13.'],
    [[4, 1], 'OFFSEASON: days_per_week must be 2 or 3 for Offseason; got 1.'],
    [[4, 3, '', 'In-season'], 'OFFSEASON: days_per_week must be 1 or 2 for In-season; got 3.'],
    [
      [4, 2, '', 'Hills'],
      'OFFSEASON: program must be "Offseason", "In-season" or "Base"; got "Hills".',
    ],
    [
      [4, 2, 'soon'],
      'OFFSEASON: start_date must be a date, or text like "2027-01-04"; got "soon".',
    ],
    [[[[4], [5]], 2], 'OFFSEASON: weeks must be a single value, not a range.'],
    [['', 2], 'OFFSEASON: weeks is required.'],
  ] as [Arg[], string][])('refuses %j', (args, message) => {
    expect(() => OFFSEASON(...args)).toThrow(message);
  });
});
