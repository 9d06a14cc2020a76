/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: a training day is a date, not an instant, so the
 * core never meets a time zone. Apps Script `Date`s are converted at the shell.
 */
export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';
export const WEEKDAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const DAY_MS = 86_400_000;
/** Day 0 of spreadsheet date serials. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The ISO date, when `text` is a real calendar date in that form. */
export function parseIsoDate(text: string): string | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const iso = match[0];
  const ms = toMs(iso);
  return Number.isNaN(ms) || fromMs(ms) !== iso ? undefined : iso;
}

export const addDays = (iso: string, days: number): string => fromMs(toMs(iso) + days * DAY_MS);

/** Monday is 0. */
export const weekdayIndex = (iso: string): number => (new Date(toMs(iso)).getUTCDay() + 6) % 7;

export const weekdayOf = (iso: string): Weekday => WEEKDAYS[weekdayIndex(iso)] as Weekday;

/** The coming Monday, strictly after `today`. */
export const nextMonday = (today: string): string => addDays(today, 7 - weekdayIndex(today));

export const fromSerial = (serial: number): string =>
  fromMs(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS);

export const toSerial = (iso: string): number => (toMs(iso) - SERIAL_EPOCH_MS) / DAY_MS;

/** A calendar date from a local `Date` (a date cell arrives as midnight in the sheet's zone). */
export const fromLocalDate = (date: Date): string =>
  fromMs(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));

/** "Mon 5 Jan" */
export function shortDate(iso: string): string {
  const date = new Date(toMs(iso));
  return `${weekdayOf(iso)} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Local midnight of a calendar date: what Apps Script writes as that date in the script's zone. */
export function toLocalDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}
