import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { settingKey } from '../../src/sheet/keys';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { bundleSource } from '../support/bundle';
import { addOn, COACH, options, roster, tab } from '../support/runtime';
import { expectUnchanged, snapshot } from '../support/snapshot';
import { rosterRow } from '../support/spec';

const ANA = 'ana@example.com';
const DAN = 'dan@example.com';
const EVE = 'eve@example.com';

/** What everyone may call: the menu's triggers, help, the sidebar and an athlete's own sessions. */
const EVERYONE = ['onOpen', 'onInstall', 'showHelp', 'showLogSidebar', 'getSession', 'saveSession'];

/**
 * The coach's operations: every other top-level function of the bundle (a server function added
 * later joins this list by itself; names ending in `_` are private, google.script.run can't call
 * them), as any sidebar can call them. The caller is checked before the arguments are read, so
 * only the dialog's server function is given any.
 */
const COACH_OPERATIONS: readonly [string, unknown[]][] = [
  ...bundleSource().matchAll(/^function ([A-Za-z]\w*[A-Za-z0-9])\(/gm),
]
  .map((m) => m[1] as string)
  .filter((name) => !EVERYONE.includes(name) && !CUSTOM_FUNCTIONS.some((f) => f.name === name))
  .map((name) => [name, name === 'generateProgram' ? [options({ athlete: 'Mallory' })] : []]);

/** A spreadsheet the coach shared with Ana, Dan and Eve; Ana's tab exists, Dan is on the roster. */
function shared(opts: Parameters<typeof addOn>[0] = {}): Runtime {
  const rt = addOn(opts);
  for (const user of [ANA, DAN, EVE, COACH]) rt.setUser(user);
  roster(rt, [rosterRow('Ana', ANA)]);
  rt.call('generateForRoster');
  rosterRow('Dan', DAN).forEach((value, c) => {
    if (value !== '') rt.edit(`'Roster'!${String.fromCharCode(65 + c)}4`, value);
  });
  return rt;
}

/** Runs a server function from a sidebar; a refusal that throws is returned as its message. */
function attempt(rt: Runtime, name: string, args: unknown[]): string | undefined {
  const alerts = rt.ui.alerts.length;
  try {
    rt.runFromClient(name, ...args);
  } catch (error) {
    return (error as Error).message;
  }
  return rt.ui.alerts.slice(alerts).at(-1)?.prompt;
}

describe('the coach’s operations', () => {
  it('are every top-level function but the custom functions and what everyone may call', () => {
    expect(COACH_OPERATIONS.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'showGenerateDialog',
        'generateProgram',
        'createTemplate',
        'createRoster',
        'generateForRoster',
        'refreshDashboard',
        'runSelfTest',
      ]),
    );
  });

  it.each(COACH_OPERATIONS)(
    'refuse %s to an athlete, with a clear message, changing nothing',
    (name, args) => {
      const rt = shared();
      rt.setUser(ANA);
      const before = snapshot(rt);
      expect(attempt(rt, name, args)).toMatch(
        /is for the coach \(coach@example\.com, who owns this spreadsheet\)\. Nothing was changed\.$/,
      );
      expect(rt.ui.dialogs.filter((d) => d.kind !== 'sidebar')).toHaveLength(0);
      expectUnchanged(rt, before);
    },
  );

  it('keep an athlete from making herself editor of another athlete’s tab', () => {
    const rt = shared();
    // Before the coach generates Dan's tab, Ana tries to, from her sidebar.
    rt.setUser(ANA);
    attempt(rt, 'generateForRoster', []);
    expect(rt.spreadsheet.getSheetByName('Dan')).toBeNull();
    rt.setUser(COACH);
    rt.call('generateForRoster');
    const dan = tab(rt, 'Dan');
    rt.setUser(ANA);
    expect(rt.edit(dan.a1('W1 · S1 · Squat', 'rir'), 0)).toMatchObject({ ok: false });
    expect(rt.edit(dan.a1(settingKey('targetRir'), 'prescription'), 0)).toMatchObject({
      ok: false,
    });
    // Every protection on Dan's tab lets in the coach, and Dan on his inputs: nobody else.
    const dans = snapshot(rt).protections.filter((p) => p.tab === 'Dan');
    expect(dans.map((p) => p.editors)).toEqual([[COACH], [COACH, DAN]]);
    rt.setUser(DAN);
    expect(rt.edit(dan.a1('W1 · S1 · Squat', 'rir'), 2)).toEqual({ ok: true });
  });

  it('keep an athlete from creating the Roster, and so from owning its protection', () => {
    const rt = addOn();
    rt.setUser(EVE);
    rt.setUser(COACH);
    rt.setUser(EVE);
    attempt(rt, 'createRoster', []);
    expect(rt.spreadsheet.getSheetByName('Roster')).toBeNull();
    rt.setUser(COACH);
    rt.call('createRoster');
    expect(snapshot(rt).protections.map((p) => [p.tab, p.editors])).toEqual([['Roster', [COACH]]]);
    rt.setUser(EVE);
    expect(rt.edit("'Roster'!B2", EVE)).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuse someone whose email Google does not share, and change nothing', () => {
    const rt = shared();
    rt.setUser('');
    const before = snapshot(rt);
    expect(attempt(rt, 'createTemplate', [])).toMatch(/Google did not tell Offseason who you are/);
    expectUnchanged(rt, before);
  });

  it('run for the coach, whose email Google may spell in another case', () => {
    const rt = shared();
    rt.setUser('Coach@Example.com');
    rt.call('createTemplate');
    expect(rt.spreadsheet.getSheetByName('Template')).not.toBeNull();
  });

  it('leave help, the sidebar and an athlete’s own sessions to everyone', () => {
    const rt = shared();
    rt.setUser(ANA);
    rt.call('showHelp');
    expect(rt.ui.alerts.at(-1)?.title).toBe('Offseason');
    rt.call('showLogSidebar');
    expect(rt.ui.lastDialog('sidebar')?.title).toBe('Log a session');
    expect(rt.runFromClient('getSession', { sheetName: 'Ana' })).toMatchObject({ athlete: 'Ana' });
  });
});

