import { describe, expect, it } from 'vitest';
import { addOn, options } from '../support/runtime';

describe('Run self-test', () => {
  it('passes on the local formula engine and leaves the spreadsheet as it was', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const before = rt.serialize().sheets.map((s) => s.name);
    rt.call('runSelfTest');
    const [alert] = rt.ui.alerts;
    expect(alert?.title).toBe('Offseason self-test');
    expect(alert?.prompt).toMatch(
      /^Passed: 1[0-9] targets recalculated by Sheets match the Offseason rule\.\nPassed: 11 checks of the layout \(a tab copied from the prototype, the link to the session to do, a block sorted, a row deleted\)\.\nPassed: 5 checks of who may edit \(the tab's protection, its inputs, text kept as text\)\.$/,
    );
    expect(rt.serialize().sheets.map((s) => s.name)).toEqual(before);
  });
});
