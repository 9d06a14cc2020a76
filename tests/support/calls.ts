/** Calls on the spreadsheet service's objects; rule builders are local and counted apart. */
export function sheetsCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([call]) =>
      /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection)\./.test(call),
    )
    .filter(([call]) => !/^SpreadsheetApp\.new/.test(call))
    .reduce((sum, [, n]) => sum + n, 0);
}
