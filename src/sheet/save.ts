import { LOGGED, type Progression, takesLoad } from '../core/exercise';
import { type Accepted, accepts, expected, LOAD, REPS, RIR, SECONDS } from '../core/inputs';
import type { Problem } from '../core/problem';
import { COLUMN } from './columns';
import { inSession, sessionOf } from './keys';
import { formatRecord, type LoggedSet, minuteOf, parseRecord, SAVE_ID, sameSets } from './record';
import { isExercise, roundsOf } from './session';
import { cellOf, indexByKey, type TabRow } from './tab';

/**
 * A sidebar save, planned without Apps Script: strictly validated entries in, the exact cells to
 * write out. Each exercise row it saves gets its inputs (the last set's load, reps and RIR, and
 * notes) and its record (every set: see record.ts) in one row of one range write.
 */
export type SetEntry = LoggedSet;

export interface ExerciseEntry {
  readonly key: string;
  readonly sets: readonly SetEntry[];
  readonly notes?: string;
  /** The id of the save the row carried when the sidebar read it ('' for none). */
  readonly base?: string;
}

export interface SessionSave {
  /** Chosen by the sidebar once per save and kept across retries: the same id never writes twice. */
  readonly saveId: string;
  readonly sheetName: string;
  readonly sessionKey: string;
  readonly exercises: readonly ExerciseEntry[];
  /** Ids of this sidebar's own earlier attempts that failed: rows they wrote are not "newer". */
  readonly after: readonly string[];
}

const MAX_NOTES = 500;
const MAX_AFTER = 20;

/** Own properties only: a `__proto__` key in the payload is data, never a prototype. */
const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, key)
    ? (o as Record<string, unknown>)[key]
    : undefined;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Plain decimal numbers: `52.5`, never `0x20`, `1e3`, `Infinity` or `52,5`. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Reads a save from `google.script.run`. Everything is checked against the tab as it is now:
 * each key once, only exercises of the session, at most each exercise's sets; each problem names
 * the exercise, the set and the field. Nothing is taken from a prototype.
 */
export function readSave(
  raw: unknown,
  rows: readonly TabRow[],
): { save?: SessionSave; problems: Problem[] } {
  const problems: Problem[] = [];
  const saveId = text(own(raw, 'saveId'));
  const sheetName = text(own(raw, 'sheetName'));
  const sessionKey = text(own(raw, 'sessionKey'));
  if (!SAVE_ID.test(saveId))
    problems.push({ field: 'saveId', message: 'is missing: reload the sidebar' });
  if (!rows.some((r) => r.key === sessionKey && r.kind === 'session')) {
    problems.push({
      field: 'sessionKey',
      message: 'this session is no longer in the tab: reload the sidebar',
    });
    return { problems };
  }
  const byKey = indexByKey(rows);
  const list = own(raw, 'exercises');
  const inSessionCount = rows.filter((r) => isExercise(r) && inSession(r.key, sessionKey)).length;
  if (!Array.isArray(list) || list.length > inSessionCount) {
    problems.push({
      field: 'exercises',
      message: `a save lists at most the session's ${inSessionCount} exercises: reload the sidebar`,
    });
    return { problems };
  }
  const exercises: ExerciseEntry[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const key = text(own(entry, 'key'));
    const row = byKey.get(key);
    if (!row || !isExercise(row) || !inSession(key, sessionKey)) {
      problems.push({
        field: key || 'exercises',
        message: `${key || 'an exercise'} is not in this session any more: reload the sidebar`,
      });
      continue;
    }
    const name = String(cellOf(row, 'exercise'));
    if (seen.has(key)) {
      problems.push({ field: key, message: `${name} is listed twice: reload the sidebar` });
      continue;
    }
    seen.add(key);
    const exercise = readExercise(entry, row, name, problems);
    if (exercise) exercises.push(exercise);
  }
  const after = own(raw, 'after') ?? [];
  if (
    !Array.isArray(after) ||
    after.length > MAX_AFTER ||
    !after.every((id) => typeof id === 'string' && SAVE_ID.test(id))
  )
    problems.push({ field: 'after', message: 'is not a list of save ids: reload the sidebar' });
  if (problems.length === 0 && !exercises.some(isGiven))
    problems.push({ field: 'exercises', message: 'Nothing to save: type at least one set.' });
  return problems.length > 0
    ? { problems }
    : {
        problems,
        save: { saveId, sheetName, sessionKey, exercises, after: after as string[] },
      };
}

