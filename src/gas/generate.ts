import { defaultSpec, readSpec } from '../core/options';
import { InvalidInput } from '../core/problem';
import { layoutProgram } from '../sheet/layout';
import type { CoachRun } from './coach';
import { withDocumentLock } from './lock';
import { ensureLog } from './log-tab';
import { insertProgramTab } from './program-tab';
import { readProgram } from './template-tab';
import { showView, today } from './views';

/** Menu: Generate program… A template with problems is explained instead of opening the form. */
export function showGenerateDialog({ ss }: CoachRun): void {
  let workouts: ReturnType<typeof readProgram>;
  try {
    workouts = readProgram(ss);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    const ui = SpreadsheetApp.getUi();
    ui.alert('Fix the Template tab first', error.message, ui.ButtonSet.OK);
    return;
  }
  showView(
    'generate',
    { defaults: defaultSpec(today(ss)), workouts },
    { title: 'Generate program', width: 440, height: 640 },
  );
}

/**
 * Server function of the generate dialog. Checks the template and every option before writing
 * anything: bad input throws one message naming each field (or cell), and nothing is written.
 */
export function generateProgram(run: CoachRun, options: unknown): { sheetName: string } {
  const { ss } = run;
  const workouts = readProgram(ss);
  const { spec, problems } = readSpec(options, workouts);
  if (!spec) throw new InvalidInput(problems);
  return withDocumentLock(() => {
    ensureLog(ss);
    const { name } = insertProgramTab(run, layoutProgram(spec, workouts), {
      athlete: spec.athlete,
    });
    return { sheetName: name };
  });
}
