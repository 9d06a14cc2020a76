import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../runtime/core/scopes';
import { createRuntime, msg } from '../support/runtime';

const ADDON = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Generate program', 'generateProgram')
    .addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('Log').addItem('Open log sidebar', 'showLog'));
  menu.addToUi();
  return e.authMode;
}
function onInstall(e) { return onOpen(e); }
function greedyOnOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'x').addToUi();
  return PropertiesService.getDocumentProperties().getProperty('setup');
}
function readSheet() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function email() { return Session.getActiveUser().getEmail(); }
function tz() { return Session.getScriptTimeZone(); }
function catchIt() {
  try { SpreadsheetApp.getActiveSpreadsheet(); return 'no error'; }
  catch (err) { return [err instanceof Error, err.name, err.message]; }
}
function showLog() {
  var out = HtmlService.createHtmlOutput('<p>log</p>').setTitle('Training log').setWidth(500);
  SpreadsheetApp.getUi().showSidebar(out);
}
function showDialog() {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<b>hi</b>').setWidth(400).setHeight(200), 'Setup');
}
function ask() {
  var ui = SpreadsheetApp.getUi();
  var b = ui.alert('Reset?', 'This clears the program.', ui.ButtonSet.YES_NO);
  var p = ui.prompt('Your 1RM?');
  return [b === ui.Button.YES, String(b), p.getResponseText(), String(p.getSelectedButton())];
}
function toast() { SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Offseason', 3); }
`;

describe('AuthMode.NONE', () => {
  it('lets onOpen build the add-on menu and records its items', () => {
    const rt = createRuntime({ code: ADDON, authMode: 'NONE' });
    expect(rt.open()).toBe('NONE');
    expect(rt.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: 'Add-on',
        items: [
          { caption: 'Generate program', functionName: 'generateProgram' },
          { separator: true },
          {
            submenu: {
              kind: 'custom',
              caption: 'Log',
              items: [{ caption: 'Open log sidebar', functionName: 'showLog' }],
            },
          },
        ],
      },
    ]);
    expect(rt.ui.menuItems().map((i) => i.functionName)).toEqual(['generateProgram', 'showLog']);
    // Opening again replaces the menu rather than adding a second one.
    rt.open();
    expect(rt.ui.menus).toHaveLength(1);
  });

  it('refuses spreadsheet, properties and user email with Google-style permission errors', () => {
    const rt = createRuntime({ code: ADDON, authMode: 'NONE' });
    expect(() => rt.call('readSheet')).toThrow(
      msg.noPermission('SpreadsheetApp.getActiveSpreadsheet', [
        SCOPES.spreadsheetsCurrentOnly,
        SCOPES.spreadsheets,
      ]),
    );
    expect(() => rt.call('greedyOnOpen', {})).toThrow(
      msg.noPermission('PropertiesService.getDocumentProperties'),
    );
    expect(() => rt.call('email')).toThrow(
      msg.noPermission('Session.getActiveUser', [SCOPES.userinfoEmail]),
    );
    expect(rt.call('tz')).toBe('Europe/London');
    expect(rt.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  });

  it('throws errors that are Errors of the script realm, named Exception', () => {
    const rt = createRuntime({ code: ADDON, authMode: 'NONE' });
    expect(rt.call('catchIt')).toEqual([
      true,
      'Exception',
      expect.stringContaining('SpreadsheetApp.getActiveSpreadsheet'),
    ]);
  });

  it('passes once the mode changes to LIMITED or FULL', () => {
    const rt = createRuntime({ code: ADDON, authMode: 'NONE', user: 'runner@example.com' });
    rt.setAuthMode('LIMITED');
    expect(rt.open()).toBe('LIMITED');
    expect(rt.call('readSheet')).toBe('Offseason (local)');
    rt.setAuthMode('FULL');
    expect(rt.call('email')).toBe('runner@example.com');
    rt.setUser('athlete@example.com');
    expect(rt.call('email')).toBe('athlete@example.com');
  });
});

describe('Ui', () => {
  it('records sidebars at 300 px and dialogs with their size and title', () => {
    const rt = createRuntime({ code: ADDON });
    rt.call('showLog');
    rt.call('showDialog');
    expect(rt.ui.dialogs).toEqual([
      { kind: 'sidebar', title: 'Training log', html: '<p>log</p>', width: 300, height: null },
      { kind: 'modal', title: 'Setup', html: '<b>hi</b>', width: 400, height: 200 },
    ]);
    expect(rt.ui.lastDialog('sidebar')?.title).toBe('Training log');
  });

  it('answers alerts with the first button unless a response is queued, and records them', () => {
    const rt = createRuntime({ code: ADDON });
    expect(rt.call('ask')).toEqual([true, 'YES', '', 'OK']);
    rt.ui.respond('NO');
    rt.ui.respond('OK', '140');
    expect(rt.call('ask')).toEqual([false, 'NO', '140', 'OK']);
    expect(rt.ui.alerts[0]).toEqual({
      kind: 'alert',
      title: 'Reset?',
      prompt: 'This clears the program.',
      buttons: 'YES_NO',
      answer: 'YES',
    });
  });

  it('records toasts', () => {
    const rt = createRuntime({ code: ADDON });
    rt.call('toast');
    expect(rt.ui.toasts).toEqual([{ message: 'Saved', title: 'Offseason', timeoutSeconds: 3 }]);
  });

  it('hides methods Apps Script does not have', () => {
    const rt = createRuntime({
      code: `function probe() { var r = SpreadsheetApp.getActiveSheet().getRange('A1');
        return [typeof r.setValues, typeof r.writeValues, typeof r.rect, String(r)]; }`,
    });
    expect(rt.call('probe')).toEqual(['function', 'undefined', 'undefined', 'Range']);
  });

  it('hands tests the very Spreadsheet object the script sees', () => {
    const rt = createRuntime({
      code: 'function ss() { return SpreadsheetApp.getActiveSpreadsheet(); }',
    });
    expect(rt.call('ss')).toBe(rt.spreadsheet);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(rt.calls.count('Spreadsheet.getSheets')).toBe(1);
  });

  it('reports an unknown function as Apps Script does', () => {
    const rt = createRuntime({ code: ADDON });
    expect(() => rt.call('nope')).toThrow(msg.functionNotFound('nope'));
  });
});
