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

/**
 * Why each Sheets call of one generate from the dialog is there, in the order they run
 * (`npm run bench` prints them; docs/ARCHITECTURE.md, "Sheets calls", says more). A test fails
 * when a generate makes a Sheets call this does not explain.
 */
export const GENERATE_CALLS: Readonly<Record<string, string>> = {
  'SpreadsheetApp.getActiveSpreadsheet': 'the spreadsheet',
  'Spreadsheet.getOwner': 'who the coach is: only they may generate (issue 9)',
  'Spreadsheet.getSheetByName': 'the Template (the coach’s program) and the prototype, by name',
  'Sheet.getRange': 'the Template’s cells, when there is one',
  'Range.getValues': 'the Template’s program, when there is one',
  'Spreadsheet.insertSheet':
    'the tab, copied from the prototype under the athlete’s name (tried first)',
  'Sheet.deleteRows': 'trimmed to its rows: a spreadsheet holds 10 million cells',
  'Sheet.getRangeList':
    'one list of the tab’s ranges: all of it to write, its inputs to leave open, its chart’s table',
  'RangeList.getRanges': 'those three ranges (three getRange calls would be one more)',
  'Sheet.protect': 'the tab protected before anything is written (issue 9)',
  'Protection.setUnprotectedRanges': 'its inputs open (issue 9)',
  'Spreadsheet.getEditors': 'who to take off the new protection, which mirrors the spreadsheet',
  'Protection.removeEditors': 'narrowed to the coach',
  'Protection.addEditor': 'narrowed to the coach (no one else to remove)',
  'Protection.canDomainEdit': 'closed to the domain where it is open',
  'Sheet.showSheet': 'a copy of the hidden prototype is hidden',
  'Sheet.getSheetId': 'the gid for the header’s jump link (issue 11)',
  'Range.setNumberFormats': 'targets’ units, by progression and lb/kg',
  'Range.setNotes': 'each exercise’s cue',
  'Range.setWraps': 'names wrap, titles run on (issue 11)',
  'Range.setValues': 'values and formulas',
  'Sheet.newChart':
    'the progress chart’s builder, which only a sheet makes (issue 12); its settings are local',
  'Sheet.insertChart': 'the progress chart, over its table in hidden columns (issue 12)',
  'Sheet.addDeveloperMetadata': 'the registry the dashboard and the sidebar list tabs from',
};
