import { describe, expect, it } from 'vitest';
import { runCustomFunction } from '../../src/functions/run';

/** Another script calling the functions passes what Sheets never does: null, objects, lists. */
const run = (name: string, ...args: unknown[]) =>
  runCustomFunction(name, args as Parameters<typeof runCustomFunction>[1]);

describe('arguments from another script', () => {
  it.each([
    ['NEXTLOAD', [null, 2], 'NEXTLOAD: load is required.'],
    ['NEXTLOAD', [100, null], 'NEXTLOAD: rir is required.'],
    ['E1RM', [null, 5], 'E1RM: load is required.'],
    ['E1RM', [100, null], 'E1RM: reps is required.'],
    ['LOADFOR', [null, 5], 'LOADFOR: e1rm is required.'],
    ['OFFSEASON', [null, 2], 'OFFSEASON: weeks is required.'],
  ])('%s(%j) names its own missing argument', (name, args, message) => {
    expect(() => run(name, ...args)).toThrow(message);
  });

  it('reads null for an optional argument as left out', () => {
    expect(run('NEXTLOAD', 100, 3, null, null, 'kg')).toBe(105);
    expect(run('E1RM', 100, 8, 2, null)).toBe(135.3);
    expect(run('LOADFOR', 135.3, 8, null, null, null)).toBe(run('LOADFOR', 135.3, 8));
  });

  it.each([
    [
      [[[100], [null]], 2],
      /^NEXTLOAD: load \(row 2, column 1 of the range\) must be .*; got null\.$/,
    ],
    [[{ load: 100 }, 2], /^NEXTLOAD: load must be .*; got a value of type object\.$/],
    [[[100, 110], 2], 'NEXTLOAD: load must be a single value or a range (rows of equal length).'],
    [
      [[[100], [110, 120]], 2],
      'NEXTLOAD: load must be a single value or a range (rows of equal length).',
    ],
    [[[], 2], 'NEXTLOAD: load must be a single value or a range (rows of equal length).'],
  ])('refuses %j with its own message', (args, message) => {
    expect(() => run('NEXTLOAD', ...args)).toThrow(message);
  });
});
