import { DAYS, MONTHS, serialFields } from './dates';

/** Sheets' format for a cell no one formatted (what getNumberFormat returns). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** Applied when a script writes a Date (en_GB spreadsheet locale). */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const TIME_FORMAT = 'hh:mm:ss';

function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/** True when the pattern shows a date or time, so the cell's number reads back as a Date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = stripLiterals(format.split(';')[0] ?? '').toLowerCase();
  return /[dy]|h|s|m{3,}|am\/pm/.test(
    bare.replace(/\[[^\]]*\]/g, (m) => (/h|m|s/.test(m) ? 'h' : '')),
  );
}

interface Token {
  kind: 'lit' | 'code';
  text: string;
}

function tokenizeDate(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i] ?? '';
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'lit', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
    } else if (/am\/pm/i.test(format.slice(i, i + 5))) {
      tokens.push({ kind: 'code', text: 'am/pm' });
      i += 5;
    } else if (/[dmyhs]/i.test(ch)) {
      let n = 1;
      while ((format[i + n] ?? '').toLowerCase() === ch.toLowerCase()) n++;
      tokens.push({ kind: 'code', text: ch.toLowerCase().repeat(n) });
      i += n;
    } else if (ch === '.' && format[i + 1] === '0') {
      let n = 1;
      while (format[i + n] === '0') n++;
      tokens.push({ kind: 'code', text: format.slice(i, i + n) });
      i += n;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'code', text: format.slice(i + 1, stop).toLowerCase() });
      i = stop + 1;
    } else {
      tokens.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  return tokens;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatSerialAsDate(serial: number, format: string): string {
  const f = serialFields(serial);
  const tokens = tokenizeDate(format);
  const has12h = tokens.some((t) => t.kind === 'code' && t.text === 'am/pm');
  const codes = tokens.map((t, i) => ({ ...t, i })).filter((t) => t.kind === 'code');
  let out = '';
  for (const [idx, t] of tokens.entries()) {
    if (t.kind === 'lit') {
      out += t.text;
      continue;
    }
    const code = t.text;
    const pos = codes.findIndex((c) => c.i === idx);
    const prev = codes[pos - 1]?.text ?? '';
    const next = codes[pos + 1]?.text ?? '';
    if (
      code.startsWith('m') &&
      code.length <= 2 &&
      (prev.startsWith('h') || next.startsWith('s'))
    ) {
      out += code.length === 2 ? pad(f.minute, 2) : String(f.minute);
    } else if (code.startsWith('m')) {
      const name = MONTHS[f.month - 1] ?? '';
      if (code.length >= 5) out += name.slice(0, 1);
      else if (code.length === 4) out += name;
      else if (code.length === 3) out += name.slice(0, 3);
      else out += code.length === 2 ? pad(f.month, 2) : String(f.month);
    } else if (code.startsWith('d')) {
      const name = DAYS[f.weekday] ?? '';
      if (code.length >= 4) out += name;
      else if (code.length === 3) out += name.slice(0, 3);
      else out += code.length === 2 ? pad(f.day, 2) : String(f.day);
    } else if (code.startsWith('y')) {
      out += code.length <= 2 ? pad(f.year % 100, 2) : String(f.year);
    } else if (code.startsWith('h')) {
      const h = has12h ? f.hour % 12 || 12 : f.hour;
      out += code.length >= 2 ? pad(h, 2) : String(h);
    } else if (code.startsWith('s')) {
      out += code.length >= 2 ? pad(f.second, 2) : String(f.second);
    } else if (code.startsWith('.')) {
      out += `.${pad(f.ms, 3).slice(0, code.length - 1)}`;
    } else if (code === 'am/pm') {
      out += f.hour < 12 ? 'AM' : 'PM';
    } else if (/^h+$/.test(code)) {
      out += String(Math.floor(serial * 24));
    } else {
      out += code;
    }
  }
  return out;
}

/** Sheets' automatic format: integers as is, up to 10 significant digits otherwise. */
export function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(10)));
  return s.replace(/e\+?/, 'E+').replace('E+-', 'E-');
}

function splitLiterals(section: string): { prefix: string; core: string; suffix: string } {
  const m = /^((?:"[^"]*"|\\.|[^0#?.,%])*)([0#?.,]+[%]?|%)?(.*)$/.exec(section);
  const clean = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  return {
    prefix: clean(m?.[1] ?? ''),
    core: m?.[2] ?? '',
    suffix: clean(m?.[3] ?? ''),
  };
}

function formatNumberSection(n: number, section: string): string {
  const { prefix, core, suffix } = splitLiterals(section);
  const percent = core.includes('%') || suffix.includes('%');
  let v = percent ? n * 100 : n;
  const [intPart = '', decPart = ''] = core.replace('%', '').split('.');
  const minDec = (decPart.match(/0/g) ?? []).length;
  const maxDec = (decPart.match(/[0#?]/g) ?? []).length;
  v = Number(v.toFixed(maxDec));
  let text = v.toFixed(maxDec);
  if (maxDec > minDec) {
    const [i = '', d = ''] = text.split('.');
    let dd = d;
    while (dd.length > minDec && dd.endsWith('0')) dd = dd.slice(0, -1);
    text = dd ? `${i}.${dd}` : i;
  }
  const minInt = (intPart.match(/0/g) ?? []).length;
  let [i = '', d] = text.split('.');
  const neg = i.startsWith('-');
  if (neg) i = i.slice(1);
  if (minInt === 0 && i === '0' && d !== undefined) i = '';
  i = i.padStart(minInt, '0');
  if (intPart.includes(',')) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = d !== undefined ? `${i}.${d}` : i;
  return `${prefix}${neg ? '-' : ''}${body}${core.includes('%') ? '%' : ''}${suffix}`;
}

/** What the Sheets grid shows for a value under a format (a pragmatic subset of the syntax). */
export function formatDisplay(value: unknown, format: string | undefined): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    if (format?.includes('@')) return format.replace(/"([^"]*)"/g, '$1').replace('@', value);
    return value;
  }
  if (typeof value !== 'number') return String(value);
  if (!format || format === DEFAULT_NUMBER_FORMAT || /^general$/i.test(format)) {
    return formatGeneral(value);
  }
  if (format === '@') return formatGeneral(value);
  if (isDateFormat(format)) return formatSerialAsDate(value, format);
  const sections = format.split(';');
  if (/e\+/i.test(format)) {
    const decimals = (format.split('.')[1]?.match(/0/g) ?? []).length;
    return value
      .toExponential(decimals)
      .toUpperCase()
      .replace(/E\+?(-?)(\d)$/, 'E+$1$2');
  }
  if (value < 0 && sections[1] !== undefined) {
    return formatNumberSection(-value, sections[1]);
  }
  if (value === 0 && sections[2] !== undefined) return formatNumberSection(0, sections[2]);
  return formatNumberSection(value, sections[0] ?? '');
}
