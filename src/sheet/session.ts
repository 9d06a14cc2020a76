import { PROGRESSIONS, type Progression } from '../core/exercise';
import { inSession, sessionOf } from './keys';
import { recordId } from './record';
import { cellOf, settingsOf, type TabRow } from './tab';

/** What the sidebar shows: the sessions of a tab, and one session's exercises with their targets. */
export interface SessionSummary {
  readonly key: string;
  readonly title: string;
  readonly date: string;
  readonly logged: boolean;
}

export interface LoggedInputs {
  readonly load: unknown;
  readonly reps: unknown;
  readonly rir: unknown;
  readonly notes: unknown;
}

export interface ExerciseView {
  readonly key: string;
  readonly name: string;
  readonly prescription: string;
  readonly progression: Progression;
  readonly target: unknown;
  readonly logged: LoggedInputs;
  /** The save that last wrote the row ('' for none): a save sends it back, so a newer one is never reverted. */
  readonly saveId: string;
}

export interface SessionDetail {
  readonly key: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly blocks: readonly {
    readonly title: string;
    readonly exercises: readonly ExerciseView[];
  }[];
}

export interface SessionView {
  readonly sheetName: string;
  readonly athlete: string;
  readonly units: string;
  readonly targetRir: number;
  readonly sessions: readonly SessionSummary[];
  readonly session: SessionDetail | undefined;
}

/** "4 × 6 / side" → 4 sets; the sidebar shows this many and a save takes at most this many. */
export const roundsOf = (prescription: string): number =>
  Math.min(Math.max(Number.parseInt(prescription, 10) || 1, 1), 10);
export const isExercise = (row: TabRow): boolean =>
  (PROGRESSIONS as readonly string[]).includes(row.kind);
/** A logged RIR is a number: a closed cell's "—" is not one. */
const filled = (value: unknown): boolean => typeof value === 'number';

/** Sessions in block order (by the week and session in their keys, not by where rows sit). */
export function sessionsOf(rows: readonly TabRow[]): SessionSummary[] {
  const ordered = rows
    .filter((r) => r.kind === 'session')
    .map((r) => ({ r, at: sessionOf(r.key) }))
    .sort((a, b) => (a.at?.week ?? 0) - (b.at?.week ?? 0) || (a.at?.day ?? 0) - (b.at?.day ?? 0));
  return ordered.map(({ r }) => ({
    key: r.key,
    title: String(cellOf(r, 'exercise')),
    date: String(cellOf(r, 'date') ?? ''),
    logged: rows.some((x) => isExercise(x) && inSession(x.key, r.key) && filled(cellOf(x, 'rir'))),
  }));
}

/** Today's session when there is one, else the first with no RIR logged, else the last. */
export function defaultSession(
  sessions: readonly SessionSummary[],
  today: string,
): string | undefined {
  return (
    sessions.find((s) => s.date === today) ??
    sessions.find((s) => !s.logged) ??
    sessions[sessions.length - 1]
  )?.key;
}

export function sessionDetail(rows: readonly TabRow[], key: string): SessionDetail | undefined {
  const header = rows.find((r) => r.key === key && r.kind === 'session');
  if (!header) return undefined;
  const own = rows.filter((r) => r.key !== key && inSession(r.key, key));
  const blocks: { title: string; exercises: ExerciseView[] }[] = [];
  for (const row of own) {
    if (row.kind === 'block')
      blocks.push({ title: String(cellOf(row, 'exercise')), exercises: [] });
    else if (isExercise(row)) {
      if (blocks.length === 0) blocks.push({ title: '', exercises: [] });
      blocks[blocks.length - 1]?.exercises.push(exerciseView(row));
    }
  }
  return {
    key,
    title: String(cellOf(header, 'exercise')),
    notes: own.filter((r) => r.kind === 'note').map((r) => String(cellOf(r, 'exercise'))),
    blocks,
  };
}

function exerciseView(row: TabRow): ExerciseView {
  return {
    key: row.key,
    // What the sheet says now: a coach may have renamed the exercise in the grid.
    name: String(cellOf(row, 'exercise')),
    prescription: String(cellOf(row, 'prescription')),
    progression: row.kind as Progression,
    target: cellOf(row, 'target'),
    logged: {
      load: cellOf(row, 'load'),
      reps: cellOf(row, 'reps'),
      rir: cellOf(row, 'rir'),
      notes: cellOf(row, 'notes'),
    },
    saveId: recordId(cellOf(row, 'save')),
  };
}

/** `today` is asked only when no session is named (it costs a Sheets call for the time zone). */
export function sessionView(
  sheetName: string,
  rows: readonly TabRow[],
  wanted: string | undefined,
  today: () => string,
): SessionView | undefined {
  const settings = settingsOf(rows);
  if (!settings) return undefined;
  const sessions = sessionsOf(rows);
  const key =
    wanted !== undefined && sessions.some((s) => s.key === wanted)
      ? wanted
      : defaultSession(sessions, today());
  return {
    sheetName,
    ...settings,
    sessions,
    session: key === undefined ? undefined : sessionDetail(rows, key),
  };
}
