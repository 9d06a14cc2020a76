import { SEED_WORKOUTS } from '../core/catalog';
import { sameAccount } from '../core/people';
import { COLUMN, letter, WIDTHS } from '../sheet/columns';
import { jumpLabel } from '../sheet/jump';
import { sessionOf } from '../sheet/keys';
import { layoutProgram } from '../sheet/layout';
import { prototypeLayout } from '../sheet/prototype';
import { type SelfTestPlan, selfTestPlan } from '../sheet/self-test';
import type { CoachRun } from './coach';
import { insertProgramTab } from './program-tab';
import { Tabs } from './sheets';
import { today } from './views';

interface Failure {
  readonly cell: string;
  readonly key: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface SelfTestReport {
  readonly passed: boolean;
  readonly checked: number;
  /** Checks of what the layout relies on: the copy from the prototype, a sort, a deleted row. */
  readonly layoutChecked: number;
  /** Checks of who may edit: the tab's protection, and text kept as text. */
  readonly trustChecked: number;
  readonly failures: readonly Failure[];
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
  const rows = layoutProgram(plan.spec, workouts);
  const { sheet } = insertProgramTab(run, Tabs.asking(ss), rows, {
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
    const trust = trustFailures(sheet, run, rowOf.get(plan.layout.deleted) ?? 0);
    const link = linkFailures(values, rows, plan, today(ss));
    const layout = layoutFailures(sheet, plan.layout);
    const others = [...link, ...layout.failures];
    return {
      passed:
        failures.length === 0 &&
        others.length === 0 &&
        trust.failures.length === 0 &&
        plan.checks.length > 0,
      checked: plan.checks.length,
      layoutChecked: layout.checked + 1,
      trustChecked: trust.checked,
      failures: [...failures, ...others, ...trust.failures],
    };
  } finally {
    ss.deleteSheet(sheet);
  }
}

/**
 * The header's link to the session to do, as Google's engine computes it (`TODAY`, `TEXT`,
 * `MATCH`): its label must be what the same rule gives in TypeScript once the plan's RIRs are in.
 */
function linkFailures(
  values: readonly (readonly unknown[])[],
  rows: Parameters<typeof jumpLabel>[0],
  plan: SelfTestPlan,
  day: string,
): Failure[] {
  const logged = new Set(
    plan.edits.flatMap((e) => (e.column === 'rir' ? [sessionOf(e.key)?.session ?? ''] : [])),
  );
  const expected = jumpLabel(rows, day, logged);
  const actual = values[0]?.[COLUMN.exercise - 1];
  return actual === expected
    ? []
    : [{ cell: 'A1', key: 'link to the session to do', expected, actual }];
}

/**
 * What the layout relies on and only Google can confirm: `insertSheet(name, {template})` copies
 * the prototype's hidden machinery, frozen header, widths, validation rules and conditional
 * formats; a sort of a block on its visible columns carries every row's hidden cells, so no
 * target changes; a deleted row's next appearance follows the one before it.
 */
function layoutFailures(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: SelfTestPlan['layout'],
): { checked: number; failures: Failure[] } {
  const { check, result } = checks();
  const rowOf = rowsByKey(sheet);
  const squat = rowOf.get(plan.deleted) ?? 0;
  check(
    `${letter(COLUMN.key)}:${letter(COLUMN.save)}`,
    'machinery hidden',
    true,
    sheet.isColumnHiddenByUser(COLUMN.key),
  );
  check('1:1', 'header frozen', 1, sheet.getFrozenRows());
  check('A:A', 'exercise column frozen', 1, sheet.getFrozenColumns());
  check('A:A', 'exercise column width', WIDTHS[0]?.[2], sheet.getColumnWidth(COLUMN.exercise));
  check(
    'tab',
    'conditional formats copied',
    prototypeLayout().highlights.length,
    sheet.getConditionalFormatRules().length,
  );
  check(
    `${letter(COLUMN.rir)}${squat}`,
    'RIR rule copied',
    String(SpreadsheetApp.DataValidationCriteria.CUSTOM_FORMULA),
    String(sheet.getRange(squat, COLUMN.rir).getDataValidation()?.getCriteriaType()),
  );

  const targets = () => {
    const values = sheet.getDataRange().getValues();
    return new Map(values.map((row) => [String(row[COLUMN.key - 1]), row[COLUMN.target - 1]]));
  };
  const before = targets();
  const block = [...rowOf].filter(([key]) => key.startsWith(`${plan.sortBlock} · `));
  const first = Math.min(...block.map(([, row]) => row));
  const last = Math.max(...block.map(([, row]) => row));
  sheet
    .getRange(first, COLUMN.exercise, last - first + 1, COLUMN.rir)
    .sort({ column: COLUMN.exercise, ascending: false });
  SpreadsheetApp.flush();
  const sorted = targets();
  for (const [key] of block)
    check(`block ${plan.sortBlock} sorted`, key, before.get(key), sorted.get(key));

  sheet.deleteRow(rowsByKey(sheet).get(plan.deleted) ?? 0);
  SpreadsheetApp.flush();
  check(
    `${plan.deleted} deleted`,
    plan.follower,
    before.get(plan.deleted),
    targets().get(plan.follower),
  );
  return result();
}

/** Checks that count themselves and keep what differs. */
function checks() {
  const failures: Failure[] = [];
  let checked = 0;
  return {
    check(cell: string, key: string, expected: unknown, actual: unknown): void {
      checked++;
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        failures.push({ cell, key, expected, actual });
    },
    result: () => ({ checked, failures }),
  };
}

/**
 * What protecting a tab relies on and only Google can confirm: a tab copied from the (protected)
 * prototype ends with one sheet protection, the coach's alone and closed to the domain, its input
 * area open; the coach may write the inputs; text written behind an apostrophe reads back as text.
 */
function trustFailures(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  { coach }: CoachRun,
  exerciseRow: number,
): { checked: number; failures: Failure[] } {
  const { check, result } = checks();
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  check('tab', 'one sheet protection', 1, protections.length);
  const [tab] = protections;
  const editors = tab?.getEditors().map((u) => u.getEmail()) ?? [];
  check(
    'tab',
    'the coach alone edits the tab',
    true,
    editors.length > 0 && editors.every((e) => sameAccount(e, coach.email)),
  );
  check('tab', 'closed to the domain', false, tab?.canDomainEdit());
  const inputs = sheet.getRange(exerciseRow, COLUMN.save, 1, COLUMN.notes - COLUMN.save + 1);
  check(inputs.getA1Notation(), 'inputs open to their editors', true, inputs.canEdit());
  const notes = sheet.getRange(exerciseRow, COLUMN.notes);
  notes.setValue("'2027");
  check(notes.getA1Notation(), 'text stays text', '2027', notes.getValue());
  notes.setValue('');
  return result();
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
    ? [
        `Passed: ${report.checked} targets recalculated by Sheets match the Offseason rule.`,
        `Passed: ${report.layoutChecked} checks of the layout (a tab copied from the prototype, the link to the session to do, a block sorted, a row deleted).`,
        `Passed: ${report.trustChecked} checks of who may edit (the tab's protection, its inputs, text kept as text).`,
      ]
    : [
        `Failed: ${report.failures.length} of ${report.checked + report.layoutChecked + report.trustChecked} checks differ from what Offseason expects.`,
        ...report.failures.map(
          (f) =>
            `${f.cell} (${f.key}): expected ${String(f.expected)}, Sheets gave ${String(f.actual)}`,
        ),
      ];
  ui.alert('Offseason self-test', lines.join('\n'), ui.ButtonSet.OK);
}
