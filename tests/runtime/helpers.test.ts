import { describe, expect, it } from 'vitest';
import { columnLetters, parseA1, rectA1, resolveA1 } from '../../runtime/core/a1';
import { dateToSerial, serialToInstant } from '../../runtime/core/dates';
import { shiftForDeletedRows, shiftForInsertedRows } from '../../runtime/core/grid';
import { formatDisplay, isDateFormat } from '../../runtime/core/numberFormat';
import { shiftFormula } from '../../runtime/engine/validation';
import { compileTemplate } from '../../runtime/services/html';

describe('A1 notation', () => {
  it('parses cells, boxes, whole rows and columns, and quoted sheet names', () => {
    expect(parseA1('B2')).toEqual({ start: { col: 1, row: 1 }, end: { col: 1, row: 1 } });
    expect(parseA1("'Week 1''s plan'!$A$1:c3")).toEqual({
      sheetName: "Week 1's plan",
      start: { col: 0, row: 0 },
      end: { col: 2, row: 2 },
    });
    const whole = parseA1('C:D');
    expect(whole && resolveA1(whole, 1000, 26)).toEqual({ row: 0, col: 2, rows: 1000, cols: 2 });
    const open = parseA1('A2:B');
    expect(open && resolveA1(open, 50, 26)).toEqual({ row: 1, col: 0, rows: 49, cols: 2 });
    for (const bad of ['', 'A', '1', 'A0', '!A1', "'x!A1", 'AAAA1', 'A1:B2:C3'])
      expect(parseA1(bad), bad).toBeUndefined();
  });

  it('prints ranges as getA1Notation does', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(rectA1({ row: 0, col: 0, rows: 1, cols: 1 })).toBe('A1');
    expect(rectA1({ row: 0, col: 0, rows: 1000, cols: 2 }, 1000, 26)).toBe('A:B');
    expect(rectA1({ row: 4, col: 0, rows: 2, cols: 26 }, 1000, 26)).toBe('5:6');
    expect(rectA1({ row: 1, col: 1, rows: 3, cols: 2 }, 1000, 26)).toBe('B2:C4');
  });
});

describe('row shifting', () => {
  it('moves, grows and deletes rectangles as Sheets moves ranges', () => {
    const r = { row: 4, col: 0, rows: 3, cols: 2 };
    expect(shiftForInsertedRows(r, 2, 2)).toEqual({ ...r, row: 6 });
    expect(shiftForInsertedRows(r, 5, 2)).toEqual({ ...r, rows: 5 });
    expect(shiftForInsertedRows(r, 7, 2)).toBe(r);
    expect(shiftForDeletedRows(r, 0, 2)).toEqual({ ...r, row: 2 });
    expect(shiftForDeletedRows(r, 5, 10)).toEqual({ ...r, rows: 1 });
    expect(shiftForDeletedRows(r, 3, 5)).toBeUndefined();
  });
});

describe('dates and number formats', () => {
  it('converts instants to serials through the spreadsheet time zone', () => {
    const summer = Date.UTC(2024, 6, 1, 11, 0, 0);
    expect(dateToSerial(summer, 'UTC')).toBeCloseTo(45474 + 11 / 24, 9);
    expect(dateToSerial(summer, 'Europe/London')).toBeCloseTo(45474 + 12 / 24, 9);
    expect(serialToInstant(45474.5, 'Europe/London')).toBe(summer);
    expect(serialToInstant(0, 'UTC')).toBe(Date.UTC(1899, 11, 30));
  });

  it('recognises date formats and displays values the way the grid does', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('[h]:mm')).toBe(true);
    expect(isDateFormat('0.0 "days"')).toBe(false);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(formatDisplay(45474.5, 'ddd d mmm yyyy hh:mm')).toBe('Mon 1 Jul 2024 12:00');
    expect(formatDisplay(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatDisplay(0.125, '0.0%')).toBe('12.5%');
    expect(formatDisplay(62.5, '0.0 "kg"')).toBe('62.5 kg');
    expect(formatDisplay(-3, '0;(0)')).toBe('(3)');
    expect(formatDisplay(2.5, '0.##')).toBe('2.5');
    expect(formatDisplay(1 / 3, undefined)).toBe('0.3333333333');
    expect(formatDisplay(true, undefined)).toBe('TRUE');
    expect(formatDisplay('', '0.00')).toBe('');
  });
});

describe('templates and formulas', () => {
  it('compiles scriptlets into one function source', () => {
    const code = compileTemplate('a<?= x ?>b<?!= y; ?><? if (z) { ?>c<? } ?>');
    expect(code).toContain('__out.push(__escape(x));');
    expect(code).toContain('__out.push(__raw(y));');
    expect(code).toContain('if (z) {');
  });

  it('shifts relative references only', () => {
    expect(shiftFormula('=AND(B2>0, $C$1<B2, LOG10(B2), "B2")', 2, 1)).toBe(
      '=AND(C4>0, $C$1<C4, LOG10(C4), "B2")',
    );
    expect(shiftFormula('=Sheet1!A1+$A1+A$1', 1, 1)).toBe('=Sheet1!B2+$A2+B$1');
  });
});
