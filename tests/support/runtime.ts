import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createRuntime as create,
  type Runtime,
  type RuntimeOptions,
  restoreRuntime as restore,
  type SerializedState,
} from '../../runtime';
import { isLanguage, type Language, messages } from '../../runtime/core/googleErrors';
import { COLUMN, type ColumnName, letter, WIDTH } from '../../src/sheet/columns';
import { PROTOTYPE } from '../../src/sheet/prototype';
import { readRows, type TabRow } from '../../src/sheet/tab';
import { findRow } from './rows';

const DIST = new URL('../../dist/', import.meta.url);

/**
 * The language Google speaks to the user in this run: `OFFSEASON_LANGUAGE` (vitest.config.ts runs
 * the runtime and end-to-end tests again in Spanish and Portuguese), English by default. Tests
 * that expect a Google message compare against `msg`, the table for this language.
 */
export const LANGUAGE: Language = languageOf(process.env.OFFSEASON_LANGUAGE);
export const msg = messages(LANGUAGE);

function languageOf(value: string | undefined): Language {
  if (value === undefined || value === '') return 'en';
  if (!isLanguage(value)) throw new Error(`OFFSEASON_LANGUAGE=${value}: expected en, es or pt.`);
  return value;
}

/** A runtime speaking this run's language. */
export const createRuntime = (opts: RuntimeOptions): Runtime =>
  create({ language: LANGUAGE, ...opts });

export const restoreRuntime = (state: SerializedState, opts: RuntimeOptions): Runtime =>
  restore(state, { language: LANGUAGE, ...opts });

/** The built views, by name, as HtmlService finds them. */
export function distHtml(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), readFileSync(new URL(f, DIST), 'utf8')]),
  );
}

/** The built manifest: its oauthScopes are all the runtime grants, as on Google. */
export const MANIFEST = fileURLToPath(new URL('appsscript.json', DIST));

/** A fresh spreadsheet with `dist/Code.js` installed, as `npm run build` left it. */
export function addOn(options: Partial<RuntimeOptions> = {}): Runtime {
  return createRuntime({
    code: readFileSync(new URL('Code.js', DIST), 'utf8'),
    htmlFiles: distHtml(),
    manifest: MANIFEST,
    now: () => new Date(Date.UTC(2026, 11, 2, 9)),
    ...options,
  });
}

/**
 * Options as the generate dialog sends them, with the name of the prototype its opening verified:
 * Generate trusts that one (`direct` drops it: a call made without the form).
 */
export const options = (over: Record<string, unknown> = {}) => ({
  athlete: 'Ana',
  weeks: 6,
  daysPerWeek: 3,
  startDate: '2027-01-04',
  weekdays: ['Mon', 'Wed', 'Fri'],
  units: 'lb',
  step: 2.5,
  targetRir: 2,
  startingLoads: { Squat: 50, 'Romanian Deadlift': 65, 'Lat Pull-Over': 20 },
  runDays: [],
  prototype: PROTOTYPE.name,
  ...over,
});

/** Options as a call made without the form sends them: any prototype found is verified. */
export const direct = (over: Record<string, unknown> = {}) => {
  const { prototype: _, ...rest } = options(over);
  return rest;
};

/**
 * Reads a program tab the way the add-on does, by key, through uncounted runtime reads. Rows are
 * named by their key (`W1 · S2`, `settings · targetRir`) or, for exercises, as the athlete sees
 * them: `W1 · S2 · Squat`, the week and session of the key and the name in the exercise column.
 */
export function tab(rt: Runtime, sheet: string) {
  const a1 = (column: ColumnName, row: number) =>
    `'${sheet.replace(/'/g, "''")}'!${letter(COLUMN[column])}${row}`;
  const rows = () => readRows(rt.values(`'${sheet.replace(/'/g, "''")}'!A:${letter(WIDTH)}`));
  const find = (id: string): TabRow => {
    const found = findRow(rows(), id);
    if (!found) throw new Error(`no row ${id} in ${sheet}`);
    return found;
  };
  const rowOf = (id: string): number => find(id).row;
  return {
    rows,
    rowOf,
    /** The row's stable key, as the sidebar sends it. */
    key: (id: string): string => find(id).key,
    get: (id: string, column: ColumnName): unknown => rt.values(a1(column, rowOf(id)))[0]?.[0],
    /** A person typing into the cell, as on a phone. */
    type: (id: string, column: ColumnName, value: unknown) => {
      const result = rt.edit(a1(column, rowOf(id)), value);
      if (!result.ok) throw new Error(result.message);
    },
    a1: (id: string, column: ColumnName) => a1(column, rowOf(id)),
  };
}

/** A Roster tab filled as a coach would type it, row by row under the example row (from row 3). */
export function roster(rt: Runtime, rows: readonly (readonly unknown[])[]): void {
  rt.call('createRoster');
  rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== '') rt.edit(`'Roster'!${letter(c + 1)}${r + 3}`, value);
    });
  });
}

export const COACH = 'coach@example.com';
