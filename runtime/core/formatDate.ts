import { DAYS, MONTHS, wallClock, zoneOffsetMs } from './dates';

/** A pattern letter SimpleDateFormat doesn't know; the service words it in the user's language. */
export class IllegalPatternCharacter extends Error {
  constructor(readonly character: string) {
    super(`Illegal pattern character '${character}'`);
  }
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (offsetMs === 0 && style !== 'Z') return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offsetMs / 60_000));
  const h = pad(Math.floor(total / 60), 2);
  const m = pad(total % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(ms: number, timeZone: string, long: boolean): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    timeZoneName: long ? 'long' : 'short',
  }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * Utilities.formatDate: Java SimpleDateFormat letters (y M L d D E u H k h K m s S a z Z X),
 * quoted literals with '' for a quote. Unknown letters throw, as Java does.
 */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const end = close < 0 ? pattern.length : close;
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += field(ch, n, w, ms, timeZone);
  }
  return out;
}

function field(
  ch: string,
  n: number,
  w: ReturnType<typeof wallClock>,
  ms: number,
  tz: string,
): string {
  switch (ch) {
    case 'y':
    case 'Y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
    case 'L': {
      const name = MONTHS[w.month - 1] ?? '';
      if (n >= 4) return name;
      if (n === 3) return name.slice(0, 3);
      return pad(w.month, n);
    }
    case 'd':
      return pad(w.day, n);
    case 'D': {
      const start = Date.UTC(w.year, 0, 1);
      const today = Date.UTC(w.year, w.month - 1, w.day);
      return pad((today - start) / 86_400_000 + 1, n);
    }
    case 'E': {
      const name = DAYS[w.weekday] ?? '';
      return n >= 4 ? name : name.slice(0, 3);
    }
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, n);
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.ms, Math.max(n, 3)).slice(0, Math.max(n, 3));
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'z':
      return zoneName(ms, tz, n >= 4);
    case 'Z':
      return offsetText(zoneOffsetMs(ms, tz), 'Z');
    case 'X':
      return offsetText(zoneOffsetMs(ms, tz), n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
    default:
      throw new IllegalPatternCharacter(ch);
  }
}
