import { CELL_LIMIT } from '../engine/model';
import type { Env } from './env';

/**
 * Refuses growth past the spreadsheet's cell budget, with Google's message: a new or copied
 * sheet, inserted rows, a row appended to a full sheet (engine/model.ts cites the limit). Google
 * counts every sheet's whole grid, empty cells included, so trimming unused rows and columns is
 * what leaves room.
 */
export function ensureCellRoom(env: Env, extraCells: number): void {
  if (extraCells > 0 && env.wb.cellCount() + extraCells > CELL_LIMIT) {
    env.fail(env.msg.cellLimit(CELL_LIMIT));
  }
}
