import { LOGGED, type Progression } from '../core/exercise';
import { type Accepted, accepts, expected, LOAD, REPS, RIR, SECONDS } from '../core/inputs';
import type { Problem } from '../core/problem';
import { COLUMN } from './columns';
import { inSession, sessionOf } from './keys';
import { isExercise } from './session';
import { cellOf, indexByKey, type TabRow } from './tab';

/**
 * A sidebar save, planned without Apps Script: validated entries in, the exact cells to write
 * out. The shell then needs one range per contiguous run of the session's rows, one for the Log,
 * and one read-back: a constant number of Sheets calls.
 */
export interface SetEntry {
  readonly load: number | '';
  readonly reps: number | '';
  readonly rir: number | '';
}

export interface ExerciseEntry {
  readonly key: string;
  readonly sets: readonly SetEntry[];
  readonly notes?: string;
}

export interface SessionSave {
  /** Chosen by the sidebar once per save and kept across retries: the same id never writes twice. */
  readonly saveId: string;
  readonly sheetName: string;
  readonly sessionKey: string;
  readonly exercises: readonly ExerciseEntry[];
}

const MAX_SETS = 10;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Reads a save from `google.script.run`; each problem names the exercise, the set and the field. */
export function readSave(
  raw: unknown,
  rows: readonly TabRow[],
): { save?: SessionSave; problems: Problem[] } {
  const problems: Problem[] = [];
  const input = isRecord(raw) ? raw : {};
  const saveId = text(input.saveId);
  const sheetName = text(input.sheetName);
  const sessionKey = text(input.sessionKey);
  if (!/^[\w-]{8,64}$/.test(saveId))
    problems.push({ field: 'saveId', message: 'is missing: reload the sidebar' });
  const exercises: ExerciseEntry[] = [];
  const byKey = indexByKey(rows);
  for (const entry of Array.isArray(input.exercises) ? input.exercises : []) {
    const e = isRecord(entry) ? entry : {};
    const key = text(e.key);
    const row = byKey.get(key);
    if (!row || !isExercise(row) || !inSession(key, sessionKey)) {
      problems.push({
        field: key || 'exercises',
        message: `${key || 'an exercise'} is not in this session any more: reload the sidebar`,
      });
      continue;
    }
    const name = String(cellOf(row, 'exercise'));
    const sets = (Array.isArray(e.sets) ? e.sets : [])
      .slice(0, MAX_SETS)
      .map((s, i) =>
        readSet(s, row.kind as Progression, `${name}, set ${i + 1}`, `${key}|${i}`, problems),
      );
    exercises.push({
      key,
      sets,
      notes: typeof e.notes === 'string' ? e.notes.slice(0, 500) : undefined,
    });
  }
  if (!rows.some((r) => r.key === sessionKey && r.kind === 'session')) {
    problems.push({
      field: 'sessionKey',
      message: 'this session is no longer in the tab: reload the sidebar',
    });
  }
  return problems.length > 0
    ? { problems }
    : { problems, save: { saveId, sheetName, sessionKey, exercises } };
}

export function readSet(
  raw: unknown,
  progression: Progression,
  label: string,
  field: string,
  problems: Problem[],
): SetEntry {
  const s = isRecord(raw) ? raw : {};
  const number = (what: keyof SetEntry, rule: Accepted, name: string): number | '' => {
    const v = s[what];
    if (v === '' || v === null || v === undefined) return '';
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    if (!LOGGED[progression].includes(what))
      problems.push({ field: `${field}|${what}`, message: `${label}: takes no ${name}` });
    else if (accepts(rule, n)) return n;
    else
      problems.push({
        field: `${field}|${what}`,
        message: `${label}: ${name} must be ${expected(rule)}`,
      });
    return '';
  };
  const hold = progression === 'hold';
  return {
    load: number('load', LOAD, 'load'),
    reps: hold ? number('reps', SECONDS, 'seconds') : number('reps', REPS, 'reps'),
    rir: number('rir', RIR, 'RIR'),
  };
}

const lastFilled = (sets: readonly SetEntry[], what: keyof SetEntry): number | '' => {
  for (let i = sets.length - 1; i >= 0; i--) {
    const v = sets[i]?.[what];
    if (v !== undefined && v !== '') return v;
  }
  return '';
};

/** What one row shows after the save: the last set's load, reps and RIR. */
export const summaryOf = (entry: ExerciseEntry): SetEntry => ({
  load: lastFilled(entry.sets, 'load'),
  reps: lastFilled(entry.sets, 'reps'),
  rir: lastFilled(entry.sets, 'rir'),
});

/** The save id and the inputs beside it: one range covers them. */
const WRITTEN = { first: COLUMN.save, last: COLUMN.notes } as const;

export interface SavePlan {
  /** True when every exercise row already carries this save id: a retry, so nothing is written. */
  readonly duplicate: boolean;
  /** Contiguous runs of rows; each run's cells from the save-id column to the notes column. */
  readonly runs: readonly { readonly firstRow: number; readonly values: unknown[][] }[];
  readonly logRows: unknown[][];
}

export interface SaveContext {
  readonly athlete: string;
  readonly timestamp: Date;
  readonly user: string;
}

