import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { e1rmRule } from '../../src/core/e1rm';
import { type Expr, evaluate, toFormula, type Value } from '../../src/core/expr';
import {
  doubleLoadRule,
  doubleRepsRule,
  incrementsFor,
  nextHoldRule,
  nextLoadRule,
  nextRepsRule,
} from '../../src/core/progression';
import { defaultStep, type Unit } from '../../src/core/units';

/**
 * The one-source claim, checked: each rule emitted as a native formula and evaluated by a real
 * formula engine gives exactly what the TypeScript reading of the same rule gives.
 */
const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
const sheet = engine.getSheetId(engine.addSheet('rule')) as number;
afterAll(() => engine.destroy());

const COLUMNS = 'ABCDEFGHIJ';

/** Writes the inputs in row 1, the emitted formula after them, and reads what the engine computes. */
function inEngine<I extends string>(rule: Expr<I>, env: Record<I, Value>): unknown {
  const names = Object.keys(env) as I[];
  const refs = Object.fromEntries(names.map((name, i) => [name, `${COLUMNS[i]}1`])) as Record<
    I,
    string
  >;
  engine.setCellContents({ sheet, row: 0, col: 0 }, [
    [...names.map((name) => (env[name] === '' ? null : env[name])), `=${toFormula(rule, refs)}`],
  ]);
  return engine.getCellValue({ sheet, row: 0, col: names.length });
}

const blankOr = (arb: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant('' as const) }, { weight: 6, arbitrary: arb });
const halfSteps = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
const rir = blankOr(fc.oneof(halfSteps(10), fc.double({ min: 0, max: 10, noNaN: true })));
const target = fc.oneof(halfSteps(5), fc.double({ min: 0, max: 5, noNaN: true }));
const load = blankOr(
  fc.oneof(
    fc.integer({ min: 0, max: 2000 }).map((n) => n / 4),
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.integer({ min: 0, max: 50 }),
  ),
);

const RUNS = { numRuns: 1000 };

describe('the emitted load formula agrees with NEXTLOAD’s rule in HyperFormula', () => {
  for (const unit of ['lb', 'kg'] as Unit[]) {
    for (const body of ['upper', 'lower', 'number'] as const) {
      it(`${unit}, ${body} body`, () => {
        const increments =
          body === 'number'
            ? fc.double({ min: 0, max: 20, noNaN: true }).map((n) => incrementsFor(unit, n))
            : fc.constant(incrementsFor(unit, body));
        const step = fc.constantFrom(defaultStep(unit), 0.1, 0.25, 1, 1.25, 2.5, 5);
        fc.assert(
          fc.property(load, rir, increments, target, step, (l, r, inc, t, s) => {
            const env = { load: l, rir: r, low: inc.low, high: inc.high, target: t, step: s };
            expect(inEngine(nextLoadRule, env)).toBe(evaluate(nextLoadRule, env));
          }),
          RUNS,
        );
      });
    }
  }
});

describe('the emitted hold and rep formulas agree with their rules in HyperFormula', () => {
  const count = blankOr(fc.integer({ min: 0, max: 120 }));
  it('timed holds', () => {
    fc.assert(
      fc.property(count, rir, target, fc.constantFrom(0, 5), (base, r, t, increment) => {
        const env = { base, rir: r, target: t, increment };
        expect(inEngine(nextHoldRule, env)).toBe(evaluate(nextHoldRule, env));
      }),
      RUNS,
    );
  });

  it('rep ranges', () => {
    fc.assert(
      fc.property(
        count,
        rir,
        target,
        fc.constantFrom(0, 1),
        fc.integer({ min: 1, max: 20 }),
        (base, r, t, increment, top) => {
          const env = { base, rir: r, target: t, increment, top };
          expect(inEngine(nextRepsRule, env)).toBe(evaluate(nextRepsRule, env));
        },
      ),
      RUNS,
    );
  });
});

describe('the emitted double-progression formulas agree with their rules in HyperFormula', () => {
  const reps = blankOr(fc.integer({ min: 0, max: 25 }));
  const range = fc
    .integer({ min: 1, max: 15 })
    .chain((bottom) =>
      fc.record({ bottom: fc.constant(bottom), top: fc.integer({ min: bottom + 1, max: 20 }) }),
    );
  for (const [name, rule] of [
    ['reps', doubleRepsRule],
    ['load', doubleLoadRule],
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(
          load,
          reps,
          rir,
          target,
          range,
          fc.constantFrom(0, 1, 2.5, 5),
          fc.constantFrom(0, 1),
          fc.constantFrom(0.5, 1, 2.5),
          (l, r, ri, t, { bottom, top }, low, increment, step) => {
            const env = { load: l, reps: r, rir: ri, target: t, bottom, top, low, increment, step };
            expect(inEngine(rule, env)).toBe(evaluate(rule, env));
          },
        ),
        RUNS,
      );
    });
  }
});

describe('the emitted e1RM formula (the RTS curve as CHOOSE) agrees with E1RM in HyperFormula', () => {
  it('on logged sets, half-step and fractional RIR, and past the chart', () => {
    fc.assert(
      fc.property(load, blankOr(fc.integer({ min: 0, max: 50 })), rir, (l, reps, r) => {
        const env = { load: l, reps, rir: r };
        expect(inEngine(e1rmRule, env)).toBe(evaluate(e1rmRule, env));
      }),
      RUNS,
    );
  });
});
