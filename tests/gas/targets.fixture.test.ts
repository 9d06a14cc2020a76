import { describe, expect, it } from 'vitest';
import { settingKey } from '../../src/sheet/keys';
import { addOn, tab } from '../support/runtime';
import { FIXTURE_PROGRAMS, logScript, targetsOf } from '../support/targets';

/**
 * Targets are identical to the ones the tab computed before issue 10's redesign, for the same
 * programs and the same logged data: tests/fixtures/targets.json was recorded from that layout.
 */
describe('targets against the recorded fixture', () => {
  it('match for every program, before and after logging, and after a settings change', async () => {
    const recorded: Record<string, unknown> = {};
    for (const program of FIXTURE_PROGRAMS) {
      const rt = addOn();
      const { sheetName } = rt.runFromClient('generateProgram', program.options) as {
        sheetName: string;
      };
      const before = targetsOf(rt, sheetName);
      logScript(rt, sheetName);
      const logged = targetsOf(rt, sheetName);
      const t = tab(rt, sheetName);
      for (const [id, value] of Object.entries(program.settings ?? {})) {
        rt.edit(t.a1(settingKey(id), 'prescription'), value);
      }
      rt.call('refreshDashboard');
      recorded[program.name] = {
        before,
        logged,
        ...(program.settings ? { settings: targetsOf(rt, sheetName) } : {}),
        dashboard: rt.values("'Dashboard'!A1:L2"),
      };
    }
    await expect(`${JSON.stringify(recorded, null, 1)}\n`).toMatchFileSnapshot(
      '../fixtures/targets.json',
    );
  });
});
