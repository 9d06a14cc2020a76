import { type Block, blockA1, COLUMN, WIDTH } from '../sheet/columns';
import { inputArea } from '../sheet/conditional';
import { type Grid, toGrid } from '../sheet/grid';
import { jumpLink } from '../sheet/jump';
import type { ChartPlan } from '../sheet/progress';
import { PROTOTYPE, WORKING_COPY } from '../sheet/prototype';
import type { Row } from '../sheet/row';
import { insertChart } from './charts';
import { COACH_SHEET, type CoachRun } from './coach';
import { protectProgramTab } from './protect';
import { type Prototype, setColumnRules } from './prototype';
import type { Tabs } from './sheets';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata that marks a tab as an Offseason program, so tabs are found without reading them. */
export const PROGRAM_METADATA_KEY = 'offseason.program';

/** Reserved for the add-on's own tabs (and the Log of earlier versions): "Log" gets "Log (2)". */
export const RESERVED = new Set([
  'log',
  'template',
  'roster',
  'dashboard',
  COACH_SHEET.toLowerCase(),
  PROTOTYPE.name.toLowerCase(),
  WORKING_COPY.toLowerCase(),
]);

export interface TabOwner {
  readonly athlete: string;
  /** The tab's name when not the athlete's (a continued block: "Ana – In-season"). */
  readonly tabName?: string | undefined;
  /** With an email, the athlete alone (with the coach) may edit the inputs. */
  readonly email?: string | undefined;
}

/**
 * Writes a new program tab, named for the athlete (or "Name (2)": never an overwrite), copied
 * from the prototype (formats, widths, rules and conditional formats come with it), so it costs
 * the same few Sheets calls whatever its length: its rows sized, one range, one batch setter per
 * aspect. `insertSheet` also makes the tab the active one.
 *
 * The tab is protected before anything is written into it: until then any editor may type into
 * it (people are not held by the document lock), and whatever they typed is overwritten by the
 * one write that follows, so no edit made while the tab is made outlives it.
 */
export function insertProgramTab(
  { protect }: CoachRun,
  tabs: Tabs,
  tab: { readonly rows: readonly Row[]; readonly chart?: ChartPlan },
  owner: TabOwner,
  prototype: Prototype,
): { sheet: Sheet; name: string } {
  const { rows } = tab;
  const grid = toGrid(rows);
  const { sheet, name } = tabs.insertUnique(
    owner.tabName ?? owner.athlete,
    RESERVED,
    prototype.sheet,
  );
  if (!prototype.shaped) fitRows(sheet, rows.length);
  const area = inputArea(rows);
  // The tab to write, its inputs to leave open and its chart's table (its own progress rows),
  // fetched together.
  const [whole, inputs, ...tables] = rangesOf(sheet, [
    { row: 1, column: 1, rows: rows.length, columns: WIDTH },
    area && {
      row: area.firstRow,
      column: area.firstColumn,
      rows: area.lastRow - area.firstRow + 1,
      columns: area.columns,
    },
    ...(tab.chart?.ranges ?? []),
  ]) as [Range, Range | undefined, ...Range[]];
  if (inputs) protectProgramTab(protect, sheet, inputs, owner.email);
  // A copy of a hidden tab is hidden too (Google does not say; practitioners show it, and the
  // self-test reports it): shown either way.
  if (!prototype.shown) sheet.showSheet();
  const link = jumpLink(sheet.getSheetId(), rows);
  if (link) grid.values[0]?.splice(COLUMN.exercise - 1, 1, link.formula);
  // Formats first, as a tab copied from a shaped working copy has them: the values' words are
  // chosen for them (plain-text cells take text without an apostrophe).
  if (!prototype.shaped) shape(whole, grid);
  whole.setValues(grid.values);
  if (tab.chart) insertChart(sheet, tab.chart, tables);
  // The registry the dashboard and the sidebar list tabs from (src/gas/tabs.ts): an id the
  // dashboard keeps beside the tab's row, and the name the tab was given.
  sheet.addDeveloperMetadata(
    PROGRAM_METADATA_KEY,
    JSON.stringify({
      athlete: owner.athlete,
      version: 1,
      tab: Utilities.getUuid(),
      name,
      ...(owner.email ? { email: owner.email } : {}),
    }),
  );
  return { sheet, name };
}

/**
 * The ranges of these blocks (none for a block not given), in order. Two or more come from one
 * range list: two Sheets calls (`getRangeList`, `getRanges`) however many, where `getRange`
 * costs one each.
 */
function rangesOf(sheet: Sheet, blocks: readonly (Block | undefined)[]): (Range | undefined)[] {
  const given = blocks.filter((b): b is Block => b !== undefined);
  const [only] = given;
  const ranges =
    given.length === 1 && only
      ? [sheet.getRange(only.row, only.column, only.rows, only.columns)]
      : sheet.getRangeList(given.map(blockA1)).getRanges();
  let next = 0;
  return blocks.map((b) => (b ? ranges[next++] : undefined));
}

/** Everything a tab's rows carry besides their values (`shapeOf`), in one range. */
export function shape(range: GoogleAppsScript.Spreadsheet.Range, grid: Grid): void {
  range.setNumberFormats(grid.numberFormats);
  range.setNotes(grid.notes);
  range.setWraps(grid.wraps);
}

/**
 * The tab keeps as many rows as it uses (a spreadsheet holds 10 million cells: unused rows would
 * spend them). A program longer than the prototype grows inside its last row, which stretches
 * the conditional formats, and gets its column rules again over the whole length.
 */
export function fitRows(sheet: Sheet, rows: number): void {
  if (rows < PROTOTYPE.rows) sheet.deleteRows(rows + 1, PROTOTYPE.rows - rows);
  else if (rows > PROTOTYPE.rows) {
    sheet.insertRowsBefore(PROTOTYPE.rows, rows - PROTOTYPE.rows);
    setColumnRules(sheet, rows);
  }
}
