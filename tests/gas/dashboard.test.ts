import { describe, expect, it } from 'vitest';
import { PROGRAM_METADATA_KEY } from '../../src/gas/program-tab';
import { CHART_CHOICES } from '../../src/sheet/dashboard-charts';
import { chartCalls, sheetsCalls } from '../support/calls';
import { addOn, COACH, options, roster, tab } from '../support/runtime';
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

  // 10 for the rows (the spreadsheet, the owner, the Dashboard by name, its data range, values
  // and formulas, the registry search, the Template by name, one range, its values) and 5 for the
  // team's chart (the values read back, getCharts, its two ranges, updateChart), at any size.
  // One chart per athlete costs 2 a chart (its range on the tab, updateChart) over 12.
  it('costs 15 Sheets calls for 10 athletes as for 30 with the team’s chart; 12 + 2 an athlete with one each (the README’s figures)', () => {
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
      const team = rt.calls.snapshot();
      expect(rt.charts('Dashboard')).toHaveLength(1);
      // The coach picks a chart per athlete: the first refresh swaps the team's chart for them…
      rt.edit("'Dashboard'!Z1", CHART_CHOICES.athletes);
      rt.calls.reset();
      rt.call('refreshDashboard');
      const swap = rt.calls.snapshot();
      expect(rt.charts('Dashboard')).toHaveLength(n);
      // …and each one after redraws them in place.
      rt.calls.reset();
      rt.call('refreshDashboard');
      const each = rt.calls.snapshot();
      expect(rt.charts('Dashboard')).toHaveLength(n);
      return {
        team: sheetsCalls(team),
        teamChart: chartCalls(team).sheets,
        swap: sheetsCalls(swap),
        each: sheetsCalls(each),
        eachCharts: chartCalls(each).sheets,
      };
    });
    expect(counts).toEqual([
      { team: 15, teamChart: 2, swap: 34, each: 32, eachCharts: 11 },
      { team: 15, teamChart: 2, swap: 74, each: 72, eachCharts: 31 },
    ]);
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

  // One refresh, not two: a second one rewriting 1,001 rows of formulas is what took 20 s.
  it('grows past a new sheet’s 1,000 rows for more than 999 athletes, dressed to the last row', () => {
    const rt = addOn();
    // 1,001 registry entries, each with an id of its own, listing one empty tab (quick to
    // recalculate): 1,001 athletes' rows below the header.
    const listed = rt.spreadsheet.insertSheet('Listed');
    register(listed, 1001);
    rt.calls.reset();
    rt.call('refreshDashboard');
    // Asked, and grown once (the later refreshes' cost is in the charts' test below).
    expect([rt.calls.count('Sheet.getMaxRows'), rt.calls.count('Sheet.insertRowsAfter')]).toEqual([
      1, 1,
    ]);
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard');
    expect(dashboard?.getMaxRows()).toBe(1002);
    const [first, last] = [2, 1002].map((r) => rt.values(`'Dashboard'!A${r}:D${r}`)[0]);
    expect(last?.[0]).toBe('Athlete 1001');
    expect(last?.slice(1)).toEqual(first?.slice(1));
    const formats = (r: number) => dashboard?.getRange(r, 1, 1, 12).getNumberFormats();
    expect(formats(1002)).toEqual(formats(2));
    for (const rule of dashboard?.getConditionalFormatRules() ?? [])
      expect(rule.getRanges().map((r) => r.getLastRow())).toEqual([1002]);
  });
});

/**
 * What growing costs once over a refresh of a grown Dashboard: insertRowsAfter, and 13 to dress
 * (getMaxColumns, 4 ranges, number formats, weights, highlights, frozen row, 2 widths, hidden
 * columns, the choice's dropdown).
 */
const GROWTH_CALLS = 1 + 13;

