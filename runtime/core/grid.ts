/** A rectangle of cells, 0-based, as the engine stores it (Apps Script's 1-based numbers live only at the API edge). */
export interface GridRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function rectContains(outer: GridRect, row: number, col: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rows &&
    col >= outer.col &&
    col < outer.col + outer.cols
  );
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function* cellsOf(rect: GridRect): Generator<[number, number]> {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) yield [r, c];
  }
}

/**
 * Moves a rectangle for rows inserted before row `at`. Rows inserted strictly inside a range grow
 * it, as Sheets does for protected and named ranges.
 */
export function shiftForInsertedRows(rect: GridRect, at: number, count: number): GridRect {
  if (at <= rect.row) return { ...rect, row: rect.row + count };
  if (at < rect.row + rect.rows) return { ...rect, rows: rect.rows + count };
  return rect;
}

/** Shrinks or moves a rectangle for deleted rows; `undefined` when every row of it was deleted. */
export function shiftForDeletedRows(
  rect: GridRect,
  at: number,
  count: number,
): GridRect | undefined {
  const end = rect.row + rect.rows;
  const delEnd = at + count;
  const before = Math.max(0, Math.min(delEnd, rect.row) - at);
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(rect.row, at));
  const rows = rect.rows - overlap;
  if (rows <= 0) return undefined;
  return { ...rect, row: rect.row - before, rows };
}

/** The same for deleted columns. */
export function shiftForDeletedColumns(
  rect: GridRect,
  at: number,
  count: number,
): GridRect | undefined {
  const moved = shiftForDeletedRows(
    { row: rect.col, col: rect.row, rows: rect.cols, cols: rect.rows },
    at,
    count,
  );
  return moved && { ...rect, col: moved.row, cols: moved.rows };
}

export function emptyGrid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
}
