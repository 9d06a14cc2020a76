import { LOG_HEADER, LOG_SHEET } from '../sheet/log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Creates the Log tab when it is missing (program tabs count its rows); never rewrites one. */
export function ensureLog(ss: Spreadsheet): void {
  if (ss.getSheetByName(LOG_SHEET) !== null) return;
  const log = ss.insertSheet(LOG_SHEET);
  log.getRange(1, 1, 1, LOG_HEADER.length).setValues([[...LOG_HEADER]]);
  log.setFrozenRows(1);
}
