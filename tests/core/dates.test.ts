import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromLocalDate,
  fromSerial,
  nextMonday,
  parseIsoDate,
  shortDate,
  toLocalDate,
  toSerial,
  weekdayOf,
} from '../../src/core/dates';

describe('calendar dates', () => {
  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2027-01-04')).toBe('2027-01-04');
    expect(parseIsoDate('2027-02-30')).toBeUndefined();
    expect(parseIsoDate('4/1/2027')).toBeUndefined();
  });

  it('knows weekdays and the coming Monday', () => {
    expect(weekdayOf('2027-01-04')).toBe('Mon');
    expect(nextMonday('2026-11-26')).toBe('2026-11-30');
    expect(nextMonday('2026-11-30')).toBe('2026-12-07');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(shortDate('2027-01-04')).toBe('Mon 4 Jan');
  });

  it('converts spreadsheet serials and local dates', () => {
    expect(fromSerial(46391)).toBe('2027-01-04');
    expect(toSerial('2027-01-04')).toBe(46391);
    expect(fromLocalDate(toLocalDate('2027-03-28'))).toBe('2027-03-28');
  });
});
