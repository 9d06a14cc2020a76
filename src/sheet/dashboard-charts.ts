import type { Program } from '../core/programs';
import { COLUMN, type ColumnName, letter } from './columns';
import { settingKey } from './keys';
import {
  CHART_ROWS,
  CHARTED_LIFTS,
  type ChartPlan,
  e1rmHeader,
  mainLifts,
  PROGRESS_KEY,
  progressOptions,
  progressWeekKey,
  TABLE_COLUMN,
  TARGET_HEADER,
  tableColumns,
} from './progress';

/**
 * The Dashboard's charts: one for the team (each athlete's main-lift e1RM by week, a line each)
 * or one per athlete (their tab's progress chart), as the coach picks in the Dashboard's last
 * header cell, a dropdown. Both draw from native formulas over the athletes' tabs, found by key,
 * so they move as athletes log; a refresh only places them.
 */
export const CHART_CHOICES = {
  team: 'Chart: one for the team',
  athletes: 'Charts: one per athlete',
} as const;
export type ChartChoice = keyof typeof CHART_CHOICES;

/** The choice a header row holds; the team chart when none is there yet. */
export function chartChoiceIn(header: readonly unknown[]): ChartChoice {
  const found = (Object.keys(CHART_CHOICES) as ChartChoice[]).find((c) =>
    header.includes(CHART_CHOICES[c]),
  );
  return found ?? 'team';
}

export const isChartChoice = (value: unknown): boolean =>
  Object.values(CHART_CHOICES).some((text) => text === value);

/** The hidden column telling where a tab's progress table is: `row weeks columns units`. */
export const PROGRESS_HEADER = 'Progress table';

/** A tab's progress table, as its row on the Dashboard computes it. */
export interface ProgressAt {
  readonly row: number;
  readonly weeks: number;
  readonly columns: number;
  readonly units: string;
}

export function progressAt(value: unknown): ProgressAt | undefined {
  const match = /^(\d+) (\d+) (\d+) (.*)$/.exec(String(value ?? ''));
  if (!match) return undefined;
  const [row, weeks, columns] = [match[1], match[2], match[3]].map(Number) as [
    number,
    number,
    number,
  ];
  return weeks > 0 ? { row, weeks, columns, units: match[4] ?? '' } : undefined;
}

/** The lift the team chart follows: the programs' first charted lift. */
export const teamLift = (programs: readonly Program[]): string | undefined =>
  programs.flatMap(mainLifts)[0];

/** The most weeks any program runs: the team chart's table has a column each. */
export const mostWeeks = (programs: readonly Program[]): number =>
  Math.max(1, ...programs.flatMap((p) => p.weeks));

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** One tab's hidden chart cells on its Dashboard row: e1RM by week, and where its table is. */
export interface ChartCells {
  readonly headers: readonly string[];
  readonly formats: readonly string[];
  readonly formulas: (ref: string) => string[];
}

/**
 * `ref` is the tab's quoted name (`'Ana'!`). The progress rows are found by key (`MATCH`), and a
 * lift's column or the table's width by the headers the section wrote (`=`, literal), so a tab
 * whose rows moved, or that charts other lifts, is read right; a tab without the section (an
 * earlier layout) gives blanks.
 */
