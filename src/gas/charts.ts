import { type ChartPlan, type ChartRange, rangeA1 } from '../sheet/progress';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/**
 * Builds and inserts a chart a layout planned over its ranges, which the caller fetched (a tab
 * fetches its chart's table in one range list with its other ranges): two Sheets calls,
 * `newChart` and `insertChart`; the builder's own calls are local.
 */
export function insertChart(sheet: Sheet, plan: ChartPlan, ranges: readonly Range[]): void {
  sheet.insertChart(configure(sheet.newChart(), plan, ranges).build());
}

/**
 * Makes a sheet's charts these plans: `getCharts`, then per plan a call per range and
 * `updateChart` of a chart of its type (rewritten whole: ranges, anchor, options, which a chart
 * of another type would keep) or `insertChart` (`newChart` once, its builder rebuilt for each),
 * and `removeChart` for each chart left over. Every chart on the sheet is taken as the
 * add-on's: it is the add-on's own sheet.
 */
export function placeCharts(ss: Spreadsheet, sheet: Sheet, plans: readonly ChartPlan[]): void {
  const spare = sheet.getCharts().map((chart) => ({ chart, builder: chart.modify() }));
  let fresh: Builder | undefined;
  for (const plan of plans) {
    const ranges = plan.ranges.map((r) =>
      r.sheet === undefined ? rangeOn(sheet, r) : ss.getRange(rangeA1({ ...r, sheet: r.sheet })),
    );
    const type = String(Charts.ChartType[plan.type]);
    const reused = spare.findIndex(({ builder }) => String(builder.getChartType()) === type);
    const whole = { ...plan, transpose: plan.transpose ?? false };
    const [mine] = reused >= 0 ? spare.splice(reused, 1) : [];
    if (mine) {
      sheet.updateChart(configure(mine.builder.clearRanges(), whole, ranges).build());
      continue;
    }
    fresh ??= sheet.newChart();
    sheet.insertChart(configure(fresh.clearRanges(), whole, ranges).build());
  }
  for (const { chart } of spare) sheet.removeChart(chart);
}

/**
 * The plan's settings on a builder. Hidden rows and columns are shown: the tables sit in hidden
 * columns, and Sheets skips them by default (reference/charts/chart-hidden-dimension-strategy).
 */
function configure(start: Builder, plan: ChartPlan, ranges: readonly Range[]): Builder {
  let builder = start.setChartType(Charts.ChartType[plan.type]);
  for (const range of ranges) builder = builder.addRange(range);
  builder = builder
    .setNumHeaders(1)
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setPosition(plan.anchor.row, plan.anchor.column, 0, 0);
  if (plan.transpose !== undefined) builder = builder.setTransposeRowsAndColumns(plan.transpose);
  for (const [option, value] of Object.entries(plan.options))
    builder = builder.setOption(option, value);
  return builder;
}

const rangeOn = (sheet: Sheet, r: ChartRange) => sheet.getRange(r.row, r.column, r.rows, r.columns);
