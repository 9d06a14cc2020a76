import { LOGGED, type LoggedField, PROGRESSIONS, type Progression } from '../core/exercise';
import type { ColumnName } from './columns';
import type { Content } from './row';

/**
 * What each part of a program tab looks like, so an athlete on a phone can tell them apart, and
 * not by colour alone:
 *
 * - **inputs** (load, reps, RIR, notes) are cream, ruled with amber lines like a form, empty
 *   until typed in;
 * - **closed** inputs (a plyo's load and RIR, a hold's load) are grey and say "—";
 * - **targets** are bold and carry their unit ("60.0 lb", "30 s"), set by number formats;
 * - **settings** (the block under the header) are italic on grey, values in blue;
 * - **machinery** (the hidden columns) is small grey print, should a coach unhide it.
 *
 * Colours are chosen for contrast (text on them is at least 4.5:1); each look also differs in
 * shape or type: ruled lines, a dash, weight with a unit, italics, size.
 */
export const LOOKS = {
  input: { background: '#fff8e1', lines: '#e3b341' },
  closed: { background: '#e0e0e0', text: '—', color: '#5f6368' },
  setting: { background: '#f1f3f4', value: '#174ea6' },
  machinery: { size: 8, color: '#80868b' },
} as const;

const COLUMN_OF: Readonly<Record<LoggedField, ColumnName>> = {
  load: 'load',
  reps: 'reps',
  rir: 'rir',
};

/** The input columns an exercise takes nothing in: the fields its sets do not log. */
export const closedColumns = (progression: Progression): ColumnName[] =>
  (['load', 'reps', 'rir'] as const)
    .filter((f) => !LOGGED[progression].includes(f))
    .map((f) => COLUMN_OF[f]);

/** Closed inputs say so in words: "—", where an open one is empty. */
export const closedCells = (progression: Progression): Partial<Record<ColumnName, Content>> =>
  Object.fromEntries(closedColumns(progression).map((c) => [c, LOOKS.closed.text]));

/** The exercise kinds whose cell in `column` is closed. */
export const closedKinds = (column: ColumnName): Progression[] =>
  PROGRESSIONS.filter((p) => closedColumns(p).includes(column));
