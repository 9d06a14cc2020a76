import { describe, expect, it } from 'vitest';
import { addOn } from '../support/runtime';

describe('the Offseason menu', () => {
  it('is built by onOpen in AuthMode.NONE, touching nothing but the menu builders', () => {
    const rt = addOn({ authMode: 'NONE' });
    rt.open();
    expect(rt.ui.menuItems()).toEqual([
      expect.objectContaining({ caption: 'Generate program…', functionName: 'showGenerateDialog' }),
      expect.objectContaining({
        caption: 'Continue athlete…',
        functionName: 'showContinueDialog',
      }),
      expect.objectContaining({ caption: 'Log a session…', functionName: 'showLogSidebar' }),
      expect.objectContaining({
        caption: 'Create editable template',
        functionName: 'createTemplate',
      }),
      expect.objectContaining({ caption: 'Create roster', functionName: 'createRoster' }),
      expect.objectContaining({
        caption: 'Generate for roster',
        functionName: 'generateForRoster',
      }),
      expect.objectContaining({ caption: 'Refresh dashboard', functionName: 'refreshDashboard' }),
      expect.objectContaining({ caption: 'Run self-test', functionName: 'runSelfTest' }),
      expect.objectContaining({ caption: 'Help', functionName: 'showHelp' }),
    ]);
    const touched = Object.keys(rt.calls.snapshot());
    expect(
      touched.every((call) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(call)),
    ).toBe(true);
  });

  it('is built by onInstall too', () => {
    const rt = addOn();
    rt.call('onInstall', { authMode: rt.authMode });
    expect(rt.ui.menuItems()).toHaveLength(9);
  });

  it('points every item at a top-level function of the bundle', () => {
    const rt = addOn();
    rt.open();
    for (const item of rt.ui.menuItems()) {
      expect(() => rt.call(item.functionName), item.functionName).not.toThrow();
    }
  });
});
