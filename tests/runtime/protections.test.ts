import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const PROTECTED = msg.protected;

const CODE = `
function protectPlan(warningOnly) {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.getRange('A1:C3').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  var p = sh.getRange('A1:B2').protect().setDescription('Plan');
  p.removeEditors(p.getEditors());
  if (warningOnly) p.setWarningOnly(true);
  return p.getEditors().map(function (u) { return u.getEmail(); });
}
function protectSheetExceptLog() {
  var sh = SpreadsheetApp.getActiveSheet();
  var p = sh.protect().setDescription('Locked tab');
  p.setUnprotectedRanges([sh.getRange('C1:C10')]);
  p.removeEditors(p.getEditors());
  p.addEditor('assistant@example.com');
  return sh.protect().getDescription();
}
function write(a1, v) { SpreadsheetApp.getActiveSheet().getRange(a1).setValue(v); }
function insertRow() { SpreadsheetApp.getActiveSheet().insertRowsAfter(1, 1); }
function canEdit(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).canEdit(); }
function mirror() {
  var p = SpreadsheetApp.getActiveSheet().getRange('E1').protect();
  return [p.canEdit(), p.getEditors().length];
}
function list() {
  return SpreadsheetApp.getActiveSpreadsheet().getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (p) {
    return [p.getDescription(), p.getRange().getA1Notation(), String(p.getProtectionType()), p.isWarningOnly(), p.canEdit()];
  });
}
function unprotect() {
  SpreadsheetApp.getActiveSpreadsheet().getProtections(SpreadsheetApp.ProtectionType.RANGE).forEach(function (p) { p.remove(); });
}
`;

describe('protections', () => {
  it('let the owner write, refuse another user, for scripts and for UI edits', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('protectPlan', false)).toEqual(['coach@example.com']);
    rt.call('write', 'A1', 10);
    expect(rt.edit('B2', '50')).toEqual({ ok: true });

    rt.setUser('athlete@example.com');
    expect(() => rt.call('write', 'B1', 20)).toThrow(PROTECTED);
    expect(rt.edit('A2', '40')).toEqual({ ok: false, reason: 'protected', message: PROTECTED });
    expect(rt.call('canEdit', 'A1')).toBe(false);
    // Outside the protected range the athlete writes freely.
    rt.call('write', 'C3', 90);
    expect(rt.edit('C1', '30')).toEqual({ ok: true });
    expect(rt.values('A1:C3')).toEqual([
      [10, 2, 30],
      [4, 50, 6],
      [7, 8, 90],
    ]);
    expect(rt.call('list')).toEqual([['Plan', 'A1:B2', 'RANGE', false, false]]);
    expect(() => rt.call('unprotect')).toThrow(PROTECTED);
  });

  it('only warn when warning-only', () => {
    const rt = createRuntime({ code: CODE });
    rt.call('protectPlan', true);
    rt.setUser('athlete@example.com');
    rt.call('write', 'A1', 'scripted');
    const result = rt.edit('B1', 'typed');
    expect(result).toEqual({
      ok: true,
      warning: msg.protectedRangeWarning('Plan'),
    });
    expect(rt.ui.warnings).toHaveLength(1);
    expect(rt.values('A1:B1')).toEqual([['scripted', 'typed']]);
  });

  it('mirror the spreadsheet editors until the script narrows them', () => {
    const rt = createRuntime({ code: CODE });
    rt.setUser('athlete@example.com');
    expect(rt.call('mirror')).toEqual([true, 2]);
    expect(rt.edit('E1', 'still editable')).toEqual({ ok: true });
  });

  it('protect a whole sheet except unprotected ranges, including structural edits', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('protectSheetExceptLog')).toBe('Locked tab');
    rt.setUser('athlete@example.com');
    expect(rt.edit('C5', 'log entry')).toEqual({ ok: true });
    expect(rt.edit('D5', 'nope')).toMatchObject({ ok: false, reason: 'protected' });
    expect(() => rt.call('write', 'C1:D1', 1)).toThrow(PROTECTED);
    expect(() => rt.call('insertRow')).toThrow(PROTECTED);
    rt.setUser('assistant@example.com');
    rt.call('write', 'D5', 'assistant may');
    expect(rt.values('C5:D5')).toEqual([['log entry', 'assistant may']]);
  });

  it('follow their rows when rows are inserted above them', () => {
    const rt = createRuntime({
      code: `${CODE} function shift() { SpreadsheetApp.getActiveSheet().insertRowsBefore(1, 2); return list(); }`,
    });
    rt.call('protectPlan', false);
    expect(rt.call('shift')).toEqual([['Plan', 'A3:B4', 'RANGE', false, true]]);
    rt.setUser('athlete@example.com');
    expect(rt.edit('A1', 'free now')).toEqual({ ok: true });
    expect(rt.edit('A3', 'still locked')).toMatchObject({ ok: false });
  });

  it('on a shared drive have no owner: nobody is let in who is not listed', () => {
    const rt = createRuntime({
      code: `${CODE} function owner() { return SpreadsheetApp.getActiveSpreadsheet().getOwner(); }
        function lockFor(who) { var p = SpreadsheetApp.getActiveSheet().getRange('A1').protect();
          p.addEditor(who); p.removeEditors(p.getEditors());
          return p.getEditors().map(function (u) { return u.getEmail(); }); }`,
      sharedDrive: true,
    });
    expect(rt.call('owner')).toBeNull();
    rt.setUser('athlete@example.com');
    rt.setUser('coach@example.com');
    // The creator stays an editor; the spreadsheet's first user is not an owner to keep.
    rt.setUser('athlete@example.com');
    expect(rt.call('lockFor', 'athlete@example.com')).toEqual(['athlete@example.com']);
    rt.setUser('coach@example.com');
    expect(rt.call('canEdit', 'A1')).toBe(false);
    expect(rt.edit('A1', 'x')).toMatchObject({ ok: false, reason: 'protected' });
    expect(rt.serialize().spreadsheet.sharedDrive).toBe(true);
  });
});
