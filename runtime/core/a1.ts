import type { GridRect } from './grid';

/** One end of an A1 reference; a missing part means "unbounded" (as in `A:A` or `2:2`). */
interface A1End {
  row?: number;
  col?: number;
}

export interface A1Ref {
  sheetName?: string;
  start: A1End;
  end: A1End;
}

const END_RE = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseEnd(text: string): A1End | undefined {
  const m = END_RE.exec(text);
  if (!m) return undefined;
  const [, letters = '', digits = ''] = m;
  if (!letters && !digits) return undefined;
  const end: A1End = {};
  if (letters) end.col = lettersToCol(letters);
  if (digits) {
    const row = Number(digits);
    if (row < 1) return undefined;
    end.row = row - 1;
  }
  return end;
}

function splitSheet(text: string): { sheetName?: string; ref: string } | undefined {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { ref: text };
  const sheetPart = text.slice(0, bang);
  const ref = text.slice(bang + 1);
  if (sheetPart.startsWith("'")) {
    if (!sheetPart.endsWith("'") || sheetPart.length < 2) return undefined;
    return { sheetName: sheetPart.slice(1, -1).replace(/''/g, "'"), ref };
  }
  if (!sheetPart) return undefined;
  return { sheetName: sheetPart, ref };
}

/** Parses `A1`, `A1:C3`, `A:C`, `2:5`, `A2:C`, with an optional `Sheet!` or `'My sheet'!` prefix. */
export function parseA1(text: string): A1Ref | undefined {
  const split = splitSheet(text.trim());
  if (!split) return undefined;
  const parts = split.ref.split(':');
  if (parts.length > 2) return undefined;
  const start = parseEnd(parts[0] ?? '');
  if (!start) return undefined;
  if (parts.length === 1) {
    if (start.row === undefined || start.col === undefined) return undefined;
    return { sheetName: split.sheetName, start, end: { ...start } };
  }
  const end = parseEnd(parts[1] ?? '');
  if (!end) return undefined;
  const ref: A1Ref = { start, end };
  if (split.sheetName !== undefined) ref.sheetName = split.sheetName;
  return ref;
}

/** Resolves unbounded ends against the sheet's size. `undefined` for a reversed or empty box. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): GridRect | undefined {
  const r0 = ref.start.row ?? 0;
  const c0 = ref.start.col ?? 0;
  const r1 = ref.end.row ?? maxRows - 1;
  const c1 = ref.end.col ?? maxCols - 1;
  const row = Math.min(r0, r1);
  const col = Math.min(c0, c1);
  const rect = { row, col, rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
  return rect.rows > 0 && rect.cols > 0 ? rect : undefined;
}

export function cellA1(row0: number, col0: number): string {
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** Apps Script's getA1Notation: a single cell is `B2`, whole columns `A:C`, whole rows `2:4`. */
export function rectA1(rect: GridRect, maxRows?: number, maxCols?: number): string {
  const wholeCols = maxRows !== undefined && rect.row === 0 && rect.rows === maxRows;
  const wholeRows = maxCols !== undefined && rect.col === 0 && rect.cols === maxCols;
  if (wholeCols && !wholeRows) {
    return `${columnLetters(rect.col)}:${columnLetters(rect.col + rect.cols - 1)}`;
  }
  if (wholeRows && !wholeCols) return `${rect.row + 1}:${rect.row + rect.rows}`;
  const first = cellA1(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${cellA1(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/** Quotes a sheet name for use in formulas and qualified A1 references when it needs it. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function absoluteA1(sheetName: string, rect: GridRect): string {
  const tl = `$${columnLetters(rect.col)}$${rect.row + 1}`;
  const br = `$${columnLetters(rect.col + rect.cols - 1)}$${rect.row + rect.rows}`;
  return `${quoteSheetName(sheetName)}!${tl}:${br}`;
}
