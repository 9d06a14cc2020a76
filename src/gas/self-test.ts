import { OFFSEASON } from '../core/programs';
import { COLUMN, letter, WIDTH, WIDTHS } from '../sheet/columns';
import { toGrid } from '../sheet/grid';
import { jumpLabel } from '../sheet/jump';
import { sessionOf } from '../sheet/keys';
import { layoutProgram } from '../sheet/layout';
import { PROTOTYPE, prototypeLayout } from '../sheet/prototype';
import {
  linePassed,
  type SelfTestFailure,
  type SelfTestLine,
  type SelfTestPlan,
  selfTestPlan,
  selfTestText,
  writtenFormulas,
} from '../sheet/self-test';
import { placeCharts } from './charts';
import type { CoachRun } from './coach';
import { insertProgramTab } from './program-tab';
import { coachAlone } from './protect';
import { isCoachsPrototype, type Prototype, prototypeSheet } from './prototype';
import { Tabs } from './sheets';
import { today } from './views';

type Failure = SelfTestFailure;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SelfTestReport {
  readonly passed: boolean;
  /** One line per check, in the order they ran. */
  readonly lines: readonly SelfTestLine[];
}

/**
 * Proves on Google what the local runtime only imitates: the user's email is readable (the
 * userinfo.email scope), formulas read back as written, the formula engine follows the rule
 * (plain names, a tilde, a quote), the layout, who may edit, and the grid growing only when
 * asked. Every scratch tab is deleted, whatever happens.
 */
export function selfTest(run: CoachRun): SelfTestReport {
  const { ss } = run;
  // The seed program, whatever the Template says: the point is the formula engine, not the plan.
  const stamp = Utilities.getUuid().slice(0, 8);
  const plan = selfTestPlan(OFFSEASON.workouts, stamp);
  const tabs = Tabs.asking(ss);
  const scratch: Sheet[] = [];
  const lines: SelfTestLine[] = [emailLine()];
  try {
    // Trusted, not refused: whether it is the coach's is one of the lines (trustFailures).
    const prototype = prototypeSheet(tabs, run, 'trust');
    const from = (): Prototype => ({ sheet: prototype, shown: false });
    const rows = layoutProgram(plan.spec, OFFSEASON);
    const { sheet } = insertProgramTab(run, tabs, { rows }, { athlete: plan.spec.athlete }, from());
    scratch.push(sheet);
    lines.push(formulasLine(sheet, rows));
    const rowOf = rowsByKey(sheet);
    const values = logEdits(sheet, plan);
    const targets = targetLine(
      values,
      sheet,
      plan,
      'Targets recalculated by Sheets follow the rule',
    );
    const link = linkFailures(values, rows, plan, today(ss));
    const trust = trustFailures(sheet, prototype, run, rowOf.get(plan.layout.deleted) ?? 0);
    const layout = layoutFailures(sheet, plan.layout, prototype);
    lines.push(
      targets,
      { check: 'The header links to the session to do', checked: 1, failures: link },
      {
        check: 'The layout holds (a tab copied from the prototype, a block sorted, a row deleted)',
        ...layout,
      },
      {
        check:
          'Who may edit (the tab’s protection, its inputs, the prototype’s, text kept as text)',
        ...trust,
      },
    );
    const probe = tabs.insertUnique(`Self-test probe ${stamp}`, new Set()).sheet;
    scratch.push(probe);
    for (const name of plan.names) {
      const named = insertProgramTab(
        run,
        tabs,
        { rows: layoutProgram({ ...plan.spec, athlete: name }, OFFSEASON) },
        { athlete: name },
        from(),
      );
      scratch.push(named.sheet);
      lines.push(nameLine(named, plan, probe));
    }
    lines.push(chartPastGridLine(probe), gridLine(probe), chartLine(ss, probe, sheet));
    const copy = ss.insertSheet(`Self-test copy ${stamp}`, { template: prototype });
    scratch.push(copy);
    lines.push(copyLine(copy));
  } finally {
    for (const sheet of scratch) ss.deleteSheet(sheet);
  }
  return { passed: lines.every(linePassed), lines };
}

/** The scope userinfo.email is granted and Google tells the add-on who is running it. */
function emailLine(): SelfTestLine {
  const check = 'Your email is readable (userinfo.email granted)';
  let email: string;
  try {
    email = Session.getActiveUser().getEmail();
  } catch (error) {
    // Reported, not decided on: whatever Google says is shown as it said it.
    const actual = error instanceof Error ? error.message : String(error);
    return {
      check,
      checked: 1,
      failures: [{ cell: '—', key: 'Session.getActiveUser', expected: 'an email', actual }],
    };
  }
  return {
    check: email ? `${check}: ${email}` : check,
    checked: 1,
    failures: email
      ? []
      : [{ cell: '—', key: 'Session.getActiveUser', expected: 'an email', actual: '(blank)' }],
  };
}

