import { COLUMN, type ColumnName, INPUTS, WIDTH } from './columns';
import { LOOKS } from './looks';
import type { Content, Row, RowKind, Validation } from './row';

/**
 * Rows turned into the rectangular arrays that Sheets' batch setters take, so a whole tab is
 * written with one call per aspect (values, number formats, notes), however many weeks it holds.
 * Colours, weights and data validation come with the prototype the tab is copied from
 * (`prototype.ts`): fixed on the header and settings rows, by the kind of row below them.
 */
export interface Grid {
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  readonly notes: string[][];
  /** Names, prescriptions and targets wrap (a row grows); titles run on over empty cells. */
  readonly wraps: boolean[][];
}

/** What the prototype fixes on the header and settings rows, which are the same on every tab. */
export interface FixedStyle {
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly fontStyles: ('italic' | 'normal')[][];
  readonly fontColors: string[][];
  readonly backgrounds: string[][];
  readonly validations: (Validation | null)[][];
}

export interface Style {
  readonly weight: 'bold' | 'normal';
  readonly italic?: boolean;
  readonly background: string;
  /** The cells someone is expected to type into: their background, and their text colour. */
  readonly editable?: {
    readonly columns: readonly ColumnName[];
    readonly background: string;
    readonly color?: string;
  };
  /** The columns whose text wraps. */
  readonly wraps?: readonly ColumnName[];
}

const WHITE = '#ffffff';
const BLACK = '#000000';
const SHOWN: readonly ColumnName[] = [
  'exercise',
  'prescription',
  'target',
  'load',
  'reps',
  'rir',
  'notes',
];

export const STYLES: Readonly<Record<RowKind, Style>> = {
  header: { weight: 'bold', background: '#e0e0e0', wraps: SHOWN },
  // Settings look like settings, not like the athlete's inputs: italic on grey, values in blue.
  setting: {
    weight: 'normal',
    italic: true,
    background: LOOKS.setting.background,
    editable: {
      columns: ['prescription', 'target'],
      background: WHITE,
      color: LOOKS.setting.value,
    },
    wraps: ['exercise'],
  },
  session: { weight: 'bold', background: '#b7e1cd' },
  note: { weight: 'normal', background: '#fce8b2' },
  block: { weight: 'bold', background: '#e8f0fe' },
  exercise: {
    weight: 'normal',
    background: WHITE,
    editable: { columns: INPUTS, background: LOOKS.input.background },
    wraps: ['exercise', 'prescription', 'target'],
  },
  // The progress section holds the chart; its numbers are hidden.
  progress: { weight: 'normal', background: WHITE },
};

/**
 * Text always goes in behind an apostrophe, which Sheets strips: a name like `=1+1`, `2027` or
 * `TRUE` stays the text it is instead of turning into a formula, a number or a boolean. Except in
 * a plain-text cell (number format `@`, set before the values are written): there everything
 * written is text already, and an apostrophe would stay as a character of it.
 */
export function cellValue(content: Content | undefined, format?: string): string | number {
  if (content === undefined || content === '') return '';
  if (typeof content === 'number') return content;
  if (typeof content === 'string') return format === '@' ? content : `'${content}`;
  return content.formula;
}

const COLUMNS = Object.entries(COLUMN) as [ColumnName, number][];

function line<T>(fill: T, pick: (name: ColumnName) => T | undefined): T[] {
  const out: T[] = new Array(WIDTH).fill(fill);
  for (const [name, column] of COLUMNS) out[column - 1] = pick(name) ?? fill;
  return out;
}

/** Every row carries its key and its kind in hidden columns; exercises name their progression as kind. */
function contentOf(row: Row, name: ColumnName): Content | undefined {
  if (name === 'key') return row.key;
  if (name === 'kind') return row.cells.kind ?? row.kind;
  return row.cells[name];
}

export function toGrid(rows: readonly Row[]): Grid {
  return {
    values: rows.map((row) =>
      line<string | number>('', (name) => cellValue(contentOf(row, name), row.formats?.[name])),
    ),
    numberFormats: rows.map((row) => line('General', (name) => row.formats?.[name])),
    notes: rows.map((row) =>
      line('', (name) => row.notes?.[name] ?? (name === 'exercise' ? row.note : undefined)),
    ),
    wraps: rows.map((row) => line(false, (name) => STYLES[row.kind].wraps?.includes(name))),
  };
}

/**
 * What a tab's rows are besides their values: their number, number formats, notes and wraps (the
 * same for tabs of the same program, length, days and running days). Tabs of one shape can be
 * copied from one tab given that shape once.
 */
export const shapeOf = (grid: Grid): string =>
  JSON.stringify([grid.numberFormats, grid.notes, grid.wraps]);

export function fixedStyle(rows: readonly Row[]): FixedStyle {
  const open = (row: Row, name: ColumnName) =>
    (row.open ?? STYLES[row.kind].editable?.columns ?? []).includes(name);
  return {
    fontWeights: rows.map((row) => line(STYLES[row.kind].weight, () => undefined)),
    fontStyles: rows.map((row) =>
      line<'italic' | 'normal'>(STYLES[row.kind].italic ? 'italic' : 'normal', () => undefined),
    ),
    fontColors: rows.map((row) =>
      line(BLACK, (name) => (open(row, name) ? STYLES[row.kind].editable?.color : undefined)),
    ),
    backgrounds: rows.map((row) => {
      const style = STYLES[row.kind];
      return line(style.background, (name) =>
        open(row, name) ? style.editable?.background : undefined,
      );
    }),
    validations: rows.map((row) =>
      line<Validation | null>(null, (name) => row.validations?.[name]),
    ),
  };
}
