import { describe, expect, it } from 'vitest';
import type { Arg } from '../../src/functions/cell';
import { runCustomFunction } from '../../src/functions/run';

const E1RM = (...args: Arg[]) => runCustomFunction('E1RM', args);
const LOADFOR = (...args: Arg[]) => runCustomFunction('LOADFOR', args);

describe('E1RM', () => {
  it('reads the RTS chart by default', () => {
    expect(E1RM(100, 8, 2)).toBeCloseTo(135.3, 1);
    expect(E1RM(100, 5)).toBeCloseTo(115.9, 1);
    expect(E1RM(100, 1)).toBe(100);
  });

  it('offers Epley and Brzycki', () => {
    expect(E1RM(100, 8, 2, 'epley')).toBeCloseTo(133.3, 1);
    expect(E1RM(100, 10, 0, 'brzycki')).toBeCloseTo(133.3, 1);
  });

  it('follows Epley past the chart without a jump', () => {
    expect(E1RM(100, 12, 3.5)).toBeCloseTo(170.6, 1);
    expect(E1RM(100, 12, 4)).toBeCloseTo(172.5, 1);
  });

  it('works over ranges and leaves blanks blank', () => {
    expect(E1RM([[100], ['']], [[8], [8]], 2)).toEqual([[135.3], ['']]);
  });

  it.each([
    [[100, 0], /E1RM: reps must be from 1 to 30; got 0/],
    [[100, 25, 10], /E1RM: reps \+ rir must be at most 30; got 35/],
    [[100, 5, 0, 'guess'], /E1RM: method must be "rts", "epley" or "brzycki"; got "guess"/],
  ] as [Arg[], RegExp][])('refuses %j', (args, message) => {
    expect(() => E1RM(...args)).toThrow(message);
  });
});

describe('LOADFOR', () => {
  it('inverts E1RM and rounds to the step', () => {
    expect(LOADFOR(135.3, 8, 2)).toBe(100);
    expect(LOADFOR('100 kg', 5, 2, 'kg')).toBe(81);
    expect(LOADFOR(200, 5, 2, 'lb', 5)).toBe(160);
  });

  it('defaults to two reps in reserve', () => {
    expect(LOADFOR(135.3, 8)).toBe(LOADFOR(135.3, 8, 2));
  });
});
