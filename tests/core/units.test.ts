import { describe, expect, it } from 'vitest';
import * as Load from '../../src/core/units';

describe('loads with their unit', () => {
  it.each([
    ['135', { value: 135, unit: undefined }],
    ['135 lb', { value: 135, unit: 'lb' }],
    ['135lbs', { value: 135, unit: 'lb' }],
    ['60kg', { value: 60, unit: 'kg' }],
    [' 62,5 KG ', { value: 62.5, unit: 'kg' }],
    ['.5 kg', { value: 0.5, unit: 'kg' }],
  ])('parses %j', (text, expected) => {
    expect(Load.parse(text)).toEqual(expected);
  });

  it.each(['', 'abc', '-5', '5 stone', '1e3', '5 5'])('refuses %j', (text) => {
    expect(Load.parse(text)).toBeUndefined();
  });

  it('converts both ways', () => {
    expect(Load.convert(Load.build(100, 'kg'), 'lb').value).toBeCloseTo(220.462, 3);
    expect(Load.convert(Load.build(220.462262, 'lb'), 'kg').value).toBeCloseTo(100, 5);
    expect(Load.convert(Load.build(5, 'lb'), 'lb')).toEqual(Load.build(5, 'lb'));
  });

  it('has the default steps and formats with the unit', () => {
    expect(Load.defaultStep('lb')).toBe(2.5);
    expect(Load.defaultStep('kg')).toBe(0.5);
    expect(Load.format(Load.build(50, 'lb'))).toBe('50 lb');
  });
});
