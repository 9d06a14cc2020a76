import { HIDDEN, WIDTH, WIDTHS } from './columns';
import { type Highlight, rowHighlights } from './conditional';
import { type FixedStyle, fixedStyle } from './grid';
import { fixedRows } from './layout';
import { type ColumnRule, inputRules } from './validation';

/**
 * The prototype every program tab is copied from (`insertSheet(name, {template})`), so a new tab
 * costs a handful of Sheets calls whatever its length: widths, hidden columns, the frozen header,
 * the header and settings rows' colours and rules, one data-validation rule per input column and
 * the conditional formats that colour rows by kind are prepared once per spreadsheet, and each tab
 * only writes its values, number formats and notes, and deletes the rows it does not use.
 *
 * The name carries the layout's version: when a release changes the layout, the next tab is copied
 * from a new prototype, never from an old one.
 */
export const PROTOTYPE = {
  name: 'Offseason layout 3',
  /** As many rows as a new sheet: far more than the longest program; a tab keeps what it needs. */
  rows: 1000,
  /** The first row below the settings, where sessions start. */
  firstRow: fixedRows().length + 1,
} as const;

/**
 * A roster run's copy of the prototype shaped for the rows several of its athletes share, which
 * their tabs are copied from; deleted when the run ends (src/gas/working-copies.ts).
 */
export const WORKING_COPY = 'Offseason working copy';

export interface PrototypeLayout {
  readonly width: number;
  readonly frozenRows: number;
  /** The exercise column stays on screen when a phone scrolls to the notes. */
  readonly frozenColumns: number;
  readonly widths: typeof WIDTHS;
  readonly hidden: typeof HIDDEN;
  /** The header and settings rows (1 to firstRow − 1). */
  readonly fixed: FixedStyle;
  readonly columnRules: readonly ColumnRule[];
  readonly highlights: readonly Highlight[];
}

export function prototypeLayout(rows: number = PROTOTYPE.rows): PrototypeLayout {
  return {
    width: WIDTH,
    frozenRows: 1,
    frozenColumns: 1,
    widths: WIDTHS,
    hidden: HIDDEN,
    fixed: fixedStyle(fixedRows()),
    columnRules: inputRules(PROTOTYPE.firstRow),
    highlights: rowHighlights(PROTOTYPE.firstRow, rows),
  };
}
