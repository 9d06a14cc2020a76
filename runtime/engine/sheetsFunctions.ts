import type { FunctionPluginDefinition } from 'hyperformula';
import { CellError, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { STRING_FUNCTION } from '../core/formulaText';

type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter['evaluateAst']>[0];
type State = Parameters<Interpreter['evaluateAst']>[1];
type CallAst = Extract<Ast, { procedureName: string }>;

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline as text: what a test can read, and the playground can show, of Sheets' chart. */
export function sparklineText(values: readonly number[]): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  return values
    .map((v) => BARS[span === 0 ? 3 : Math.round(((v - low) / span) * (BARS.length - 1))])
    .join('');
}

/** Numbers reach plugins raw or wrapped (dates, currencies) as `{ val }`; text and blanks are skipped. */
const numberOf = (cell: unknown): number[] => {
  const raw =
    typeof cell === 'object' && cell !== null && 'val' in cell
      ? (cell as { val: unknown }).val
      : cell;
  return typeof raw === 'number' ? [raw] : [];
};

const numbersIn = (value: unknown): number[] =>
  value instanceof SimpleRangeValue
    ? value.valuesFromTopLeftCorner().flatMap(numberOf)
    : numberOf(value);

/**
 * Google Sheets functions that HyperFormula lacks and the add-on's generated formulas use.
 * SPARKLINE draws a chart in Sheets; here it yields the same data as a text sparkline
 * (▁▃▅█), or #N/A with nothing to draw, so dashboards recalculate and can be checked.
 * SHEETS.STRING is the runtime's own: a string literal the engine can't read (`"a""b"`) is
 * handed to it as pieces and character codes (core/formulaText.ts), and never shown.
 */
export function sheetsFunctionsPlugin(): FunctionPluginDefinition {
  HyperFormula.getLanguage('enGB').extendFunctions({
    SPARKLINE: 'SPARKLINE',
    [STRING_FUNCTION]: STRING_FUNCTION,
  });
  class SheetsOnlyFunctions extends FunctionPlugin {
    static override implementedFunctions = {
      SPARKLINE: { method: 'sparkline' },
      [STRING_FUNCTION]: { method: 'sheetsString' },
    };

    sheetsString(ast: CallAst, state: State) {
      let text = '';
      for (const arg of ast.args) {
        const value = this.evaluateAst(arg, state);
        if (value instanceof CellError) return value;
        text += typeof value === 'number' ? String.fromCharCode(value) : String(value);
      }
      return text;
    }

    sparkline(ast: CallAst, state: State) {
      const [data] = ast.args;
      if (!data) return new CellError('NA' as never, 'SPARKLINE needs data');
      const value = this.evaluateAst(data, state);
      if (value instanceof CellError) return value;
      return sparklineText(numbersIn(value));
    }
  }
  return SheetsOnlyFunctions;
}