/** `count` registry entries listing `sheet`, ids `id-1`…: as many Dashboard rows, from one tab. */
function register(sheet: GoogleAppsScript.Spreadsheet.Sheet, count: number, from = 1): void {
  for (let i = from; i < from + count; i++)
    sheet.addDeveloperMetadata(
      PROGRAM_METADATA_KEY,
      JSON.stringify({
        athlete: `Athlete ${i}`,
        version: 1,
        tab: `id-${i}`,
        name: sheet.getName(),
      }),
    );
}

describe('the dashboard’s charts', () => {
  const ANA = 'ana@example.com';
  function team() {
    const rt = addOn();
    roster(rt, [
      rosterRow('Ana', ANA, 'Squat: 50; Romanian Deadlift: 60'),
      rosterRow('Ben', '', 'Squat: 70; Romanian Deadlift: 80'),
    ]);
    rt.call('generateForRoster');
    return rt;
  }

  it('draws one for the team by default: each athlete’s squat e1RM by week, live from native formulas as Ana types on her phone', () => {
    const rt = team();
    const [chart, ...others] = rt.charts('Dashboard');
    expect(others).toEqual([]);
    // The Athlete column and one column a week (4-week tabs: W1–W4), each row a line.
    expect(chart).toMatchObject({
      type: 'LINE',
      ranges: ["'Dashboard'!A1:A3", "'Dashboard'!M1:P3"],
      anchor: { row: 2, column: 26 },
      hiddenDimensionStrategy: 'SHOW_BOTH',
      options: { title: 'Squat: estimated 1RM by week' },
    });
    expect(rt.values("'Dashboard'!Z1")[0]?.[0]).toBe(CHART_CHOICES.team);
    expect(chart?.table).toEqual({
      header: ['Athlete', 'Ana', 'Ben'],
      rows: [1, 2, 3, 4].map((w) => [`W${w}`, '', '']),
    });
    expect(
      rt
        .formulas("'Dashboard'!M2:P3")
        .flat()
        .every((f) => f.startsWith('=')),
    ).toBe(true);
    // The table is the Dashboard's bookkeeping: hidden, as the tab id is.
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard');
    expect([12, 13, 24, 25, 26].map((c) => dashboard?.isColumnHiddenByUser(c))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);

    rt.setUser(ANA);
    rt.calls.reset();
    const ana = tab(rt, 'Ana');
    ana.type('W1 · S1 · Squat', 'load', 50);
    expect(rt.charts('Dashboard')[0]?.table.rows[0]).toEqual(['W1', '', '']);
    // 50 × 5 @ 3: 50 / 0.786 = 63.6 (RTS), the RIR typed into her tab's RIR cell.
    ana.type('W1 · S1 · Squat', 'rir', 3);
    expect(rt.values("'Dashboard'!M2")[0]?.[0]).toBe(63.6);
    expect(rt.charts('Dashboard')[0]?.table.rows[0]).toEqual(['W1', 63.6, '']);
    ana.type('W2 · S1 · Squat', 'load', 55);
    ana.type('W2 · S1 · Squat', 'rir', 2);
    // 55 × 5 @ 2: 55 / 0.811 = 67.8.
    expect(rt.charts('Dashboard')[0]?.table.rows[1]).toEqual(['W2', 67.8, '']);
    // Nothing of the add-on ran: the formulas did it.
    expect(rt.calls.snapshot()).toEqual({});
  });

  it('draws one per athlete when the coach picks it: each tab’s own progress table, live', () => {
    const rt = team();
    expect(rt.edit("'Dashboard'!Z1", 'Charts: all of them')).toMatchObject({ ok: false });
    expect(rt.edit("'Dashboard'!Z1", CHART_CHOICES.athletes)).toMatchObject({ ok: true });
    rt.call('refreshDashboard');
    const rows = tab(rt, 'Ana').rows();
    const section = rows.find((r) => r.key === 'progress')?.row ?? 0;
    const charts = rt.charts('Dashboard');
    expect(
      charts.map((c) => [c.type, c.ranges, c.anchor.row, c.anchor.column, c.options.title]),
    ).toEqual([
      ['COMBO', [`'Ana'!F${section}:L${section + 4}`], 2, 26, 'Ana'],
      ['COMBO', [`'Ben'!F${section}:L${section + 4}`], 21, 26, 'Ben'],
    ]);
    // Drawn as the tab's own chart is: the same table, the same series.
    expect(charts[0]?.table).toEqual(rt.charts('Ana')[0]?.table);
    expect(charts[0]?.options.series).toEqual(rt.charts('Ana')[0]?.options.series);
    rt.setUser(ANA);
    tab(rt, 'Ana').type('W1 · S1 · Squat', 'load', 50);
    tab(rt, 'Ana').type('W1 · S1 · Squat', 'rir', 3);
    expect(rt.charts('Dashboard')[0]?.table.rows[0]).toEqual(['W1', 50, 63.6, '', '', 3, 2]);
    // Back to the team's chart: the athletes' charts go.
    rt.setUser(COACH);
    rt.edit("'Dashboard'!Z1", CHART_CHOICES.team);
    rt.call('refreshDashboard');
    expect(rt.charts('Dashboard').map((c) => c.type)).toEqual(['LINE']);
    expect(rt.values("'Dashboard'!Z1")[0]?.[0]).toBe(CHART_CHOICES.team);
  });

  // A chart each, stacked every 19 rows: 52 end on row 988, the 53rd would end on 1,007.
  it('one per athlete past a new sheet’s 1,000 rows: the sheet grows to hold every chart, 1 call a refresh', () => {
    const rt = team();
    rt.edit("'Dashboard'!Z1", CHART_CHOICES.athletes);
    // Ana's and Ben's tabs, and 50 more rows listing Ben's (each its own chart): 52 athletes.
    const ben = rt.spreadsheet.getSheetByName('Ben');
    if (!ben) throw new Error('no tab Ben');
    register(ben, 50, 3);
    const refresh = () => {
      rt.calls.reset();
      rt.call('refreshDashboard');
      return rt.calls.snapshot();
    };
    const dashboard = rt.spreadsheet.getSheetByName('Dashboard');
    refresh();
    const below = refresh();
    expect(rt.charts('Dashboard')).toHaveLength(52);
    expect(dashboard?.getMaxRows()).toBe(1000);
    expect([below['Sheet.getMaxRows'], below['Sheet.insertRowsAfter']]).toEqual([
      undefined,
      undefined,
    ]);
    // The 53rd: the sheet grows to its chart's last row, re-dressed, in the same refresh.
    register(ben, 1, 53);
    const grows = refresh();
    const anchors = rt.charts('Dashboard').map((c) => c.anchor);
    expect(anchors).toHaveLength(53);
    expect(anchors.at(-1)).toMatchObject({ row: 990, column: 26 });
    expect(dashboard?.getMaxRows()).toBe(990 + 17);
    expect(rt.values("'Dashboard'!A54")[0]?.[0]).toBe('Athlete 53');
    for (const rule of dashboard?.getConditionalFormatRules() ?? [])
      expect(rule.getRanges().map((r) => r.getLastRow())).toEqual([1007]);
    expect([grows['Sheet.getMaxRows'], grows['Sheet.insertRowsAfter']]).toEqual([1, 1]);
    // Grown already: each refresh after asks its rows, 1 call more than 12 + 2 an athlete.
    const after = refresh();
    expect([sheetsCalls(below), sheetsCalls(after)]).toEqual([12 + 2 * 52, 12 + 2 * 53 + 1]);
    expect([after['Sheet.getMaxRows'], after['Sheet.insertRowsAfter']]).toEqual([1, undefined]);
    // Growing costs insertRowsAfter and the new rows' dressing, once (the README's figure); the
    // new athlete's first refresh also looks their tab up by name and inserts their chart.
    expect(sheetsCalls(grows) - sheetsCalls(after)).toBe(GROWTH_CALLS + 2);
  });
});
