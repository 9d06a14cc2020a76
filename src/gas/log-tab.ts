import { LOG_HEADER, LOG_SHEET } from '../sheet/log';
import type { Tabs } from './sheets';

/**
 * Creates the Log tab when it is missing (program tabs count its rows); never rewrites one. It
 * stays unprotected: an athlete's own save appends to it, and protections bind scripts too.
 */
export function ensureLog(tabs: Tabs): void {
  const log = tabs.insertIfMissing(LOG_SHEET);
  log?.getRange(1, 1, 1, LOG_HEADER.length).setValues([[...LOG_HEADER]]);
}
