import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, withReference } from '../../scripts/readme';
import { runCustomFunction } from '../../src/functions/run';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';

describe('the function reference', () => {
  it('in README.md is the one generated from the table (run `npm run docs` after changing it)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(withReference(readme));
  });

  it('gives examples that hold', () => {
    for (const fn of CUSTOM_FUNCTIONS) {
      for (const { formula, result } of fn.examples) {
        const literal = /^=\w+\(([^:]*)\)$/.exec(formula);
        if (!literal?.[1] || /[A-Z]\(/.test(literal[1])) continue; // ranges and nested calls: tested elsewhere
        // An empty argument (`4, 2, , "Base"`) reaches a custom function as a blank, ''.
        const args = JSON.parse(`[${literal[1].replace(/(^|,)\s*(?=,|$)/g, '$1""')}]`);
        const value = runCustomFunction(fn.name, args);
        expect(Array.isArray(value) ? `${value.length} rows` : String(value), formula).toBe(
          /^\d+ rows/.test(result) ? result.split(':')[0] : result,
        );
      }
    }
  });
});
