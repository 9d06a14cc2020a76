/** What Sheets hands a custom function for one cell: an empty cell arrives as ''. */
export type Cell = number | string | boolean | Date;

/** One argument: a single value, a range (rows of cells), or nothing when the caller omitted it. */
export type Arg = Cell | Cell[][] | undefined;

/** A custom function's answer: one value, or rows that spill. Blank is ''. */
export type Result = Cell | Cell[][];

export const isBlank = (cell: Cell): boolean => typeof cell === 'string' && cell.trim() === '';

/**
 * How a refused value is quoted back to the user. Sheets only ever passes cells; another script
 * may pass anything (`null`, an object), which is named rather than printed.
 */
export function describe(cell: unknown): string {
  if (cell instanceof Date) return 'a date';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`;
  return cell === null ? 'null' : `a value of type ${typeof cell}`;
}
