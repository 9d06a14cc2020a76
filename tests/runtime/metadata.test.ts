import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function tag() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sh = ss.getActiveSheet();
  sh.getRange('2:2').addDeveloperMetadata('athlete', 'ana');
  sh.getRange('4:4').addDeveloperMetadata('athlete', 'ben');
  sh.getRange('C:C').addDeveloperMetadata('column', 'reps');
  sh.addDeveloperMetadata('tab', 'program');
}
function find(key, value) {
  var f = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(key);
  if (value) f = f.withValue(value);
  return f.find().map(function (m) { var l = m.getLocation(); return [m.getValue(), String(l.getLocationType()), l.getRow() ? l.getRow().getRow() : l.getColumn() ? l.getColumn().getColumn() : null]; });
}
function inRange(a1, intersecting) {
  var f = SpreadsheetApp.getActiveSheet().getRange(a1).createDeveloperMetadataFinder();
  if (intersecting) f = f.onIntersectingLocations();
  return f.find().map(function (m) { return m.getValue(); });
}
function arbitrary() { SpreadsheetApp.getActiveSheet().getRange('A1:B2').addDeveloperMetadata('x'); }
function edit() {
  var m = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withValue('ben').find()[0];
  m.setValue('bea');
  var row = SpreadsheetApp.getActiveSheet().getRange('2:2').getDeveloperMetadata();
  row[0].remove();
  return [find('athlete'), SpreadsheetApp.getActiveSheet().getDeveloperMetadata().map(function (x) { return x.getKey(); })];
}
`;

describe('developer metadata', () => {
  it('attaches to rows, columns and sheets and is found by key, value and scope', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('tag');
    expect(rt.call('find', 'athlete')).toEqual([
      ['ana', 'ROW', 2],
      ['ben', 'ROW', 4],
    ]);
    expect(rt.call('find', 'athlete', 'ben')).toEqual([['ben', 'ROW', 4]]);
    expect(rt.call('find', 'column')).toEqual([['reps', 'COLUMN', 3]]);
    expect(rt.call('inRange', '1:3', false)).toEqual(['ana']);
    expect(rt.call('inRange', 'A1:B5', false)).toEqual([]);
    expect(rt.call('inRange', 'A1:D3', true)).toEqual(['ana', 'reps']);
  });

  it('refuses arbitrary ranges with Google’s message, and edits and removes records', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('tag');
    expect(() => rt.call('arbitrary')).toThrow(msg.metadataLocation);
    expect(rt.call('edit')).toEqual([[['bea', 'ROW', 4]], ['tab']]);
  });
});

describe('RangeList and multi-cell writes', () => {
  const LIST = `
    function setup() {
      var sh = SpreadsheetApp.getActiveSheet();
      var p = sh.getRange('C1').protect(); p.removeEditors(p.getEditors());
    }
    function paint() { SpreadsheetApp.getActiveSheet().getRangeList(['A1', 'C1']).setBackground('yellow'); }
    function fill() { SpreadsheetApp.getActiveSheet().getRange('B1:B3').setFormula('=A1*10'); }`;

  it('applies all or nothing when one range is protected', () => {
    const rt = createRuntime({ code: LIST });
    rt.call('setup');
    rt.setUser('athlete@example.com');
    expect(() => rt.call('paint')).toThrow(msg.protected);
    expect(rt.formats('A1')).toEqual([[{}]]);
    rt.setUser('coach@example.com');
    rt.call('paint');
    expect(
      rt
        .formats('A1:C1')
        .flat()
        .map((a) => a.background),
    ).toEqual(['#ffff00', undefined, '#ffff00']);
  });

  it('fills one formula down a range with relative references', () => {
    const rt = createRuntime({ code: LIST });
    rt.edit('A1', '1');
    rt.edit('A2', '2');
    rt.edit('A3', '3');
    rt.call('fill');
    expect(rt.formulas('B1:B3')).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
    expect(rt.values('B1:B3')).toEqual([[10], [20], [30]]);
  });
});
