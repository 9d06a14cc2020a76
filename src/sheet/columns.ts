/**
 * The program tab's columns. The six an athlete needs (exercise to RIR) fit a 390 px phone
 * screen at 100 % zoom; notes sit just past it; the machinery is hidden on the right.
 */
export const COLUMN = {
  exercise: 1,
  prescription: 2,
  target: 3,
  load: 4,
  reps: 5,
  rir: 6,
  notes: 7,
  /** Id of the sidebar save that last wrote the row, next to the inputs so one range covers both. */
  save: 8,
  /** Stable row key: athlete · week · session · exercise. */
  key: 9,
  /** What the row is: a RowKind, or for exercises how their target progresses. */
  kind: 10,
  /** Session rows: the session's date, YYYY-MM-DD, so the sidebar can open today's session. */
  date: 11,
  /** Row of the exercise's previous appearance, found by its key. */
  previous: 12,
  /** That appearance's load used (or reps/seconds), else its target. */
  base: 13,
  /** That appearance's RIR. */
  previousRir: 14,
  /** Exercise rows: their block, for the dashboard's average RIR per block. */
  block: 15,
  /** Session rows: 1 once any RIR is logged. Exercise rows: the name, when the load should hold. */
  signal: 16,
  /** Row 1 only: how many rows the Log tab holds, so a save appends without reading it. */
  logRows: 17,
} as const;

export type ColumnName = keyof typeof COLUMN;
export const WIDTH = 17;

export const HEADER: Readonly<Record<ColumnName, string>> = {
  exercise: 'Exercise',
  prescription: 'Sets × reps',
  target: 'Target',
  load: 'Load',
  reps: 'Reps',
  rir: 'RIR',
  notes: 'Notes',
  save: 'Save id',
  key: 'Key',
  kind: 'Kind',
  date: 'Date',
  previous: 'Previous row',
  base: 'Base',
  previousRir: 'Previous RIR',
  block: 'Block',
  // Blank, so the dashboard can gather the signals of a whole column without the header.
  signal: '',
  logRows: 'Log rows',
};

/**
 * Pixel widths, as [first column, count, width]: 112 + 70 + 4 × 50 = 382 px for the phone view.
 * Notes keep Sheets' default width, which saves a call per tab.
 */
export const WIDTHS: readonly (readonly [number, number, number])[] = [
  [COLUMN.exercise, 1, 112],
  [COLUMN.prescription, 1, 70],
  [COLUMN.target, 4, 50],
];

export const HIDDEN = { first: COLUMN.save, count: WIDTH - COLUMN.save + 1 } as const;

export const INPUTS: readonly ColumnName[] = ['load', 'reps', 'rir', 'notes'];

export const letter = (column: number): string => String.fromCharCode(64 + column);

/** `$H:$H` */
export const wholeColumn = (name: ColumnName): string =>
  `$${letter(COLUMN[name])}:$${letter(COLUMN[name])}`;

/** `$J12`: column fixed, row relative, so the reference follows its row. */
export const cellInRow = (name: ColumnName, row: number): string =>
  `$${letter(COLUMN[name])}${row}`;

/**
 * `$C$1:$C11` for row 12: the rows above. A formula that reads a range holding its own row is a
 * circular reference in Sheets (dependencies are tracked by range), and a previous appearance is
 * always above; inserted rows stretch the range, as they should.
 */
export const above = (name: ColumnName, row: number): string =>
  `$${letter(COLUMN[name])}$1:$${letter(COLUMN[name])}${row - 1}`;
