import { readSpec } from '../core/options';
import { InvalidInput } from '../core/problem';
import type { Program } from '../core/programs';
import { layoutTab } from '../sheet/layout';
import { PROTOTYPE } from '../sheet/prototype';
import type { CoachRun } from './coach';
import { withDocumentLock } from './lock';
import { insertProgramTab } from './program-tab';
import type { Protector } from './protect';
import { prototypeSheet } from './prototype';
import { Tabs } from './sheets';
import { readLibrary } from './template-tab';
import { showView, today } from './views';

/** The library for a form, or undefined after explaining a broken Template to the coach. */
export function libraryForForm(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): readonly Program[] | undefined {
  try {
    return readLibrary(Tabs.asking(ss));
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    const ui = SpreadsheetApp.getUi();
    ui.alert('Fix the Template tab first', error.message, ui.ButtonSet.OK);
    return undefined;
  }
}

/** Menu: Generate program… A template with problems is explained instead of opening the form. */
export function showGenerateDialog({ ss, protect }: CoachRun): void {
  const programs = libraryForForm(ss);
  if (!programs) return;
  preparePrototype(ss, protect);
  showView(
    'generate',
    { today: today(ss), programs },
    { title: 'Generate program', width: 440, height: 640 },
  );
}

/**
 * Opening the form prepares, once per spreadsheet, the hidden prototype every tab is copied from,
 * while the coach fills the form in: Generate then writes only the tab. Making it changes the
 * active tab, so the coach's is given back.
 */
export function preparePrototype(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  protect: Protector,
): void {
  withDocumentLock(() => {
    const tabs = Tabs.asking(ss);
    if (tabs.get(PROTOTYPE.name)) return;
    const active = ss.getActiveSheet();
    prototypeSheet(tabs, protect);
    active.activate();
  });
}

/**
 * Server function of the generate dialog. Checks the template and every option before writing
 * anything: bad input throws one message naming each field (or cell), and nothing is written.
 * The tabs are looked for under the lock, so no other run creates one between the look and ours.
 */
export function generateProgram(run: CoachRun, options: unknown): { sheetName: string } {
  return withDocumentLock(() => {
    const tabs = Tabs.asking(run.ss);
    const { spec, program, problems } = readSpec(options, readLibrary(tabs));
    if (!spec || !program) throw new InvalidInput(problems);
    const { name } = insertProgramTab(run, tabs, layoutTab(spec, program), {
      athlete: spec.athlete,
    });
    return { sheetName: name };
  });
}
