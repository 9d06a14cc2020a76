import { HIDDEN, WIDTH, WIDTHS } from '../sheet/columns';
import { inputArea, rirHighlights } from '../sheet/conditional';
import { toGrid } from '../sheet/grid';
import type { Row } from '../sheet/row';
import { COACH_SHEET, type CoachRun } from './coach';
import { protectProgramTab } from './protect';
import { conditionalFormats, dataValidations } from './rules';
import type { Tabs } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata that marks a tab as an Offseason program, so tabs are found without reading them. */
export const PROGRAM_METADATA_KEY = 'offseason.program';

/** Reserved for the add-on's own tabs: an athlete called "Log" gets "Log (2)". */
const RESERVED = new Set(['log', 'template', 'roster', 'dashboard', COACH_SHEET.toLowerCase()]);

export interface TabOwner {
  readonly athlete: string;
  /** With an email, the athlete alone (with the coach) may edit the inputs. */
  readonly email?: string | undefined;
}

/**
 * Writes a new program tab, named for the athlete (or "Name (2)": never an overwrite), with a
 * fixed number of Sheets calls whatever its length: one range, one batch setter per aspect.
 * `insertSheet` also makes the tab the active one.
 */
export function insertProgramTab(
  { protect }: CoachRun,
  tabs: Tabs,
  rows: readonly Row[],
  owner: TabOwner,
): { sheet: Sheet; name: string } {
  const grid = toGrid(rows);
  const { sheet, name } = tabs.insertUnique(owner.athlete, RESERVED);
  const range = sheet.getRange(1, 1, rows.length, WIDTH);
  range.setValues(grid.values);
  range.setNumberFormats(grid.numberFormats);
  range.setFontWeights(grid.fontWeights);
  range.setBackgrounds(grid.backgrounds);
  range.setNotes(grid.notes);
  range.setDataValidations(dataValidations(grid.validations));
  const area = inputArea(rows);
  if (area) {
    const inputs = sheet.getRange(
      area.firstRow,
      area.firstColumn,
      area.lastRow - area.firstRow + 1,
      area.columns,
    );
    sheet.setConditionalFormatRules(conditionalFormats(inputs, rirHighlights(area)));
    protectProgramTab(protect, sheet, inputs, owner.email);
  }
  sheet.setFrozenRows(1);
  for (const [column, count, width] of WIDTHS) sheet.setColumnWidths(column, count, width);
  sheet.hideColumns(HIDDEN.first, HIDDEN.count);
  sheet.addDeveloperMetadata(
    PROGRAM_METADATA_KEY,
    JSON.stringify({ athlete: owner.athlete, version: 1 }),
  );
  return { sheet, name };
}
