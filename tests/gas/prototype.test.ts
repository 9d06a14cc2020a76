import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { sheetsCalls } from '../support/calls';
import { addOn, COACH, direct, options, roster } from '../support/runtime';
import { expectUnchanged, snapshot } from '../support/snapshot';
import { rosterRow } from '../support/spec';

const ANA = 'ana@example.com';
const REFUSAL = new RegExp(
  `^${PROTOTYPE.name}: Offseason copies every athlete’s tab from its own hidden tab of this name, .*Delete or rename that tab .*then try again\\. Nothing was changed\\.$`,
);

/** How Ana made her tab of the prototype's name: left open, or protected for herself. */
type Made = 'unprotected' | 'protected by her';

/**
 * A spreadsheet the coach shared with Ana, a roster with her on it, and, before the coach's first
 * Generate, a hidden tab Ana made under the prototype's name with a formula planted in it.
 */
function planted(made: Made, opts: Parameters<typeof addOn>[0] = {}): Runtime {
  const rt = addOn(opts);
  for (const user of [ANA, COACH]) rt.setUser(user);
  roster(rt, [rosterRow('Ana', ANA), rosterRow('Ben')]);
  rt.as(ANA, () => {
    const sheet = rt.spreadsheet.insertSheet(PROTOTYPE.name);
    sheet.getRange('A20').setFormula('=IMPORTXML("https://example.com","//a")');
    if (made === 'protected by her')
      sheet.protect().removeEditors(rt.spreadsheet.getEditors().map((u) => u.getEmail()));
    sheet.hideSheet();
  });
  return rt;
}

/** Runs a coach operation; what it said (thrown, or its last alert), and that nothing changed. */
function refused(rt: Runtime, run: () => unknown): string | undefined {
  const before = snapshot(rt);
  const alerts = rt.ui.alerts.length;
  let said: string | undefined;
  try {
    run();
    said = rt.ui.alerts.slice(alerts).at(-1)?.prompt;
  } catch (error) {
    said = (error as Error).message;
  }
  expect(rt.ui.dialogs.filter((d) => d.kind !== 'sidebar')).toHaveLength(0);
  expectUnchanged(rt, before);
  return said;
}

describe('the prototype every tab is copied from, found by its name', () => {
  it.each<Made>(['unprotected', 'protected by her'])(
    'is refused when an athlete made a tab of its name first (%s): the form, Generate and the roster say so, and nothing is generated',
    (made) => {
      const rt = planted(made);
      expect(refused(rt, () => rt.call('showGenerateDialog'))).toMatch(REFUSAL);
      expect(rt.ui.alerts.at(-1)?.title).toBe('Offseason');
      // Called without the form, or by a form opened under another prototype (before a release
      // renamed it): what is found is verified.
      for (const request of [direct(), options({ prototype: 'Offseason layout 2' })])
        expect(refused(rt, () => rt.runFromClient('generateProgram', request))).toMatch(REFUSAL);
      expect(refused(rt, () => rt.call('generateForRoster'))).toMatch(REFUSAL);
      expect(rt.ui.alerts.at(-1)?.title).toBe('Offseason: nothing generated');
      expect(rt.serialize().sheets.map((s) => s.name)).toEqual([
        'Sheet1',
        'Roster',
        PROTOTYPE.name,
      ]);
      // Her tab is hers: left as it was, and once she deletes it, the coach's run goes ahead.
      rt.as(ANA, () => {
        const theirs = rt.spreadsheet.getSheetByName(PROTOTYPE.name);
        if (theirs) rt.spreadsheet.deleteSheet(theirs);
      });
      rt.call('generateForRoster');
      expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^Created 2: Ana, Ben/);
      expect(JSON.stringify(rt.serialize())).not.toContain('IMPORTXML');
    },
  );

  it('is the coach’s own once made: a later form, Generate without the form and a roster verify it and go ahead', () => {
    const rt = addOn();
    for (const user of [ANA, COACH]) rt.setUser(user);
    rt.call('showGenerateDialog');
    rt.calls.reset();
    rt.call('showGenerateDialog');
    // What the form always reads, and 2 to verify the prototype it finds (its protections, their editors).
    expect(sheetsCalls(rt.calls.snapshot())).toBe(8);
    expect(rt.ui.lastDialog('modal')?.title).toBe('Generate program');
    rt.calls.reset();
    expect(rt.runFromClient('generateProgram', direct({ athlete: 'Ben' }))).toEqual({
      sheetName: 'Ben',
    });
    // A tab's 22, and the same 2 to verify: a call made without the form.
    expect(sheetsCalls(rt.calls.snapshot())).toBe(24);
    roster(rt, [rosterRow('Cleo'), rosterRow('Dan')]);
    rt.call('generateForRoster');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^Created 2: Cleo, Dan/);
  });

  it('is the coach’s on a shared drive too, where the coach is listed on its protection', () => {
    const rt = addOn({ sharedDrive: true });
    for (const user of [ANA, COACH]) rt.setUser(user);
    rt.call('showGenerateDialog');
    rt.call('showGenerateDialog');
    expect(rt.ui.dialogs.filter((d) => d.kind === 'modal')).toHaveLength(2);
    expect(rt.runFromClient('generateProgram', direct())).toEqual({ sheetName: 'Ana' });
  });

  it('is the coach’s alone before any rule or format is set on it', () => {
    const rt = addOn();
    for (const user of [ANA, COACH]) rt.setUser(user);
    const tried: { after: string; ok: boolean }[] = [];
    rt.between((call) => {
      if (call.phase !== 'after' || !rt.spreadsheet.getSheetByName(PROTOTYPE.name)) return;
      rt.as(ANA, () => {
        tried.push({ after: call.name, ok: rt.edit(`'${PROTOTYPE.name}'!A1`, 'x').ok });
      });
    });
    rt.call('showGenerateDialog');
    rt.between(undefined);
    const firstSet = tried.findIndex((t) => /\.set|\.hide/.test(t.after));
    expect(firstSet).toBeGreaterThan(0);
    expect(tried.slice(firstSet).filter((t) => t.ok)).toEqual([]);
  });
});
