import { InvalidInput, type Problem } from '../core/problem';
import { PROGRAMS } from '../core/programs';
import { layoutTab } from '../sheet/layout';
import {
  ROSTER_EXAMPLE,
  ROSTER_HEADER,
  ROSTER_HELP,
  ROSTER_SHEET,
  readRoster,
} from '../sheet/roster';
import { TimeBudget } from './budget';
import type { CoachRun } from './coach';
import { writeDashboard } from './dashboard-tab';
import { withDocumentLock } from './lock';
import { insertProgramTab } from './program-tab';
import { Tabs } from './sheets';
import { programRegistry } from './tabs';
import { readLibrary } from './template-tab';
import { today } from './views';
import { withWorkingCopies } from './working-copies';

const HEADER_NOTES: Readonly<Record<string, string>> = {
  Email:
    'Optional. With it, only this athlete (and you) can edit their inputs; without it, every editor can type into them. The rest of the tab is yours alone either way.',
  'Start date': 'Blank: next Monday.',
  'Starting loads':
    'Optional, like: Squat: 50; Romanian Deadlift: 65. Blank loads are set by the first logged load.',
  'Lifting days': 'Optional, like: Mon Wed Fri. Default Mon Wed Fri (3 days) or Tue Fri (2 days).',
  'Run days': 'Optional hard or hill running days, like: Thu Sat.',
  Program:
    'Optional: Offseason (blank), In-season or Base, or a program of your own from the Template.',
};

/** Menu: Create roster. A header (with notes on each column's form); an existing Roster is left alone. */
export function createRoster({ ss, protect }: CoachRun): void {
  const ui = SpreadsheetApp.getUi();
  const sheet = Tabs.asking(ss).insertIfMissing(ROSTER_SHEET);
  if (!sheet) {
    ui.alert('Offseason', 'The Roster tab already exists. Nothing was changed.', ui.ButtonSet.OK);
    return;
  }
  const width = ROSTER_HEADER.length;
  sheet.getRange(1, 1, 2, width).setValues([[...ROSTER_HEADER], [...ROSTER_EXAMPLE]]);
  const header = sheet.getRange(1, 1, 1, width);
  header.setNotes([ROSTER_HEADER.map((h) => HEADER_NOTES[h] ?? '')]);
  header.setFontWeight('bold');
  // The example row reads as one: grey italics, skipped while its athlete reads "e.g. …".
  sheet.getRange(2, 1, 1, width).setFontStyle('italic').setFontColor('#5f6368');
  sheet.setFrozenRows(1);
  const below = (column: number) => sheet.getRange(2, column, sheet.getMaxRows() - 1, 1);
  const list = (items: string[], help: string) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList(items, true)
      .setAllowInvalid(false)
      .setHelpText(help)
      .build();
  below(3).setDataValidation(list(['lb', 'kg'], ROSTER_HELP.units));
  // Every program's lengths and frequencies pass here; Generate for roster checks the row's own.
  const whole = (min: number, max: number, help: string) =>
    SpreadsheetApp.newDataValidation()
      .requireNumberBetween(min, max)
      .setAllowInvalid(false)
      .setHelpText(help)
      .build();
  below(5).setDataValidation(whole(4, 12, ROSTER_HELP.weeks));
  below(6).setDataValidation(whole(1, 3, ROSTER_HELP.daysPerWeek));
  below(7).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .setHelpText(ROSTER_HELP.startDate)
      .build(),
  );
  // The built-in names are suggested; a program of the coach's own in the Template is fine too,
  // so anything passes here and Generate for roster checks it.
  below(ROSTER_HEADER.indexOf('Program') + 1).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(
        PROGRAMS.map((p) => p.name),
        true,
      )
      .setAllowInvalid(true)
      .setHelpText('The program: blank is Offseason.')
      .build(),
  );
  protect.restrict(sheet.protect().setDescription('Offseason roster: the coach edits it'));
  ui.alert(
    'Offseason',
    'Roster created: one row per athlete (row 2 is an example, skipped while it reads “e.g.”), then Extensions → Offseason → Generate for roster.',
    ui.ButtonSet.OK,
  );
}

export interface RosterReport {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
  /** Athletes left for the next run: this one stopped to stay within Google's time limit. */
  readonly remaining: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * Creates the tab of every roster athlete who has none, never touches an existing tab, and
 * skips bad rows (reporting each by cell) while the valid ones still generate. The tabs are
 * listed once, under the lock, whatever the number of athletes.
 */
export function generateRoster(run: CoachRun, budget = new TimeBudget()): RosterReport {
  const { ss } = run;
  return withDocumentLock(() => {
    const tabs = Tabs.listed(ss);
    const library = readLibrary(tabs);
    const roster = tabs.get(ROSTER_SHEET);
    if (!roster)
      throw new InvalidInput([
        { field: ROSTER_SHEET, message: 'there is no Roster tab yet: use Create roster first' },
      ]);
    const values = roster
      .getRange(`A:${String.fromCharCode(64 + ROSTER_HEADER.length)}`)
      .getValues();
    const { entries, problems } = readRoster(values, library, today(ss));
    const existing = new Set(programRegistry(ss).map((t) => t.athlete.toLowerCase()));
    const created: string[] = [];
    const skipped: string[] = [];
    const remaining: string[] = [];
    const todo = entries.filter(({ spec }) => {
      const exists = existing.has(spec.athlete.toLowerCase());
      if (exists) skipped.push(spec.athlete);
      existing.add(spec.athlete.toLowerCase());
      return !exists;
    });
    if (todo.length > 0) {
      const planned = todo.map(({ spec, program, email }) => ({
        spec,
        email,
        tab: layoutTab(spec, program),
      }));
      withWorkingCopies(
        tabs,
        run,
        planned.map((p) => p.tab.rows),
        (prototypeFor) => {
          for (const { spec, email, tab } of planned) {
            if (!budget.fits()) {
              remaining.push(spec.athlete);
              continue;
            }
            insertProgramTab(
              run,
              tabs,
              tab,
              { athlete: spec.athlete, email: email || undefined },
              prototypeFor(tab.rows),
            );
            created.push(spec.athlete);
            budget.done();
          }
        },
      );
    }
    if (created.length > 0) writeDashboard(run, tabs, library);
    return { created, skipped, remaining, problems };
  });
}

/** Menu: Generate for roster. */
export function generateForRoster(run: CoachRun): void {
  const ui = SpreadsheetApp.getUi();
  let report: RosterReport;
  try {
    report = generateRoster(run);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    ui.alert('Offseason: nothing generated', error.message, ui.ButtonSet.OK);
    return;
  }
  const lines = [
    `Created ${report.created.length}: ${report.created.join(', ') || '—'}`,
    `Skipped ${report.skipped.length} (a tab exists, left untouched): ${report.skipped.join(', ') || '—'}`,
    ...(report.remaining.length > 0
      ? [
          `Not yet ${report.remaining.length}: ${report.remaining.join(', ')}. Google stops a run after 6 minutes, so this one stopped after ${report.created.length} athletes: run Generate for roster again to continue where it stopped.`,
        ]
      : []),
    ...(report.problems.length > 0
      ? [
          'Rows skipped for these problems:',
          ...report.problems.map((p) => `${p.field}: ${p.message}`),
        ]
      : []),
  ];
  ui.alert('Offseason: Generate for roster', lines.join('\n'), ui.ButtonSet.OK);
}
