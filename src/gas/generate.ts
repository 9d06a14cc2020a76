import { readSpec } from '../core/options';
import { InvalidInput } from '../core/problem';
import type { Program } from '../core/programs';
import { layoutTab } from '../sheet/layout';
import { PROTOTYPE } from '../sheet/prototype';
import type { CoachRun } from './coach';
import { withDocumentLock } from './lock';
import { insertProgramTab } from './program-tab';
import { coachsPrototype, type Found, type Prototype, prototypeSheet } from './prototype';
import { Tabs } from './sheets';
import { readLibrary } from './template-tab';
import { showView, today } from './views';

/** What `work` returns, or undefined after explaining its refusal to the coach under `title`. */
function explained<T>(title: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, error.message, ui.ButtonSet.OK);
    return undefined;
  }
}

/** The library for a form, or undefined after explaining a broken Template to the coach. */
export const libraryForForm = (
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): readonly Program[] | undefined =>
  explained('Fix the Template tab first', () => readLibrary(Tabs.asking(ss)));

/**
 * What a form sends back with its request: the name of the prototype its opening verified (or
 * made), so its Generate need not ask again (see `prototypeFor`).
 */
export interface FormCheck {
  readonly prototype: string;
}

/** Menu: Generate program… A template with problems is explained instead of opening the form. */
export function showGenerateDialog(run: CoachRun): void {
  const programs = libraryForForm(run.ss);
  if (!programs) return;
  const check = preparePrototype(run);
  if (!check) return;
  showView(
    'generate',
    { today: today(run.ss), programs, ...check },
    { title: 'Generate program', width: 440, height: 640 },
  );
}

/**
 * Opening the form prepares, once per spreadsheet, the hidden prototype every tab is copied from,
 * while the coach fills the form in: Generate then writes only the tab. Making it changes the
 * active tab, so the coach's is given back. A prototype found is verified to be the coach's (2
 * calls); one that is not is explained, and the form does not open.
 */
export function preparePrototype(run: CoachRun): FormCheck | undefined {
  return explained('Offseason', () =>
    withDocumentLock(() => {
      const tabs = Tabs.asking(run.ss);
      const found = tabs.get(PROTOTYPE.name);
      if (found) coachsPrototype(found, run);
      else {
        const active = run.ss.getActiveSheet();
        prototypeSheet(tabs, run, 'verify');
        active.activate();
      }
      return { prototype: PROTOTYPE.name };
    }),
  );
}

/**
 * What a single tab is copied from. Generate is the coach's alone, and its form verified the
 * prototype when it opened: a request carrying that prototype's name trusts it (nobody but the
 * coach can delete or rename it since). Any other request verifies what it finds: one made
 * without the form, or by a form opened before a release renamed the prototype, whose new name
 * anyone could have taken first.
 */
export function prototypeFor(run: CoachRun, tabs: Tabs, request: unknown): Prototype {
  const sent = typeof request === 'object' && request !== null && 'prototype' in request;
  const found: Found = sent && request.prototype === PROTOTYPE.name ? 'trust' : 'verify';
  return { sheet: prototypeSheet(tabs, run, found), shown: false };
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
    const { name } = insertProgramTab(
      run,
      tabs,
      layoutTab(spec, program),
      { athlete: spec.athlete },
      prototypeFor(run, tabs, options),
    );
    return { sheetName: name };
  });
}