function readExercise(
  entry: unknown,
  row: TabRow,
  name: string,
  problems: Problem[],
): ExerciseEntry | undefined {
  const key = row.key;
  const count = problems.length;
  const rawSets = own(entry, 'sets') ?? [];
  const rounds = roundsOf(String(cellOf(row, 'prescription')));
  if (!Array.isArray(rawSets) || rawSets.length > rounds) {
    problems.push({ field: key, message: `${name}: at most ${rounds} sets` });
    return undefined;
  }
  const sets = rawSets.map((s, i) =>
    readSet(s, row.kind as Progression, `${name}, set ${i + 1}`, `${key}|${i}`, problems),
  );
  const notes = own(entry, 'notes');
  if (notes !== undefined && (typeof notes !== 'string' || notes.length > MAX_NOTES))
    problems.push({
      field: `${key}|notes`,
      message: `${name}: notes are text of at most ${MAX_NOTES} characters`,
    });
  const base = own(entry, 'base') ?? '';
  if (base !== '' && !(typeof base === 'string' && SAVE_ID.test(base)))
    problems.push({ field: key, message: `${name}: reload the sidebar` });
  if (problems.length > count) return undefined;
  return {
    key,
    sets,
    ...(typeof notes === 'string' ? { notes } : {}),
    base: base as string,
  };
}

