import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCOPED_CLASSES, SCOPES } from '../../runtime/core/scopes';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function sheetName() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function menu() { SpreadsheetApp.getUi().createMenu('Tools').addItem('Go', 'go').addToUi(); return 'ok'; }
function alertIt() { SpreadsheetApp.getUi().alert('hi'); }
function email() { return Session.getActiveUser().getEmail(); }
function rule() { return SpreadsheetApp.newDataValidation().requireNumberBetween(1, 2).build().getCriteriaType(); }
function html() { return HtmlService.createHtmlOutput('<b>x</b>').getContent(); }
function props() { PropertiesService.getDocumentProperties().setProperty('a', '1'); return 'ok'; }
`;

const ONLY = (...oauthScopes: string[]) => createRuntime({ code: CODE, manifest: { oauthScopes } });

describe('scopes', () => {
  it('are listed for every Apps Script class the runtime fakes', () => {
    const dir = new URL('../../runtime/services/', import.meta.url);
    const faked = readdirSync(dir)
      .flatMap((f) => [
        ...readFileSync(new URL(f, dir), 'utf8').matchAll(
          /static readonly gas: GasInfo = \{\s*name: '(\w+)'/g,
        ),
      ])
      .map((m) => m[1]);
    expect(faked.length).toBeGreaterThan(25);
    for (const name of faked) expect(SCOPED_CLASSES, name).toContain(name);
  });

  it('refuse a call the manifest does not grant, naming the alternatives as Google does', () => {
    const english = createRuntime({
      code: CODE,
      manifest: { oauthScopes: [SCOPES.containerUi] },
      language: 'en',
    });
    expect(() => english.call('sheetName')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
        '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets). ' +
        'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is',
    );
    const rt = ONLY(SCOPES.containerUi);
    expect(() => rt.call('sheetName')).toThrow(
      msg.noPermission('SpreadsheetApp.getActiveSpreadsheet', [
        SCOPES.spreadsheetsCurrentOnly,
        SCOPES.spreadsheets,
      ]),
    );
    expect(() => rt.call('email')).toThrow(
      msg.noPermission('Session.getActiveUser', [SCOPES.userinfoEmail]),
    );
    expect(rt.calls.total()).toBe(0);
  });

  it('accept any one of a method’s scopes', () => {
    expect(ONLY(SCOPES.spreadsheets).call('sheetName')).toBe('Offseason (local)');
    expect(ONLY(SCOPES.spreadsheetsCurrentOnly).call('sheetName')).toBe('Offseason (local)');
  });

  it('need none for menus, rule builders, HTML and properties; dialogs need container.ui', () => {
    const rt = ONLY();
    expect(rt.call('menu')).toBe('ok');
    expect(rt.call('rule')).toBe('NUMBER_BETWEEN');
    expect(rt.call('html')).toBe('<b>x</b>');
    expect(rt.call('props')).toBe('ok');
    expect(() => rt.call('alertIt')).toThrow(msg.noPermission('Ui.alert', [SCOPES.containerUi]));
    expect(ONLY(SCOPES.containerUi).call('alertIt')).toBeUndefined();
  });

  it('are all granted by a manifest without oauthScopes, as Apps Script detects them from the code', () => {
    const rt = createRuntime({ code: CODE, manifest: { timeZone: 'Etc/UTC' } });
    expect(rt.call('email')).toBe('coach@example.com');
    expect(createRuntime({ code: CODE }).call('sheetName')).toBe('Offseason (local)');
  });
});
