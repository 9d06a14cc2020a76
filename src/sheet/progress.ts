import { e1rmRule } from '../core/e1rm';
import { progressionOf, takesLoad } from '../core/exercise';
import { toFormula } from '../core/expr';
import type { Program } from '../core/programs';
import type { Unit } from '../core/units';
import { COLUMN, type ColumnName, cellInRow, letter, sheetRef, span } from './columns';
import type { Content, Row } from './row';
import { settingRef } from './settings';

/**
 * The progress section at the foot of a tab, and the chart drawn from it: per week, each main
 * lift's load used and estimated 1RM, and the RIR logged against the target. Every cell is a
 * native formula over the weeks' own rows (found by key inside their block, like the targets),
 * so the chart moves as athletes type on their phones, with nothing installed.
 *
 * The numbers sit in hidden columns of the progress rows (the visible ones below the sessions
 * hold only the chart, which is anchored over them), so no input rule or colour of the athlete's
 * columns applies to them; the chart shows hidden columns (`SHOW_BOTH`), which Sheets would
 * otherwise skip.
 */

/** The chart's table: its columns, left to right, from the first hidden column free on these rows. */
const TABLE: readonly ColumnName[] = [
  'block',
  'date',
  'previous',
  'fallback',
  'base',
  'previousRir',
  'signal',
];
/** A chart this tall (Sheets' default, 371 px) covers about 18 rows of 21 px: the section keeps them. */
export const CHART_ROWS = 18;
/** At most this many main lifts are charted, each as a load and an e1RM line. */
export const CHARTED_LIFTS = 2;

/** One appearance of a main lift: its week, its key and the rows of its block. */
export interface LiftAppearance {
  readonly lift: string;
  readonly week: number;
  readonly key: string;
  readonly rows: readonly [number, number];
}

export interface ProgressInput {
  /** The sheet row the section starts at (its header). */
  readonly firstRow: number;
  /** Each week's rows, first session header to its last row. */
  readonly weeks: readonly (readonly [number, number])[];
  readonly lifts: readonly string[];
  readonly appearances: readonly LiftAppearance[];
}

