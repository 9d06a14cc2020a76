import { sameAccount } from '../core/people';
import { InvalidInput } from '../core/problem';
import { letter } from '../sheet/columns';
import { WRITTEN } from '../sheet/save';
import { isExercise, type SessionView, sessionView } from '../sheet/session';
import { readRows, type TabRow } from '../sheet/tab';
import { callerEmail, isCoach } from './coach';
import { a1, plain, programTabs, WHOLE_TAB } from './tabs';
import { showView, today } from './views';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Menu: Log a session… Lists the tabs the caller may log on: every tab for the coach; for anyone
 * else the tabs without an email and the one with theirs (a hint from the tab's metadata; the
 * protections decide, and `getSession` asks them).
 */
export function showLogSidebar(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const all = programTabs(ss);
  const me = callerEmail();
  const tabs =
    all.some((t) => t.email) && !isCoach(ss)
      ? all.filter((t) => !t.email || sameAccount(t.email, me))
      : all;
  const active = ss.getActiveSheet().getName();
  const chosen = tabs.find((t) => t.name === active)?.name ?? tabs[0]?.name;
  const view = chosen === undefined ? undefined : readView(ss, chosen, undefined);
  showView('sidebar', plain({ tabs, view }), { title: 'Log a session', sidebar: true });
}

/**
 * Server function: one tab's sessions and one session (the default one unless `sessionKey`
 * names another), for someone who may write that tab's inputs: the athlete or the coach.
 */
export function getSession(request: unknown): unknown {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const field = (name: string): unknown =>
    typeof request === 'object' && request !== null && Object.hasOwn(request, name)
      ? (request as Record<string, unknown>)[name]
      : undefined;
  const sheetName = String(field('sheetName') ?? '');
  const sessionKey = field('sessionKey');
  return plain(readView(ss, sheetName, typeof sessionKey === 'string' ? sessionKey : undefined));
}

function readView(ss: Spreadsheet, sheetName: string, sessionKey: string | undefined): SessionView {
  const rows = readRows(wholeTab(ss, sheetName).getValues());
  const view = viewOf(ss, sheetName, rows, sessionKey);
  const inputs = inputSpan(rows);
  if (inputs && !ss.getRange(a1(sheetName, inputs)).canEdit()) throw notYours(view.athlete);
  return view;
}

/**
 * The tab's range in one call, or a message a person can act on when the tab was renamed or
 * deleted: asked of `getSheetByName` when the call fails, never read from the error's text.
 */
export function wholeTab(ss: Spreadsheet, sheetName: string): Range {
  try {
    return ss.getRange(a1(sheetName, WHOLE_TAB));
  } catch (error) {
    if (sheetName !== '' && ss.getSheetByName(sheetName)) throw error;
    throw new Error(`There is no tab called “${sheetName}” any more: pick the athlete again.`);
  }
}

export function viewOf(
  ss: Spreadsheet,
  sheetName: string,
  rows: readonly TabRow[],
  sessionKey: string | undefined,
): SessionView {
  const view = sessionView(sheetName, rows, sessionKey, () => today(ss));
  if (!view) throw new Error(`“${sheetName}” is not an Offseason program tab.`);
  return view;
}

/** `D14:H400`: the input cells of every exercise row, and the rows between them. */
function inputSpan(rows: readonly TabRow[]): string | undefined {
  const exercises = rows.filter(isExercise).map((r) => r.row);
  if (exercises.length === 0) return undefined;
  const first = Math.min(...exercises);
  const last = Math.max(...exercises);
  return `${letter(WRITTEN.first)}${first}:${letter(WRITTEN.last)}${last}`;
}

/** The caller may not write this tab's inputs: they are another athlete's (and the coach's). */
export const notYours = (athlete: string): InvalidInput =>
  new InvalidInput([
    {
      field: 'sheetName',
      message: `this tab's inputs are ${athlete}'s and the coach's: you can open and log only your own sessions. Nothing was saved.`,
    },
  ]);
