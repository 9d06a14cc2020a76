import type { CellValue, RawCellContent } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import { isDate, serialToInstant, wallClock } from '../core/dates';
import type { Messages, Unwritable } from '../core/googleErrors';
import { DATE_FORMAT, DATE_TIME_FORMAT, isDateFormat, TIME_FORMAT } from '../core/numberFormat';

/** Sheets shows a blocked spill and a circular reference as #REF!, and has no #LIC!/#CYCLE!/#SPILL!. */
const SHEETS_ERROR: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  SPILL: '#REF!',
  CYCLE: '#REF!',
  LIC: '#ERROR!',
};

export function errorTypeText(type: string): string {
  return SHEETS_ERROR[type] ?? '#ERROR!';
}

export function errorText(error: DetailedCellError): string {
  return SHEETS_ERROR[error.type] ?? error.value;
}

/** The hover text Sheets shows on an error cell, as near as the engine knows it. */
export function errorMessage(error: DetailedCellError, msg: Messages): string {
  if (error.type === 'SPILL') return msg.spillBlocked();
  if (error.type === 'CYCLE') return msg.circularDependency;
  const unknown = /^Function name (.+) not recognized\.$/.exec(error.message);
  if (unknown) return msg.unknownFunction(String(unknown[1]).toLowerCase());
  return error.message;
}

/** Why a value can't be written (the message words it); undefined when it can. */
export function unwritable(value: unknown): Unwritable | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return undefined;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'invalidDate' : undefined;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return 'array';
  return 'object';
}

export interface WriteContent {
  content: RawCellContent;
  /** A Date was written: Sheets gives the cell a date format unless it already has one. */
  date?: 'date' | 'datetime';
}

/** How setValue(s) turns a script value into cell input (strings parse like typed input). */
export function toContent(value: unknown, timeZone: string, textFormat: boolean): WriteContent {
  if (value === null || value === '') return { content: null };
  if (typeof value === 'string') return { content: textFormat ? `'${value}` : value };
  if (typeof value === 'number') {
    return { content: Number.isFinite(value) ? value : String(value) };
  }
  if (typeof value === 'boolean') return { content: value };
  if (isDate(value)) {
    // Written as the wall-clock text the engine parses into a date-typed number, so formulas
    // over it (=A1+7) stay dates, as Sheets' format inference makes them.
    const w = wallClock(value.getTime(), timeZone);
    const p = (n: number, width = 2) => String(n).padStart(width, '0');
    const day = `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}`;
    const midnight = w.hour === 0 && w.minute === 0 && w.second === 0 && w.ms === 0;
    if (midnight) return { content: textFormat ? `'${day}` : day, date: 'date' };
    const time = `${day} ${p(w.hour)}:${p(w.minute)}:${p(w.second)}.${p(w.ms, 3)}`;
    return { content: textFormat ? `'${time}` : time, date: 'datetime' };
  }
  return { content: String(value) };
}

export function defaultFormatFor(detailedType: string): string | undefined {
  if (detailedType === 'NUMBER_DATE') return DATE_FORMAT;
  if (detailedType === 'NUMBER_DATETIME') return DATE_TIME_FORMAT;
  if (detailedType === 'NUMBER_TIME') return TIME_FORMAT;
  if (detailedType === 'NUMBER_PERCENT') return '0%';
  return undefined;
}

/**
 * A computed cell as getValues returns it: '' for empty, the error text for errors, and a Date
 * for numbers shown as dates (explicit date format, or a value the engine typed as a date).
 */
export function fromValue(
  value: CellValue,
  format: string | undefined,
  detailedType: () => string,
  timeZone: string,
  makeDate: (ms: number) => Date,
): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return errorText(value);
  if (typeof value === 'number') {
    const fmt = format ?? defaultFormatFor(detailedType());
    if (isDateFormat(fmt)) return makeDate(serialToInstant(value, timeZone));
  }
  return value;
}
