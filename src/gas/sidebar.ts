import { InvalidInput } from '../core/problem';
import { letter } from '../sheet/columns';
import { LOG_HEADER, LOG_SHEET } from '../sheet/log';
import { nextTargets, planSave, readSave, type SavePlan, WRITE_COLUMNS } from '../sheet/save';
import { type SessionView, sessionView } from '../sheet/session';
import { cellOf, readRows, settingsOf, type TabRow } from '../sheet/tab';
import { withDocumentLock } from './lock';
import { ensureLog } from './log-tab';
import { Tabs } from './sheets';
import { a1, plain, programTabs, WHOLE_TAB } from './tabs';
import { showView, today } from './views';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Menu: Log a session… */
export function showLogSidebar(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tabs = programTabs(ss);
  const active = ss.getActiveSheet().getName();
  const chosen = tabs.find((t) => t.name === active)?.name ?? tabs[0]?.name;
  const view = chosen === undefined ? undefined : readView(ss, chosen, undefined);
  showView('sidebar', plain({ tabs, view }), { title: 'Log a session', sidebar: true });
}

/** Server function: one tab's sessions and one session (the default one unless `sessionKey` names another). */
export function getSession(request: { sheetName?: unknown; sessionKey?: unknown }): unknown {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheetName = String(request?.sheetName ?? '');
  const sessionKey = typeof request?.sessionKey === 'string' ? request.sessionKey : undefined;
  return plain(readView(ss, sheetName, sessionKey));
}

function readView(ss: Spreadsheet, sheetName: string, sessionKey: string | undefined): SessionView {
  return viewOf(ss, sheetName, readRows(wholeTab(ss, sheetName).getValues()), sessionKey);
}

/** The tab's range, or a message a person can act on when the tab was renamed or deleted. */
function wholeTab(ss: Spreadsheet, sheetName: string): GoogleAppsScript.Spreadsheet.Range {
  try {
    return ss.getRange(a1(sheetName, WHOLE_TAB));
  } catch {
    throw new Error(`There is no tab called “${sheetName}” any more: pick the athlete again.`);
  }
}

function viewOf(
  ss: Spreadsheet,
  sheetName: string,
  rows: readonly TabRow[],
  sessionKey: string | undefined,
): SessionView {
  const view = sessionView(sheetName, rows, sessionKey, () => today(ss));
  if (!view) throw new Error(`“${sheetName}” is not an Offseason program tab.`);
  return view;
}

/**
 * Server function of the sidebar's Save. Under the document lock: one read of the tab, the rows
 * found by key, the Log appended, the summaries written, and one read-back of the recalculated
 * targets — eight Sheets calls. A retried save (same save id) writes nothing.
 */
export function saveSession(raw: unknown): unknown {
  const sheetName =
    typeof raw === 'object' && raw !== null
      ? String((raw as { sheetName?: unknown }).sheetName ?? '')
      : '';
  if (sheetName === '')
    throw new InvalidInput([{ field: 'sheetName', message: 'is missing: reload the sidebar' }]);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const tab = wholeTab(ss, sheetName);
    const values = tab.getValues();
    const rows = readRows(values);
    const { save, problems } = readSave(raw, rows);
    const settings = settingsOf(rows);
    if (!save || !settings)
      throw new InvalidInput(
        problems.length > 0
          ? problems
          : [{ field: 'sheetName', message: 'is not an Offseason program tab' }],
      );
    const plan = planSave(rows, save, {
      athlete: settings.athlete,
      timestamp: new Date(),
      user: Session.getActiveUser().getEmail(),
    });
    write(ss, sheetName, rows, plan);
    const after = plan.runs.length > 0 ? readRows(tab.getValues()) : rows;
    return plain({
      saved: !plan.duplicate,
      next: nextTargets(after, save, settings.units),
      view: viewOf(ss, sheetName, after, save.sessionKey),
    });
  });
}

/** The Log first: if the grid write then failed, a retry could only repeat Log rows (same save id), never lose them. */
function write(ss: Spreadsheet, sheetName: string, rows: readonly TabRow[], plan: SavePlan): void {
  if (plan.logRows.length > 0) {
    const start = logStart(ss, rows);
    ss.getRange(
      a1(LOG_SHEET, `A${start}:${letter(LOG_HEADER.length)}${start + plan.logRows.length - 1}`),
    ).setValues(plan.logRows);
  }
  for (const run of plan.runs) {
    const last = run.firstRow + run.values.length - 1;
    ss.getRange(
      a1(
        sheetName,
        `${letter(WRITE_COLUMNS.first)}${run.firstRow}:${letter(WRITE_COLUMNS.last)}${last}`,
      ),
    ).setValues(run.values);
  }
}

/** Where the Log's next row goes: the tab's header row counts the Log's rows, so the Log is not read. */
function logStart(ss: Spreadsheet, rows: readonly TabRow[]): number {
  const header = rows.find((r) => r.kind === 'header');
  const count = header ? cellOf(header, 'logRows') : undefined;
  if (typeof count === 'number' && count >= 1) return count + 1;
  // The Log was deleted: make a new one (a few more calls, once).
  const tabs = Tabs.asking(ss);
  ensureLog(tabs);
  return (tabs.get(LOG_SHEET)?.getLastRow() ?? 1) + 1;
}
