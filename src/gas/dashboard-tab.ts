import type { Program } from '../core/programs';
import {
  DASHBOARD_SHEET,
  dashboardLayout,
  type ListedTab,
  listedTabs,
  sameColumns,
} from '../sheet/dashboard';
import {
  CHART_CHOICES,
  chartChoiceIn,
  chartsReach,
  dashboardCharts,
  PROGRESS_HEADER,
  progressAt,
} from '../sheet/dashboard-charts';
import { placeCharts } from './charts';
import type { CoachRun } from './coach';
import { conditionalFormats } from './rules';
import { Tabs } from './sheets';
import { type ProgramTab, programRegistry } from './tabs';
import { readLibrary } from './template-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A new sheet's rows (reference/spreadsheet/spreadsheet#insertSheet(String)): athletes fit below the header. */
const DASHBOARD_ROWS = 1000;

/**
 * Writes the Dashboard: one row of native formulas per program tab, and the chart the coach
 * chose over them. It holds nothing typed by anyone but that choice, which it keeps; it is
 * created coach-only.
 *
 * A constant number of Sheets calls, however many athletes: the tabs come from one metadata
 * search, their current names from the formulas the dashboard wrote last time (one read), and
 * only a tab it has never listed is looked up by name. Formats, highlights and the choice's
 * dropdown cover the sheet's rows once, when it is made or its columns change; a refresh writes
 * values, reads them back (where each tab's progress table is) and places the charts: 5 calls
 * for the team's chart, 2 + 2 per athlete for one each (src/gas/charts.ts). The sheet holds every
 * athlete's row and every stacked chart: past a new sheet's 1,000 rows (1,000 athletes, or 53 with
 * a chart each) a refresh asks its rows (1 call) and, the first time, grows and re-dresses it.
 */
export function writeDashboard(
  { ss, protect }: CoachRun,
  tabs: Tabs,
  programs: readonly Program[],
): void {
  const existing = tabs.get(DASHBOARD_SHEET);
  const before = existing?.getDataRange();
  const values = before?.getValues() ?? [];
  const listed = listedTabs(values, before?.getFormulas() ?? []);
  const current = programRegistry(ss).flatMap((tab) => nameNow(tab, listed, tabs));
  // Every program's blocks and main lifts: athletes may be on different programs.
  const choice = chartChoiceIn(values[0] ?? []);
  // The rows the sheet holds, and formats and highlights cover: a new sheet's, or one per athlete
  // below the header, or as far down as the charts stack, if more.
  const extent = Math.max(DASHBOARD_ROWS, current.length + 1, chartsReach(choice, current.length));
  const layout = dashboardLayout(current, programs, extent, choice);
  const sheet = existing ?? tabs.insertIfMissing(DASHBOARD_SHEET);
  if (!sheet) return;
  const grown = growRows(sheet, extent);
  const header = layout.values[0] ?? [];
  // Blanks over whatever the last refresh wrote beyond this one (fewer athletes or columns).
  const rows = Math.max(layout.values.length, values.length);
  const width = Math.max(header.length, values[0]?.length ?? 0);
  if (grown || !existing || !sameColumns(values[0]?.slice(0, header.length) ?? [], header))
    dress(sheet, layout, width, extent);
  const range = sheet.getRange(1, 1, rows, width);
  range.setValues(
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => layout.values[r]?.[c] ?? ''),
    ),
  );
  const computed = range.getValues();
  const progressColumn = header.indexOf(PROGRESS_HEADER);
  const charted = current.map((tab, i) => ({
    ...tab,
    progress: progressAt(computed[i + 1]?.[progressColumn]),
  }));
  placeCharts(ss, sheet, dashboardCharts(choice, charted, layout, programs));
  if (!existing)
    protect.restrict(sheet.protect().setDescription('Offseason dashboard: the coach edits it'));
}

/** Where a tab is now: its row's name when listed, else its name at creation if it still has it. */
function nameNow(tab: ProgramTab, listed: Map<string, string>, tabs: Tabs): ListedTab[] {
  const name =
    listed.get(tab.id) ?? (tab.name && tabs.get(tab.name) ? tab.name : tab.sheet()?.getName());
  return name ? [{ id: tab.id, athlete: tab.athlete || name, name }] : [];
}

/**
 * Columns enough for the layout (a new sheet has 26: reference/spreadsheet/spreadsheet#insertSheet(String)),
 * number formats, weights, highlights, frozen header, widths, the hidden bookkeeping, and the
 * chart choice's dropdown (on the header row only, so a choice cell the columns moved away from
 * loses it).
 */
function dress(
  sheet: Sheet,
  layout: ReturnType<typeof dashboardLayout>,
  width: number,
  rows: number,
): void {
  const { numberFormats, fontWeights, highlights } = layout.format;
  const columns = numberFormats.length;
  const have = sheet.getMaxColumns();
  if (have < width) sheet.insertColumnsAfter(have, width - have);
  const all = sheet.getRange(1, 1, rows, columns);
  all.setNumberFormats(
    Array.from({ length: rows }, (_, r) =>
      r === 0 ? numberFormats.map(() => 'General') : numberFormats,
    ),
  );
  all.setFontWeights(
    Array.from({ length: rows }, (_, r) =>
      r === 0 ? fontWeights.map(() => 'bold') : [...fontWeights],
    ),
  );
  sheet.setConditionalFormatRules(conditionalFormats(sheet, highlights));
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(2, width - 1, 110);
  sheet.setColumnWidth(layout.choiceColumn, CHOICE_WIDTH);
  sheet.hideColumns(layout.hidden.first, layout.hidden.count);
  const choice = SpreadsheetApp.newDataValidation()
    .requireValueInList(Object.values(CHART_CHOICES), true)
    .setAllowInvalid(false)
    .setHelpText(
      'The Dashboard’s chart: one for the team, or one per athlete. Refresh dashboard to redraw.',
    )
    .build();
  sheet
    .getRange(1, 1, 1, width)
    .setDataValidations([
      Array.from({ length: width }, (_, c) => (c + 1 === layout.choiceColumn ? choice : null)),
    ]);
}

/** Wide enough for "Charts: one per athlete" and its dropdown arrow. */
const CHOICE_WIDTH = 190;

/** Menu: Refresh dashboard. */
export function refreshDashboard(run: CoachRun): void {
  const tabs = Tabs.asking(run.ss);
  writeDashboard(run, tabs, readLibrary(tabs));
}

/**
 * Rows enough for `rows` (Google refuses a range past a sheet's last row, the runtime a chart
 * anchored past it): a new sheet's 1,000 hold 999 athletes' rows, or 52 athletes' stacked charts,
 * and are not asked for (no call); past them the sheet is asked (1 call) and grown (1 more, then
 * dressed), and true says the new rows want dressing.
 */
function growRows(sheet: Sheet, rows: number): boolean {
  if (rows <= DASHBOARD_ROWS) return false;
  const have = sheet.getMaxRows();
  if (have >= rows) return false;
  sheet.insertRowsAfter(have, rows - have);
  return true;
}
