import { describe, expect, it } from 'vitest';
import type { SerializedState } from '../../runtime';
import { createRuntime, restoreRuntime } from '../support/runtime';

const CODE = `
/** @customfunction */
function PLAN(weeks) { var out = []; for (var w = 1; w <= weeks; w++) out.push(['Week ' + w, w * 5]); return out; }
function build() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sh = ss.insertSheet('Program');
  sh.getRange('A1:C2').setValues([['Squat', 100, new Date(Date.UTC(2025, 0, 6))], ['Bench', 70, '']]);
  sh.getRange('D1:D2').setFormulas([['=B1*0.9'], ['=SUM(Dash!A1:A2)']]);
  sh.getRange('B1:B2').setNumberFormat('0.0').setFontWeight('bold').setBackground('#fce5cd');
  sh.getRange('A1').setNote('main lift');
  sh.getRange('B1:B2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
  sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#eeeeee').setRanges([sh.getRange('C1:C2')]).build()]);
  sh.getRange('2:2').addDeveloperMetadata('athleteRow', 'ana');
  sh.addDeveloperMetadata('kind', 'program', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  ss.addDeveloperMetadata('schema', '3');
  var p = sh.getRange('A1:A2').protect().setDescription('lifts');
  p.removeEditors(p.getEditors());
  sh.setFrozenRows(1);
  sh.setColumnWidth(1, 180);
  sh.getRange('F1:G1').merge();
  ss.setNamedRange('Loads', sh.getRange('B1:B2'));
  var dash = ss.insertSheet('Dash');
  dash.getRange('A1:A2').setValues([[1], [2]]);
  dash.getRange('C1').setFormula('=PLAN(3)');
  dash.getRange('E1').setFormula('=SUM(Loads)');
  ss.setActiveSheet(sh);
  PropertiesService.getDocumentProperties().setProperty('setupDone', 'yes');
  PropertiesService.getUserProperties().setProperty('units', 'kg');
}
function inspect() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sh = ss.getSheetByName('Program');
  return {
    active: ss.getActiveSheet().getName(),
    metadata: ss.createDeveloperMetadataFinder().find().map(function (m) { return m.getKey() + ':' + m.getValue() + ':' + m.getLocation().getLocationType(); }),
    protections: ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (p) { return p.getDescription() + '@' + p.getRange().getA1Notation(); }),
    validation: String(sh.getRange('B2').getDataValidation().getCriteriaType()),
    rules: sh.getConditionalFormatRules().length,
    frozen: sh.getFrozenRows(), width: sh.getColumnWidth(1), merged: sh.getRange('F1').isPartOfMerge(),
    note: sh.getRange('A1').getNote(),
    date: sh.getRange('C1').getValue() instanceof Date,
    props: [PropertiesService.getDocumentProperties().getProperty('setupDone'), PropertiesService.getUserProperties().getProperty('units')],
  };
}
`;

describe('serialize / restore', () => {
  it('round-trips the whole spreadsheet through JSON', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('build');
    const state = rt.serialize();
    const json = JSON.stringify(state);
    const restored = restoreRuntime(JSON.parse(json) as SerializedState, { code: CODE });

    expect(JSON.stringify(restored.serialize())).toBe(json);
    for (const a1 of ['Program!A1:G2', 'Dash!A1:E3']) {
      expect(restored.values(a1)).toEqual(rt.values(a1));
      expect(restored.formulas(a1)).toEqual(rt.formulas(a1));
      expect(restored.formats(a1)).toEqual(rt.formats(a1));
    }
    expect(restored.values('Dash!C1:E3')).toEqual([
      ['Week 1', 5, 170],
      ['Week 2', 10, ''],
      ['Week 3', 15, ''],
    ]);
    expect(restored.values('Program!D2')).toEqual([[3]]);
    expect(restored.call('inspect')).toEqual(rt.call('inspect'));
    expect(restored.call('inspect')).toEqual({
      active: 'Program',
      metadata: ['schema:3:SPREADSHEET', 'kind:program:SHEET', 'athleteRow:ana:ROW'],
      protections: ['lifts@A1:A2'],
      validation: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      rules: 1,
      frozen: 1,
      width: 180,
      merged: true,
      note: 'main lift',
      date: true,
      props: ['yes', 'kg'],
    });
  });

  it('keeps the owner, so protections still refuse other users after a restore', () => {
    const rt = createRuntime({ code: CODE, user: 'owner@example.com' });
    rt.call('build');
    const restored = restoreRuntime(rt.serialize(), { code: CODE, user: 'athlete@example.com' });
    expect(restored.edit('Program!A2', 'x')).toMatchObject({ ok: false, reason: 'protected' });
    const asOwner = restoreRuntime(rt.serialize(), { code: CODE });
    expect(asOwner.user).toBe('owner@example.com');
    expect(asOwner.edit('Program!A2', 'x')).toEqual({ ok: true });
  });

  it('rejects something that is not a runtime state', () => {
    expect(() =>
      restoreRuntime({ format: 'nope' } as unknown as SerializedState, { code: CODE }),
    ).toThrow(/Not an Offseason runtime state/);
  });
});