export function planSave(
  rows: readonly TabRow[],
  save: SessionSave,
  context: SaveContext,
): SavePlan {
  const entries = new Map(
    save.exercises
      .filter((e) => e.sets.some(hasValue) || e.notes !== undefined)
      .map((e) => [e.key, e]),
  );
  const touched = rows.filter((r) => entries.has(r.key));
  const duplicate = touched.length > 0 && touched.every((r) => cellOf(r, 'save') === save.saveId);
  if (duplicate || touched.length === 0) return { duplicate, runs: [], logRows: [] };

  const ours = new Map(
    rows.filter((r) => inSession(r.key, save.sessionKey)).map((r) => [r.row, r]),
  );
  const first = Math.min(...touched.map((r) => r.row));
  const last = Math.max(...touched.map((r) => r.row));
  const runs: { firstRow: number; values: unknown[][] }[] = [];
  for (let row = first; row <= last; row++) {
    const r = ours.get(row);
    // A row that is not this session's (inserted by hand) breaks the run: it is never rewritten.
    if (!r) continue;
    const current = runs[runs.length - 1];
    const line = lineFor(r, entries.get(r.key), save.saveId);
    if (current && current.firstRow + current.values.length === row) current.values.push(line);
    else runs.push({ firstRow: row, values: [line] });
  }
  return { duplicate, runs, logRows: logRows(rows, save, context) };
}

const hasValue = (s: SetEntry): boolean => s.load !== '' || s.reps !== '' || s.rir !== '';

function lineFor(row: TabRow, entry: ExerciseEntry | undefined, saveId: string): unknown[] {
  const line = row.cells.slice(WRITTEN.first - 1, WRITTEN.last);
  if (!entry) return line;
  const summary = summaryOf(entry);
  const put = (column: number, value: unknown) => {
    if (value !== '' && value !== undefined) line[column - WRITTEN.first] = value;
  };
  put(COLUMN.load, summary.load);
  put(COLUMN.reps, summary.reps);
  put(COLUMN.rir, summary.rir);
  put(COLUMN.save, saveId);
  if (entry.notes !== undefined) line[COLUMN.notes - WRITTEN.first] = entry.notes;
  return line;
}

function logRows(rows: readonly TabRow[], save: SessionSave, context: SaveContext): unknown[][] {
  const byKey = indexByKey(rows);
  const name = (key: string) => {
    const row = byKey.get(key);
    return row ? String(cellOf(row, 'exercise')) : '';
  };
  return save.exercises.flatMap((e) =>
    e.sets.flatMap((s, i) =>
      hasValue(s)
        ? [
            [
              context.timestamp,
              `'${context.athlete}`,
              `'${save.sessionKey}`,
              `'${name(e.key)}`,
              i + 1,
              s.load,
              s.reps,
              s.rir,
              context.user,
              save.saveId,
            ],
          ]
        : [],
    ),
  );
}

export const WRITE_COLUMNS = WRITTEN;

/** "Next: 50 lb (+5)": the target of each saved exercise's next appearance, read back from the sheet. */
export interface NextTarget {
  readonly key: string;
  readonly name: string;
  readonly text: string;
}

export function nextTargets(
  rows: readonly TabRow[],
  save: SessionSave,
  units: string,
): NextTarget[] {
  return save.exercises.flatMap((entry) => {
    const row = rows.find((r) => r.key === entry.key);
    if (!row) return [];
    const name = String(cellOf(row, 'exercise'));
    const next = nextAppearance(rows, row, name);
    return [{ key: entry.key, name, text: describeNext(row, next, summaryOf(entry), units) }];
  });
}

function nextAppearance(rows: readonly TabRow[], row: TabRow, name: string): TabRow | undefined {
  const at = sessionOf(row.key);
  if (!at) return undefined;
  const later = rows
    .filter((r) => isExercise(r) && String(cellOf(r, 'exercise')) === name)
    .map((r) => ({ r, s: sessionOf(r.key) }))
    .filter(({ s }) => s && (s.week > at.week || (s.week === at.week && s.day > at.day)))
    .sort((a, b) => (a.s?.week ?? 0) - (b.s?.week ?? 0) || (a.s?.day ?? 0) - (b.s?.day ?? 0));
  return later[0]?.r;
}

const UNIT_OF: Readonly<Record<string, string>> = { hold: 's', reps: 'reps' };

function describeNext(
  row: TabRow,
  next: TabRow | undefined,
  summary: SetEntry,
  units: string,
): string {
  if (!next) return 'Last time in this block.';
  const target = cellOf(next, 'target');
  // Plyos and band work keep their prescription: the next one is the same sets and reps.
  if (row.kind === 'fixed') return `Next: ${String(cellOf(next, 'prescription'))} again`;
  if (typeof target !== 'number')
    return `Next: ${String(target) || 'set by the first load you log'}`;
  const done = row.kind === 'load' ? summary.load : summary.reps;
  const base = done === '' ? cellOf(row, 'target') : done;
  const unit = UNIT_OF[row.kind] ?? units;
  if (typeof base !== 'number') return `Next: ${target} ${unit}`;
  const change = Math.round((target - base) * 1000) / 1000;
  const sign = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
  return `Next: ${target} ${unit} (${sign})${sameWeek(row, next) ? repeatReason(change) : ''}`;
}

const sameWeek = (row: TabRow, next: TabRow): boolean =>
  sessionOf(row.key)?.week === sessionOf(next.key)?.week;

/**
 * Why a workout's second session in a week does not move by the RIR just logged: the rule repeats
 * it (less 5 % after a set more than one rep below the target), and that session's RIR sets the
 * next week's. Without this, "Next: 20 kg (±0)" after an easy RIR 3 reads like a mistake.
 */
function repeatReason(change: number): string {
  const how =
    change < 0
      ? ', 5 % lighter after a set more than one rep below the target'
      : ' at the same target';
  return `: the same workout comes again this week${how}; its RIR sets next week’s.`;
}
