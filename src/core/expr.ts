/**
 * A tiny spreadsheet expression language. A rule written once as an `Expr` has two readings:
 * `evaluate` (TypeScript, for custom functions and the sidebar) and `toFormula` (native Sheets
 * formula text, for the generated grid). Keeping both readings over one tree is what lets the
 * phone user's sheet and `NEXTLOAD` agree by construction; a property test checks it in a real
 * formula engine.
 *
 * Only IF, MAX, MIN, ROUND, INT, CHOOSE, arithmetic, `>=` and `=""` are emitted: Google Sheets
 * and HyperFormula evaluate these alike (no LET/LAMBDA, no MROUND of negatives).
 */

/** A cell's value as the rules see it: a number, or blank. */
export type Value = number | '';

type Arithmetic = '+' | '-' | '*' | '/';

export type Expr<I extends string> =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'input'; readonly name: I }
  | {
      readonly kind: 'arith';
      readonly op: Arithmetic;
      readonly left: Expr<I>;
      readonly right: Expr<I>;
    }
  | { readonly kind: 'call'; readonly fn: 'MAX' | 'MIN'; readonly args: readonly Expr<I>[] }
  | { readonly kind: 'round'; readonly value: Expr<I>; readonly digits: number }
  /** INT: the whole part of a number that is never negative where the rules use it. */
  | { readonly kind: 'int'; readonly value: Expr<I> }
  /** CHOOSE(index, …): a table lookup by a whole 1-based index, kept in range by the rule. */
  | { readonly kind: 'choose'; readonly index: Expr<I>; readonly options: readonly number[] }
  | { readonly kind: 'if'; readonly test: Test<I>; readonly then: Expr<I>; readonly else: Expr<I> };

export type Test<I extends string> =
  | { readonly kind: 'blank'; readonly value: Expr<I> }
  | { readonly kind: 'atLeast'; readonly left: Expr<I>; readonly right: Expr<I> };

export const empty = { kind: 'empty' } as const;
export const num = (value: number) => ({ kind: 'number', value }) as const;
export const input = <I extends string>(name: I): Expr<I> => ({ kind: 'input', name });

const arith =
  (op: Arithmetic) =>
  <I extends string>(left: Expr<I>, right: Expr<I>): Expr<I> => ({
    kind: 'arith',
    op,
    left,
    right,
  });
export const add = arith('+');
export const sub = arith('-');
export const mul = arith('*');
export const div = arith('/');
export const max = <I extends string>(...args: Expr<I>[]): Expr<I> => ({
  kind: 'call',
  fn: 'MAX',
  args,
});
export const min = <I extends string>(...args: Expr<I>[]): Expr<I> => ({
  kind: 'call',
  fn: 'MIN',
  args,
});
export const round = <I extends string>(value: Expr<I>, digits: number): Expr<I> => ({
  kind: 'round',
  value,
  digits,
});
export const int = <I extends string>(value: Expr<I>): Expr<I> => ({ kind: 'int', value });
export const choose = <I extends string>(index: Expr<I>, options: readonly number[]): Expr<I> => ({
  kind: 'choose',
  index,
  options,
});
export const when = <I extends string>(
  test: Test<I>,
  then: Expr<I>,
  otherwise: Expr<I>,
): Expr<I> => ({
  kind: 'if',
  test,
  then,
  else: otherwise,
});
export const isBlank = <I extends string>(value: Expr<I>): Test<I> => ({ kind: 'blank', value });
export const atLeast = <I extends string>(left: Expr<I>, right: Expr<I>): Test<I> => ({
  kind: 'atLeast',
  left,
  right,
});

/**
 * Spreadsheets compare with a tolerance: numbers within a relative 1e-13 of each other are equal
 * (HyperFormula's floatCmp, written the same way), so a RIR of 1 meets a target of 1e-16 + 1.
 */
const TOLERANCE = 1e-13;

export function atLeastInSheets(a: number, b: number): boolean {
  const mod = 1 + TOLERANCE;
  const equal = b >= 0 ? a * mod >= b && a <= b * mod : a * mod <= b && a >= b * mod;
  return equal || a > b;
}

/** A blank cell counts as 0 in arithmetic and comparisons, as in Sheets. */
const numeric = (value: Value): number => (value === '' ? 0 : value);

/** ROUND as spreadsheets do it: half away from zero (written the way HyperFormula computes it). */
export function roundHalfAway(value: number, digits: number): number {
  const scale = 10 ** digits;
  return value < 0 ? -Math.round(-value * scale) / scale : Math.round(value * scale) / scale;
}

const ARITHMETIC: Record<Arithmetic, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};

type Compiled<I extends string> = (env: Readonly<Record<I, Value>>) => Value;

