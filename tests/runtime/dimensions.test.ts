import { describe, expect, it } from 'vitest';
import { CELL_LIMIT } from '../../runtime/engine/model';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function sheet() { return SpreadsheetApp.getActiveSheet(); }
function size(name) {
  var s = name ? SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) : sheet();
  return [s.getMaxRows(), s.getMaxColumns()];
}
function cell(row, column, rows, columns) { return sheet().getRange(row, column, rows, columns).getA1Notation(); }
function a1(notation) { return sheet().getRange(notation).getA1Notation(); }
function qualified(notation) { return SpreadsheetApp.getActiveSpreadsheet().getRange(notation).getA1Notation(); }
function list(notations) { return sheet().getRangeList(notations).getRanges().length; }
function spreadsheetList(notations) { return SpreadsheetApp.getActiveSpreadsheet().getRangeList(notations).getRanges().length; }
function write(row, values) { sheet().getRange(row, 1, values.length, values[0].length).setValues(values); }
function append(values) { sheet().appendRow(values); return size(); }
function insertAfter(after, count) { sheet().insertRowsAfter(after, count); return size(); }
function insertAt(at, count) { sheet().insertRows(at, count); return size(); }
function remove(at, count) { sheet().deleteRows(at, count); return size(); }
function newSheet(name) { SpreadsheetApp.getActiveSpreadsheet().insertSheet(name); return size(name); }
function fromTemplate(name, template) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.insertSheet(name, { template: ss.getSheetByName(template) });
  return size(name);
}
function copy() { sheet().copyTo(SpreadsheetApp.getActiveSpreadsheet()); }
`;

const fresh = () => createRuntime({ code: CODE });

describe('the grid, as on Google', () => {
  it('starts every sheet at 1,000 rows × 26 columns, however it is made', () => {
    const rt = fresh();
    expect(rt.call('size')).toEqual([1000, 26]);
    expect(rt.call('newSheet', 'Plan')).toEqual([1000, 26]);
    rt.call('insertAfter', 1000, 5); // Plan, now the active sheet
    // A template gives its own size.
    expect(rt.call('fromTemplate', 'Copy', 'Plan')).toEqual([1005, 26]);
  });

  it('refuses a range past the grid by numbers, by A1 and in a range list', () => {
    const rt = fresh();
    expect(rt.call('cell', 1000, 26, 1, 1)).toBe('Z1000');
    for (const [row, col, rows, cols] of [
      [1001, 1, 1, 1],
      [1, 27, 1, 1],
      [999, 1, 3, 1],
      [1, 20, 1, 10],
    ] as const) {
      expect(() => rt.call('cell', row, col, rows, cols), `${row},${col}`).toThrow(
        msg.outsideSheet,
      );
    }
    expect(rt.call('a1', 'Y1000:Z1000')).toBe('Y1000:Z1000');
    for (const notation of ['A1001', 'AA1', 'A1:A1001', 'Z999:AA1000']) {
      expect(() => rt.call('a1', notation), notation).toThrow(msg.rangeNotFound);
    }
    expect(() => rt.call('qualified', "'Sheet1'!A1:B1001")).toThrow(msg.rangeNotFound);
    expect(() => rt.call('list', ['A1', 'A1001'])).toThrow(msg.rangeNotFound);
    expect(() => rt.call('spreadsheetList', ['Sheet1!A1', 'Sheet1!AA1'])).toThrow(
      msg.rangeNotFound,
    );
    expect(() => rt.call('write', 1000, [['a'], ['b']])).toThrow(msg.outsideSheet);
  });

  it('grows when a row is appended to a full sheet, or rows are inserted', () => {
    const rt = fresh();
    rt.call('write', 1000, [['last']]);
    expect(rt.call('append', ['next'])).toEqual([1001, 26]);
    expect(rt.values('A1001')).toEqual([['next']]);
    expect(
      rt.call(
        'append',
        Array.from({ length: 30 }, (_, i) => i),
      ),
    ).toEqual([1002, 30]);
    expect(rt.call('insertAfter', 1002, 998)).toEqual([2000, 30]);
    expect(rt.call('cell', 2000, 30, 1, 1)).toBe('AD2000');
    expect(() => rt.call('insertAt', 2002, 1)).toThrow(msg.rowsOutOfBounds);
  });

  it(`caps a spreadsheet at ${CELL_LIMIT.toLocaleString('en')} cells, counting every sheet's whole grid`, () => {
    const rt = fresh();
    // 384,615 rows × 26 columns = 9,999,990 cells: within the cap.
    expect(rt.call('insertAfter', 1000, 383_615)).toEqual([384_615, 26]);
    const refused = msg.cellLimit(CELL_LIMIT);
    expect(() => rt.call('newSheet', 'Log')).toThrow(refused);
    expect(() => rt.call('copy')).toThrow(refused);
    expect(() => rt.call('fromTemplate', 'Copy', 'Sheet1')).toThrow(refused);
    expect(() => rt.call('insertAfter', 1, 1)).toThrow(refused);
    rt.call('write', 384_615, [['full']]);
    expect(() => rt.call('append', ['one more'])).toThrow(refused);
    expect(rt.call('size')).toEqual([384_615, 26]);
    expect(rt.spreadsheet.getSheets()).toHaveLength(1);
    // Deleting rows makes room again.
    expect(rt.call('remove', 1001, 1000)).toEqual([383_615, 26]);
    expect(rt.call('newSheet', 'Log')).toEqual([1000, 26]);
  });
});
