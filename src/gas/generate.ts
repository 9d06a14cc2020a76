import { SEED_WORKOUTS } from '../core/catalog';
import { defaultSpec, readSpec } from '../core/options';
import { InvalidInput } from '../core/problem';
import type { Workout } from '../core/workout';
import { layoutProgram } from '../sheet/layout';
import { withDocumentLock } from './lock';
import { ensureLog } from './log-tab';
import { freeSheetName, insertProgramTab } from './program-tab';
import { showView, today } from './views';

/** The program every new tab follows. */
export function programWorkouts(): readonly Workout[] {
  return SEED_WORKOUTS;
}

/** Menu: Generate program… */
export function showGenerateDialog(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  showView(
    'generate',
    { defaults: defaultSpec(today(ss)), workouts: programWorkouts() },
    { title: 'Generate program', width: 440, height: 640 },
  );
}

/**
 * Server function of the generate dialog. Checks every option before touching the spreadsheet:
 * bad input throws one message naming each field, and nothing is written.
 */
export function generateProgram(options: unknown): { sheetName: string } {
  const workouts = programWorkouts();
  const { spec, problems } = readSpec(options, workouts);
  if (!spec) throw new InvalidInput(problems);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ensureLog(ss);
    const sheetName = freeSheetName(ss, spec.athlete);
    insertProgramTab(ss, sheetName, layoutProgram(spec, workouts), spec.athlete);
    return { sheetName };
  });
}
