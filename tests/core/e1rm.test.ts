import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate1rm, fractionOf1rm, loadFor, rtsPercent } from '../../src/core/e1rm';

const chart = readFileSync(new URL('../fixtures/rts-percent-1rm.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => /^\d/.test(line))
  .map((line) => line.split(',').map(Number));

describe('the RTS chart', () => {
  it('holds every published cell (reps 1–12 × RPE 6.5–10)', () => {
    expect(chart).toHaveLength(8);
    for (const [rpe = 0, ...percents] of chart) {
      percents.forEach((percent, i) => {
        expect(rtsPercent(i + 1, rpe), `reps ${i + 1} @ RPE ${rpe}`).toBeCloseTo(percent, 6);
      });
    }
  });

  it('interpolates between half steps and follows Epley past the chart, joined to its end', () => {
    expect(fractionOf1rm(5, 0.25, 'rts')).toBeCloseTo((0.863 + 0.85) / 2, 6);
    expect(fractionOf1rm(12, 3.5, 'rts')).toBeCloseTo(0.586, 9);
    expect(fractionOf1rm(12, 4, 'rts')).toBeCloseTo((0.586 * (1 + 15.5 / 30)) / (1 + 16 / 30), 9);
  });

  it('is monotone: more reps + RIR never means a heavier share', () => {
    let previous = 1;
    for (let n = 1; n <= 30; n += 0.25) {
      const f = fractionOf1rm(n, 0, 'rts');
      expect(f).toBeLessThanOrEqual(previous);
      previous = f;
    }
  });

  it('loadFor inverts estimate1rm for every method', () => {
    for (const method of ['rts', 'epley', 'brzycki'] as const) {
      const oneRm = estimate1rm(100, 6, 2, method);
      expect(loadFor(oneRm, 6, 2, method)).toBeCloseTo(100, 9);
    }
  });
});
