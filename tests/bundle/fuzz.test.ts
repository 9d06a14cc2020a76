import vm from 'node:vm';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { loadBundle } from '../support/bundle';
import { cellArbitraries, checkOutcome } from '../support/fuzz';

describe('fuzzing every custom function in dist/Code.js', () => {
  const context = loadBundle();
  const { args } = cellArbitraries(context);
  for (const fn of CUSTOM_FUNCTIONS) {
    it(`${fn.name}: 10,000 runs give only numbers, blanks or clear errors`, () => {
      const declared = vm.runInContext(fn.name, context) as (...a: unknown[]) => unknown;
      fc.assert(
        fc.property(args(fn.params.length), (values) => {
          checkOutcome(fn.name, () => declared(...values), fn.shape === 'table');
        }),
        { numRuns: 10_000 },
      );
    });
  }
});
