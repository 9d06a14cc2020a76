import { LOG_HEADER, LOG_SHEET } from '../sheet/log';
import type { Tabs } from './sheets';

/**
 * Creates the Log tab when it is missing (program tabs count its rows); never rewrites one. It
 * stays unprotected: an athlete's own save appends to it, and protections bind scripts too.
 */
export function ensureLog(tabs: Tabs): void {
  // A new sheet is empty, so appending writes the header into row 1: one call, not two.
  tabs.insertIfMissing(LOG_SHEET)?.appendRow([...LOG_HEADER]);
}
