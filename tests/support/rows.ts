import { OFFSEASON } from '../../src/core/programs';
import { toGrid } from '../../src/sheet/grid';
import { sessionOf } from '../../src/sheet/keys';
import { layoutProgram } from '../../src/sheet/layout';
import { isExercise } from '../../src/sheet/session';
import { cellOf, readRows, type TabRow } from '../../src/sheet/tab';
import { programSpec } from './spec';

/**
 * A row of a program tab, named by its key (`W1 · S2`, `settings · targetRir`) or, for an
 * exercise, as the athlete sees it: `W1 · S2 · Squat`, the week and session of its key and the
 * name in its exercise column.
 */
export function findRow(rows: readonly TabRow[], id: string): TabRow | undefined {
  const named = /^(W\d+ · S\d+) · (.+)$/.exec(id);
  return (
    rows.find((r) => r.key === id) ??
    (named
      ? rows.find(
          (r) =>
            isExercise(r) &&
            sessionOf(r.key)?.session === named[1] &&
            cellOf(r, 'exercise') === named[2],
        )
      : undefined)
  );
}

/** The key of a row named as `findRow` reads names, for what the sidebar sends. */
export function keyOf(rows: readonly TabRow[], id: string): string {
  const row = findRow(rows, id);
  if (!row) throw new Error(`no row ${id}`);
  return row.key;
}

/**
 * The key of an appearance in any tab of the seed program (`W1 · S1 · Squat` → its
 * `W1 · S1 · B2 · E1`): keys hold positions only, so every athlete's tab shares them.
 */
export function seedKey(id: string): string {
  // The grid's text goes in behind an apostrophe, which Sheets strips on reading.
  seedRows ??= readRows(
    toGrid(layoutProgram(programSpec({ weeks: 6, daysPerWeek: 3 }), OFFSEASON)).values.map((row) =>
      row.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)),
    ),
  );
  return keyOf(seedRows, id);
}
let seedRows: TabRow[] | undefined;
