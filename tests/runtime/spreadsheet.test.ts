import { describe, expect, it } from 'vitest';
import type { Unwritable } from '../../runtime/core/googleErrors';
import { createRuntime, msg } from '../support/runtime';

const PROGRAM = `
function generate(weeks) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.insertSheet('Program');
  var rows = [['Week', 'Day', 'Exercise', 'Sets', 'Reps', 'Load']];
  for (var w = 1; w <= weeks; w++) for (var d = 1; d <= 3; d++) rows.push([w, d, 'Squat', 3, 5, 60 + w * 2.5]);
  var range = sheet.getRange(1, 1, rows.length, 6);
  range.setValues(rows);
  var formats = rows.map(function (r, i) { return i === 0 ? ['@', '@', '@', '@', '@', '@'] : ['0', '0', '@', '0', '0', '0.0 "kg"']; });
  range.setNumberFormats(formats);
  sheet.getRangeList(['A1:F1', 'A2:A' + rows.length]).setFontWeight('bold').setBackground('#EEE');
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 6, 90);
  return rows.length;
}
function shape(kind) {
  var r = SpreadsheetApp.getActiveSheet().getRange('A1:B2');
  if (kind === 'rows') r.setValues([[1, 2]]);
  if (kind === 'cols') r.setValues([[1, 2, 3], [4, 5, 6]]);
  if (kind === 'undefined') r.setValues([[1, undefined], [3, 4]]);
  if (kind === 'object') r.setValues([[1, { a: 1 }], [3, 4]]);
  if (kind === 'function') r.setValue(function () {});
  if (kind === 'notes') r.setNotes([['a', 'b']]);
  if (kind === 'backgrounds') r.setBackgrounds([['red'], ['blue']]);
}
function dup() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Sheet1'); }
function rename() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log').setName('sheet1'); }
function range(a1) { return SpreadsheetApp.getActiveSpreadsheet().getRange(a1).getA1Notation(); }
function outside() { return SpreadsheetApp.getActiveSheet().getRange(1001, 1); }
function rowZero() { return SpreadsheetApp.getActiveSheet().getRange(0, 1); }
function readBack() {
  var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Program');
  return [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation(), sh.getFrozenRows(), sh.getColumnWidth(2),
    sh.getRange('A1').getFontWeight(), sh.getRange('A2').getBackground(), sh.getRange('F2').getNumberFormat(),
    sh.getRange('F2').getDisplayValue(), sh.getRange('A1:C1').getDisplayValues()[0]];
}
`;

