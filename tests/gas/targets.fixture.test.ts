import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingKey } from '../../src/sheet/keys';
import { addOn, tab } from '../support/runtime';
import { FIXTURE_PROGRAMS, logScript, targetsOf } from '../support/targets';

/**
 * Targets are identical to the ones the tab computed before issue 10's redesign, for the same
 * programs and the same logged data: tests/fixtures/targets.json was recorded from that layout
 * (every target before logging, after a scripted week of it, after a settings change, and the
 * dashboard's row; its last column was empty then and holds the row's hidden tab id now).
 */
interface Recorded {
  readonly before: Record<string, unknown>;
  readonly logged: Record<string, unknown>;
  readonly settings?: Record<string, unknown>;
  readonly dashboard: unknown[][];
}

const RECORDED = JSON.parse(
  readFileSync(new URL('../fixtures/targets.json', import.meta.url), 'utf8'),
) as Record<string, Recorded>;

describe('targets against the fixture recorded from the layout before the redesign', () => {
  it.each(FIXTURE_PROGRAMS.map((p) => [p.name, p] as const))('%s', (name, program) => {
    const recorded = RECORDED[name];
    if (!recorded) throw new Error(`nothing recorded for ${name}`);
    const rt = addOn();
    const { sheetName } = rt.runFromClient('generateProgram', program.options) as {
      sheetName: string;
    };
    expect(targetsOf(rt, sheetName)).toEqual(recorded.before);
    logScript(rt, sheetName);
    expect(targetsOf(rt, sheetName)).toEqual(recorded.logged);
    const t = tab(rt, sheetName);
    for (const [id, value] of Object.entries(program.settings ?? {}))
      rt.edit(t.a1(settingKey(id), 'prescription'), value);
    if (recorded.settings) expect(targetsOf(rt, sheetName)).toEqual(recorded.settings);
    rt.call('refreshDashboard');
    const width = (recorded.dashboard[0]?.length ?? 1) - 1;
    expect(rt.values("'Dashboard'!A1:K2")).toEqual(
      recorded.dashboard.map((r) => r.slice(0, width)),
    );
  });
});