export function chartCells(programs: readonly Program[]): ChartCells {
  const weeks = mostWeeks(programs);
  const lift = teamLift(programs);
  const column = (ref: string, c: number) => `${ref}$${letter(c)}:$${letter(c)}`;
  const named = (ref: string, c: ColumnName) => column(ref, COLUMN[c]);
  const header = (ref: string) => `MATCH(${quoted(PROGRESS_KEY)},${named(ref, 'key')},0)`;
  const headerIs = (ref: string, c: number, text: string) =>
    `INDEX(${column(ref, c)},${header(ref)})=${quoted(text)}`;
  const lifts = Array.from({ length: CHARTED_LIFTS }, (_, i) => i);
  // The first of the table's e1RM columns headed by the team's lift, else an error (blank).
  const e1rmColumn = (ref: string) =>
    lifts.reduceRight(
      (otherwise, i) =>
        lift === undefined
          ? otherwise
          : `IF(${headerIs(ref, TABLE_COLUMN.e1rm(i), e1rmHeader(lift))},${TABLE_COLUMN.e1rm(i)},${otherwise})`,
      'NA()',
    );
  const width = (ref: string) =>
    lifts.reduceRight(
      (otherwise, i) =>
        `IF(${headerIs(ref, TABLE_COLUMN.target(i), TARGET_HEADER)},${tableColumns(i)},${otherwise})`,
      String(tableColumns(CHARTED_LIFTS)),
    );
  const last = letter(TABLE_COLUMN.target(CHARTED_LIFTS));
  return {
    headers: [...Array.from({ length: weeks }, (_, i) => `W${i + 1}`), PROGRESS_HEADER],
    formats: [...Array.from({ length: weeks }, () => '0.0#'), 'General'],
    formulas: (ref) => [
      ...Array.from(
        { length: weeks },
        (_, i) =>
          `=IFERROR(INDEX(${ref}$A:$${last},MATCH(${quoted(progressWeekKey(i + 1))},${named(ref, 'key')},0),${e1rmColumn(ref)}),"")`,
      ),
      `=IFERROR(${header(ref)}&" "&(COUNTIFS(${named(ref, 'kind')},${quoted(PROGRESS_KEY)},${named(ref, 'key')},"<>")-1)&" "&${width(ref)}&" "&INDEX(${named(ref, 'prescription')},MATCH(${quoted(settingKey('units'))},${named(ref, 'key')},0)),"")`,
    ],
  };
}

/** A chart's height in rows, and one more between charts stacked under each other. */
const STEP = CHART_ROWS + 1;

/** The row the `i`th chart (from 0) is anchored in: stacked down from under the header. */
const stackedRow = (i: number): number => 2 + i * STEP;

/**
 * The last row the charts cover when `tabs` tabs are listed (each may have a chart of its own):
 * the Dashboard holds that many rows at least, since Google refuses a range past a sheet's grid
 * and the runtime a chart anchored past it. One per athlete passes a new sheet's 1,000 rows
 * from 53 athletes.
 */
export function chartsReach(choice: ChartChoice, tabs: number): number {
  const charts = choice === 'athletes' ? tabs : 1;
  return stackedRow(Math.max(1, charts) - 1) + CHART_ROWS - 1;
}

/** A listed tab as the charts need it: its athlete, its name now, what its row computed. */
export interface ChartedTab {
  readonly athlete: string;
  readonly name: string;
  readonly progress: ProgressAt | undefined;
}

/**
 * The charts to place: anchored under the choice cell (`choiceColumn`), the team's over the
 * Athlete column and the weeks' columns (from `weeksColumn`), each row a line (transposed), as
 * many weeks as the longest tab; or one per tab that has a progress table, over that table on
 * the tab itself, drawn as the tab draws it, stacked down.
 */
export function dashboardCharts(
  choice: ChartChoice,
  tabs: readonly ChartedTab[],
  at: { readonly weeksColumn: number; readonly choiceColumn: number },
  programs: readonly Program[],
): ChartPlan[] {
  const charted = tabs.filter(
    (t): t is ChartedTab & { progress: ProgressAt } => t.progress !== undefined,
  );
  if (choice === 'athletes')
    return charted.map(({ athlete, name, progress }, i) => ({
      ranges: [
        {
          sheet: name,
          row: progress.row,
          column: TABLE_COLUMN.first,
          rows: progress.weeks + 1,
          columns: progress.columns,
        },
      ],
      anchor: { row: stackedRow(i), column: at.choiceColumn },
      type: 'COMBO',
      options: progressOptions((progress.columns - tableColumns(0)) / 2, progress.units, athlete),
    }));
  const lift = teamLift(programs);
  if (charted.length === 0 || lift === undefined) return [];
  const weeks = Math.min(mostWeeks(programs), Math.max(...charted.map((t) => t.progress.weeks)));
  const rows = tabs.length + 1;
  return [
    {
      ranges: [
        { row: 1, column: 1, rows, columns: 1 },
        { row: 1, column: at.weeksColumn, rows, columns: weeks },
      ],
      anchor: { row: stackedRow(0), column: at.choiceColumn },
      type: 'LINE',
      transpose: true,
      options: {
        title: `${lift}: estimated 1RM by week`,
        legend: { position: 'right' },
        pointSize: 5,
        interpolateNulls: true,
        vAxes: { 0: { title: 'e1RM (each tab’s units)', minValue: 0 } },
      },
    },
  ];
}
