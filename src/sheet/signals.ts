import { cellInRow, span } from './columns';
import type { Content } from './row';
import { settingRef } from './settings';
import type { Earlier } from './targets';

/**
 * Per-row formulas the coach's dashboard adds up, so it stays live as athletes type on phones.
 * Like the targets, they read their own row and fixed spans of rows, nothing that grows.
 */

/** 1 once any exercise of the session has a RIR logged: a count over the session's own rows. */
export const sessionLogged = (first: number, last: number): Content => ({
  formula: `=IF(COUNT(${span('rir', first, last)})>0,1,0)`,
});

/**
 * "Hold the load": the two previous appearances were both logged at RIR ≤ target − 2, and this
 * one is still to do. The cell shows the exercise's name so the dashboard can list it.
 */
export function holdTheLoad(row: number, previous: Earlier): Content {
  const position = cellInRow('previous', row);
  const twoBack = `INDEX(${span('previousRir', ...previous.rows)},${position})`;
  const low = (rir: string) => `ISNUMBER(${rir}),${rir}<=${settingRef('targetRir')}-2`;
  return {
    formula: `=IF(${position}="","",IF(AND(${cellInRow('rir', row)}="",${low(cellInRow('previousRir', row))},${low(twoBack)}),${cellInRow('exercise', row)},""))`,
  };
}
