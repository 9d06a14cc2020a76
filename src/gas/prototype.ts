import { InvalidInput } from '../core/problem';
import { COLUMN, HIDDEN } from '../sheet/columns';
import { LOOKS } from '../sheet/looks';
import { PROTOTYPE, prototypeLayout } from '../sheet/prototype';
import type { CoachRun } from './coach';
import { coachAlone, type Protector } from './protect';
import { conditionalFormats, dataValidation, dataValidations } from './rules';
import { keepColumns, type Tabs } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What a run does with a prototype it finds by name: `verify` that it is the coach's before
 * copying it, or `trust` it, when this very tab was verified (or made) earlier by the coach's own
 * run (the form's opening) or the caller only reports on it (the self-test).
 */
export type Found = 'verify' | 'trust';

/**
 * The hidden prototype program tabs are copied from, made the first time it is needed and found by
 * its name after that. Any editor may make a tab of that name before the coach's first run does,
 * and every tab would be copied from theirs: one found is checked unless `found` says it was.
 * Once the coach's exists, nobody else can make another (names are unique) or delete or rename
 * it (it is protected), so a check where a coach's run first meets it is enough.
 */
export function prototypeSheet(tabs: Tabs, run: CoachRun, found: Found): Sheet {
  const sheet = tabs.get(PROTOTYPE.name);
  if (!sheet) return buildPrototype(tabs, run.protect);
  return found === 'verify' ? coachsPrototype(sheet, run) : sheet;
}

/**
 * The coach's prototype has one sheet protection, which the coach alone may edit (2 calls): the
 * add-on protects it so as it makes it. One an athlete made is either unprotected or protected
 * with them among its editors (Sheets keeps a protection's creator there).
 */
export function isCoachsPrototype(sheet: Sheet, { coach }: CoachRun): boolean {
  const [protection, ...more] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return !!protection && more.length === 0 && coachAlone(protection, coach.email);
}

/**
 * `sheet` when it is the coach's prototype; refused otherwise, naming the tab, and nothing is
 * changed: the tab is someone's, not the add-on's to delete.
 */
export function coachsPrototype(sheet: Sheet, run: CoachRun): Sheet {
  if (isCoachsPrototype(sheet, run)) return sheet;
  throw new InvalidInput([
    {
      field: PROTOTYPE.name,
      message:
        'Offseason copies every athlete’s tab from its own hidden tab of this name, and the tab ' +
        'of this name here is not that one (Offseason’s is protected for the coach alone). ' +
        'Delete or rename that tab (if it is hidden: View → Hidden sheets), then try again. ' +
        'Nothing was changed.',
    },
  ]);
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
  // Every new tab copies it: the coach's alone before anything is set, so nothing another editor
  // adds while it is made (a rule, a format) reaches a tab. (Should a copy carry this protection,
  // the tab's own `protect()` returns it and narrows it: the inputs stay open.)
  protect.restrict(sheet.protect());
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
