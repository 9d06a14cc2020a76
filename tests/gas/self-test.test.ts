import { describe, expect, it } from 'vitest';
import { addOn, msg, options } from '../support/runtime';

const sheetNames = (rt: ReturnType<typeof addOn>) => rt.serialize().sheets.map((s) => s.name);

describe('Run self-test', () => {
  it('reports one line per check, passes on the local runtime, and leaves the spreadsheet as it was', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const before = sheetNames(rt);
    rt.call('runSelfTest');
    const [alert] = rt.ui.alerts;
    expect(alert?.title).toBe('Offseason self-test');
    const lines = alert?.prompt.split('\n') ?? [];
    expect(lines[0]).toBe('Passed: Google does what Offseason (and its local runtime) expects.');
    const checks = [
      /^✓ Your email is readable \(userinfo\.email granted\): coach@example\.com \(1 checked\)$/,
      /^✓ Formulas written read back identically \(\d{3} checked\)$/,
      /^✓ Targets recalculated by Sheets follow the rule \(1\d checked\)$/,
      /^✓ The header links to the session to do \(1 checked\)$/,
      /^✓ The layout holds \(.*\) \(11 checked\)$/,
      /^✓ Who may edit \(.*\) \(6 checked\)$/,
      /^✓ A tab named “Self-test ~\*\? [0-9a-f]{8}” resolves its targets, read by name from another tab \(\d+ checked\)$/,
      /^✓ A tab named “Self-test O'Brien [0-9a-f]{8}” resolves its targets, read by name from another tab \(\d+ checked\)$/,
      /^• For the record \(Offseason works either way\): a chart anchored past a tab’s last row is refused$/,
      /^✓ A tab grows only when rows are inserted \(2 checked\)$/,
      /^✓ A chart reads another tab’s hidden columns \(the Dashboard’s do\) \(3 checked\)$/,
      /^• For the record \(Offseason works either way\): a copy of the hidden prototype is hidden, with 0 sheet protections of its own$/,
    ];
    expect(lines.slice(1)).toHaveLength(checks.length);
    for (const [i, check] of checks.entries()) expect(lines[i + 1]).toMatch(check);
    expect(sheetNames(rt)).toEqual(before);
  });

  it('names each difference under its check when Google differs', () => {
    const rt = addOn();
    let changed = false;
    // As if Google rewrote the first formula another tab reads a named tab with.
    rt.between((call) => {
      if (changed || call.name !== 'Range.setFormulas' || call.phase !== 'after') return;
      changed = true;
      const probe = rt.spreadsheet
        .getSheets()
        .find((s) => s.getName().startsWith('Self-test probe'));
      probe?.getRange('A1').setFormula('=1');
    });
    rt.call('runSelfTest');
    const lines = rt.ui.alerts.at(-1)?.prompt.split('\n') ?? [];
    expect(lines[0]).toBe('Failed: Google differs from what Offseason expects where marked ✗.');
    const failed = lines.findIndex((l) => l.startsWith('✗'));
    expect(lines[failed]).toMatch(
      /^✗ A tab named “Self-test ~\*\? [0-9a-f]{8}” resolves .*: 2 of \d+ differ$/,
    );
    expect(lines[failed + 1]).toMatch(
      /^ {4}A1 \(Self-test ~\*\? .* → W2 · S1 · .*\): expected \d+.*, Sheets gave 1$/,
    );
    expect(lines[failed + 2]).toMatch(
      /^ {4}A1 \(formula\): expected ='Self-test ~\*\? .*'!C\d+, Sheets gave =1$/,
    );
    expect(lines.filter((l) => l.startsWith('✗'))).toHaveLength(1);
  });

  it('deletes its scratch tabs even when Google fails midway', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const before = sheetNames(rt);
    rt.between((call) => {
      if (call.name === 'Sheet.insertRowsAfter' && call.phase === 'before') throw rt.serviceError();
    });
    expect(() => rt.call('runSelfTest')).toThrow(msg.serviceFailed('offseason-local-spreadsheet'));
    rt.between(undefined);
    expect(sheetNames(rt)).toEqual(before);
  });
});
