import type { Program } from '../core/programs';
import { DASHBOARD_SHEET, dashboardLayout, type ListedTab, listedTabs } from '../sheet/dashboard';
import type { CoachRun } from './coach';
import { conditionalFormats } from './rules';
import { Tabs } from './sheets';
import { type ProgramTab, programRegistry } from './tabs';
import { readLibrary } from './template-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A new sheet's rows (reference/spreadsheet/spreadsheet#insertSheet(String)): athletes fit below the header. */
const DASHBOARD_ROWS = 1000;

/**
 * Writes the Dashboard: one row of native formulas per program tab. It holds nothing typed by
 * anyone, so rewriting it loses nothing; it is created coach-only.
 *
 * A constant number of Sheets calls, however many athletes: the tabs come from one metadata
 * search, their current names from the formulas the dashboard wrote last time (one read), and
 * only a tab it has never listed is looked up by name. Formats and highlights cover the sheet's
 * rows once, when it is made or its columns change; a refresh writes values only.
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
  const layout = dashboardLayout(
    current,
    programs.flatMap((p) => p.workouts),
    DASHBOARD_ROWS,
  );
  const sheet = existing ?? tabs.insertIfMissing(DASHBOARD_SHEET);
  if (!sheet) return;
  const header = layout.values[0] ?? [];
  // Blanks over whatever the last refresh wrote beyond this one (fewer athletes or columns).
  const rows = Math.max(layout.values.length, values.length);
  const width = Math.max(header.length, values[0]?.length ?? 0);
  sheet
    .getRange(1, 1, rows, width)
    .setValues(
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: width }, (_, c) => layout.values[r]?.[c] ?? ''),
      ),
    );
  if (existing && JSON.stringify(values[0]?.slice(0, header.length)) === JSON.stringify(header))
    return;
  dress(sheet, layout, width);
  if (!existing)
    protect.restrict(sheet.protect().setDescription('Offseason dashboard: the coach edits it'));
}

/** Where a tab is now: its row's name when listed, else its name at creation if it still has it. */
function nameNow(tab: ProgramTab, listed: Map<string, string>, tabs: Tabs): ListedTab[] {
  const name =
    listed.get(tab.id) ?? (tab.name && tabs.get(tab.name) ? tab.name : tab.sheet()?.getName());
  return name ? [{ id: tab.id, athlete: tab.athlete || name, name }] : [];
}

/** Number formats, weights, highlights, frozen header, widths and the hidden id column. */
function dress(sheet: Sheet, layout: ReturnType<typeof dashboardLayout>, width: number): void {
  const { numberFormats, fontWeights, highlights } = layout.format;
  const columns = numberFormats.length;
  const all = sheet.getRange(1, 1, DASHBOARD_ROWS, columns);
  all.setNumberFormats(
    Array.from({ length: DASHBOARD_ROWS }, (_, r) =>
      r === 0 ? numberFormats.map(() => 'General') : numberFormats,
    ),
  );
  all.setFontWeights(
    Array.from({ length: DASHBOARD_ROWS }, (_, r) =>
      r === 0 ? fontWeights.map(() => 'bold') : [...fontWeights],
    ),
  );
  sheet.setConditionalFormatRules(conditionalFormats(sheet, highlights));
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(2, width - 1, 110);
  sheet.hideColumns(columns);
}

/** Menu: Refresh dashboard. */
export function refreshDashboard(run: CoachRun): void {
  const tabs = Tabs.asking(run.ss);
  writeDashboard(run, tabs, readLibrary(tabs));
}
