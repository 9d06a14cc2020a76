import type { Workout } from '../core/workout';
import { DASHBOARD_SHEET, dashboardLayout } from '../sheet/dashboard';
import type { CoachRun } from './coach';
import { Tabs } from './sheets';
import { programTabs } from './tabs';
import { readProgram } from './template-tab';

/**
 * Writes the Dashboard: one row of native formulas per program tab. It holds nothing typed by
 * anyone, so rewriting it loses nothing; it is created coach-only.
 */
export function writeDashboard(
  { ss, protect }: CoachRun,
  tabs: Tabs,
  workouts: readonly Workout[],
): void {
  const layout = dashboardLayout(programTabs(ss), workouts);
  const existing = tabs.get(DASHBOARD_SHEET);
  const created = existing ? undefined : tabs.insertIfMissing(DASHBOARD_SHEET);
  const sheet = existing ?? created;
  if (!sheet) return;
  if (existing) sheet.clear();
  const width = layout.values[0]?.length ?? 1;
  const range = sheet.getRange(1, 1, layout.values.length, width);
  range.setValues(layout.values);
  range.setNumberFormats(layout.numberFormats);
  range.setFontWeights(layout.fontWeights);
  sheet.setConditionalFormatRules(
    layout.highlights.map((h) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(h.formula)
        .setBackground(h.background)
        .setRanges([sheet.getRange(h.area.row, h.area.column, h.area.rows, h.area.columns)])
        .build(),
    ),
  );
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(2, width - 1, 110);
  if (created)
    protect.restrict(sheet.protect().setDescription('Offseason dashboard: the coach edits it'));
}

/** Menu: Refresh dashboard. */
export function refreshDashboard(run: CoachRun): void {
  const tabs = Tabs.asking(run.ss);
  writeDashboard(run, tabs, readProgram(tabs));
}
