import { describe, expect, it } from 'vitest';
import { createRuntime, restoreRuntime } from '../../runtime';

const CODE = `
function build() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sh = ss.getActiveSheet();
  sh.getRange('A1:D4').setValues([
    ['Week', 'Load', 'e1RM', 'hidden'],
    [1, 50, ''],
    [2, 55, ''],
    [3, 60, ''],
  ].map(function (r) { return [r[0], r[1], r[2], 'x']; }));
  sh.getRange('C2:C4').setFormulas([['=B2*1.2'], ['=B3*1.2'], ['=B4*1.2']]);
  var builder = sh.newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sh.getRange('A1:C4'))
    .setNumHeaders(1)
    .setPosition(6, 2, 10, 5)
    .setOption('title', 'Squat')
    .setOption('series', { 1: { targetAxisIndex: 1 } });
  var chart = builder.build();
  var before = chart.getChartId();
  sh.insertChart(chart);
  var inserted = sh.getCharts()[0];
  return {
    before: before,
    id: inserted.getChartId(),
    type: String(builder.getChartType()),
    anchor: [inserted.getContainerInfo().getAnchorRow(), inserted.getContainerInfo().getAnchorColumn(),
      inserted.getContainerInfo().getOffsetX(), inserted.getContainerInfo().getOffsetY()],
    title: inserted.getOptions().get('title'),
    series: inserted.getOptions().get('series'),
    missing: inserted.getOptions().get('legend'),
    ranges: inserted.getRanges().map(function (r) { return r.getA1Notation(); }),
    strategy: String(inserted.getHiddenDimensionStrategy()),
    merge: String(inserted.getMergeStrategy()),
    headers: inserted.getNumHeaders(),
  };
}
function retitle(title) {
  var sh = SpreadsheetApp.getActiveSheet();
  var chart = sh.getCharts()[0];
  var changed = chart.modify().setOption('title', title).build();
  var untouched = sh.getCharts()[0].getOptions().get('title');
  sh.updateChart(changed);
  return [untouched, sh.getCharts()[0].getOptions().get('title'), sh.getCharts()[0].getChartId()];
}
function remove() {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.removeChart(sh.getCharts()[0]);
  return sh.getCharts().length;
}
function strangers() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var other = ss.insertSheet('Other');
  var notInserted = other.newChart().addRange(other.getRange('A1:B2')).build();
  try { other.updateChart(notInserted); return 'updated'; } catch (e) { return e.message; }
}
function hiddenColumns(strategy) {
  var sh = SpreadsheetApp.getActiveSheet();
  sh.hideColumns(3);
  var b = sh.newChart().setChartType(Charts.ChartType.LINE).addRange(sh.getRange('A1:C4')).setNumHeaders(1);
  if (strategy) b.setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy[strategy]);
  sh.insertChart(b.build());
}
function pastGrid() {
  var sh = SpreadsheetApp.getActiveSheet();
  var at = function (row, column) {
    return sh.newChart().setChartType(Charts.ChartType.LINE).addRange(sh.getRange('A1:B2'))
      .setPosition(row, column, 0, 0).build();
  };
  var tried = function (f) { try { f(); return 'placed'; } catch (e) { return e.message; } };
  var out = [tried(function () { sh.insertChart(at(1001, 1)); }),
    tried(function () { sh.insertChart(at(1, 27)); }),
    tried(function () { sh.insertChart(at(1000, 26)); })];
  var moved = sh.getCharts()[0].modify().setPosition(1001, 26, 0, 0).build();
  out.push(tried(function () { sh.updateChart(moved); }));
  sh.insertRowsAfter(1000, 1);
  out.push(tried(function () { sh.updateChart(moved); }), sh.getCharts()[0].getContainerInfo().getAnchorRow());
  return out;
}
/** @customfunction */
function SNEAKY() { SpreadsheetApp.getActiveSheet().updateChart(SpreadsheetApp.getActiveSheet().getCharts()[0]); return 1; }
`;

const runtime = () => createRuntime({ code: CODE });

