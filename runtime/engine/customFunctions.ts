import type {
  FunctionPluginDefinition,
  ImplementedFunctions,
  SimpleCellAddress,
} from 'hyperformula';
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { isDate } from '../core/dates';
import type { Size, SpillTracker } from './spill';
import { errorTypeText } from './values';

// HyperFormula's internal types, reached through its public constructor signature.
type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter['evaluateAst']>[0];
type State = Parameters<Interpreter['evaluateAst']>[1];
type Value = ReturnType<Interpreter['evaluateAst']>;
type CallAst = Extract<Ast, { procedureName: string }>;
type Cell = SimpleRangeValue['data'][number][number];

const JSDOC_BEFORE_FUNCTION =
  /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

/**
 * Custom functions are top-level functions whose JSDoc carries @customfunction; a trailing `_`
 * makes a function private, and a name that clashes with a built-in loses to the built-in
 * (guides/sheets/functions).
 */
export function discoverCustomFunctions(code: string): string[] {
  const builtIns = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  const names = new Map<string, string>();
  for (const m of code.matchAll(JSDOC_BEFORE_FUNCTION)) {
    const [, doc = '', name = ''] = m;
    if (!/@customfunction\b/.test(doc) || name.endsWith('_')) continue;
    if (builtIns.has(name.toUpperCase())) continue;
    names.set(name.toUpperCase(), name);
  }
  return [...names.values()];
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; message: string };

/** What the plugin needs from the runtime: the vm call and the sheet's notion of dates. */
export interface CustomFunctionBridge {
  call(name: string, args: unknown[]): CallOutcome;
  isDateCell(addr: SimpleCellAddress): boolean;
  serialToDate(serial: number): Date;
  dateToSerial(date: Date): number;
  spill: SpillTracker;
}

function sizeOf(grid: Cell[][] | CellError): Size {
  return grid instanceof CellError
    ? { rows: 1, cols: 1 }
    : { rows: grid.length, cols: grid[0]?.length ?? 1 };
}

function argsKey(args: unknown[]): string {
  return JSON.stringify(args);
}

interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

function isRichNumber(v: unknown): v is RichNumberLike {
  return typeof v === 'object' && v !== null && 'val' in v && 'getDetailedType' in v;
}

/**
 * Builds a function plugin private to one runtime. It is handed to that runtime's engine through
 * the `functionPlugins` option, so nothing is registered globally and two runtimes may define the
 * same function differently. (Translations are global, but an identity translation is harmless.)
 */
