import { parseA1, resolveA1 } from '../core/a1';
import type { GridRect } from '../core/grid';
import type { SheetModel } from '../engine/model';
import type { Env } from './env';

/** Resolves `A1`, `Sheet!A1:B2`, `A:A`… against a default sheet; anything else is Google's "Range not found". */
export function resolveRange(
  env: Env,
  a1: unknown,
  fallback: SheetModel,
): { sheet: SheetModel; rect: GridRect } {
  if (typeof a1 !== 'string') return env.fail(env.msg.rangeNotFound);
  const ref = parseA1(a1);
  if (!ref) return env.fail(env.msg.rangeNotFound);
  const sheet = ref.sheetName === undefined ? fallback : env.wb.sheetByName(ref.sheetName);
  if (!sheet) return env.fail(env.msg.rangeNotFound);
  const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
  if (!rect || rect.row + rect.rows > sheet.maxRows || rect.col + rect.cols > sheet.maxCols) {
    return env.fail(env.msg.rangeNotFound);
  }
  return { sheet, rect };
}
