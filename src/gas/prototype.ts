import { COLUMN, HIDDEN } from '../sheet/columns';
import { LOOKS } from '../sheet/looks';
import { PROTOTYPE, prototypeLayout } from '../sheet/prototype';
import type { Protector } from './protect';
import { conditionalFormats, dataValidation, dataValidations } from './rules';
import { keepColumns, type Tabs } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The hidden prototype program tabs are copied from, made the first time it is needed. */
export function prototypeSheet(tabs: Tabs, protect: Protector): Sheet {
  return tabs.get(PROTOTYPE.name) ?? buildPrototype(tabs, protect);
}

/** What a tab is copied from: the prototype, or a working copy of it shaped for the tab's rows. */
export interface Prototype {
  readonly sheet: Sheet;
  /** Shown while this run copies it (a copy of a hidden tab is hidden too). */
  readonly shown: boolean;
  /** Already trimmed to the tab's rows, with their number formats, notes and wraps. */
  readonly shaped?: boolean;
}

/**
 * Everything a program tab has that does not depend on its program, set once: its width, the
 * frozen header, column widths, hidden machinery, the header and settings rows' colours and rules,
 * one validation rule per input column and the conditional formats. About twenty calls, once per
 * spreadsheet (and once per layout version), instead of on every tab.
 */
function buildPrototype(tabs: Tabs, protect: Protector): Sheet {
  const layout = prototypeLayout();
  const sheet = tabs.insertIfMissing(PROTOTYPE.name) as Sheet;
  keepColumns(sheet, layout.width);
  const fixed = sheet.getRange(1, 1, PROTOTYPE.firstRow - 1, layout.width);
  fixed.setFontWeights(layout.fixed.fontWeights);
  fixed.setFontStyles(layout.fixed.fontStyles);
  fixed.setFontColors(layout.fixed.fontColors);
  fixed.setBackgrounds(layout.fixed.backgrounds);
  fixed.setDataValidations(dataValidations(layout.fixed.validations));
  setColumnRules(sheet, PROTOTYPE.rows);
  sheet.setConditionalFormatRules(conditionalFormats(sheet, layout.highlights));
  setLooks(sheet);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setFrozenColumns(layout.frozenColumns);
  for (const [column, count, width] of layout.widths) sheet.setColumnWidths(column, count, width);
  sheet.hideColumns(layout.hidden.first, layout.hidden.count);
  sheet.hideSheet();
  // Every new tab copies it: nobody but the coach may change it. (Should a copy carry this
  // protection, the tab's own `protect()` returns it and narrows it: the inputs stay open.)
  protect.restrict(sheet.protect());
  return sheet;
}

/**
 * The looks that hold for whole columns below the settings (see looks.ts): inputs boxed in amber
 * lines, targets bold, the machinery in small grey print.
 */
function setLooks(sheet: Sheet): void {
  const below = (first: number, count: number) =>
    sheet.getRange(PROTOTYPE.firstRow, first, PROTOTYPE.rows - PROTOTYPE.firstRow + 1, count);
  // Ruled like a form to fill in: horizontal lines only, so no line crosses a session's title.
  below(COLUMN.load, COLUMN.notes - COLUMN.load + 1).setBorder(
    true,
    null,
    true,
    null,
    null,
    true,
    LOOKS.input.lines,
    SpreadsheetApp.BorderStyle.SOLID,
  );
  below(COLUMN.target, 1).setFontWeight('bold');
  sheet
    .getRange(1, HIDDEN.first, PROTOTYPE.rows, HIDDEN.count)
    .setFontSize(LOOKS.machinery.size)
    .setFontColor(LOOKS.machinery.color);
}

/** One rule per input column, from the first session row to `lastRow`. */
export function setColumnRules(sheet: Sheet, lastRow: number): void {
  for (const rule of prototypeLayout().columnRules) {
    sheet
      .getRange(rule.firstRow, COLUMN[rule.column], lastRow - rule.firstRow + 1, 1)
      .setDataValidation(dataValidation(rule.validation));
  }
}
