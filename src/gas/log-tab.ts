import { LOG_HEADER, LOG_SHEET } from '../sheet/log';
import { insertIfMissing } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Creates the Log tab when it is missing (program tabs count its rows); never rewrites one. It
 * stays unprotected: an athlete's own save appends to it, and protections bind scripts too.
 */
export function ensureLog(ss: Spreadsheet): void {
  const log = insertIfMissing(ss, LOG_SHEET);
  log?.getRange(1, 1, 1, LOG_HEADER.length).setValues([[...LOG_HEADER]]);
}
