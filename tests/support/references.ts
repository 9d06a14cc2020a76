/**
 * How many cells the formulas of a grid read: the sum, over every formula, of the cells of each
 * range it references (a whole column counts as many rows as the sheet has). A measure of
 * recalculation cost that does not depend on the machine: issue 10's "cells referenced".
 */
const COLUMN = String.raw`\$?[A-Z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const REFERENCE = new RegExp(
  String.raw`(?<![\w.$'])(${SHEET})?(?:(${COLUMN})(${ROW})(?::(${COLUMN})(${ROW}))?|(${COLUMN}):(${COLUMN}))(?![\w(])`,
  'g',
);

const columnNumber = (letters: string): number =>
  [...letters.replace('$', '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const rowNumber = (digits: string): number => Number(digits.replace('$', ''));

/** Cells read by one formula; string literals are skipped. */
export function referencedCells(formula: string, sheetRows: number): number {
  let cells = 0;
  const outsideStrings = formula.split(/"(?:[^"]|"")*"/).join('""');
  for (const m of outsideStrings.matchAll(REFERENCE)) {
    const [, , c1, r1, c2, r2, wc1, wc2] = m;
    if (wc1 && wc2) {
      cells += (Math.abs(columnNumber(wc2) - columnNumber(wc1)) + 1) * sheetRows;
    } else if (c1 && r1) {
      const width = c2 ? Math.abs(columnNumber(c2) - columnNumber(c1)) + 1 : 1;
      const height = r2 ? Math.abs(rowNumber(r2) - rowNumber(r1)) + 1 : 1;
      cells += width * height;
    }
  }
  return cells;
}

/** The total over a grid of cell contents (formulas start with `=`). */
export function cellsReferenced(grid: readonly (readonly unknown[])[], sheetRows: number): number {
  return grid
    .flat()
    .filter((v): v is string => typeof v === 'string' && v.startsWith('='))
    .reduce((sum, f) => sum + referencedCells(f, sheetRows), 0);
}
