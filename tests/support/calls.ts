/** Calls on the spreadsheet service's objects; rule builders are local and counted apart. */
export function sheetsCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([call]) =>
      /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection)\./.test(call),
    )
    .filter(([call]) => !/^SpreadsheetApp\.new/.test(call))
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
    .filter(([call]) => /^SpreadsheetApp\.new|Builder\./.test(call))
    .reduce((sum, [, n]) => sum + n, 0);
}
