import { InvalidInput } from '../core/problem';
import { PROGRAMS, type Program } from '../core/programs';
import { readTemplate, TEMPLATE_HEADER, TEMPLATE_SHEET, templateValues } from '../sheet/template';
import type { CoachRun } from './coach';
import { Tabs } from './sheets';

/**
 * The programs new tabs follow: the Template tab's when a coach made one, else the built-in
 * library. A template with any problem refuses, naming every bad cell, and nothing is generated.
 */
export function readLibrary(tabs: Tabs): readonly Program[] {
  const template = tabs.get(TEMPLATE_SHEET);
  if (!template) return PROGRAMS;
  const values = template
    .getRange(`A:${String.fromCharCode(64 + TEMPLATE_HEADER.length)}`)
    .getValues();
  const { programs, problems } = readTemplate(values);
  if (!programs) throw new InvalidInput(problems);
  return programs;
}

const LIST = (items: readonly string[], help: string) =>
  SpreadsheetApp.newDataValidation()
    .requireValueInList([...items], true)
    .setAllowInvalid(false)
    .setHelpText(help)
    .build();

/** Menu: Create editable template. Writes the library as rows; an existing Template is left alone. */
export function createTemplate({ ss, protect }: CoachRun): void {
  const ui = SpreadsheetApp.getUi();
  const sheet = Tabs.asking(ss).insertIfMissing(TEMPLATE_SHEET);
  if (!sheet) {
    ui.alert(
      'Offseason',
      'The Template tab already exists: edit it there. Nothing was changed.',
      ui.ButtonSet.OK,
    );
    return;
  }
  const values = templateValues(PROGRAMS);
  const rows = values.length;
  sheet.getRange(1, 1, rows, TEMPLATE_HEADER.length).setValues(values);
  sheet.getRange(1, 1, 1, TEMPLATE_HEADER.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const below = (column: number) => sheet.getRange(2, column, sheet.getMaxRows() - 1, 1);
  below(4).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireNumberBetween(1, 10)
      .setAllowInvalid(false)
      .setHelpText('Rounds: 1 to 10.')
      .build(),
  );
  below(7).setDataValidation(
    LIST(
      ['bodyweight', 'dumbbells', 'single dumbbell', 'band', 'box'],
      'How the exercise is loaded.',
    ),
  );
  below(8).setDataValidation(
    LIST(['upper', 'lower', 'core'], 'Body region: picks the weekly increment.'),
  );
  sheet.setColumnWidths(1, 4, 90);
  sheet.setColumnWidth(5, 200);
  sheet.setColumnWidth(9, 420);
  protect.restrict(sheet.protect().setDescription('Offseason template: the coach edits it'));
  ui.alert(
    'Offseason',
    'Template created: the Offseason, In-season and Base programs, one row per exercise. Edit workouts, blocks, rounds, exercises and prescriptions there, or add a program under a new name; new tabs follow it. ' +
      'Prescriptions read like 5, 6 / side, 12 total, 6–8, 8–12 / side or 30 s / side.',
    ui.ButtonSet.OK,
  );
}
