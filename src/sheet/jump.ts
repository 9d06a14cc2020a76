import { COLUMN, letter, span } from './columns';
import type { Row } from './row';

/**
 * The first cell of the frozen header: a link to today's session, else to the first session not
 * logged yet (its header row says 0 until a RIR is typed), else to the end of the tab. A 6 × 3
 * block runs past 250 rows: on a phone this is how an athlete gets to today without scrolling.
 *
 * It is a native `HYPERLINK` to `#gid=…&range=A…`, the form Sheets gives a link to a range of the
 * same spreadsheet, and a formula: it moves on as sessions are logged and days pass, with nothing
 * installed. Only the tab's gid is fixed, so the link is written once the tab exists. Its label
 * says where it goes: "▶ Today", or the session's key ("▶ W2 · S1").
 */
const LABELS = { today: '▶ Today', to: '▶ ', end: '▶ End' } as const;

export function jumpLink(gid: number, rows: readonly Row[]): { formula: string } | undefined {
  const first = rows.findIndex((r) => r.kind === 'session') + 1;
  if (first === 0) return undefined;
  const last = rows.length;
  const dates = span('date', first, last);
  const today = `MATCH(TEXT(TODAY(),"yyyy-mm-dd"),${dates},0)`;
  const open = `MATCH(0,${span('signal', first, last)},0)`;
  const at = `IFERROR(${today},IFERROR(${open},ROWS(${dates})))`;
  const label = `IF(ISNUMBER(${today}),"${LABELS.today}",IFERROR("${LABELS.to}"&INDEX(${span('key', first, last)},${open}),"${LABELS.end}"))`;
  const cell = `${letter(COLUMN.exercise)}`;
  return {
    formula: `=HYPERLINK("#gid=${gid}&range=${cell}"&(ROW(${dates})-1+${at}),${label})`,
  };
}

/**
 * What the link's label must read once the sessions in `logged` have a RIR, by the same rule in
 * TypeScript: the self-test compares it with what Google's own engine shows in the cell.
 */
export function jumpLabel(
  rows: readonly Row[],
  today: string,
  logged: ReadonlySet<string>,
): string {
  const sessions = rows.filter((r) => r.kind === 'session');
  if (sessions.some((r) => r.cells.date === today)) return LABELS.today;
  const open = sessions.find((r) => !logged.has(r.key));
  return open ? `${LABELS.to}${open.key}` : LABELS.end;
}