/** Each tree is compiled to closures once: NEXTLOAD over a 10,000-row range stays in milliseconds. */
const compiled = new WeakMap<object, Compiled<string>>();

export function evaluate<I extends string>(expr: Expr<I>, env: Readonly<Record<I, Value>>): Value {
  let run = compiled.get(expr) as Compiled<I> | undefined;
  if (!run) {
    run = compile(expr);
    compiled.set(expr, run as Compiled<string>);
  }
  return run(env);
}

function compile<I extends string>(expr: Expr<I>): Compiled<I> {
  switch (expr.kind) {
    case 'number': {
      const value = expr.value;
      return () => value;
    }
    case 'empty':
      return () => '';
    case 'input': {
      const name = expr.name;
      return (env) => env[name];
    }
    case 'arith': {
      const op = ARITHMETIC[expr.op];
      const left = compile(expr.left);
      const right = compile(expr.right);
      return (env) => op(numeric(left(env)), numeric(right(env)));
    }
    case 'call': {
      const args = expr.args.map(compile);
      const pick = expr.fn === 'MAX' ? Math.max : Math.min;
      return (env) => pick(...args.map((arg) => numeric(arg(env))));
    }
    case 'round': {
      const value = compile(expr.value);
      const digits = expr.digits;
      return (env) => roundHalfAway(numeric(value(env)), digits);
    }
    case 'int': {
      const value = compile(expr.value);
      return (env) => Math.floor(numeric(value(env)));
    }
    case 'choose': {
      const index = compile(expr.index);
      const options = expr.options;
      return (env) => options[Math.floor(numeric(index(env))) - 1] ?? Number.NaN;
    }
    case 'if': {
      const test = compileTest(expr.test);
      const then = compile(expr.then);
      const otherwise = compile(expr.else);
      return (env) => (test(env) ? then(env) : otherwise(env));
    }
  }
}

function compileTest<I extends string>(t: Test<I>): (env: Readonly<Record<I, Value>>) => boolean {
  if (t.kind === 'blank') {
    const value = compile(t.value);
    return (env) => value(env) === '';
  }
  const left = compile(t.left);
  const right = compile(t.right);
  return (env) => atLeastInSheets(numeric(left(env)), numeric(right(env)));
}

const PRECEDENCE: Record<Arithmetic, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/** A reference or a single function call needs no parentheses around it. */
const ATOMIC = /^(?:[A-Za-z0-9_$.!']+|[A-Z][A-Z0-9.]*\((?:[^()]|\([^()]*\))*\))$/;

/**
 * Formula text (without the leading `=`) for `expr`, with each input replaced by the formula
 * fragment in `refs` (a cell reference, or any expression such as `IF(F9="",E9,F9)`).
 */
export function toFormula<I extends string>(
  expr: Expr<I>,
  refs: Readonly<Record<I, string>>,
): string {
  return emit(expr, refs, 0);
}

function emit<I extends string>(
  expr: Expr<I>,
  refs: Readonly<Record<I, string>>,
  outer: number,
): string {
  switch (expr.kind) {
    case 'number':
      return expr.value < 0 ? `(${expr.value})` : String(expr.value);
    case 'empty':
      return '""';
    case 'input': {
      const ref = refs[expr.name];
      return ATOMIC.test(ref) ? ref : `(${ref})`;
    }
    case 'arith': {
      const own = PRECEDENCE[expr.op];
      // The right side of - and / binds tighter, so `a-(b-c)` keeps its parentheses.
      const rightOuter = expr.op === '-' || expr.op === '/' ? own + 1 : own;
      const text = `${emit(expr.left, refs, own)}${expr.op}${emit(expr.right, refs, rightOuter)}`;
      return own < outer ? `(${text})` : text;
    }
    case 'call':
      return `${expr.fn}(${expr.args.map((arg) => emit(arg, refs, 0)).join(',')})`;
    case 'round':
      return `ROUND(${emit(expr.value, refs, 0)},${expr.digits})`;
    case 'int':
      return `INT(${emit(expr.value, refs, 0)})`;
    case 'choose':
      return `CHOOSE(${emit(expr.index, refs, 0)},${expr.options.join(',')})`;
    case 'if':
      return `IF(${emitTest(expr.test, refs)},${emit(expr.then, refs, 0)},${emit(expr.else, refs, 0)})`;
  }
}

function emitTest<I extends string>(t: Test<I>, refs: Readonly<Record<I, string>>): string {
  if (t.kind === 'blank') return `${emit(t.value, refs, 3)}=""`;
  return `${emit(t.left, refs, 1)}>=${emit(t.right, refs, 1)}`;
}
