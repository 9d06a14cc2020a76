import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function log(entry) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sh = ss.getSheetByName('Log') || ss.insertSheet('Log');
  if (sh.getLastRow() === 0) sh.appendRow(['When', 'Lift', 'Reps']);
  sh.appendRow([entry.when, entry.lift, entry.reps]);
  return sh.getLastRow();
}
function saveByKey(key, reps) {
  var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Log');
  var keys = sh.getRange(2, 2, sh.getLastRow() - 1, 1).getValues();
  for (var i = 0; i < keys.length; i++) if (keys[i][0] === key) { sh.getRange(i + 2, 3).setValue(reps); return i + 2; }
  return -1;
}
function rules() {
  var sh = SpreadsheetApp.getActiveSheet();
  var range = sh.getRange('B2:B20');
  var rpe = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).setHelpText('RPE 1-10').build();
  range.setDataValidation(rpe);
  sh.getRange('C2:C20').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Squat', 'Bench']).build());
  sh.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=D2>B2').setAllowInvalid(false).build());
  sh.getRange('D3').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
  var cf = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(8).setBackground('#F4CCCC').setFontColor('#990000').setRanges([range]).build();
  var cf2 = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B2<5').setBackground('#d9ead3').setRanges([range]).build();
  sh.setConditionalFormatRules([cf, cf2]);
  var read = sh.getConditionalFormatRules().map(function (r) {
    var c = r.getBooleanCondition();
    return [String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), r.getRanges()[0].getA1Notation()];
  });
  var v = sh.getRange('B5').getDataValidation();
  return [read, String(v.getCriteriaType()), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText(),
    sh.getRange('A1').getDataValidation(), String(sh.getRange('C2').getDataValidation().getCriteriaType())];
}
function onEdit(e) {
  var sh = e.range.getSheet();
  if (sh.getName() !== 'Sheet1' || e.range.getColumn() !== 2) return;
  e.range.offset(0, 4).setValue('edited by ' + e.user.getEmail() + ' from ' + (e.oldValue === undefined ? 'blank' : e.oldValue) + ' to ' + e.value + ' in ' + e.authMode);
}
function layout() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.getRange('A1:C1').merge();
  sh.getRange('A1').setValue('Week 1');
  sh.getRange('A2:B3').setBorder(true, true, true, true, true, true, '#000', SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
  sh.getRange('E2:E4').insertCheckboxes();
  sh.getRange('E3').check();
  sh.hideColumns(7, 2);
  sh.setTabColor('#0F0');
  sh.getRange('A1').setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP).setHorizontalAlignment('center').setFontSize(14);
  return [sh.getRange('A1:C1').isPartOfMerge(), sh.getRange('E2:E4').isChecked(), sh.getRange('E3').isChecked(),
    sh.isColumnHiddenByUser(7), sh.isColumnHiddenByUser(9), sh.getTabColor(), String(sh.getRange('A1').getWrapStrategy()),
    sh.getRange('A1').getWrap(), sh.getRange('A1').getHorizontalAlignment(), sh.getRange('A1').getFontSize()];
}
function templated() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var base = ss.getActiveSheet();
  base.getRange('A1:B1').setValues([['Week', 'Load']]).setFontWeight('bold');
  var week = ss.insertSheet('Week 2', 1, { template: base });
  week.getRange('A2:B2').setValues([[2, 80]]);
  week.getRange('A1:B2').clear({ contentsOnly: true });
  return [ss.getSheets().map(function (s) { return s.getName(); }), ss.getActiveSheet().getName(), week.getRange('A1').getFontWeight(), week.getLastRow()];
}
function copyAndNames() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sh = ss.getActiveSheet();
  sh.getRange('A1:B2').setValues([[1, '=A1*2'], [3, '=A2*2']]);
  sh.getRange('A1:B2').copyTo(sh.getRange('D5'));
  ss.setNamedRange('Inputs', sh.getRange('A1:A2'));
  sh.getRange('H1').setFormula('=SUM(Inputs)');
  var copy = sh.copyTo(ss);
  return [sh.getRange('D5:E6').getFormulas(), ss.getNamedRanges().map(function (n) { return n.getName() + '=' + n.getRange().getA1Notation(); }),
    copy.getName(), copy.getRange('E6').getValue(), ss.getSheets().length];
}
`;

describe('a Log tab and key lookups', () => {
  it('appends rows after the last one with content and updates rows found by key', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('log', { when: '01/09/2025', lift: 'Squat', reps: 5 })).toBe(2);
    expect(rt.call('log', { when: '02/09/2025', lift: 'Bench', reps: 8 })).toBe(3);
    expect(rt.call('saveByKey', 'Bench', 10)).toBe(3);
    expect(rt.values('Log!B1:C3')).toEqual([
      ['Lift', 'Reps'],
      ['Squat', 5],
      ['Bench', 10],
    ]);
    const [[when]] = rt.values('Log!A2') as [[Date]];
    expect(when.toISOString()).toBe('2025-08-31T23:00:00.000Z');
  });
});

describe('data validation, conditional formats and UI edits', () => {
  it('stores rules that read back through their builders', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('rules')).toEqual([
      [
        ['NUMBER_GREATER_THAN', [8], '#f4cccc', 'B2:B20'],
        ['CUSTOM_FORMULA', ['=$B2<5'], '#d9ead3', 'B2:B20'],
      ],
      'NUMBER_BETWEEN',
      [1, 10],
      false,
      'RPE 1-10',
      null,
      'VALUE_IN_LIST',
    ]);
  });

  it('rejects invalid typed input where the rule says so, and fires onEdit for accepted edits', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('rules');
    rt.setUser('athlete@example.com');
    expect(rt.edit('B4', '11')).toEqual({ ok: false, reason: 'validation', message: 'RPE 1-10' });
    expect(rt.values('B4:F4')).toEqual([['', '', '', '', '']]);
    expect(rt.edit('B4', '8')).toEqual({ ok: true });
    expect(rt.values('F4')).toEqual([['edited by athlete@example.com from blank to 8 in LIMITED']]);
    expect(rt.edit('B4', '9')).toEqual({ ok: true });
    expect(rt.values('F4')).toEqual([['edited by athlete@example.com from 8 to 9 in LIMITED']]);
    // A list rule that allows invalid input only warns in Sheets: the value stays.
    expect(rt.edit('C4', 'Curl')).toEqual({ ok: true });
    expect(rt.edit('D3', '-1')).toEqual({
      ok: false,
      reason: 'validation',
      message: msg.dataValidationViolation('D3'),
    });
    rt.edit('B2', '5');
    expect(rt.edit('D2', '4')).toMatchObject({ ok: false, reason: 'validation' });
    expect(rt.edit('D2', '6')).toEqual({ ok: true });
    // Edits are the user's, not the script's: none of them were counted (onEdit's own calls were).
    expect(rt.calls.count('Range.setValue')).toBe(3);
  });
});

describe('layout and copies', () => {
  it('merges, borders, checkboxes, hidden columns and tab colours', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('layout')).toEqual([
      true,
      null,
      true,
      true,
      false,
      '#00ff00',
      'CLIP',
      false,
      'center',
      14,
    ]);
    expect(rt.values('E2:E4')).toEqual([[false], [true], [false]]);
    expect(rt.formats('A2:B2')[0]?.[0]?.borders).toEqual({
      top: { color: '#000000', style: 'SOLID_MEDIUM' },
      left: { color: '#000000', style: 'SOLID_MEDIUM' },
      bottom: { color: '#000000', style: 'SOLID_MEDIUM' },
      right: { color: '#000000', style: 'SOLID_MEDIUM' },
    });
  });

  it('inserts a sheet from a template and clears contents only', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('templated')).toEqual([['Sheet1', 'Week 2'], 'Week 2', 'bold', 0]);
  });

  it('copies ranges with relative references, copies sheets, and names ranges for formulas', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('copyAndNames')).toEqual([
      [
        ['', '=D5*2'],
        ['', '=D6*2'],
      ],
      ['Inputs=A1:A2'],
      'Copy of Sheet1',
      6,
      2,
    ]);
    expect(rt.values('H1')).toEqual([[4]]);
  });
});