describe('batched writes', () => {
  it('take the same number of service calls whatever the program length', () => {
    const small = createRuntime({ code: PROGRAM });
    expect(small.call('generate', 4)).toBe(13);
    const big = createRuntime({ code: PROGRAM });
    expect(big.call('generate', 40)).toBe(121);
    expect(big.calls.serviceTotal()).toBe(small.calls.serviceTotal());
    expect(big.calls.snapshot()).toEqual({
      'Range.setNumberFormats': 1,
      'Range.setValues': 1,
      'RangeList.setBackground': 1,
      'RangeList.setFontWeight': 1,
      'Sheet.getRange': 1,
      'Sheet.getRangeList': 1,
      'Sheet.setColumnWidths': 1,
      'Sheet.setFrozenRows': 1,
      'Spreadsheet.insertSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(big.values('Program!A121:F121')).toEqual([[40, 3, 'Squat', 3, 5, 160]]);
    expect(big.calls.sum((key) => key.startsWith('RangeList.'))).toBe(2);
  });

  it('leave the formats and layout readable', () => {
    const rt = createRuntime({ code: PROGRAM });
    rt.call('generate', 2);
    rt.calls.reset();
    expect(rt.call('readBack')).toEqual([
      7,
      6,
      'A1:F7',
      1,
      90,
      'bold',
      '#eeeeee',
      '0.0 "kg"',
      '62.5 kg',
      ['Week', 'Day', 'Exercise'],
    ]);
    expect(rt.calls.count('Range.getFontWeight')).toBe(1);
    rt.calls.reset();
    expect(rt.calls.total()).toBe(0);
    expect(rt.formats('Program!A1')[0]?.[0]).toMatchObject({
      fontWeight: 'bold',
      background: '#eeeeee',
      numberFormat: '@',
    });
  });
});

describe("Google's errors", () => {
  it('reject data of the wrong shape', () => {
    const rt = createRuntime({ code: PROGRAM });
    expect(() => rt.call('shape', 'rows')).toThrow(msg.rowsMismatch(1, 2));
    expect(() => rt.call('shape', 'cols')).toThrow(msg.columnsMismatch(3, 2));
    expect(() => rt.call('shape', 'notes')).toThrow(msg.rowsMismatch(1, 2));
    expect(() => rt.call('shape', 'backgrounds')).toThrow(msg.columnsMismatch(1, 2));
  });

  it('reject undefined, objects and functions as cell values', () => {
    const rt = createRuntime({ code: PROGRAM });
    const setValues = (why: Unwritable) =>
      msg.badParameters(
        'Object[][]',
        'SpreadsheetApp.Range.setValues',
        msg.unwritable('values[0][1]', why),
      );
    expect(() => rt.call('shape', 'undefined')).toThrow(setValues('undefined'));
    expect(() => rt.call('shape', 'object')).toThrow(setValues('object'));
    expect(() => rt.call('shape', 'function')).toThrow(
      msg.badParameters(
        'Object',
        'SpreadsheetApp.Range.setValue',
        msg.unwritable('The value', 'function'),
      ),
    );
    expect(rt.values('A1:B2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('reject a duplicate sheet name, on insert and on rename, whatever the case', () => {
    const rt = createRuntime({ code: PROGRAM });
    expect(() => rt.call('dup')).toThrow(msg.sheetExists('Sheet1'));
    expect(() => rt.call('rename')).toThrow(msg.sheetExists('sheet1'));
  });

  it('say "Range not found" for bad A1 notation and unknown sheets', () => {
    const rt = createRuntime({ code: PROGRAM });
    expect(rt.call('range', "'Sheet1'!b2:c3")).toBe('B2:C3');
    expect(rt.call('range', 'A:B')).toBe('A:B');
    expect(rt.call('range', '2:3')).toBe('2:3');
    for (const bad of ['Nope!A1', 'A0', '1A', 'A1:B2:C3', '', 'Sheet1!A1001']) {
      expect(() => rt.call('range', bad), bad).toThrow(msg.rangeNotFound);
    }
    expect(() => rt.call('outside')).toThrow(msg.outsideSheet);
    expect(() => rt.call('rowZero')).toThrow(msg.startRowTooSmall);
  });
});

describe('values', () => {
  const VALUES = `
    function write() {
      var sh = SpreadsheetApp.getActiveSheet();
      sh.getRange('A1:F1').setValues([[new Date(Date.UTC(2024, 6, 1, 0, 0, 0)), 'text', 3.5, true, '', null]]);
      sh.getRange('A2:D2').setFormulas([['=1/0', '=NA()', '=C1*2', '=A1+1']]);
      sh.getRange('A3').setValue('007');
      sh.getRange('B3').setNumberFormat('@').setValue('007');
      sh.getRange('C3').setValue('=TRUE');
      sh.getRange('D3').setValue('12/03/2024');
    }
    function read() {
      var v = SpreadsheetApp.getActiveSheet().getRange('A1:F3').getValues();
      return v.map(function (row) { return row.map(function (x) { return x instanceof Date ? 'Date:' + x.toISOString() : x; }); });
    }`;

  it('read back computed values, dates as Dates, blanks as empty strings, errors as text', () => {
    const rt = createRuntime({ code: VALUES });
    rt.call('write');
    expect(rt.call('read')).toEqual([
      ['Date:2024-07-01T00:00:00.000Z', 'text', 3.5, true, '', ''],
      ['#DIV/0!', '#N/A', 7, 'Date:2024-07-02T00:00:00.000Z', '', ''],
      [7, '007', true, 'Date:2024-03-12T00:00:00.000Z', '', ''],
    ]);
    // The spreadsheet is in London: midnight UTC on 1 July is 01:00 there (BST).
    expect(rt.displayValues('A1:D1')).toEqual([['01/07/2024 01:00:00', 'text', '3.5', 'TRUE']]);
    expect(rt.formulas('A2:D2')).toEqual([['=1/0', '=NA()', '=C1*2', '=A1+1']]);
  });

  it('gives host Dates to the test side', () => {
    const rt = createRuntime({ code: VALUES, timeZone: 'UTC' });
    rt.call('write');
    const [[d]] = rt.values('A1') as [[Date]];
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(rt.displayValues('A1')).toEqual([['01/07/2024']]);
  });
});
