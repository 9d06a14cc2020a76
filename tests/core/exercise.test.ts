import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPrescription,
  type Prescription,
  parsePrescription,
  startingCount,
} from '../../src/core/exercise';

const prescription: fc.Arbitrary<Prescription> = fc.oneof(
  fc.record({
    kind: fc.constant('reps' as const),
    reps: fc.integer({ min: 1, max: 50 }),
    per: fc.constantFrom('set' as const, 'side' as const, 'total' as const),
  }),
  fc.integer({ min: 1, max: 30 }).chain((min) =>
    fc
      .record({
        kind: fc.constant('range' as const),
        min: fc.constant(min),
        max: fc.integer({ min: min + 1, max: 50 }),
      })
      .chain((range) =>
        fc.oneof(fc.constant(range), fc.constant({ ...range, perSide: true as const })),
      ),
  ),
  fc.record({
    kind: fc.constant('hold' as const),
    seconds: fc.integer({ min: 1, max: 300 }),
    perSide: fc.boolean(),
  }),
);

describe('prescriptions', () => {
  it('read back what they write', () => {
    fc.assert(
      fc.property(prescription, (p) => {
        expect(parsePrescription(formatPrescription(p))).toEqual(p);
      }),
    );
  });

  it.each([
    ['6/side', { kind: 'reps', reps: 6, per: 'side' }],
    ['8-10', { kind: 'range', min: 8, max: 10 }],
    ['8–12 / side', { kind: 'range', min: 8, max: 12, perSide: true }],
    ['30s', { kind: 'hold', seconds: 30, perSide: false }],
    ['30 sec per side', { kind: 'hold', seconds: 30, perSide: true }],
  ])('accept the hand-typed %j', (text, expected) => {
    expect(parsePrescription(text)).toEqual(expected);
  });

  it.each(['', 'six', '8–6', '0', '6 / leg'])('refuse %j', (text) => {
    expect(parsePrescription(text)).toBeUndefined();
  });

  it('start from the bottom of a range', () => {
    expect(startingCount({ kind: 'range', min: 6, max: 8 })).toBe(6);
    expect(startingCount({ kind: 'hold', seconds: 30, perSide: true })).toBe(30);
  });
});
