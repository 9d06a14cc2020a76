import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { bundleSource, loadBundle } from '../support/bundle';

describe('dist/Code.js', () => {
  const source = bundleSource();

  it('is a plain script: no import or export', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(source)).not.toThrow();
  });

  it('declares each custom function at top level, with its JSDoc and named parameters', () => {
    for (const fn of CUSTOM_FUNCTIONS) {
      const params = fn.params.map((p: { name: string }) => p.name);
      const stub = new RegExp(
        String.raw`/\*\*\n \* ${escapeRegExp(fn.summary)}\n(?: \*.*\n)*? \* @customfunction\n \*/\nfunction ${fn.name}\(${params.join(', ')}\) \{`,
      );
      expect(source).toMatch(stub);
      for (const param of params)
        expect(source).toMatch(new RegExp(String.raw`@param \{any\} ${param} `));
    }
  });

  it('has no top-level const or let (Apps Script would not see them) and a lazy library', () => {
    expect(source).not.toMatch(/^(const|let) /m);
    const context = loadBundle();
    expect(vm.runInContext('typeof offseason_cache', context)).toBe('undefined');
    expect(vm.runInContext('NEXTLOAD(100, 2)', context)).toBe(105);
    expect(vm.runInContext('typeof offseason_cache', context)).toBe('object');
  });

  it('keeps its functions’ own names for stack traces, though local names are shortened', () => {
    const context = loadBundle();
    let stack = '';
    try {
      vm.runInContext('NEXTLOAD("abc", 2)', context);
    } catch (error) {
      stack = String((error as Error).stack);
    }
    expect(stack).toMatch(/\n\s+at call \(Code\.js:\d+:\d+\)\n\s+at Object\.runCustomFunction /);
  });

  it('computes the issue’s values through the top-level functions', () => {
    const context = loadBundle();
    const run = (code: string) => vm.runInContext(code, context);
    expect(run('NEXTLOAD(100, 3)')).toBe(110);
    expect(run('NEXTLOAD(40, 2, "upper", 2, "kg")')).toBe(41);
    expect(run('NEXTLOAD([[100], [20]], [[2], [4]], [["lower"], ["upper"]])')).toEqual([
      [105],
      [25],
    ]);
    expect(run('E1RM(100, 8, 2)')).toBeCloseTo(135.3, 1);
    expect(run('LOADFOR(135.3, 8, 2)')).toBe(100);
    expect(run('OFFSEASON(6, 3).length')).toBe(163);
    expect(() => run('NEXTLOAD("abc", 2)')).toThrow(/NEXTLOAD: load/);
  });

  it('answers another script’s null with the function’s own words, as Sheets would a blank', () => {
    const context = loadBundle();
    const run = (code: string) => vm.runInContext(code, context);
    expect(() => run('NEXTLOAD(null, 2)')).toThrow('NEXTLOAD: load is required.');
    expect(() => run('NEXTLOAD(100, null)')).toThrow('NEXTLOAD: rir is required.');
    expect(() => run('E1RM(100, null)')).toThrow('E1RM: reps is required.');
    expect(() => run('LOADFOR(null, 5)')).toThrow('LOADFOR: e1rm is required.');
    expect(() => run('OFFSEASON(null, 2)')).toThrow('OFFSEASON: weeks is required.');
    expect(run('NEXTLOAD(100, 3, null, null, "kg")')).toBe(105);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
