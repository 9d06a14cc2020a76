import type { Highlight } from '../sheet/conditional';
import type { Validation } from '../sheet/row';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Builds Sheets rule objects from the layout's plain descriptions. Identical descriptions share
 * one rule object; the inputs' rules are set once per column, so a tab of any length costs the
 * same handful of builder calls.
 */
export function dataValidations(
  grid: readonly (readonly (Validation | null)[])[],
): (DataValidation | null)[][] {
  const built = new Map<string, DataValidation>();
  const rule = (v: Validation): DataValidation => {
    const id = JSON.stringify(v);
    let found = built.get(id);
    if (!found) {
      found = dataValidation(v);
      built.set(id, found);
    }
    return found;
  };
  return grid.map((row) => row.map((v) => (v === null ? null : rule(v))));
}

export function dataValidation(v: Validation): DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(v.help);
  switch (v.kind) {
    case 'between':
      return builder.requireNumberBetween(v.min, v.max).build();
    case 'formula':
      return builder.requireFormulaSatisfied(v.formula).build();
  }
}

/**
 * Conditional-format rules for `sheet`, one per highlight, in order (Sheets applies the first rule
 * that holds for a cell). Highlights over the same area share one range object.
 */
export function conditionalFormats(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  highlights: readonly Highlight[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = ({ area }: Highlight) => {
    const id = JSON.stringify(area);
    let range = ranges.get(id);
    if (!range) {
      range = sheet.getRange(area.row, area.column, area.rows, area.columns);
      ranges.set(id, range);
    }
    return range;
  };
  return highlights.map((h) => {
    let rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(h.formula)
      .setBackground(h.background);
    if (h.bold) rule = rule.setBold(true);
    if (h.fontColor) rule = rule.setFontColor(h.fontColor);
    return rule.setRanges([rangeOf(h)]).build();
  });
}
