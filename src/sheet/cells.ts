import { letter } from './columns';

/** `Template!E7`: how problems in a coach's tab are named, so they can be found and fixed. */
export const cellName = (sheet: string, row: number, column: number): string =>
  `${sheet}!${letter(column)}${row}`;

export const isBlankCell = (value: unknown): boolean =>
  value === '' ||
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '');

export const textOf = (value: unknown): string =>
  value instanceof Date ? '' : String(value ?? '').trim();