/** A block of cells a chart reads: on the chart's own sheet, or on the tab named `sheet`. */
export interface ChartRange {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * What the shell builds with `Sheet.newChart()`: its ranges (side by side), anchor, type and
 * options; `transpose` when each row of the ranges is a series.
 */
export interface ChartPlan {
  readonly ranges: readonly ChartRange[];
  readonly anchor: { readonly row: number; readonly column: number };
  readonly type: 'COMBO' | 'LINE';
  readonly transpose?: boolean;
  readonly options: Readonly<Record<string, unknown>>;
}

/** `'Ana'!F40:L46`: a chart range on another tab, as `Spreadsheet.getRange` takes it. */
export const rangeA1 = (r: ChartRange & { readonly sheet: string }): string =>
  `${sheetRef(r.sheet)}${letter(r.column)}${r.row}:${letter(r.column + r.columns - 1)}${r.row + r.rows - 1}`;

/** A lift's e1RM column in a progress table, by its header. */
export const e1rmHeader = (lift: string): string => `${lift} e1RM`;

/** The last column of a progress table: where a reader finds how many lifts it charts. */
export const TARGET_HEADER = 'Target RIR';

/** The section's header row, and each week's row, by key (the dashboard finds them so too). */
export const PROGRESS_KEY = 'progress';
export const progressWeekKey = (week: number): string => `${PROGRESS_KEY} · W${week}`;

/** The columns of a table charting `lifts` lifts: week, a load and an e1RM per lift, RIR, target. */
export const tableColumns = (lifts: number): number => 2 * lifts + 3;

/** Where a table's columns are: the first, and a lift's e1RM (from 0) or the target's. */
export const TABLE_COLUMN = {
  first: COLUMN[TABLE[0] as ColumnName],
  e1rm: (lift: number): number => COLUMN[TABLE[0] as ColumnName] + 2 + 2 * lift,
  target: (lifts: number): number => COLUMN[TABLE[0] as ColumnName] + tableColumns(lifts) - 1,
} as const;

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The largest of some appearances' cells, blank when none holds a number. An empty cell is read
 * as "" on purpose: engines differ on whether INDEX of an empty cell counts as 0.
 */
function largest(of: readonly LiftAppearance[], column: ColumnName): Content {
  if (of.length === 0) return '';
  const cells = of.map((a) => {
    const cell = `INDEX(${span(column, ...a.rows)},MATCH(${quote(a.key)},${span('key', ...a.rows)},0))`;
    return `IFERROR(IF(${cell}="","",${cell}),"")`;
  });
  if (cells.length === 1) return { formula: `=${cells[0]}` };
  // ISNUMBER, not COUNT: HyperFormula counts a "" argument, Sheets does not.
  const any = `OR(${cells.map((c) => `ISNUMBER(${c})`).join(',')})`;
  return { formula: `=IF(${any},MAX(${cells.map((c) => `N(${c})`).join(',')}),"")` };
}

/** The header and one row per week, padded with empty rows for the chart to stand on. */
export function progressRows(input: ProgressInput): Row[] {
  const lifts = input.lifts.slice(0, CHARTED_LIFTS);
  const headers = [
    'Week',
    ...lifts.flatMap((l) => [`${l} load`, e1rmHeader(l)]),
    'RIR logged',
    TARGET_HEADER,
  ];
  const at = (values: readonly Content[]) =>
    Object.fromEntries(values.map((v, i) => [TABLE[i], v])) as Row['cells'];
  const header: Row = {
    kind: 'progress',
    key: PROGRESS_KEY,
    cells: {
      exercise: 'Progress: main lifts by week, RIR logged against the target',
      ...at(headers),
    },
  };
  const weeks = input.weeks.map(([first, last], i): Row => {
    const week = i + 1;
    const here = (lift: string) =>
      input.appearances.filter((a) => a.lift === lift && a.week === week);
    return {
      kind: 'progress',
      key: progressWeekKey(week),
      cells: at([
        `W${week}`,
        ...lifts.flatMap((l) => [largest(here(l), 'load'), largest(here(l), 'e1rm')]),
        { formula: `=IFERROR(AVERAGE(${span('rir', first, last)}),"")` },
        { formula: `=${settingRef('targetRir')}` },
      ]),
      formats: Object.fromEntries(TABLE.map((c) => [c, '0.0#'])),
    };
  });
  const padding = Math.max(0, CHART_ROWS - weeks.length);
  return [
    header,
    ...weeks,
    ...Array.from({ length: padding }, (): Row => ({ kind: 'progress', key: '', cells: {} })),
  ];
}

/** The chart over the section: load and e1RM lines on the left axis, RIR bars and target on the right. */
export function progressChart(input: ProgressInput, units: Unit): ChartPlan {
  const lifts = input.lifts.slice(0, CHARTED_LIFTS);
  return {
    ranges: [
      {
        row: input.firstRow,
        column: TABLE_COLUMN.first,
        rows: input.weeks.length + 1,
        columns: tableColumns(lifts.length),
      },
    ],
    anchor: { row: input.firstRow + 1, column: COLUMN.exercise },
    type: 'COMBO',
    options: progressOptions(
      lifts.length,
      units,
      lifts.length > 0 ? `Progress: ${lifts.join(', ')}` : 'Progress',
    ),
  };
}

/** A progress table's series drawn as the tab draws them: the dashboard's charts of a tab too. */
export function progressOptions(
  lifts: number,
  units: string,
  title: string,
): Readonly<Record<string, unknown>> {
  const series: Record<number, Record<string, unknown>> = {};
  for (let i = 0; i < lifts; i++) {
    series[2 * i] = { type: 'line', pointSize: 5 };
    series[2 * i + 1] = { type: 'line', lineDashStyle: [4, 4] };
  }
  series[2 * lifts] = { type: 'bars', targetAxisIndex: 1 };
  series[2 * lifts + 1] = { type: 'line', targetAxisIndex: 1 };
  return {
    title,
    series,
    vAxes: { 0: { title: units, minValue: 0 }, 1: { title: 'RIR', minValue: 0 } },
    legend: { position: 'bottom' },
  };
}

/** The lifts the progress chart follows: the loaded lifts of the main-lift blocks, in order. */
export function mainLifts(program: Program): string[] {
  const names = program.workouts.flatMap((w) =>
    w.blocks
      .filter((b) => /main lift/i.test(b.name))
      .flatMap((b) =>
        b.exercises.filter((e) => takesLoad(progressionOf(e, b.name))).map((e) => e.name),
      ),
  );
  return [...new Set(names)];
}

/** A loaded row's estimated 1RM: the RTS curve over its logged load, reps (else `reps`) and RIR. */
export function e1rmCell(row: number, reps: string): Content {
  const logged = cellInRow('reps', row);
  return {
    formula: `=${toFormula(e1rmRule, {
      load: cellInRow('load', row),
      reps: `IF(${logged}="",${reps},${logged})`,
      rir: cellInRow('rir', row),
    })}`,
  };
}

/** `F40`: where the progress table starts, for tests and the chart. */
export const tableStart = (firstRow: number): string =>
  `${letter(COLUMN[TABLE[0] as ColumnName])}${firstRow}`;
