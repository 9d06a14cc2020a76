import { describe, expect, it } from 'vitest';
import type { Arg } from '../../src/functions/cell';
import { runCustomFunction } from '../../src/functions/run';

const NEXTLOAD = (...args: Arg[]) => runCustomFunction('NEXTLOAD', args);

describe('NEXTLOAD', () => {
  it.each([
    [[100, 2], 105],
    [[100, 3], 110],
    [[100, 5], 110],
    [[100, ''], 105],
    [[100, 1], 100],
    [[100, 1.5], 100],
    [[100, 0], 95],
    [[200, 0], 190],
    [[20, 2, 'upper'], 22.5],
    [[20, 4, 'upper'], 25],
    [[20, 0, 'upper'], 17.5],
    [[40, 2, 'upper', 2, 'kg'], 41],
    [[40, 3, 'lower', 2, 'kg'], 45],
    [[100, 3, 7.5], 115],
    [[101, 2], 105],
    [[100, 3, 'lower', 3], 105],
  ] as [Arg[], number][])('NEXTLOAD(%j) = %d', (args, expected) => {
    expect(NEXTLOAD(...args)).toBe(expected);
  });

  it('works element by element over parallel ranges', () => {
    expect(NEXTLOAD([[100], [20]], [[2], [4]], [['lower'], ['upper']])).toEqual([[105], [25]]);
  });

  it('applies a single value to every element of a range', () => {
    expect(NEXTLOAD([[100, 200]], 0)).toEqual([[95, 190]]);
  });

  it('gives blank for a blank load, in a range too', () => {
    expect(NEXTLOAD('', 2)).toBe('');
    expect(NEXTLOAD([[100], ['']], [[2], [2]])).toEqual([[105], ['']]);
  });

  it('reads loads written as text with a unit, and converts to the unit asked for', () => {
    expect(NEXTLOAD('135 lb', 2)).toBe(140);
    expect(NEXTLOAD('60kg', 2)).toBe(62.5);
    expect(NEXTLOAD('60 kg', 2, 'lower', 2, 'lb')).toBe(137.5);
  });

  it('never goes below zero', () => {
    expect(NEXTLOAD(2.5, 0)).toBe(0);
  });

  it.each([
    [['abc', 2], /NEXTLOAD: load must be from 0 to 10000, as a number.*got "abc"/],
    [[-5, 2], /NEXTLOAD: load .*got -5/],
    [[100, -1], /NEXTLOAD: rir must be from 0 to 10, in steps of 0.5; got -1/],
    [[100, 2, 'sideways'], /NEXTLOAD: body must be "upper", "lower".*got "sideways"/],
    [[100, 2, 'lower', 2, 'stone'], /NEXTLOAD: unit must be "lb" or "kg"; got "stone"/],
    [[100, 2, 'lower', 2, 'lb', 0], /NEXTLOAD: step must be from 0.01 to 100; got 0/],
    [[true, 2], /NEXTLOAD: load .*got TRUE/],
    [[new Date(2026, 0, 1), 2], /NEXTLOAD: load .*got a date/],
    [[100], /NEXTLOAD: rir is required/],
  ] as [Arg[], RegExp][])('refuses %j with a clear message', (args, message) => {
    expect(() => NEXTLOAD(...args)).toThrow(message);
  });

  it('names the cell of a range that is wrong', () => {
    expect(() => NEXTLOAD([[100], ['x']], 2)).toThrow(/load \(row 2, column 1 of the range\)/);
  });

  it('names both shapes when ranges differ', () => {
    expect(() => NEXTLOAD([[100], [90], [80]], [[2], [2]])).toThrow(
      'NEXTLOAD: load is 3×1 but rir is 2×1; give ranges of the same shape, or a single value.',
    );
  });

  it('refuses too many arguments', () => {
    expect(() => NEXTLOAD(100, 2, 'lower', 2, 'lb', 2.5, 1)).toThrow(/at most 6 arguments/);
  });
});
