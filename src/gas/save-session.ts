import { InvalidInput } from '../core/problem';
import { letter } from '../sheet/columns';
import {
  misplaced,
  nextTargets,
  planSave,
  type Run,
  readSave,
  type SessionSave,
  undoMisplaced,
  WRITTEN,
} from '../sheet/save';
import { readRows, settingsOf, type TabRow } from '../sheet/tab';
import { callerEmail } from './coach';
import { withDocumentLock } from './lock';
import { notYours, viewOf, wholeTab } from './sidebar';
import { a1, plain } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** How many times a save puts back rows that moved under it before it gives up (and says so). */
const REPAIRS = 2;
/** Tries of a read-back or a repair: once something is written, a transient failure is tried again. */
const TRIES = 3;

function again<T>(work: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      if (attempt >= TRIES) throw error;
    }
  }
}

/**
 * Server function of the sidebar's Save. Under the document lock: one read of the tab; the save
 * checked strictly against it (nothing from a prototype, each exercise once, at most its sets);
 * rows another save wrote since the sidebar opened refuse the whole save; `canEdit` on the cells
 * to write, before any write; then one range write per run of rows (one for a whole session),
 * each row's inputs and log together; then one read-back that confirms every row written still
 * carries its key. Rows moved meanwhile (a row inserted, a sort: the lock binds scripts, not
 * people) are put back and written again, or the save says it could not finish — never "Saved"
 * with a value in the wrong row. Seven Sheets calls; three for a retry that already landed.
 */
export function saveSession(raw: unknown): unknown {
  const sheetName =
    typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'sheetName')
      ? String((raw as { sheetName: unknown }).sheetName)
      : '';
  if (sheetName === '')
    throw new InvalidInput([{ field: 'sheetName', message: 'is missing: reload the sidebar' }]);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const user = callerEmail();
  return withDocumentLock(() => {
    const tab = wholeTab(ss, sheetName);
    let rows = readRows(tab.getValues());
    const { save, problems } = readSave(raw, rows);
    const settings = settingsOf(rows);
    if (!save || !settings)
      throw new InvalidInput(
        problems.length > 0
          ? problems
          : [{ field: 'sheetName', message: 'is not an Offseason program tab' }],
      );
    const context = { user, timestamp: new Date() };
    for (let attempt = 0; ; attempt++) {
      const plan = planSave(rows, save, context);
      if (plan.conflicts.length > 0) throw new InvalidInput(plan.conflicts);
      if (plan.runs.length === 0)
        return reply(ss, save, rows, settings.units, attempt > 0 || !plan.duplicate);
      const ranges = rangesOf(ss, sheetName, plan.runs);
      if (!ranges.span.canEdit()) throw notYours(settings.athlete);
      let landed = 0;
      let failure: unknown;
      try {
        for (const [i, run] of plan.runs.entries()) {
          ranges.runs[i]?.setValues(run.values as unknown[][]);
          landed++;
        }
      } catch (error) {
        failure = error;
      }
      const values = again(() => tab.getValues());
      // A write refused or landing elsewhere because rows moved is put right; any other failure
      // is the caller's to retry (the sidebar keeps the entries): what landed is recognised then.
      const moved = misplaced(plan.runs, values).length > 0;
      if (failure !== undefined && !moved) throw failure;
      const wrong = misplaced(plan.runs.slice(0, landed), values);
      if (!moved) return reply(ss, save, readRows(values), settings.units, true);
      for (const fix of undoMisplaced(wrong, rows, values))
        again(() => ss.getRange(a1(sheetName, area(fix))).setValues(fix.values as unknown[][]));
      if (attempt >= REPAIRS)
        throw new Error(
          `Rows of “${sheetName}” kept moving while saving (rows inserted or sorted), so this save stopped. ` +
            'Nothing is in the wrong row. Your entries are kept: save again.',
        );
      rows = readRows(again(() => tab.getValues()));
    }
  });
}

/** `D14:H27` */
const area = (run: Run): string =>
  `${letter(WRITTEN.first)}${run.firstRow}:${letter(WRITTEN.last)}${run.firstRow + run.values.length - 1}`;

/**
 * The ranges to write, and one covering them all for the permission check: for a single run the
 * same range (two calls), else one range list (two calls, however many runs).
 */
function rangesOf(
  ss: Spreadsheet,
  sheetName: string,
  runs: readonly Run[],
): { span: Range; runs: Range[] } {
  if (runs.length === 1) {
    const only = ss.getRange(a1(sheetName, area(runs[0] as Run)));
    return { span: only, runs: [only] };
  }
  const first = runs[0] as Run;
  const last = runs[runs.length - 1] as Run;
  const span = `${letter(WRITTEN.first)}${first.firstRow}:${letter(WRITTEN.last)}${last.firstRow + last.values.length - 1}`;
  const [whole, ...each] = ss
    .getRangeList([span, ...runs.map(area)].map((r) => a1(sheetName, r)))
    .getRanges();
  return { span: whole as Range, runs: each };
}

function reply(
  ss: Spreadsheet,
  save: SessionSave,
  rows: readonly TabRow[],
  units: string,
  saved: boolean,
): unknown {
  return plain({
    saved,
    next: nextTargets(rows, save, units),
    view: viewOf(ss, save.sheetName, rows, save.sessionKey),
  });
}
