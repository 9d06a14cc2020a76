import { type Arg, type Cell, describe, isBlank, type Result } from './cell';

/**
 * The declarative shape of a custom function: one table entry drives the runtime (argument
 * reading, ranges, errors), the JSDoc stubs Sheets reads for autocomplete, and the README.
 */

/** Thrown by a parameter reader; the caller adds the function, the argument and the value. */
export class Refusal extends Error {}

/** Thrown with a complete, user-facing message. */
export class FunctionError extends Error {}

/** A blank cell in this argument makes the result blank ("blank in, blank out"). */
export const BLANK_OUT: unique symbol = Symbol('blank out');

export interface Param<T> {
  readonly name: string;
  readonly help: string;
  /** Shown in [brackets]; an omitted optional argument counts as blank. */
  readonly optional?: boolean;
  /** What a blank cell (or an omitted optional argument) means. */
  readonly blank: T | typeof BLANK_OUT;
  /** Reads a non-blank cell; throws `Refusal` with the expected form. */
  readonly read: (cell: Cell) => T;
}

type Values<P extends readonly Param<unknown>[]> = {
  -readonly [K in keyof P]: P[K] extends Param<infer T> ? T : never;
};

interface Common<P extends readonly Param<unknown>[]> {
  readonly name: string;
  readonly summary: string;
  readonly params: P;
  readonly returns: string;
  /** A formula and what it gives, for the docs (and checked by the tests). */
  readonly examples: readonly { readonly formula: string; readonly result: string }[];
}

/** Applied to each element of its range arguments; a single value applies to every element. */
export interface ElementwiseFunction<P extends readonly Param<unknown>[]> extends Common<P> {
  readonly shape: 'elementwise';
  readonly implementation: (...args: Values<P>) => number | '';
}

/** Takes single values and returns a whole table that spills. */
export interface TableFunction<P extends readonly Param<unknown>[]> extends Common<P> {
  readonly shape: 'table';
  readonly implementation: (...args: Values<P>) => Cell[][];
}

// biome-ignore lint/suspicious/noExplicitAny: a table mixes functions of different parameter lists
export type CustomFunction = ElementwiseFunction<any> | TableFunction<any>;

export const elementwise = <const P extends readonly Param<unknown>[]>(
  def: Omit<ElementwiseFunction<P>, 'shape'>,
): ElementwiseFunction<P> => ({ ...def, shape: 'elementwise' });

export const table = <const P extends readonly Param<unknown>[]>(
  def: Omit<TableFunction<P>, 'shape'>,
): TableFunction<P> => ({ ...def, shape: 'table' });

type Grid = Cell[][];
const isGrid = (arg: Arg): arg is Grid => Array.isArray(arg);
const shapeOf = (grid: Grid): string => `${grid.length}×${grid[0]?.length ?? 0}`;

/** A 1×1 range is a single value, as Sheets users expect. */
function single(arg: Arg): Arg {
  return isGrid(arg) && arg.length === 1 && arg[0]?.length === 1 ? arg[0][0] : arg;
}

/**
 * What a caller passed, as Sheets would pass it: `null` (another script calling the function) is
 * an omitted argument, and anything that is neither a value nor rows of values is refused here,
 * by the function, rather than failing somewhere inside it.
 */
function argument(fn: CustomFunction, param: Param<unknown>, raw: unknown): Arg {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) return raw as Cell;
  const width = Array.isArray(raw[0]) ? raw[0].length : 0;
  if (width === 0 || !raw.every((row) => Array.isArray(row) && row.length === width)) {
    throw new FunctionError(
      `${fn.name}: ${param.name} must be a single value or a range (rows of equal length).`,
    );
  }
  return raw as Cell[][];
}

/** Runs `fn` the way Sheets calls it, turning every refusal into one clear message. */
export function call(fn: CustomFunction, rawArgs: readonly unknown[]): Result {
  if (rawArgs.length > fn.params.length) {
    throw new Error(
      `${fn.name}: takes at most ${fn.params.length} arguments; got ${rawArgs.length}.`,
    );
  }
  try {
    const args = fn.params.map((param: Param<unknown>, i: number) =>
      single(argument(fn, param, rawArgs[i])),
    );
    return fn.shape === 'table' ? callTable(fn, args) : callElementwise(fn, args);
  } catch (error) {
    if (error instanceof FunctionError) throw new Error(error.message);
    throw error;
  }
}

function callTable(fn: TableFunction<readonly Param<unknown>[]>, args: Arg[]): Cell[][] {
  const values = fn.params.map((param, i) => {
    const arg = args[i];
    if (isGrid(arg))
      throw new FunctionError(`${fn.name}: ${param.name} must be a single value, not a range.`);
    const value = readCell(fn, param, arg, '');
    if (value === BLANK_OUT) throw new FunctionError(`${fn.name}: ${param.name} is required.`);
    return value;
  });
  return fn.implementation(...values);
}

function callElementwise(fn: ElementwiseFunction<readonly Param<unknown>[]>, args: Arg[]): Result {
  const grids = args.flatMap((arg, i) =>
    isGrid(arg) ? [{ arg, name: fn.params[i]?.name ?? '' }] : [],
  );
  const [first, ...others] = grids;
  if (first === undefined) return element(fn, args as (Cell | undefined)[], '');
  const mismatch = others.find((g) => shapeOf(g.arg) !== shapeOf(first.arg));
  if (mismatch) {
    throw new FunctionError(
      `${fn.name}: ${first.name} is ${shapeOf(first.arg)} but ${mismatch.name} is ${shapeOf(mismatch.arg)}; ` +
        'give ranges of the same shape, or a single value.',
    );
  }
  return first.arg.map((row, r) =>
    row.map((_, c) => {
      const cells = args.map((arg) => (isGrid(arg) ? arg[r]?.[c] : arg));
      return element(fn, cells, ` (row ${r + 1}, column ${c + 1} of the range)`);
    }),
  );
}

function element(
  fn: ElementwiseFunction<readonly Param<unknown>[]>,
  cells: readonly (Cell | undefined)[],
  where: string,
): number | '' {
  const values: unknown[] = [];
  for (const [i, param] of fn.params.entries()) {
    const value = readCell(fn, param, cells[i], where);
    if (value === BLANK_OUT) return '';
    values.push(value);
  }
  const result = fn.implementation(...values);
  if (result !== '' && !Number.isFinite(result)) {
    throw new FunctionError(`${fn.name}: the result${where} is out of range; check the arguments.`);
  }
  return result;
}

function readCell(
  fn: CustomFunction,
  param: Param<unknown>,
  cell: Cell | undefined,
  where: string,
): unknown {
  if (cell === undefined && !param.optional) {
    throw new FunctionError(`${fn.name}: ${param.name} is required.`);
  }
  if (cell === undefined || isBlank(cell)) return param.blank;
  try {
    return param.read(cell);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    throw new FunctionError(
      `${fn.name}: ${param.name}${where} ${error.message}; got ${describe(cell)}.`,
    );
  }
}
