import { above, cellInRow, wholeColumn } from './columns';
import type { Content } from './row';
import { settingRef } from './settings';

/**
 * Per-row formulas the coach's dashboard adds up, so it stays live as athletes type on phones.
 */

/** COUNTIF criteria read `*`, `?` and `~` as wildcards; a key must match itself only. */
const literal = (text: string): string => text.replace(/[*?~]/g, '~$&').replace(/"/g, '""');

/** 1 once any exercise of the session has a RIR logged. */
export const sessionLogged = (sessionKey: string): Content => ({
  formula: `=IF(COUNTIFS(${wholeColumn('key')},"${literal(sessionKey)} · *",${wholeColumn('rir')},"<>")>0,1,0)`,
});

/**
 * "Hold the load": the two previous appearances were both logged at RIR ≤ target − 2, and this
 * one is still to do. The cell shows the exercise's name so the dashboard can list it.
 */
export function holdTheLoad(row: number): Content {
  const twoBack = `INDEX(${above('previousRir', row)},${cellInRow('previous', row)})`;
  const low = (rir: string) => `ISNUMBER(${rir}),${rir}<=${settingRef('targetRir')}-2`;
  return {
    formula: `=IF(${cellInRow('previous', row)}="","",IF(AND(${cellInRow('rir', row)}="",${low(cellInRow('previousRir', row))},${low(twoBack)}),${cellInRow('exercise', row)},""))`,
  };
}