/** Every formula the tab's rows wrote reads back exactly as written (Sheets may rewrite formulas). */
function formulasLine(sheet: Sheet, rows: Parameters<typeof toGrid>[0]): SelfTestLine {
  const written = writtenFormulas(toGrid(rows).values);
  const read = sheet.getRange(1, 1, rows.length, WIDTH).getFormulas();
  return {
    check: 'Formulas written read back identically',
    checked: written.length,
    failures: written.flatMap(({ row, column, formula }) => {
      const actual = read[row - 1]?.[column - 1];
      return actual === formula
        ? []
        : [{ cell: `${letter(column)}${row}`, key: 'formula', expected: formula, actual }];
    }),
  };
}

/** The plan's edits typed into `sheet`; the tab's values once Google's engine recalculated. */
function logEdits(sheet: Sheet, plan: SelfTestPlan): unknown[][] {
  const rowOf = rowsByKey(sheet);
  for (const edit of plan.edits)
    sheet.getRange(rowOf.get(edit.key) ?? 0, COLUMN[edit.column]).setValue(edit.value);
  SpreadsheetApp.flush();
  return sheet.getDataRange().getValues();
}

/** The next-week targets in `values` against what the TypeScript rule says. */
function targetLine(
  values: readonly (readonly unknown[])[],
  sheet: Sheet,
  plan: SelfTestPlan,
  check: string,
): SelfTestLine {
  const rowOf = rowsByKey(sheet);
  return {
    check,
    checked: plan.checks.length,
    failures: plan.checks.flatMap((c) => {
      const row = rowOf.get(c.key) ?? 0;
      const actual = values[row - 1]?.[COLUMN.target - 1];
      return actual === c.expected
        ? []
        : [{ cell: `${letter(COLUMN.target)}${row}`, key: c.key, expected: c.expected, actual }];
    }),
  };
}

/**
 * A tab named with a tilde or a quote: its targets follow the rule, and another tab reads them
 * by the tab's quoted name (as the dashboard does), formulas reading back as written.
 */
function nameLine(
  named: { sheet: Sheet; name: string },
  plan: SelfTestPlan,
  probe: Sheet,
): SelfTestLine {
  const own = targetLine(logEdits(named.sheet, plan), named.sheet, plan, '');
  const rowOf = rowsByKey(named.sheet);
  const quoted = `'${named.name.replace(/'/g, "''")}'`;
  const refs = plan.checks.map(
    (c) => `=${quoted}!${letter(COLUMN.target)}${rowOf.get(c.key) ?? 0}`,
  );
  const cells = probe.getRange(1, 1, refs.length, 1);
  cells.setFormulas(refs.map((f) => [f]));
  SpreadsheetApp.flush();
  const values = cells.getValues();
  const formulas = cells.getFormulas();
  const failures = [...own.failures];
  plan.checks.forEach((c, i) => {
    const value = values[i]?.[0];
    if (value !== c.expected)
      failures.push({
        cell: `A${i + 1}`,
        key: `${named.name} → ${c.key}`,
        expected: c.expected,
        actual: value,
      });
    if (formulas[i]?.[0] !== refs[i])
      failures.push({
        cell: `A${i + 1}`,
        key: 'formula',
        expected: refs[i],
        actual: formulas[i]?.[0],
      });
  });
  cells.clearContent();
  return {
    check: `A tab named “${named.name}” resolves its targets, read by name from another tab`,
    checked: plan.checks.length * 3,
    failures,
  };
}

/**
 * Google's reference is silent on a chart anchored past a sheet's last row: the runtime refuses
 * it (the conservative assumption) and the Dashboard grows before anchoring its stacked charts
 * there, so it works either way. Reported, not relied on, for a maintainer to confirm.
 */
function chartPastGridLine(probe: Sheet): SelfTestLine {
  const last = probe.getMaxRows();
  const chart = probe
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(probe.getRange(1, 1, 2, 2))
    .setPosition(last + 1, 1, 0, 0)
    .build();
  let refused = false;
  try {
    probe.insertChart(chart);
  } catch {
    // Only that Google refused matters here; its message is in the user's language.
    refused = true;
  }
  for (const placed of probe.getCharts()) probe.removeChart(placed);
  return {
    check: `For the record (Offseason works either way): a chart anchored past a tab’s last row is ${refused ? 'refused' : 'placed'}`,
    checked: 0,
    failures: [],
    observed: true,
  };
}

/**
 * The grid the runtime imitates: a new tab's last row is a wall (a cell past it is refused) until
 * rows are inserted, and then it holds what is written there.
 */
function gridLine(probe: Sheet): SelfTestLine {
  const last = probe.getMaxRows();
  let refused = false;
  try {
    probe.getRange(last + 1, 1);
  } catch {
    // Only that Google refused matters here; its message is in the user's language.
    refused = true;
  }
  probe.insertRowsAfter(last, 1);
  const cell = probe.getRange(last + 1, 1);
  cell.setValue('grown');
  const { check, result } = checks();
  check(`A${last + 1}`, 'a cell past the last row is refused', true, refused);
  check(`A${last + 1}`, 'the tab grows when a row is inserted', 'grown', cell.getValue());
  return { check: 'A tab grows only when rows are inserted', ...result() };
}

