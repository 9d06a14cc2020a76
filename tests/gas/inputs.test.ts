import { describe, expect, it } from 'vitest';
import { accepts, LOAD, REPS, RIR, SECONDS, STEP } from '../../src/core/inputs';
import { readSpec } from '../../src/core/options';
import type { Problem } from '../../src/core/problem';
import { PROGRAMS } from '../../src/core/programs';
import { readSet } from '../../src/sheet/save';
import { addOn, options, tab } from '../support/runtime';

/**
 * One rule for a value everywhere: a number the grid's data validation takes is one the sidebar
 * saves, the generate form takes (target RIR) and the custom functions read, and every refusal
 * is worded once.
 */
const squat = 'W1 · S1 · Squat';
const plank = 'W1 · S1 · Copenhagen Side Plank';

function program() {
  const rt = addOn();
  rt.runFromClient('generateProgram', options());
  const sheet = rt.spreadsheet.insertSheet('Scratch').getName();
  return { rt, ana: tab(rt, 'Ana'), scratch: (a1: string) => `'${sheet}'!${a1}` };
}

const sidebarTakes = (field: 'load' | 'reps' | 'rir', value: number, hold = false) => {
  const problems: Problem[] = [];
  readSet({ [field]: value }, hold ? 'hold' : 'load', 'Squat, set 1', 'k|0', problems);
  return problems.length === 0;
};

const CANDIDATES = [-1, -0.5, 0, 0.01, 0.5, 1, 2, 2.3, 2.5, 2.75, 9.5, 10, 10.5, 11, 49.5, 50, 51];

describe('one rule for each value', () => {
  const { rt, ana, scratch } = program();
  const gridTakes = (key: string, column: 'load' | 'reps' | 'rir', value: number) => {
    const result = rt.edit(ana.a1(key, column), value);
    return result.ok;
  };
  const functionTakes = (formula: string) => {
    rt.edit(scratch('A1'), formula);
    return typeof rt.values(scratch('A1'))[0]?.[0] === 'number';
  };

  it.each(CANDIDATES)('RIR %s: the grid, the sidebar, NEXTLOAD and the form agree', (rir) => {
    const expected = accepts(RIR, rir);
    expect(gridTakes(squat, 'rir', rir)).toBe(expected);
    const targetRir = ana.a1('settings · targetRir', 'prescription');
    expect(rt.edit(targetRir, rir).ok).toBe(expected);
    rt.edit(targetRir, 2);
    expect(sidebarTakes('rir', rir)).toBe(expected);
    expect(functionTakes(`=NEXTLOAD(100,${rir})`)).toBe(expected);
    expect(functionTakes(`=NEXTLOAD(100,2,"lower",${rir})`)).toBe(expected);
    expect(functionTakes(`=E1RM(100,5,${rir})`)).toBe(expected);
    expect(readSpec(options({ targetRir: rir }), PROGRAMS).problems).toHaveLength(expected ? 0 : 1);
  });

  it.each(CANDIDATES)('reps and seconds %s: the grid and the sidebar agree', (n) => {
    expect(gridTakes(squat, 'reps', n)).toBe(accepts(REPS, n));
    expect(sidebarTakes('reps', n)).toBe(accepts(REPS, n));
    expect(gridTakes(plank, 'reps', n)).toBe(accepts(SECONDS, n));
    expect(sidebarTakes('reps', n, true)).toBe(accepts(SECONDS, n));
  });

  it.each([-1, 0, 2.5, 10_000, 10_000.5])(
    'load %s: the grid, the sidebar and NEXTLOAD agree',
    (n) => {
      expect(gridTakes(squat, 'load', n)).toBe(accepts(LOAD, n));
      expect(sidebarTakes('load', n)).toBe(accepts(LOAD, n));
      expect(functionTakes(`=NEXTLOAD(${n},2)`)).toBe(accepts(LOAD, n));
    },
  );

  it.each([0, 0.005, 0.01, 2.5, 100, 101])(
    'step %s: the settings cell, the form and NEXTLOAD agree',
    (n) => {
      expect(rt.edit(ana.a1('settings · step', 'prescription'), n).ok).toBe(accepts(STEP, n));
      expect(readSpec(options({ step: n }), PROGRAMS).problems).toHaveLength(
        accepts(STEP, n) ? 0 : 1,
      );
      expect(functionTakes(`=NEXTLOAD(100,2,"lower",2,"lb",${n})`)).toBe(accepts(STEP, n));
    },
  );

  it('refuses RIR 2.3 in the target RIR setting, as everywhere else', () => {
    const cell = ana.a1('settings · targetRir', 'prescription');
    expect(rt.edit(cell, 2.3)).toMatchObject({
      ok: false,
      message: 'Target RIR from 0 to 10, in steps of 0.5.',
    });
    expect(rt.edit(cell, 2.5).ok).toBe(true);
  });

  it('words each refusal once', () => {
    const problems: Problem[] = [];
    readSet({ load: -1, reps: 2.5, rir: 2.3 }, 'load', 'Squat, set 1', 'k|0', problems);
    expect(problems.map((p) => p.message)).toEqual([
      'Squat, set 1: load must be from 0 to 10000',
      'Squat, set 1: reps must be a whole number from 0 to 50',
      'Squat, set 1: RIR must be from 0 to 10, in steps of 0.5',
    ]);
    rt.edit(scratch('A1'), '=NEXTLOAD(100,2.3)');
    expect(rt.errorMessage(scratch('A1'))).toBe(
      'NEXTLOAD: rir must be from 0 to 10, in steps of 0.5; got 2.3.',
    );
    rt.edit(scratch('A1'), '=OFFSEASON(7,2)');
    expect(rt.errorMessage(scratch('A1'))).toBe(
      'OFFSEASON: weeks must be 4, 5 or 6 for Offseason; got 7.',
    );
    for (const message of [...problems.map((p) => p.message)]) {
      const words = message.toLowerCase().match(/[a-z]+/g) ?? [];
      const nouns = words.filter((w) => ['load', 'reps', 'rir', 'weeks', 'seconds'].includes(w));
      expect(new Set(nouns).size, message).toBe(nouns.length);
    }
  });
});
