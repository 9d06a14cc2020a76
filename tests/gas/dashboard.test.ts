import { describe, expect, it } from 'vitest';
import { sheetsCalls } from '../support/calls';
import { addOn, options, roster, tab } from '../support/runtime';
import { rosterRow } from '../support/spec';

const row = (name: string) => rosterRow(name, '', 'Squat: 50; Romanian Deadlift: 60');

function coachSheet() {
  const rt = addOn();
  roster(rt, [row('Ana'), row('Ben')]);
  rt.call('generateForRoster');
  const dashboard = () => {
    const [header = [], ...rows] = rt.values("'Dashboard'!A1:L3");
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  };
  return { rt, dashboard, ana: tab(rt, 'Ana') };
}

describe('the coach dashboard', () => {
  it('has a row per athlete, all native formulas', () => {
    const { rt, dashboard } = coachSheet();
    expect(rt.values("'Dashboard'!A1:L1")[0]).toEqual([
      'Athlete',
      'Sessions logged',
      'Planned',
      'Target RIR',
      'RIR: Plyo set',
      'RIR: Main lift',
      'RIR: Strength set 1',
      'RIR: Strength set 2',
      'Squat load',
      'Romanian Deadlift load',
      'Hold the load',
      'Tab',
    ]);
    // The tab id column is the dashboard's own bookkeeping: hidden.
    expect(rt.spreadsheet.getSheetByName('Dashboard')?.isColumnHiddenByUser(12)).toBe(true);
    expect(
      dashboard().map((r) => [r.Athlete, r['Sessions logged'], r.Planned, r['Target RIR']]),
    ).toEqual([
      ['Ana', 0, 8, 2],
      ['Ben', 0, 8, 2],
    ]);
    const formulas = rt.formulas("'Dashboard'!B2:K3").flat();
    expect(formulas.every((f) => f.startsWith('='))).toBe(true);
  });

  it('recalculates as athletes type on their phones: sessions, RIR per block, load trend, hold the load', () => {
    const { dashboard, ana } = coachSheet();
    const squat = (w: number) => `W${w} · S1 · Squat`;
    ana.type(squat(1), 'load', 50);
    ana.type(squat(1), 'rir', 0);
    ana.type('W1 · S1 · Lat Pull-Over', 'rir', 3);
    expect(dashboard()[0]).toMatchObject({
      'Sessions logged': 1,
      'RIR: Main lift': 0,
      'RIR: Strength set 1': 3,
      'Hold the load': '',
    });
    ana.type(squat(2), 'load', 45);
    ana.type(squat(2), 'rir', 0);
    ana.type(squat(3), 'load', 42.5);
    // Two squats in a row at RIR ≤ target − 2, and the next one not logged yet: hold the load.
    expect(dashboard()[0]).toMatchObject({
      'Sessions logged': 2,
      'RIR: Main lift': 0,
      'Squat load': '█▃▁',
      'Hold the load': 'Squat',
    });
    expect(dashboard()[1]).toMatchObject({ 'Sessions logged': 0, 'Hold the load': '' });
    ana.type(squat(3), 'rir', 2);
    expect(dashboard()[0]).toMatchObject({ 'Sessions logged': 3, 'Hold the load': '' });
  });
});

describe('refreshing the dashboard', () => {
  const athletes = (rt: ReturnType<typeof addOn>) =>
    rt
      .values("'Dashboard'!A2:C40")
      .filter((r) => r[0] !== '')
      .map((r) => [r[0], r[2]]);

  it('costs the same 10 Sheets calls for 10 athletes as for 30 (the README’s figure)', () => {
    const counts = [10, 30].map((n) => {
      const rt = addOn();
      roster(
        rt,
        Array.from({ length: n }, (_, i) => row(`Athlete ${i + 1}`)),
      );
      rt.call('generateForRoster');
      rt.calls.reset();
      rt.call('refreshDashboard');
      expect(athletes(rt)).toHaveLength(n);
      return sheetsCalls(rt.calls.snapshot());
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(10);
  });

  it('follows renamed tabs, drops deleted ones and adds new ones', () => {
    const { rt } = coachSheet();
    rt.spreadsheet.getSheetByName('Ana')?.setName('Ana Lopez');
    const ben = rt.spreadsheet.getSheetByName('Ben');
    if (ben) rt.spreadsheet.deleteSheet(ben);
    rt.runFromClient('generateProgram', options({ athlete: 'Cleo' }));
    rt.call('refreshDashboard');
    expect(athletes(rt)).toEqual([
      ['Ana', 8],
      ['Cleo', 18],
    ]);
    expect(rt.formulas("'Dashboard'!B2")[0]?.[0]).toContain("'Ana Lopez'!");
    // A tab renamed before the dashboard ever listed it is found all the same.
    rt.runFromClient('generateProgram', options({ athlete: 'Dan', weeks: 4 }));
    rt.spreadsheet.getSheetByName('Dan')?.setName('Daniel');
    rt.call('refreshDashboard');
    expect(athletes(rt)).toEqual([
      ['Ana', 8],
      ['Cleo', 18],
      ['Dan', 12],
    ]);
    expect(rt.values("'Dashboard'!A5:L5")[0]?.every((v) => v === '')).toBe(true);
  });
});
