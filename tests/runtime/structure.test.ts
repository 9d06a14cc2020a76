import { describe, expect, it } from 'vitest';
import { createRuntime } from '../support/runtime';

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
