import { HIDDEN, WIDTH, WIDTHS } from '../sheet/columns';
import { inputArea, rirHighlights } from '../sheet/conditional';
import { toGrid } from '../sheet/grid';
import type { Row } from '../sheet/row';
import { conditionalFormats, dataValidations } from './rules';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata that marks a tab as an Offseason program, so tabs are found without reading them. */
export const PROGRAM_METADATA_KEY = 'offseason.program';

/**
 * Writes a new program tab with a fixed number of Sheets calls whatever its length: one range,
 * one batch setter per aspect. `insertSheet` also makes the tab the active one.
 */
export function insertProgramTab(
  ss: Spreadsheet,
  name: string,
  rows: readonly Row[],
  athlete: string,
): Sheet {
  const grid = toGrid(rows);
  const sheet = ss.insertSheet(name);
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
  }
  sheet.setFrozenRows(1);
  for (const [column, count, width] of WIDTHS) sheet.setColumnWidths(column, count, width);
  sheet.hideColumns(HIDDEN.first, HIDDEN.count);
  sheet.addDeveloperMetadata(PROGRAM_METADATA_KEY, JSON.stringify({ athlete, version: 1 }));
  return sheet;
}

/** Reserved for the add-on's own tabs: an athlete called "Log" gets "Log (2)". */
const RESERVED = new Set(['log', 'template', 'roster', 'dashboard']);
const MAX_SHEET_NAME = 100;

/** The athlete's name, or "Name (2)", "Name (3)"… when a tab already has it: never overwrite. */
export function freeSheetName(ss: Spreadsheet, wanted: string): string {
  const base = wanted
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SHEET_NAME - 6);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!(n === 1 && RESERVED.has(base.toLowerCase())) && ss.getSheetByName(name) === null)
      return name;
  }
}
