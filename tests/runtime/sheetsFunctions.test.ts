import { describe, expect, it } from 'vitest';
import { sparklineText } from '../../runtime/engine/sheetsFunctions';
import { createRuntime } from '../support/runtime';

describe('Sheets functions HyperFormula lacks', () => {
  it('SPARKLINE gives its data as a text sparkline', () => {
    expect(sparklineText([50, 55, 60, 70])).toBe('▁▃▅█');
    expect(sparklineText([5, 5])).toBe('▄▄');
    const rt = createRuntime({ code: '' });
    rt.edit('Sheet1!A1', 50);
    rt.edit('Sheet1!A2', 60);
    rt.edit('Sheet1!A3', 55);
    rt.edit('Sheet1!B1', '=SPARKLINE(A1:A3)');
    rt.edit('Sheet1!C1', '=SPARKLINE(FILTER(A1:A3,A1:A3>52))');
    expect(rt.values('Sheet1!B1:C1')).toEqual([['▁█▅', '█▁']]);
  });
});