/**
 * The Dashboard's chart per athlete reads a range on the athlete's tab, in its hidden columns:
 * Google must keep a chart's range on another tab and show hidden columns when told.
 */
function chartLine(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  probe: Sheet,
  tab: Sheet,
): SelfTestLine {
  const name = tab.getName();
  const at = { row: 1, column: COLUMN.key, rows: 3, columns: 2 };
  placeCharts(ss, probe, [
    { ranges: [{ sheet: name, ...at }], anchor: { row: 1, column: 1 }, type: 'LINE', options: {} },
  ]);
  const charts = probe.getCharts();
  const ranges = charts[0]?.getRanges() ?? [];
  const { check, result } = checks();
  check('chart', 'one chart on the probe', 1, charts.length);
  check(
    'chart',
    'its range, on another tab',
    [`${name}!${letter(at.column)}1:${letter(at.column + 1)}3`],
    ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`),
  );
  check(
    'chart',
    'hidden columns shown',
    'SHOW_BOTH',
    String(charts[0]?.getHiddenDimensionStrategy()),
  );
  return { check: 'A chart reads another tab’s hidden columns (the Dashboard’s do)', ...result() };
}

/**
 * What Google does with a copy of the hidden, protected prototype and its reference does not say:
 * reported, not relied on (the add-on shows every copy and protects it itself), so a maintainer
 * can confirm what the local runtime imitates (hidden, no protection).
 */
function copyLine(copy: Sheet): SelfTestLine {
  const hidden = copy.isSheetHidden();
  const protections = copy.getProtections(SpreadsheetApp.ProtectionType.SHEET).length;
  return {
    check: `For the record (Offseason works either way): a copy of the hidden prototype is ${hidden ? 'hidden' : 'shown'}, with ${protections} sheet protection${protections === 1 ? '' : 's'} of its own`,
    checked: 0,
    failures: [],
    observed: true,
  };
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
 * formats, and refuses a taken name without adding a tab (a new tab's name is tried before it is
 * looked up); a sort of a block on its visible columns carries every row's hidden cells, so no
 * target changes; a deleted row's next appearance follows the one before it.
 */
function layoutFailures(
  sheet: Sheet,
  plan: SelfTestPlan['layout'],
  prototype: Sheet,
): { checked: number; failures: Failure[] } {
  const { check, result } = checks();
  const ss = sheet.getParent();
  const tabsBefore = ss.getSheets().length;
  let added: Sheet | undefined;
  try {
    added = ss.insertSheet(sheet.getName(), { template: prototype });
  } catch {
    // Refused, as it must be: whatever the words, the tab count below says what happened.
  }
  if (added) ss.deleteSheet(added);
  check(
    'tab',
    'a taken name refused, no tab added',
    [false, tabsBefore],
    [added !== undefined, ss.getSheets().length],
  );
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
 * area open; the coach may write the inputs; text written behind an apostrophe reads back as text;
 * the prototype passes the check every coach run makes before copying it (a protection the coach
 * made lists the coach alone), or Generate would refuse the add-on's own.
 */
function trustFailures(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  prototype: GoogleAppsScript.Spreadsheet.Sheet,
  run: CoachRun,
  exerciseRow: number,
): { checked: number; failures: Failure[] } {
  const { check, result } = checks();
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  check('tab', 'one sheet protection', 1, protections.length);
  const [tab] = protections;
  check('tab', 'the coach alone edits the tab', true, !!tab && coachAlone(tab, run.coach.email));
  check('tab', 'closed to the domain', false, tab?.canDomainEdit());
  const inputs = sheet.getRange(exerciseRow, COLUMN.save, 1, COLUMN.notes - COLUMN.save + 1);
  check(inputs.getA1Notation(), 'inputs open to their editors', true, inputs.canEdit());
  const notes = sheet.getRange(exerciseRow, COLUMN.notes);
  notes.setValue("'2027");
  check(notes.getA1Notation(), 'text stays text', '2027', notes.getValue());
  notes.setValue('');
  check(
    PROTOTYPE.name,
    'one sheet protection, the coach’s alone: what every coach run verifies before copying it',
    true,
    isCoachsPrototype(prototype, run),
  );
  return result();
}

function rowsByKey(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, number> {
  const keys = sheet.getRange(1, COLUMN.key, sheet.getLastRow(), 1).getValues();
  return new Map(keys.map(([key], i) => [String(key), i + 1]));
}

/** Menu: Run self-test. One line per check; each failure under its check. */
export function runSelfTest(run: CoachRun): void {
  const report = selfTest(run);
  const ui = SpreadsheetApp.getUi();
  const verdict = report.passed
    ? 'Passed: Google does what Offseason (and its local runtime) expects.'
    : 'Failed: Google differs from what Offseason expects where marked ✗.';
  ui.alert(
    'Offseason self-test',
    [verdict, ...selfTestText(report.lines)].join('\n'),
    ui.ButtonSet.OK,
  );
}
