import { continueBlock, type StartingLoad } from '../core/continuation';
import { readSpec } from '../core/options';
import { InvalidInput } from '../core/problem';
import { format } from '../core/units';
import {
  type Continuing,
  nextProgram,
  nextStart,
  readBlock,
  type TabBlock,
} from '../sheet/finished';
import { layoutTab } from '../sheet/layout';
import { readRows } from '../sheet/tab';
import type { CoachRun } from './coach';
import { libraryForForm, preparePrototype, prototypeFor } from './generate';
import { withDocumentLock } from './lock';
import { insertProgramTab } from './program-tab';
import { Tabs } from './sheets';
import { readLibrary } from './template-tab';
import { showView, today } from './views';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Any tab may be the active one: its data range is read, so a narrow tab (the Log) reads too. */
const blockOf = (sheet: Sheet): TabBlock | undefined =>
  readBlock(readRows(sheet.getDataRange().getValues()));

/**
 * Menu: Continue athlete… On an athlete's tab, the generate form for their next block: the
 * program a coach usually picks next, the Monday after the block, the tab's units and step, and
 * starting loads worked out from what the athlete logged (each with how), to check and change.
 */
export function showContinueDialog(run: CoachRun): void {
  const { ss } = run;
  const ui = SpreadsheetApp.getUi();
  const sheet = ss.getActiveSheet();
  const block = blockOf(sheet);
  if (!block) {
    ui.alert(
      'Offseason',
      `“${sheet.getName()}” is not an athlete’s tab. Open the tab of the block to continue, then pick Continue athlete… again.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  const programs = libraryForForm(ss);
  if (!programs) return;
  const check = preparePrototype(run);
  if (!check) return;
  const continuing: Continuing = {
    from: sheet.getName(),
    athlete: block.athlete,
    program: block.program,
    next: nextProgram(
      block.program,
      programs.map((p) => p.name),
    ),
    startDate: nextStart(block, today(ss)),
    units: block.units,
    step: block.step,
    previews: Object.fromEntries(programs.map((p) => [p.name, continueBlock(block, p).loads])),
  };
  showView(
    'generate',
    { today: today(ss), programs, continuing, ...check },
    { title: 'Continue athlete', width: 440, height: 640 },
  );
}

/** A load the coach changed in the form is noted as theirs, beside what the rule gave. */
function noteOf(
  computed: StartingLoad,
  chosen: number | undefined,
  units: TabBlock['units'],
): string {
  if (chosen === computed.load || (chosen === undefined && computed.load === ''))
    return computed.note;
  const set =
    chosen === undefined ? 'left blank' : `set to ${format({ value: chosen, unit: units })}`;
  return `${computed.exercise}: ${set} by the coach. The rule gave: ${computed.note}`;
}

/**
 * Server function of the form in its continue mode: `{ from, ...generate options }`. Reads the
 * earlier tab (never writes to it), checks every option as Generate does, and writes the next
 * block as a new tab, "Ana – In-season", linked back to the earlier one, each week-1 load noted
 * with how it was found.
 */
export function continueAthlete(run: CoachRun, request: unknown): { sheetName: string } {
  const raw = (typeof request === 'object' && request !== null ? request : {}) as Record<
    string,
    unknown
  >;
  const from = typeof raw.from === 'string' ? raw.from : '';
  return withDocumentLock(() => {
    const tabs = Tabs.asking(run.ss);
    const earlier = from === '' ? undefined : tabs.get(from);
    const block = earlier && blockOf(earlier);
    if (!earlier || !block)
      throw new InvalidInput([
        { field: 'from', message: `there is no athlete’s tab called “${from}” any more` },
      ]);
    // The athlete is the earlier tab's: a continued block is theirs.
    const { spec, program, problems } = readSpec(
      { ...raw, athlete: block.athlete },
      readLibrary(tabs),
    );
    if (!spec || !program) throw new InvalidInput(problems);
    const computed = continueBlock(block, program).loads;
    const notes = Object.fromEntries(
      computed.map((c) => [c.exercise, noteOf(c, spec.startingLoads[c.exercise], block.units)]),
    );
    const tab = layoutTab(spec, program, {
      from: { name: earlier.getName(), link: `#gid=${earlier.getSheetId()}` },
      notes,
    });
    const { name } = insertProgramTab(
      run,
      tabs,
      tab,
      { athlete: spec.athlete, tabName: `${spec.athlete} – ${program.name}` },
      prototypeFor(run, tabs, request),
    );
    return { sheetName: name };
  });
}
