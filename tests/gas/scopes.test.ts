import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../runtime';
import { SCOPES } from '../../runtime/core/scopes';
import { bundleSource } from '../support/bundle';
import { addOn, distHtml, MANIFEST, msg, options, restoreRuntime, tab } from '../support/runtime';

const built = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { oauthScopes: string[] };
const withoutEmail = {
  ...built,
  oauthScopes: built.oauthScopes.filter((s) => s !== SCOPES.userinfoEmail),
};

describe('the manifest’s scopes', () => {
  it('are least privilege: this spreadsheet, the add-on’s UI, and the user’s email', () => {
    expect(built.oauthScopes).toEqual([
      SCOPES.spreadsheetsCurrentOnly,
      SCOPES.containerUi,
      SCOPES.userinfoEmail,
    ]);
  });

  it('without userinfo.email, make protecting a tab and saving a session throw as Google does', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const state = rt.serialize();
    const reopen = (manifest: Manifest | string) =>
      restoreRuntime(state, { code: bundleSource(), htmlFiles: distHtml(), manifest });
    const save = {
      saveId: 'save-0001',
      sheetName: 'Ana',
      sessionKey: 'W1 · S1',
      exercises: [
        { key: tab(rt, 'Ana').key('W1 · S1 · Squat'), sets: [{ load: 50, reps: 5, rir: 2 }] },
      ],
    };
    const strict = reopen(withoutEmail);
    // The coach's operations first ask who is calling: Session.getActiveUser.
    for (const menuItem of ['createTemplate', 'createRoster']) {
      expect(() => strict.call(menuItem), menuItem).toThrow(
        msg.noPermission('Session.getActiveUser', [SCOPES.userinfoEmail]),
      );
    }
    // A save records who logged it: Session.getActiveUser.
    expect(() => strict.runFromClient('saveSession', save)).toThrow(
      msg.noPermission('Session.getActiveUser', [SCOPES.userinfoEmail]),
    );
    // With the built manifest the same save goes through.
    expect(reopen(MANIFEST).runFromClient('saveSession', save)).toMatchObject({ saved: true });
  });
});
