import type { GridRect } from '../core/grid';
import type { ChartSpec, SheetModel } from './model';
import type { Workbook } from './workbook';

/**
 * The table a chart draws, computed the way Sheets builds it from the chart's ranges: ranges
 * side by side (MERGE_COLUMNS) or one under the other (MERGE_ROWS), rows and columns swapped when
 * transposed, hidden rows and columns skipped as the hidden-dimension strategy says (the default,
 * IGNORE_BOTH, skips both: a chart over hidden columns is empty — reference/charts/
 * chart-hidden-dimension-strategy), the first `numHeaders` rows as series labels. The first
 * column is the domain (the x axis), every other column a series.
 */
export interface ChartTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

type Cell = unknown;

function rangeCells(
  wb: Workbook,
  sheet: SheetModel,
  rect: GridRect,
  strategy: string,
  makeDate: (ms: number) => Date,
): Cell[][] {
  const skipRows = strategy === 'IGNORE_BOTH' || strategy === 'IGNORE_ROWS';
  const skipColumns = strategy === 'IGNORE_BOTH' || strategy === 'IGNORE_COLUMNS';
  const values = wb.values(sheet, rect, makeDate);
  return values
    .filter((_, r) => !(skipRows && sheet.rows[rect.row + r]?.hidden))
    .map((row) => row.filter((_, c) => !(skipColumns && sheet.hiddenColumns.has(rect.col + c))));
}

const transpose = (grid: Cell[][]): Cell[][] =>
  (grid[0] ?? []).map((_, c) => grid.map((row) => row[c]));

/** -1 lets Sheets guess: a first row of text over the series columns is a header. */
function headerRows(grid: Cell[][], numHeaders: number): number {
  if (numHeaders >= 0) return numHeaders;
  const first = grid[0] ?? [];
  return first.length > 1 && first.slice(1).every((v) => typeof v === 'string' && v !== '') ? 1 : 0;
}

export function chartTable(
  wb: Workbook,
  spec: ChartSpec,
  makeDate: (ms: number) => Date,
): ChartTable {
  const parts = spec.ranges.flatMap((r) => {
    const sheet = wb.sheetById(r.sheetId);
    return sheet ? [rangeCells(wb, sheet, r.rect, spec.hiddenDimensionStrategy, makeDate)] : [];
  });
  let grid: Cell[][] =
    spec.mergeStrategy === 'MERGE_ROWS'
      ? parts.flat()
      : Array.from({ length: Math.max(0, ...parts.map((p) => p.length)) }, (_, r) =>
          parts.flatMap((p) => p[r] ?? new Array<Cell>(p[0]?.length ?? 0).fill('')),
        );
  if (spec.transpose) grid = transpose(grid);
  const headers = headerRows(grid, spec.numHeaders);
  const labels = grid.slice(0, headers);
  const width = Math.max(0, ...grid.map((row) => row.length));
  return {
    header: Array.from({ length: width }, (_, c) =>
      labels
        .map((row) => String(row[c] ?? ''))
        .join(' ')
        .trim(),
    ),
    rows: grid.slice(headers),
  };
}