describe('on a shared drive, where Sheets reports no owner', () => {
  it('the first to run a coach operation is the coach, recorded where only they can change it', () => {
    const rt = addOn({ sharedDrive: true });
    for (const user of [ANA, COACH]) rt.setUser(user);
    expect(rt.spreadsheet.getOwner()).toBeNull();
    rt.runFromClient('generateProgram', options());
    const record = rt.spreadsheet.getSheetByName('Offseason coach');
    expect(record?.isSheetHidden()).toBe(true);
    expect(rt.values("'Offseason coach'!A1:B1")).toEqual([['Coach', COACH]]);
    // No owner bypasses protections here: the coach is listed on every one.
    expect(snapshot(rt).protections.map((p) => [p.tab, p.editors])).toEqual([
      ['Offseason coach', [COACH]],
      [PROTOTYPE.name, [COACH]],
      ['Ana', [COACH]],
    ]);

    rt.setUser(ANA);
    const before = snapshot(rt);
    expect(attempt(rt, 'createRoster', [])).toMatch(
      /^Create roster is for the coach \(coach@example\.com, the first to use Offseason’s coach tools here\)/,
    );
    expect(rt.edit("'Offseason coach'!B1", ANA)).toMatchObject({ ok: false, reason: 'protected' });
    expect(rt.edit(tab(rt, 'Ana').a1('W1 · S1 · Squat', 'target'), 1)).toMatchObject({
      ok: false,
    });
    expectUnchanged(rt, before);

    rt.setUser(COACH);
    rt.call('createRoster');
    expect(rt.spreadsheet.getSheetByName('Roster')).not.toBeNull();
  });
});
