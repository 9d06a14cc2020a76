/**
 * The program tab's columns. What an athlete needs (exercise, sets × reps, target, then load,
 * reps and RIR) fits a 390 px phone screen at 100 % zoom, notes just past it. The machinery sits
 * in hidden columns *between* the target and the load: any sort of the visible columns (A to the
 * RIR or the notes) spans them too, so every row keeps its key, its helpers and its saved sets.
 */
export const COLUMN = {
  exercise: 1,
  prescription: 2,
  target: 3,
  /** Stable row key, `W1 · S2 · B3 · E1`: week, session, block and exercise numbers, no names. */
  key: 4,
  /** What the row is: a RowKind, or for exercises how their target progresses. */
  kind: 5,
  /** Exercise rows: their block, for the dashboard's average RIR per block. */
  block: 6,
  /** Session rows: the session's date, YYYY-MM-DD, so the sidebar can open today's session. */
  date: 7,
  /** Where the previous appearance sits among its block's rows, found by its key. */
  previous: 8,
  /** The same for the appearance before it, used only when the previous one was deleted. */
  fallback: 9,
  /** The previous appearance's load used (or reps/seconds), else its target. */
  base: 10,
  /** The previous appearance's RIR. */
  previousRir: 11,
  /** Session rows: 1 once any RIR is logged. Exercise rows: the name, when the load should hold. */
  signal: 12,
  /** Double-progression rows: the reps to aim for, which grow before the load does. */
  goal: 13,
  /** Loaded rows: the estimated 1RM of the set logged (RTS curve), for the progress chart. */
  e1rm: 14,
  /**
   * The row's log: the sidebar save that last wrote it (id, who, when, every set; record.ts),
   * next to the inputs so one range covers both and one protection guards both.
   */
  save: 15,
  load: 16,
  reps: 17,
  rir: 18,
  notes: 19,
} as const;

export type ColumnName = keyof typeof COLUMN;
export const WIDTH = 19;

export const HEADER: Readonly<Record<ColumnName, string>> = {
  exercise: 'Exercise',
  prescription: 'Sets × reps',
  target: 'Target',
  key: 'Key',
  kind: 'Kind',
  block: 'Block',
  date: 'Date',
  previous: 'Previous at',
  fallback: 'Fallback at',
  base: 'Base',
  previousRir: 'Previous RIR',
  // Blank, so the dashboard can gather the signals of a whole column without the header.
  signal: '',
  goal: 'Reps goal',
  e1rm: 'e1RM',
  save: 'Saved sets',
  load: 'Load',
  reps: 'Reps',
  rir: 'RIR',
  notes: 'Notes',
};

/** The hidden machinery: key to save id, one contiguous span. */
export const HIDDEN = { first: COLUMN.key, count: COLUMN.save - COLUMN.key + 1 } as const;

/**
 * Pixel widths, as [first column, count, width]: 120 + 60 + 64 + 46 + 2 × 42 = 374 px for the
 * phone view (the hidden columns between take no room). Names and prescriptions wrap (two lines
 * at most for the seed's); a target with its unit ("102.5 lb") fits 64 px, as numbers never wrap.
 * Notes keep Sheets' default width.
 */
export const WIDTHS: readonly (readonly [number, number, number])[] = [
  [COLUMN.exercise, 1, 120],
  [COLUMN.prescription, 1, 60],
  [COLUMN.target, 1, 64],
  [COLUMN.load, 1, 46],
  [COLUMN.reps, COLUMN.rir - COLUMN.reps + 1, 42],
];

export const INPUTS: readonly ColumnName[] = ['load', 'reps', 'rir', 'notes'];

/** A column's letters: `F`, `Z`, `AA` (a dashboard may run past Z). */
export const letter = (column: number): string =>
  column <= 26
    ? String.fromCharCode(64 + column)
    : letter(Math.floor((column - 1) / 26)) + letter(((column - 1) % 26) + 1);

/** `'Ana''s [test]: *?'!`: every sheet name quoted, its quotes doubled, as Sheets writes them. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** A block of cells: its top-left cell and its size. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** `M20:Q140`: a block in A1 notation on its own sheet, as `Sheet.getRangeList` takes it. */
export const blockA1 = (b: Block): string =>
  `${letter(b.column)}${b.row}:${letter(b.column + b.columns - 1)}${b.row + b.rows - 1}`;

/** `$J12`: column fixed, row relative, so the reference follows its row through sorts. */
export const cellInRow = (name: ColumnName, row: number): string =>
  `$${letter(COLUMN[name])}${row}`;

/**
 * `$D$40:$D$42`: one column over a fixed span of rows (a block's, a session's). Absolute, so a
 * sort inside the span leaves it alone; rows inserted inside it stretch it, deleted ones shrink it.
 */
export const span = (name: ColumnName, first: number, last: number): string =>
  `$${letter(COLUMN[name])}$${first}:$${letter(COLUMN[name])}$${last}`;