describe('embedded charts', () => {
  it('are built, inserted with an id unique in the spreadsheet, and read back as set', () => {
    const rt = runtime();
    expect(rt.call('build')).toEqual({
      before: null,
      id: 1,
      type: 'LINE',
      anchor: [6, 2, 10, 5],
      title: 'Squat',
      series: { 1: { targetAxisIndex: 1 } },
      missing: null,
      ranges: ['A1:C4'],
      strategy: 'IGNORE_BOTH',
      merge: 'MERGE_COLUMNS',
      headers: 1,
    });
    expect(rt.calls.count('Sheet.insertChart')).toBe(1);
    expect(rt.calls.count('EmbeddedChartBuilder.setOption')).toBe(2);
  });

  it('draw the table of their ranges, live: a typed value changes the chart', () => {
    const rt = runtime();
    rt.call('build');
    const [chart] = rt.charts();
    expect(chart?.table.header).toEqual(['Week', 'Load', 'e1RM']);
    expect(chart?.table.rows).toEqual([
      [1, 50, 60],
      [2, 55, 66],
      [3, 60, 72],
    ]);
    rt.edit('B4', '70');
    expect(rt.charts()[0]?.table.rows[2]).toEqual([3, 70, 84]);
  });

  it('change only through modify()…build() and updateChart, and are removed by removeChart', () => {
    const rt = runtime();
    rt.call('build');
    expect(rt.call('retitle', 'Squat by week')).toEqual(['Squat', 'Squat by week', 1]);
    expect(rt.call('remove')).toBe(0);
    expect(rt.call('strangers')).toBe('updateChart: the chart is not on sheet Other.');
  });

  it('skip hidden columns by default (IGNORE_BOTH), as Google documents, unless told to show them', () => {
    const rt = runtime();
    rt.call('build');
    rt.call('remove');
    rt.call('hiddenColumns');
    rt.call('hiddenColumns', 'SHOW_BOTH');
    const [hidden, shown] = rt.charts();
    expect(hidden?.table.header).toEqual(['Week', 'Load']);
    expect(shown?.table.header).toEqual(['Week', 'Load', 'e1RM']);
  });

  it('follow inserted and deleted rows, in their ranges and their anchor', () => {
    const rt = runtime();
    rt.call('build');
    rt.spreadsheet.getActiveSheet().insertRowsBefore(1, 2);
    expect(rt.charts()[0]).toMatchObject({ ranges: ["'Sheet1'!A3:C6"], anchor: { row: 8 } });
    rt.spreadsheet.getActiveSheet().deleteRows(4, 1);
    expect(rt.charts()[0]?.ranges).toEqual(["'Sheet1'!A3:C5"]);
  });

  it('are refused anchored past the sheet’s last row or column, and placed there once it grows', () => {
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(runtime().call('pastGrid')).toEqual([
      outside,
      outside,
      'placed',
      outside,
      'placed',
      1001,
    ]);
  });

  it('are saved with the state and restored, ids continuing', () => {
    const rt = runtime();
    rt.call('build');
    const state = JSON.parse(JSON.stringify(rt.serialize()));
    expect(state.sheets[0].charts).toHaveLength(1);
    const again = restoreRuntime(state, { code: CODE });
    expect(again.charts()[0]?.table.rows[0]).toEqual([1, 50, 60]);
    again.call('build');
    expect(again.charts().map((c) => c.id)).toEqual([1, 2]);
    delete state.sheets[0].charts;
    delete state.spreadsheet.nextChartId;
    expect(restoreRuntime(state, { code: CODE }).charts()).toEqual([]);
  });

  it('can’t be changed from a custom function, nor on a sheet the user may not edit', () => {
    const rt = runtime();
    rt.call('build');
    rt.edit('F1', '=SNEAKY()');
    expect(rt.errorMessage('F1')).toMatch(/You do not have permission to call Sheet\.updateChart/);
    rt.spreadsheet.getActiveSheet().protect().removeEditors(['athlete@example.com']);
    rt.setUser('athlete@example.com');
    expect(() => rt.call('remove')).toThrow(/protected cell or object/);
  });
});
