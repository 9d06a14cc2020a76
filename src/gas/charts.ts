import type { ChartPlan } from '../sheet/progress';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Builds and inserts a chart a layout planned: three Sheets calls (the range, `newChart`,
 * `insertChart`); the builder's own calls are local. Hidden columns are shown: the progress
 * tables sit in them, and Sheets skips hidden columns by default
 * (reference/charts/chart-hidden-dimension-strategy).
 */
export function insertChart(sheet: Sheet, plan: ChartPlan, data?: Sheet): void {
  const { range, anchor } = plan;
  let builder = sheet
    .newChart()
    .setChartType(Charts.ChartType[plan.type])
    .addRange((data ?? sheet).getRange(range.row, range.column, range.rows, range.columns))
    .setNumHeaders(1)
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setPosition(anchor.row, anchor.column, 0, 0);
  for (const [option, value] of Object.entries(plan.options))
    builder = builder.setOption(option, value);
  sheet.insertChart(builder.build());
}