export function readSet(
  raw: unknown,
  progression: Progression,
  label: string,
  field: string,
  problems: Problem[],
): SetEntry {
  const number = (what: keyof SetEntry, rule: Accepted, name: string): number | '' => {
    const v = own(raw, what);
    if (v === '' || v === null || v === undefined) return '';
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'string' && DECIMAL.test(v.trim())
          ? Number(v.trim())
          : Number.NaN;
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

const hasValue = (s: SetEntry): boolean => s.load !== '' || s.reps !== '' || s.rir !== '';
/** An entry the save writes: a set with a value, or notes. Untouched exercises are not given. */
const isGiven = (e: ExerciseEntry): boolean => e.sets.some(hasValue) || e.notes !== undefined;

/** The save record and the inputs beside it: one range covers them. */
export const WRITTEN = { first: COLUMN.save, last: COLUMN.notes } as const;
const WIDTH = WRITTEN.last - WRITTEN.first + 1;

/** A block of consecutive rows written by one range: the cells from load to the save record. */
export interface Run {
  readonly firstRow: number;
  /** The key each row must still carry after the write. */
  readonly keys: readonly string[];
  readonly values: readonly (readonly unknown[])[];
}

export interface SavePlan {
  /** Rows another save wrote since the sidebar read them: the whole save is refused. */
  readonly conflicts: readonly Problem[];
  /** Every given row already holds exactly this save (a retry after it landed). */
  readonly duplicate: boolean;
  readonly runs: readonly Run[];
}

export interface SaveContext {
  readonly timestamp: Date;
  readonly user: string;
}

/**
 * The cells to write, from the rows read under the lock. A given row already carrying this save
 * (same id, same sets, same notes) is done and left alone; one carrying a save the sidebar did not
 * know of (not its base, nor one of its own failed attempts) is a conflict: the newer save is
 * never reverted. Rows are grouped into runs; a run may pass over the session's own block and
 * note rows when their input cells are blank (they take nothing: see validation.ts), never over
 * another exercise, another session's row or a row added by hand.
 */
export function planSave(
  rows: readonly TabRow[],
  save: SessionSave,
  context: SaveContext,
): SavePlan {
  const byKey = indexByKey(rows);
  const conflicts: Problem[] = [];
  const writes: { row: TabRow; line: unknown[] }[] = [];
  let done = 0;
  const given = save.exercises.filter(isGiven);
  for (const entry of given) {
    const row = byKey.get(entry.key);
    if (!row) continue;
    const record = parseRecord(cellOf(row, 'save'));
    if (
      record?.id === save.saveId &&
      sameSets(record.sets, entry.sets) &&
      (entry.notes === undefined || cellOf(row, 'notes') === entry.notes)
    ) {
      done++;
      continue;
    }
    if (record && ![entry.base, save.saveId, ...save.after].includes(record.id)) {
      const name = String(cellOf(row, 'exercise'));
      const who = record.by ? ` by ${record.by}` : '';
      conflicts.push({
        field: entry.key,
        message: `${name} was saved again${who} since this session was opened, so nothing was saved: reopen the session to see that save`,
      });
      continue;
    }
    const text = formatRecord({
      id: save.saveId,
      by: context.user,
      at: minuteOf(context.timestamp),
      sets: entry.sets,
    });
    writes.push({ row, line: lineFor(row, entry, text) });
  }
  return {
    conflicts,
    duplicate: conflicts.length === 0 && given.length > 0 && done === given.length,
    runs: conflicts.length > 0 ? [] : runsOf(rows, save.sessionKey, writes),
  };
}

const BLANK_LINE: readonly unknown[] = Array.from({ length: WIDTH }, () => '');

/** A block or note row of the session whose input cells hold nothing: safe to write blank again. */
const isFiller = (row: TabRow | undefined, session: string): row is TabRow =>
  row !== undefined &&
  inSession(row.key, session) &&
  !isExercise(row) &&
  row.kind !== 'setting' &&
  row.cells.slice(WRITTEN.first - 1, WRITTEN.last).every((v) => v === '' || v === undefined);

function runsOf(
  rows: readonly TabRow[],
  session: string,
  writes: readonly { row: TabRow; line: unknown[] }[],
): Run[] {
  const atRow = new Map(rows.map((r) => [r.row, r]));
  const runs: { firstRow: number; keys: string[]; values: unknown[][] }[] = [];
  for (const { row, line } of [...writes].sort((a, b) => a.row.row - b.row.row)) {
    const current = runs[runs.length - 1];
    const next = current ? current.firstRow + current.values.length : 0;
    const between = current
      ? Array.from({ length: row.row - next }, (_, i) => atRow.get(next + i))
      : [];
    if (current && between.every((r) => isFiller(r, session))) {
      for (const filler of between as TabRow[]) {
        current.keys.push(filler.key);
        current.values.push([...BLANK_LINE]);
      }
      current.keys.push(row.key);
      current.values.push(line);
    } else runs.push({ firstRow: row.row, keys: [row.key], values: [line] });
  }
  return runs;
}

/**
 * Text written by a script is parsed like typing (`2027` a number, `=…` a formula, `TRUE` a
 * boolean): an apostrophe keeps it text, and Sheets does not store the apostrophe.
 */
const asText = (v: unknown): unknown => (typeof v === 'string' && v !== '' ? `'${v}` : v);

/** The row's written cells, left to right, whatever order the columns come in. */
function lineFor(row: TabRow, entry: ExerciseEntry, record: string): unknown[] {
  const summary = summaryOf(entry);
  const changes = new Map<number, unknown>([[COLUMN.save, record]]);
  for (const what of ['load', 'reps', 'rir'] as const)
    if (summary[what] !== '') changes.set(COLUMN[what], summary[what]);
  if (entry.notes !== undefined) changes.set(COLUMN.notes, entry.notes);
  return row.cells.slice(WRITTEN.first - 1, WRITTEN.last).map((current, i) => {
    const column = WRITTEN.first + i;
    return asText(changes.has(column) ? changes.get(column) : current);
  });
}

/** Rows of the runs that, read back, carry another key: rows moved between the read and the write. */
export function misplaced(
  runs: readonly Run[],
  values: readonly (readonly unknown[])[],
): { run: Run; index: number }[] {
  return runs.flatMap((run) =>
    run.keys.flatMap((key, index) =>
      String(values[run.firstRow + index - 1]?.[COLUMN.key - 1] ?? '') === key
        ? []
        : [{ run, index }],
    ),
  );
}

/**
 * Puts back what a misplaced write overwrote: each such row gets the cells it had when the save
 * read it (found by its key; blank for a row that was not there), wherever a cell still holds
 * what the save wrote. A cell someone has typed into since is left as they typed it.
 */
export function undoMisplaced(
  wrong: readonly { run: Run; index: number }[],
  before: readonly TabRow[],
  values: readonly (readonly unknown[])[],
): Run[] {
  const byKey = indexByKey(before);
  return wrong.map(({ run, index }) => {
    const row = run.firstRow + index;
    const now = values[row - 1] ?? [];
    const key = String(now[COLUMN.key - 1] ?? '');
    const had = byKey.get(key)?.cells.slice(WRITTEN.first - 1, WRITTEN.last) ?? BLANK_LINE;
    const written = run.values[index] ?? BLANK_LINE;
    const line = written.map((w, c) => {
      const cell = now[WRITTEN.first - 1 + c];
      return asText(sameCell(cell, w) ? had[c] : cell);
    });
    return { firstRow: row, keys: [key], values: [line] };
  });
}

/** A cell read back against what was written (an apostrophe is not stored). */
const sameCell = (read: unknown, written: unknown): boolean =>
  read === written ||
  (typeof written === 'string' && written.startsWith("'") && read === written.slice(1));

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
  const done = takesLoad(row.kind) ? summary.load : summary.reps;
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
