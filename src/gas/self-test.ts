import { SEED_WORKOUTS } from '../core/catalog';
import { COLUMN, letter } from '../sheet/columns';
import { layoutProgram } from '../sheet/layout';
import { selfTestPlan } from '../sheet/self-test';
import type { CoachRun } from './coach';
import { insertProgramTab } from './program-tab';
import { Tabs } from './sheets';

export interface SelfTestReport {
  readonly passed: boolean;
  readonly checked: number;
  readonly failures: readonly {
    readonly cell: string;
    readonly key: string;
    readonly expected: unknown;
    readonly actual: unknown;
  }[];
}

/**
 * Proves on the spreadsheet's own formula engine what the local runtime only simulates: writes a
 * scratch program, logs a few sets, reads the recalculated targets back and compares them with
 * the TypeScript rule. The scratch tab is always deleted.
 */
export function selfTest(run: CoachRun): SelfTestReport {
  const { ss } = run;
  // The seed program, whatever the Template says: the point is the formula engine, not the plan.
  const workouts = SEED_WORKOUTS;
  const plan = selfTestPlan(workouts, Utilities.getUuid().slice(0, 8));
  const { sheet } = insertProgramTab(run, Tabs.asking(ss), layoutProgram(plan.spec, workouts), {
    athlete: plan.spec.athlete,
  });
  try {
    const rowOf = rowsByKey(sheet);
    for (const edit of plan.edits)
      sheet.getRange(rowOf.get(edit.key) ?? 0, COLUMN[edit.column]).setValue(edit.value);
    SpreadsheetApp.flush();
    const values = sheet.getDataRange().getValues();
    const failures = plan.checks.flatMap((check) => {
      const row = rowOf.get(check.key) ?? 0;
      const actual = values[row - 1]?.[COLUMN.target - 1];
      return actual === check.expected
        ? []
        : [
            {
              cell: `${letter(COLUMN.target)}${row}`,
              key: check.key,
              expected: check.expected,
              actual,
            },
          ];
    });
    return {
      passed: failures.length === 0 && plan.checks.length > 0,
      checked: plan.checks.length,
      failures,
    };
  } finally {
    ss.deleteSheet(sheet);
  }
}

function rowsByKey(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, number> {
  const keys = sheet.getRange(1, COLUMN.key, sheet.getLastRow(), 1).getValues();
  return new Map(keys.map(([key], i) => [String(key), i + 1]));
}

/** Menu: Run self-test. */
export function runSelfTest(run: CoachRun): void {
  const report = selfTest(run);
  const ui = SpreadsheetApp.getUi();
  const lines = report.passed
    ? [`Passed: ${report.checked} targets recalculated by Sheets match the Offseason rule.`]
    : [
        `Failed: ${report.failures.length} of ${report.checked} targets differ from the Offseason rule.`,
        ...report.failures.map(
          (f) =>
            `${f.cell} (${f.key}): expected ${String(f.expected)}, Sheets gave ${String(f.actual)}`,
        ),
      ];
  ui.alert('Offseason self-test', lines.join('\n'), ui.ButtonSet.OK);
}
