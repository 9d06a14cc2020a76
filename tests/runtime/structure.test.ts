import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function seed() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.getRange('A1:C4').setValues([['Lift', 'Load', 'Note'], ['Squat', 100, 'a'], ['Bench', 70, 'b'], ['Deadlift', 140, 'c']]);
  sh.getRange('D2:D4').setFormulas([['=B2*2'], ['=B3*2'], ['=B4*2']]);
  sh.getRange('F1').setFormula('=SUM(B2:B4)');
  sh.getRange('B3').setBackground('#ff0000').setNote('heavy');
  sh.getRange('3:3').addDeveloperMetadata('rowKey', 'bench');
  sh.setFrozenRows(1);
  SpreadsheetApp.getActiveSpreadsheet().setNamedRange('Loads', sh.getRange('B2:B4'));
}
function insert() { SpreadsheetApp.getActiveSheet().insertRowsBefore(3, 2); }
function insertAfter() { SpreadsheetApp.getActiveSheet().insertRowAfter(4); }
function remove() { SpreadsheetApp.getActiveSheet().deleteRow(2); }
function where(key) {
  return SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(key).find().map(function (m) {
    var loc = m.getLocation();
    return [m.getValue(), String(loc.getLocationType()), loc.getRow().getRow()];
  });
}
function sortBy(col, asc) { SpreadsheetApp.getActiveSheet().sort(col, asc); }
function sortRange() { SpreadsheetApp.getActiveSheet().getRange('A2:D4').sort([{ column: 2, ascending: false }]); }
function named() { var r = SpreadsheetApp.getActiveSpreadsheet().getRangeByName('Loads'); return r.getA1Notation(); }
`;

describe('inserting and deleting rows', () => {
  it('shifts cells, formulas, formats, notes, metadata and named ranges', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('seed');
    rt.call('insert');
    expect(rt.values('A1:D6')).toEqual([
      ['Lift', 'Load', 'Note', ''],
      ['Squat', 100, 'a', 200],
      ['', '', '', ''],
      ['', '', '', ''],
      ['Bench', 70, 'b', 140],
      ['Deadlift', 140, 'c', 280],
    ]);
    expect(rt.formulas('D5:F6')).toEqual([
      ['=B5*2', '', ''],
      ['=B6*2', '', ''],
    ]);
    expect(rt.formulas('F1')).toEqual([['=SUM(B2:B6)']]);
    expect(rt.formats('B5')).toEqual([[{ background: '#ff0000', note: 'heavy' }]]);
    expect(rt.formats('B3')).toEqual([[{}]]);
    expect(rt.call('where', 'rowKey')).toEqual([['bench', 'ROW', 5]]);
    expect(rt.call('named')).toBe('B2:B6');

    rt.call('insertAfter');
    expect(rt.call('where', 'rowKey')).toEqual([['bench', 'ROW', 6]]);
    rt.call('remove');
    expect(rt.values('A1:B2')).toEqual([
      ['Lift', 'Load'],
      ['', ''],
    ]);
    expect(rt.formulas('F1')).toEqual([['=SUM(B2:B6)']]);
    expect(rt.values('F1')).toEqual([[210]]);
    expect(rt.call('where', 'rowKey')).toEqual([['bench', 'ROW', 5]]);
  });

  it('drops a row’s metadata with the row', () => {
    const rt = createRuntime({
      code: `${CODE} function killBench() { SpreadsheetApp.getActiveSheet().deleteRows(3, 1); }`,
    });
    rt.call('seed');
    rt.call('killBench');
    expect(rt.call('where', 'rowKey')).toEqual([]);
    expect(rt.values('A3')).toEqual([['Deadlift']]);
  });
});

describe('sorting', () => {
  it('moves whole rows below the frozen header, formulas following their row', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('seed');
    rt.call('sortBy', 2, true);
    expect(rt.values('A1:D4')).toEqual([
      ['Lift', 'Load', 'Note', ''],
      ['Bench', 70, 'b', 140],
      ['Squat', 100, 'a', 200],
      ['Deadlift', 140, 'c', 280],
    ]);
    expect(rt.formulas('D2:D4')).toEqual([['=B2*2'], ['=B3*2'], ['=B4*2']]);
    // Formats and notes move with their cells; the external SUM still reads the same cells.
    expect(rt.formats('B2')).toEqual([[{ background: '#ff0000', note: 'heavy' }]]);
    expect(rt.values('F1')).toEqual([[310]]);
    // Row metadata is positional: it stays on row 3 (Sheets does not document otherwise).
    expect(rt.call('where', 'rowKey')).toEqual([['bench', 'ROW', 3]]);
  });

  it('sorts a range by spec, descending, with blanks last', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('seed');
    rt.edit('B2', '');
    rt.call('sortRange');
    expect(rt.values('A2:B4')).toEqual([
      ['Deadlift', 140],
      ['Bench', 70],
      ['Squat', ''],
    ]);
  });
});

const COLUMNS = `
function build() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.getRange('A1:E2').setValues([['a', 'b', 'c', 'd', 'e'], [1, 2, 3, 4, 5]]);
  sh.getRange('F1').setFormula('=SUM(D2:E2)');
  sh.getRange('D1').setNote('kept');
  sh.setColumnWidth(4, 77);
  sh.hideColumns(5);
}
function trim() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.deleteColumns(2, 2);
  return [sh.getMaxColumns(), sh.getColumnWidth(2), sh.isColumnHiddenByUser(3)];
}
function tooMany() { SpreadsheetApp.getActiveSheet().deleteColumns(20, 10); }
`;

describe('deleting columns', () => {
  it('moves contents, formulas, notes, widths and hidden flags left', () => {
    const rt = createRuntime({ code: COLUMNS });
    rt.call('build');
    expect(rt.call('trim')).toEqual([24, 77, true]);
    expect(rt.values('A1:D2')).toEqual([
      ['a', 'd', 'e', 9],
      [1, 4, 5, ''],
    ]);
    expect(rt.formulas('D1')).toEqual([['=SUM(B2:C2)']]);
    expect(rt.formats('B1')).toEqual([[{ note: 'kept' }]]);
    expect(() => rt.call('tooMany')).toThrow(msg.columnsOutOfBounds);
  });
});

const RULES = `
function rule() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.getRange('B3:B8').setDataValidation(SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied('=AND(ISNUMBER(B3),B3>A3)').setAllowInvalid(false).build());
  sh.getRange('A3:A8').setValues([[1], [2], [3], [4], [5], [6]]);
}
function insertAbove() { SpreadsheetApp.getActiveSheet().insertRowsBefore(1, 2); }
function insertInside() { SpreadsheetApp.getActiveSheet().insertRowsBefore(7, 1); }
function deleteFirst() { SpreadsheetApp.getActiveSheet().deleteRow(5); }
function sortInside() { SpreadsheetApp.getActiveSheet().getRange('A5:B11').sort({ column: 1, ascending: false }); }
`;

describe('a custom-formula rule set on a range', () => {
  it('reads each cell against its own row, through inserted, deleted and sorted rows', () => {
    const rt = createRuntime({ code: RULES });
    rt.call('rule');
    const ok = (a1: string, value: number) => rt.edit(a1, value).ok;
    expect([ok('B3', 2), ok('B3', 1), ok('B8', 7), ok('B8', 6)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    rt.call('insertAbove'); // the range is now B5:B10, its formula still about its own row
    expect([ok('B5', 2), ok('B5', 1), ok('B10', 7), ok('B10', 6)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    rt.call('insertInside'); // a blank row 7 inside the range: the rows below keep their rule
    expect([ok('B11', 7), ok('B11', 6)]).toEqual([true, false]);
    rt.call('sortInside');
    expect([ok('B5', 7), ok('B5', 6)]).toEqual([true, false]);
    rt.call('deleteFirst');
    expect([ok('B5', 6), ok('B5', 5)]).toEqual([true, false]);
  });
});
