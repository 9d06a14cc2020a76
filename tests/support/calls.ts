import { isSheetsCall } from '../../runtime/core/counter';

/** Calls on the spreadsheet service's objects; rule builders are local and counted apart. */
export function sheetsCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([call]) => isSheetsCall(call))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Calls spent on protections and on finding who the coach is (issue 9's share of a tab). */
export function protectionCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([call]) => /^Protection\.|\.protect$|^Spreadsheet\.(getEditors|getOwner)$/.test(call))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Rule-builder calls: `SpreadsheetApp.newDataValidation()…build()` and the like. */
export function builderCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([call]) =>
      /^SpreadsheetApp\.new|(DataValidation|ConditionalFormatRule)Builder\./.test(call),
    )
    .reduce((sum, [, n]) => sum + n, 0);
}

/** What a chart costs: the Sheets calls that make and insert it, and its builder's local calls. */
export function chartCalls(snapshot: Record<string, number>): { sheets: number; builder: number } {
  const sum = (test: RegExp) =>
    Object.entries(snapshot)
      .filter(([call]) => test.test(call))
      .reduce((n, [, k]) => n + k, 0);
  return {
    sheets: sum(/^Sheet\.(newChart|insertChart|updateChart|removeChart|getCharts)$/),
    builder: sum(/^EmbeddedChartBuilder\./),
  };
}
