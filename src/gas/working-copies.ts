import { WIDTH } from '../sheet/columns';
import { type Grid, shapeOf, toGrid } from '../sheet/grid';
import { WORKING_COPY } from '../sheet/prototype';
import type { Row } from '../sheet/row';
import type { CoachRun } from './coach';
import { fitRows, shape } from './program-tab';
import type { Protector } from './protect';
import { type Prototype, prototypeSheet } from './prototype';
import type { Tabs } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A working copy costs 9 Sheets calls (copy, protect, narrow, trim, range, number formats, notes,
 * wraps, show) and 1 to delete, and saves each tab copied from it 4 (trim, number formats, notes,
 * wraps): worth it from three tabs of one shape.
 */
const SHARED = 3;

/**
 * What a run that makes many tabs (a roster) copies each from. On a team, many athletes' tabs
 * have the same rows apart from their values (the same program, length, days and running days:
 * `shapeOf`). For a shape at least SHARED of this run's tabs have, the prototype is copied once
 * into a working copy, made the coach's before anything else, trimmed, given that shape's number
 * formats, notes and wraps, and shown; each of those tabs is then a copy of it that writes only
 * its values. Every other tab is copied from the prototype, shown once for the run (a copy of a
 * hidden tab is hidden too). Working copies are made when first needed and deleted, and the
 * prototype hidden again, when the run ends, however it ends.
 *
 * `rowsOfRun` are the rows of every tab the run may make; `work` gets, per tab, what to copy it from.
 */
export function withWorkingCopies<T>(
  tabs: Tabs,
  run: CoachRun,
  rowsOfRun: readonly (readonly Row[])[],
  work: (prototypeFor: (rows: readonly Row[]) => Prototype) => T,
): T {
  const tally = new Map<string, number>();
  for (const rows of rowsOfRun) {
    const key = shapeOf(toGrid(rows));
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const copies = new Map<string, { sheet: Sheet; name: string }>();
  let prototype: Sheet | undefined;
  let shown = false;
  const base = (): Sheet => {
    // Verified once for the run, when first needed (2 calls), not per tab.
    prototype ??= prototypeSheet(tabs, run, 'verify');
    return prototype;
  };
  try {
    return work((rows) => {
      const grid = toGrid(rows);
      const key = shapeOf(grid);
      if ((tally.get(key) ?? 0) >= SHARED) {
        let copy = copies.get(key);
        if (!copy) {
          copy = workingCopy(tabs, run.protect, base(), grid);
          copies.set(key, copy);
        }
        return { sheet: copy.sheet, shown: true, shaped: true };
      }
      if (!shown) {
        base().showSheet();
        shown = true;
      }
      return { sheet: base(), shown: true };
    });
  } finally {
    for (const { sheet, name } of copies.values()) tabs.remove(sheet, name);
    if (shown) prototype?.hideSheet();
  }
}

/** The prototype copied, the coach's alone before anything else, and given one shape. */
function workingCopy(
  tabs: Tabs,
  protect: Protector,
  prototype: Sheet,
  grid: Grid,
): { sheet: Sheet; name: string } {
  const copy = tabs.insertUnique(WORKING_COPY, new Set(), prototype);
  protect.restrict(copy.sheet.protect());
  fitRows(copy.sheet, grid.values.length);
  shape(copy.sheet.getRange(1, 1, grid.values.length, WIDTH), grid);
  copy.sheet.showSheet();
  return copy;
}
