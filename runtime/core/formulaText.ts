/**
 * Formula text between Google Sheets and the engine. Sheets reads any quoted sheet name
 * (`'Kai: 10k'!A:A`, `'Ana''s [test]: *?/\'!A:A`, a quote doubled) and any string literal (`"a""b"`
 * holds a quote, `"C:\"` ends with a backslash); HyperFormula misreads some of both (a colon in a
 * sheet name before a whole-column range is #REF!; `""` and a backslash before the closing quote
 * are #ERROR!). So the engine never sees them as written: on the way in every sheet reference
 * becomes an engine-safe name and every string literal holding `"` or `\` a call that builds the
 * same text; on the way out both go back exactly, so `getFormulas` returns what the script wrote.
 */

const IDENTIFIER = /[\p{L}\p{N}_]/u;
const ENGINE_PREFIX = '_s';

/** The runtime-only function (engine/sheetsFunctions.ts) that rebuilds a string literal. */
export const STRING_FUNCTION = 'SHEETS.STRING';
/** Characters the engine's string literals can't hold: a quote and a backslash. */
const UNSAFE_IN_STRING = /["\\]/;

/**
 * The engine's name for a sheet: a pure function of the name (ignoring case, as Sheets does),
 * so a formula may name a sheet before it exists and still find it once it does. Letters,
 * digits and `_` only, which the engine reads unquoted: UTF-16 units as 4 hex digits each.
 */
export function engineSheetName(name: string): string {
  const lower = name.toLowerCase();
  let hex = '';
  for (let i = 0; i < lower.length; i++) hex += lower.charCodeAt(i).toString(16).padStart(4, '0');
  return `${ENGINE_PREFIX}${hex}`;
}

/** The (lower-case) sheet name an engine name stands for, or undefined if it is not one. */
export function sheetNameOfEngine(engineName: string): string | undefined {
  const lower = engineName.toLowerCase();
  if (!lower.startsWith(ENGINE_PREFIX)) return undefined;
  const hex = lower.slice(ENGINE_PREFIX.length);
  if (hex.length === 0 || hex.length % 4 !== 0 || !/^[0-9a-f]+$/.test(hex)) return undefined;
  let name = '';
  for (let i = 0; i < hex.length; i += 4) {
    name += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  }
  return name;
}

/** A formula as the engine should read it: sheet names through `engineName`, strings made safe. */
export function formulaToEngine(formula: string, engineName: (sheet: string) => string): string {
  return rewrite(formula, {
    sheet: engineName,
    string: (value) => (UNSAFE_IN_STRING.test(value) ? stringCall(value) : undefined),
  });
}

/**
 * A formula as Sheets shows it: engine sheet names through `sheetRef` (which quotes as needed;
 * undefined keeps the text), and string-building calls back to the literals they stand for.
 */
export function formulaFromEngine(
  formula: string,
  sheetRef: (engineName: string) => string | undefined,
): string {
  return rewrite(formula, { sheet: sheetRef, call: literalOfCall });
}

/** Rewrites every sheet reference (`Name!`, `'Any name'!`); `rename` gets the name as Sheets reads it. */
export function mapSheetReferences(
  formula: string,
  rename: (name: string) => string | undefined,
): string {
  return rewrite(formula, { sheet: rename });
}

interface Rewrites {
  /** A sheet reference's new text, without its `!`. */
  sheet?: (name: string) => string | undefined;
  /** A string literal's new text, from its value. */
  string?: (value: string) => string | undefined;
  /** Replaces text starting at `at`: the new text and where the replaced text ends. */
  call?: (formula: string, at: number) => { text: string; end: number } | undefined;
}

/** One pass over the formula: string literals, quoted and plain sheet names, everything else copied. */
function rewrite(formula: string, hooks: Rewrites): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const c = formula[i] as string;
    if (c === '"') {
      const { inner, end } = delimited(formula, i, '"');
      out += hooks.string?.(inner) ?? formula.slice(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      const { inner, end } = delimited(formula, i, "'");
      if (formula[end] === '!') {
        out += `${hooks.sheet?.(inner) ?? formula.slice(i, end)}!`;
        i = end + 1;
      } else {
        out += formula.slice(i, end);
        i = end;
      }
      continue;
    }
    const prev = formula[i - 1] ?? '';
    // `#REF!` and the other error literals end in "!" but name no sheet.
    if (IDENTIFIER.test(c) && !IDENTIFIER.test(prev) && prev !== '#' && prev !== '.') {
      const replaced = hooks.call?.(formula, i);
      if (replaced) {
        out += replaced.text;
        i = replaced.end;
        continue;
      }
      let end = i;
      while (end < formula.length && IDENTIFIER.test(formula[end] as string)) end++;
      const word = formula.slice(i, end);
      if (formula[end] === '!') {
        out += `${hooks.sheet?.(word) ?? word}!`;
        i = end + 1;
      } else {
        out += word;
        i = end;
      }
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Text between two `quote`s starting at `start` (a doubled quote stands for one): a string
 * literal's value (`"a""b"`) or a quoted sheet name (`'Ana''s'`), and the index past it.
 */
function delimited(text: string, start: number, quote: string): { inner: string; end: number } {
  let inner = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return { inner, end: i + 1 };
      inner += quote;
      i += 2;
    } else {
      inner += text[i];
      i++;
    }
  }
  return { inner, end: text.length };
}

/** `SHEETS.STRING("a",34,"b",92)`: the pieces without quotes or backslashes, those as codes. */
function stringCall(value: string): string {
  const parts = value.split(/(["\\])/).flatMap((part) => {
    if (part === '') return [];
    return part === '"' || part === '\\' ? [String(part.charCodeAt(0))] : [`"${part}"`];
  });
  return `${STRING_FUNCTION}(${parts.join(',')})`;
}

/** The string literal a `SHEETS.STRING(…)` call stands for, as Sheets writes it. */
function literalOfCall(formula: string, at: number): { text: string; end: number } | undefined {
  const open = `${STRING_FUNCTION}(`;
  if (!formula.startsWith(open, at)) return undefined;
  let value = '';
  let i = at + open.length;
  for (;;) {
    const piece = /^"([^"\\]*)"|^(34|92)/.exec(formula.slice(i));
    if (!piece) return undefined;
    value += piece[1] ?? String.fromCharCode(Number(piece[2]));
    i += piece[0].length;
    if (formula[i] === ')') return { text: `"${value.replace(/"/g, '""')}"`, end: i + 1 };
    if (formula[i] !== ',') return undefined;
    i++;
  }
}
