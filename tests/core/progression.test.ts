import { describe, expect, it } from 'vitest';
import { toFormula } from '../../src/core/expr';
import {
  incrementsFor,
  nextDouble,
  nextHold,
  nextLoad,
  nextLoadRule,
  nextReps,
  roundToStep,
} from '../../src/core/progression';

const lb = (load: number | '', rir: number | '', body: 'upper' | 'lower' = 'lower', target = 2) =>
  nextLoad({ load, rir, ...incrementsFor('lb', body), target, step: 2.5 });

describe('the load rule', () => {
  it('follows the table, row by row', () => {
    expect(lb(100, '')).toBe(105); // blank: + low
    expect(lb(100, 3)).toBe(110); // R ≥ T + 1: + high
    expect(lb(100, 2.5)).toBe(105); // T ≤ R < T + 1: + low
    expect(lb(100, 1)).toBe(100); // T − 1 ≤ R < T: hold
    expect(lb(100, 0.5)).toBe(95); // R < T − 1: − max(low, 5 %)
    expect(lb(300, 0)).toBe(285);
  });

  it('blank load stays blank, and nothing goes below zero', () => {
    expect(lb('', 2)).toBe('');
    expect(nextLoad({ load: 1, rir: 0, low: 5, high: 10, target: 2, step: 2.5 })).toBe(0);
  });

  it('has the seed increments', () => {
    expect(incrementsFor('lb', 'upper')).toEqual({ low: 2.5, high: 5 });
    expect(incrementsFor('lb', 'lower')).toEqual({ low: 5, high: 10 });
    expect(incrementsFor('kg', 'upper')).toEqual({ low: 1, high: 2.5 });
    expect(incrementsFor('kg', 'lower')).toEqual({ low: 2.5, high: 5 });
    expect(incrementsFor('kg', 3)).toEqual({ low: 3, high: 6 });
  });

  it('rounds to the step without floating-point dust', () => {
    expect(roundToStep(4.14, 0.1)).toBe(4.1);
    expect(roundToStep(101.25, 2.5)).toBe(102.5);
  });

  it('is emitted as one native formula over the cells it is given', () => {
    const formula = toFormula(nextLoadRule, {
      load: 'IF(F9="",E9,F9)',
      rir: 'H9',
      low: '$B$3',
      high: '$C$3',
      target: '$B$2',
      step: '$B$1',
    });
    expect(formula).toBe(
      'IF(IF(F9="",E9,F9)="","",ROUND(ROUND(MAX(0,IF(F9="",E9,F9)+IF(H9="",$B$3,IF(H9>=$B$2+1,$C$3,' +
        'IF(H9>=$B$2,$B$3,IF(H9>=$B$2-1,0,0-MAX($B$3,0.05*IF(F9="",E9,F9)))))))/$B$1,0)*$B$1,6))',
    );
    expect(formula).not.toMatch(/LET|LAMBDA|MROUND/);
  });
});

describe('holds and rep ranges', () => {
  it('add 5 s a week to a hold, and hold after a grinder', () => {
    expect(nextHold({ base: 30, rir: '', target: 2, increment: 5 })).toBe(35);
    expect(nextHold({ base: 30, rir: 1, target: 2, increment: 5 })).toBe(35);
    expect(nextHold({ base: 30, rir: 0.5, target: 2, increment: 5 })).toBe(30);
    expect(nextHold({ base: '', rir: 2, target: 2, increment: 5 })).toBe('');
  });

  it('add a rep a week up to the top of the range', () => {
    expect(nextReps({ base: 6, rir: 2, target: 2, increment: 1, top: 8 })).toBe(7);
    expect(nextReps({ base: 8, rir: 3, target: 2, increment: 1, top: 8 })).toBe(8);
    expect(nextReps({ base: 7, rir: 0, target: 2, increment: 1, top: 8 })).toBe(7);
  });
});

describe('double progression (Base: adds reps, then load)', () => {
  // Squat 8–12 at 20 lb, target RIR 3, lower-body low increment 5 lb.
  const next = (reps: number | '', rir: number | '', load: number | '' = 20) =>
    nextDouble({ load, reps, rir, target: 3, bottom: 8, top: 12, low: 5, increment: 1, step: 2.5 });

  it('adds a rep a week at the same load while below the top of the range', () => {
    expect(next(8, '')).toEqual({ reps: 9, load: 20 }); // not logged: one more rep
    expect(next(8, 4)).toEqual({ reps: 9, load: 20 });
    expect(next(10, 2)).toEqual({ reps: 11, load: 20 }); // T − 1 ≤ R: still a rep
    expect(next(11, 3)).toEqual({ reps: 12, load: 20 });
  });

  it('adds the low increment and starts from the bottom once the top is done at the target', () => {
    expect(next(12, 3)).toEqual({ reps: 8, load: 25 });
    expect(next(12, '')).toEqual({ reps: 8, load: 25 });
    expect(next(13, 5)).toEqual({ reps: 8, load: 25 });
  });

  it('stands still after a grinder, and holds the load when the top was reached below the target', () => {
    expect(next(10, 1)).toEqual({ reps: 10, load: 20 }); // R < T − 1
    expect(next(12, 2)).toEqual({ reps: 12, load: 20 }); // top, but R < T: not yet
  });

  it('repeats an appearance exactly with zero increments and bottom = reps (twice in a week)', () => {
    const again = (reps: number, rir: number | '') =>
      nextDouble({
        load: 21,
        reps,
        rir,
        target: 3,
        bottom: reps,
        top: 12,
        low: 0,
        increment: 0,
        step: 2.5,
      });
    expect(again(9, 3)).toEqual({ reps: 9, load: 20 });
    expect(again(12, 3)).toEqual({ reps: 12, load: 20 });
  });

  it('keeps a blank load blank while the reps still progress', () => {
    expect(next(9, 3, '')).toEqual({ reps: 10, load: '' });
    expect(next('', 3)).toEqual({ reps: '', load: 20 });
  });
});
