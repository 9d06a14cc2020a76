import type { Highlight } from '../sheet/conditional';
import type { Validation } from '../sheet/row';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Builds Sheets rule objects from the layout's plain descriptions. Identical descriptions share
 * one rule object, so a tab of any length costs a handful of builder calls per kind of input
 * (the per-cell RIR rules aside, which name their own cell).
 */
export function dataValidations(
  grid: readonly (readonly (Validation | null)[])[],
): (DataValidation | null)[][] {
  const built = new Map<string, DataValidation>();
  const rule = (v: Validation): DataValidation => {
    const id = JSON.stringify(v);
    let found = built.get(id);
    if (!found) {
      found = buildValidation(v);
      built.set(id, found);
    }
    return found;
  };
  return grid.map((row) => row.map((v) => (v === null ? null : rule(v))));
}

function buildValidation(v: Validation): DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(v.help);
  switch (v.kind) {
    case 'between':
      return builder.requireNumberBetween(v.min, v.max).build();
    case 'formula':
      return builder.requireFormulaSatisfied(v.formula).build();
  }
}

export function conditionalFormats(
  range: GoogleAppsScript.Spreadsheet.Range,
  highlights: readonly Highlight[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return highlights.map((h) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(h.formula)
      .setBackground(h.background)
      .setRanges([range])
      .build(),
  );
}
