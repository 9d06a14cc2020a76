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

  it.each([
    [[7, 2], 'OFFSEASON: weeks must be 4, 5 or 6; got 7.'],
    [[4, 1], 'OFFSEASON: days_per_week must be 2 or 3; got 1.'],
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
