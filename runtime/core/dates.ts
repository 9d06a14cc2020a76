/** Wall-clock fields of an instant in a time zone (month 1-12, weekday 0 = Sunday). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return asUtc - ms;
}

/** The instant at which the zone's clock shows the given wall time (as UTC-encoded ms). */
export function instantOfWallTime(wallAsUtcMs: number, timeZone: string): number {
  const guess = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs, timeZone);
  return wallAsUtcMs - zoneOffsetMs(guess, timeZone);
}

const DAY_MS = 86_400_000;
/** Sheets' day 0 (and HyperFormula's default nullDate). */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * Sheets stores a date as a serial day number of the spreadsheet's wall clock; a script's `Date`
 * is an instant. Conversions go through the spreadsheet time zone, as Sheets does.
 */
export function dateToSerial(ms: number, timeZone: string): number {
  const wall = ms + zoneOffsetMs(ms, timeZone);
  return (wall - SERIAL_EPOCH_UTC) / DAY_MS;
}

export function serialToInstant(serial: number, timeZone: string): number {
  const wall = Math.round(SERIAL_EPOCH_UTC + serial * DAY_MS);
  return instantOfWallTime(wall, timeZone);
}

/** Calendar fields of a serial, independent of any zone (for number-format display). */
export function serialFields(serial: number): WallClock {
  const d = new Date(Math.round(SERIAL_EPOCH_UTC + serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** English month and weekday names, as Sheets' formats and Utilities.formatDate spell them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