export function customFunctionPlugin(
  names: readonly string[],
  bridge: CustomFunctionBridge,
): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  const byId = new Map<string, string>();
  const translations: Record<string, string> = {};
  for (const name of names) {
    const id = name.toUpperCase();
    byId.set(id, name);
    translations[id] = id;
    implemented[id] = { method: 'invoke', sizeOfResultArrayMethod: 'size' };
  }
  HyperFormula.getLanguage('enGB').extendFunctions(translations);

  class OffseasonCustomFunctions extends FunctionPlugin {
    static override implementedFunctions = implemented;

    size(ast: CallAst, state: State) {
      const known = bridge.spill.sizeFor(state.formulaAddress, ast.procedureName);
      return known ? new ArraySize(known.cols, known.rows) : ArraySize.scalar();
    }

    invoke(ast: CallAst, state: State): Value {
      const args: unknown[] = [];
      for (const arg of ast.args) {
        const v = this.argument(arg, state);
        if (v instanceof CellError) return v;
        args.push(v);
      }
      const addr = state.formulaAddress;
      const vertex = state.formulaVertex;
      const memo = vertex ? bridge.spill.takeMemo(addr, () => argsKey(args)) : undefined;
      const outcome: CallOutcome = memo
        ? { ok: true, value: memo.result }
        : bridge.call(byId.get(ast.procedureName) ?? ast.procedureName, args);
      const grid = outcome.ok
        ? this.toGrid(outcome.value)
        : new CellError(ErrorType.ERROR, outcome.message);
      if (!vertex) return this.toValue(grid);
      const size = sizeOf(grid);
      const reserved = { rows: vertex.height, cols: vertex.width };
      const changed = bridge.spill.record(addr, ast.procedureName, size);
      const fits = size.rows === reserved.rows && size.cols === reserved.cols;
      const isRoot = vertex.getFormula(this.dependencyGraph.lazilyTransformingAstService) === ast;
      const reservedArray = reserved.rows > 1 || reserved.cols > 1;
      const exceeds = size.rows > reserved.rows || size.cols > reserved.cols;
      const remember = outcome.ok ? outcome.value : undefined;
      if (isRoot) {
        if (!fits) bridge.spill.queue(addr, argsKey(args), remember);
        return this.toValue(this.fit(grid, reserved));
      }
      if (reservedArray && exceeds) {
        bridge.spill.queue(addr, argsKey(args), remember);
        return this.toValue(this.fit(grid, reserved));
      }
      if (!reservedArray && changed && (size.rows > 1 || size.cols > 1)) {
        bridge.spill.queue(addr, argsKey(args), remember);
      }
      return this.toValue(grid);
    }

    /** Sheets passes a range as rows of cells ('' for empty), a single cell as its value. */
    private argument(arg: Ast, state: State): unknown {
      const v = this.evaluateAst(arg, state);
      if (v instanceof SimpleRangeValue) {
        const origin = v.range?.start;
        const at = (r: number, c: number) =>
          origin ? { sheet: origin.sheet, row: origin.row + r, col: origin.col + c } : undefined;
        const rows = v.data.map((row, r) =>
          row.map((cell, c) => this.scalar(cell, at(r, c), true)),
        );
        if (rows.length === 1 && rows[0]?.length === 1) return rows[0][0];
        return rows;
      }
      if (v instanceof CellError) return v;
      const ref = arg as {
        type?: string;
        reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
      };
      const addr =
        ref.type === 'CELL_REFERENCE'
          ? ref.reference?.toSimpleCellAddress(state.formulaAddress)
          : undefined;
      return this.scalar(v as Cell, addr, false);
    }

    private scalar(cell: Cell, addr: SimpleCellAddress | undefined, inRange: boolean): unknown {
      if (cell === EmptyValue) return '';
      if (cell instanceof CellError) return inRange ? errorTypeText(cell.type) : cell;
      if (isRichNumber(cell)) {
        const t = cell.getDetailedType();
        if (t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME' || t === 'NUMBER_TIME')
          return bridge.serialToDate(cell.val);
        return cell.val;
      }
      if (typeof cell === 'number' && addr && bridge.isDateCell(addr))
        return bridge.serialToDate(cell);
      return cell;
    }

    /** A returned 2-D array spills; a 1-D array spills down a column; anything else is one cell. */
    private toGrid(result: unknown): Cell[][] | CellError {
      if (!Array.isArray(result)) {
        const one = this.resultCell(result);
        return one instanceof CellError ? one : [[one]];
      }
      const rows = (result as unknown[]).map((row) =>
        Array.isArray(row) ? (row as unknown[]) : [row],
      );
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (rows.length === 0 || width === 0) return [[EmptyValue]];
      return rows.map((row) =>
        Array.from({ length: width }, (_, c) => {
          const cell = c < row.length ? this.resultCell(row[c]) : EmptyValue;
          return cell;
        }),
      );
    }

    private resultCell(v: unknown): Cell {
      if (v === null || v === undefined) return EmptyValue;
      if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      if (isDate(v)) {
        const serial = bridge.dateToSerial(v);
        return this.returnNumberWrapper(
          serial,
          (Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME') as never,
        ) as Cell;
      }
      return new CellError(ErrorType.VALUE, 'Result was not a number, string, boolean or Date.');
    }

    private fit(grid: Cell[][] | CellError, reserved: Size): Cell[][] | CellError {
      if (grid instanceof CellError) return grid;
      return grid.slice(0, reserved.rows).map((row) => row.slice(0, reserved.cols));
    }

    private toValue(grid: Cell[][] | CellError): Value {
      if (grid instanceof CellError) return grid;
      if (grid.length === 1 && grid[0]?.length === 1) return grid[0][0] as Value;
      return SimpleRangeValue.onlyValues(grid);
    }
  }
  return OffseasonCustomFunctions;
}
