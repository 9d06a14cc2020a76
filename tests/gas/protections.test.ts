import { describe, expect, it } from 'vitest';
import { settingKey } from '../../src/sheet/keys';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { addOn, COACH, options, roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';

const row = rosterRow;
const ANA = 'ana@example.com';
const BEN = 'ben@example.com';

/** A coach's spreadsheet shared with Ana and Ben, each with a tab generated from the roster. */
function shared() {
  const rt = addOn();
  // Sharing: both athletes are editors of the spreadsheet.
  for (const user of [ANA, BEN, COACH]) rt.setUser(user);
  roster(rt, [row('Ana', ANA), row('Ben', BEN), row('Cleo')]);
  rt.call('createTemplate');
  rt.call('generateForRoster');
  return { rt, ana: tab(rt, 'Ana'), ben: tab(rt, 'Ben'), cleo: tab(rt, 'Cleo') };
}

const squat = (week = 1) => `W${week} · S1 · Squat`;

describe('protections, enforced for the active user as Sheets does', () => {
  it('let an athlete edit only their own inputs', () => {
    const { rt, ana, ben } = shared();
    rt.setUser(ANA);
    expect(rt.edit(ana.a1(squat(), 'rir'), 2)).toMatchObject({ ok: true });
    expect(rt.edit(ana.a1(squat(), 'load'), 50)).toMatchObject({ ok: true });
    expect(rt.edit(ana.a1(squat(), 'prescription'), '4 × 3')).toMatchObject({
      ok: false,
      reason: 'protected',
    });
    expect(rt.edit(ana.a1(squat(2), 'target'), 100)).toMatchObject({
      ok: false,
      reason: 'protected',
    });
    expect(rt.edit(ana.a1(settingKey('targetRir'), 'prescription'), 1)).toMatchObject({
      ok: false,
      reason: 'protected',
    });
    expect(rt.edit(ben.a1(squat(), 'rir'), 2)).toMatchObject({
      ok: false,
      reason: 'protected',
    });
    expect(rt.edit("'Template'!E2", 'Tuck Jump')).toMatchObject({ ok: false, reason: 'protected' });
    expect(rt.edit("'Roster'!A2", 'Anna')).toMatchObject({ ok: false, reason: 'protected' });
    expect(rt.edit("'Dashboard'!A2", 'x')).toMatchObject({ ok: false, reason: 'protected' });
    expect(ana.get(squat(2), 'target')).toBe(55);
  });

  it('let the coach change anything', () => {
    const { rt, ana, ben } = shared();
    rt.setUser(COACH);
    expect(rt.edit(ana.a1(squat(), 'prescription'), '4 × 3')).toMatchObject({ ok: true });
    expect(rt.edit(ben.a1(squat(), 'rir'), 3)).toMatchObject({ ok: true });
    expect(rt.edit(ana.a1(settingKey('targetRir'), 'prescription'), 3)).toMatchObject({
      ok: true,
    });
    expect(rt.edit("'Template'!E2", 'Tuck Jump')).toMatchObject({ ok: true });
  });

  it('without the athlete’s email, keep every editor to the inputs: nothing else, not even after a warning', () => {
    const { rt, cleo } = shared();
    rt.setUser(BEN);
    expect(rt.edit(cleo.a1(squat(), 'prescription'), '4 × 3')).toMatchObject({
      ok: false,
      reason: 'protected',
    });
    expect(rt.edit(cleo.a1(squat(2), 'target'), 100)).toMatchObject({
      ok: false,
      reason: 'protected',
    });
    expect(rt.edit(cleo.a1(squat(), 'rir'), 2)).toEqual({ ok: true });
  });

  it('bind the sidebar’s saves too: an athlete saves their own session, not someone else’s', () => {
    const { rt, ana } = shared();
    rt.setUser(ANA);
    const save = (sheetName: string) =>
      rt.runFromClient('saveSession', {
        saveId: `save-${sheetName}-0001`,
        sheetName,
        sessionKey: 'W1 · S1',
        exercises: [
          { key: tab(rt, sheetName).key(squat()), sets: [{ load: 50, reps: 5, rir: 2 }] },
        ],
      });
    expect(save('Ana')).toMatchObject({ saved: true });
    expect(ana.get(squat(), 'rir')).toBe(2);
    expect(() => save('Ben')).toThrow(/this tab's inputs are Ben's and the coach's/);
  });

  it('keep the prototype every tab is copied from the coach’s alone', () => {
    const { rt } = shared();
    rt.setUser(ANA);
    expect(
      rt.edit(`'${PROTOTYPE.name}'!A20`, '=IMPORTXML("https://example.com","//a")'),
    ).toMatchObject({
      ok: false,
      reason: 'protected',
    });
  });

  it('protect a tab from the dialog like one without an email: the coach’s but its inputs', () => {
    const rt = addOn();
    rt.runFromClient('generateProgram', options());
    const [protection] =
      rt.spreadsheet.getSheetByName('Ana')?.getProtections(SHEET_PROTECTION) ?? [];
    expect(protection?.isWarningOnly()).toBe(false);
    expect(protection?.getEditors().map((u) => u.getEmail())).toEqual([COACH]);
    expect(protection?.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual([
      expect.stringMatching(/^O\d+:S\d+$/),
    ]);
  });

  it('make a new tab the coach’s before anything is written into it: an edit made meanwhile never outlives the generate', () => {
    type Runtime = ReturnType<typeof addOn>;
    const generate = (edit?: (rt: Runtime, call: string) => void) => {
      const rt = addOn();
      for (const user of [ANA, COACH]) rt.setUser(user);
      rt.call('showGenerateDialog');
      if (edit)
        rt.between((call) => {
          if (call.phase === 'after' && rt.spreadsheet.getSheetByName('Ana')) edit(rt, call.name);
        });
      rt.runFromClient('generateProgram', options());
      return rt;
    };
    const tried: { after: string; ok: boolean }[] = [];
    const rt = generate((rt, after) => {
      // Ana types over a week-2 target and a setting, between any two calls of the coach's run.
      rt.as(ANA, () => {
        for (const a1 of ["'Ana'!C30", "'Ana'!B5"]) tried.push({ after, ok: rt.edit(a1, 999).ok });
      });
    });
    const written = tried.findIndex((t) => t.after === 'Range.setValues');
    expect(written).toBeGreaterThan(0);
    expect(tried.slice(0, written).some((t) => t.ok)).toBe(true);
    expect(tried.slice(written).filter((t) => t.ok)).toEqual([]);
    expect(rt.formulas("'Ana'!A1:Q261")).toEqual(generate().formulas("'Ana'!A1:Q261"));
  });
});

/** The runtime takes the enum by its name, as Apps Script enums stringify. */
const SHEET_PROTECTION = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
