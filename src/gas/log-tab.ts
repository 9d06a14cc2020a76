import { LOG_HEADER, LOG_SHEET } from '../sheet/log';
import { keepColumns, type Tabs } from './sheets';

/**
 * Creates the Log tab when it is missing (program tabs count its rows); never rewrites one. It
 * stays unprotected: an athlete's own save appends to it, and protections bind scripts too. It
 * keeps only its ten columns: every row a save appends then costs 10 cells of the spreadsheet's
 * 10 million, not 26.
 */
export function ensureLog(tabs: Tabs): void {
  const log = tabs.insertIfMissing(LOG_SHEET);
  if (!log) return;
  // A new sheet is empty, so appending writes the header into row 1: one call, not two.
  log.appendRow([...LOG_HEADER]);
  keepColumns(log, LOG_HEADER.length);
}
