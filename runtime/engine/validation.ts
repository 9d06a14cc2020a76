import type { ValidationSpec } from './model';

/** Moves a formula's relative references by (dr, dc), as a rule anchored at one cell applies to another. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const letters = (n: number) => {
    let s = '';
    for (let v = n + 1; v > 0; v = Math.floor((v - 1) / 26))
      s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
    return s;
  };
  const toCol = (s: string) =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
            (_m, pre: string, colAbs: string, col: string, rowAbs: string, row: string) => {
              const c = colAbs ? col : letters(toCol(col) + dc);
              const r = rowAbs ? row : String(Number(row) + dr);
              return `${pre}${colAbs}${c}${rowAbs}${r}`;
            },
          ),
    )
    .join('');
}

export interface ValidationContext {
  valuesInRange(a1: string): unknown[];
  formulaHolds(formula: string): boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

/**
 * Whether a value typed into a cell satisfies its rule. Blank always passes (clearing a cell is
 * allowed). Date criteria are not modelled and pass.
 */
export function satisfies(spec: ValidationSpec, value: unknown, ctx: ValidationContext): boolean {
  if (value === '' || value === null) return true;
  const [a, b] = spec.args;
  const n = typeof value === 'number' ? value : Number.NaN;
  const isNum = typeof value === 'number';
  const text = String(value);
  switch (spec.criteria) {
    case 'NUMBER_BETWEEN':
      return isNum && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return isNum && (n < Number(a) || n > Number(b));
    case 'NUMBER_EQUAL_TO':
      return isNum && n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return isNum && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return isNum && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return isNum && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return isNum && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return isNum && n <= Number(a);
    case 'TEXT_CONTAINS':
      return text.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(a));
    case 'TEXT_EQUAL_TO':
      return text === String(a);
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(text);
    case 'TEXT_IS_VALID_URL':
      return URL_RE.test(text);
    case 'VALUE_IN_LIST':
      return Array.isArray(a) && a.map(String).includes(text);
    case 'VALUE_IN_RANGE':
      return typeof a === 'string' && ctx.valuesInRange(a).some((v) => String(v) === text);
    case 'CHECKBOX':
      return spec.args.length === 0 ? typeof value === 'boolean' : value === a || value === b;
    case 'CUSTOM_FORMULA':
      return typeof a === 'string' && ctx.formulaHolds(a);
    default:
      return true;
  }
}
