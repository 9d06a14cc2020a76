import { rectContains } from '../core/grid';
import type { ConditionalRuleSpec, SheetModel } from './model';
import { shiftFormula } from './validation';

export type ConditionalFormat = ConditionalRuleSpec['format'];

export interface ConditionContext {
  /** The cell's computed value ('' when empty). */
  readonly value: unknown;
  /** Evaluates a formula (already moved to the cell) in the sheet: true when it yields TRUE or a non-zero number. */
  formulaHolds(formula: string): boolean;
}

/**
 * Whether a boolean condition holds for one cell, as Sheets decides it. Unlike data validation, an
 * empty cell satisfies no number or text condition. Gradient rules colour nothing here.
 */
export function conditionHolds(
  condition: ConditionalRuleSpec['condition'],
  ctx: ConditionContext,
): boolean {
  if (condition.kind !== 'boolean') return false;
  const [a, b] = condition.values;
  const value = ctx.value;
  const empty = value === '' || value === null || value === undefined;
  const n = typeof value === 'number' ? value : Number.NaN;
  const text = empty ? '' : String(value).toLowerCase();
  const word = String(a ?? '').toLowerCase();
  switch (condition.type) {
    case 'CUSTOM_FORMULA':
      return typeof a === 'string' && ctx.formulaHolds(a);
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    case 'NUMBER_BETWEEN':
      return n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return n < Math.min(Number(a), Number(b)) || n > Math.max(Number(a), Number(b));
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= Number(a);
    // Sheets' text conditions ignore case.
    case 'TEXT_CONTAINS':
      return !empty && text.includes(word);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(word);
    case 'TEXT_EQUAL_TO':
      return !empty && text === word;
    case 'TEXT_STARTS_WITH':
      return !empty && text.startsWith(word);
    case 'TEXT_ENDS_WITH':
      return !empty && text.endsWith(word);
    default:
      return false;
  }
}

/**
 * The conditional format shown in cell (row, col), 0-based: of the sheet's rules covering the
 * cell, the first whose condition holds (Sheets applies only the first true rule). A custom
 * formula is written for the top-left cell of the rule's first range and moves with the cell.
 */
export function conditionalFormatAt(
  sheet: SheetModel,
  row: number,
  col: number,
  value: unknown,
  evaluate: (formula: string) => unknown,
): ConditionalFormat | undefined {
  for (const rule of sheet.conditionalRules) {
    const ranges = rule.ranges.filter((r) => r.sheetId === sheet.id);
    if (!ranges.some((r) => rectContains(r.rect, row, col))) continue;
    const anchor = rule.ranges[0]?.rect ?? { row, col };
    const holds = conditionHolds(rule.condition, {
      value,
      formulaHolds: (formula) => {
        const v = evaluate(shiftFormula(formula, row - anchor.row, col - anchor.col));
        return v === true || (typeof v === 'number' && v !== 0);
      },
    });
    if (holds) return rule.format;
  }
  return undefined;
}
