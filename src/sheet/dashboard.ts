import type { Program } from '../core/programs';
import type { Workout } from '../core/workout';
import { COLUMN, type ColumnName, letter, sheetRef } from './columns';
import type { Highlight } from './conditional';
import { CHART_CHOICES, type ChartChoice, chartCells, isChartChoice } from './dashboard-charts';
import { settingKey } from './keys';

/**
 * The coach's Dashboard: one row per athlete, every cell a native formula over that athlete's tab,
 * so it stays live while athletes log on their phones. It reads the tab by kind, block and key
 * (hidden columns), never by position.
 */
export const DASHBOARD_SHEET = 'Dashboard';

/** A program tab as the dashboard lists it: its id (kept in the tab's metadata), athlete and name. */
export interface ListedTab {
  readonly id: string;
  readonly athlete: string;
  readonly name: string;
}

/**
 * What the dashboard writes on every refresh (values: a header and a row per tab, the last column
 * holding each row's tab id) and what it sets only when it is made or its columns change (formats
 * and highlights over the sheet's rows, so rows added later are dressed already).
 */
export interface DashboardLayout {
  readonly values: (string | number)[][];
  readonly format: {
    readonly numberFormats: string[];
    readonly fontWeights: readonly ('bold' | 'normal')[];
    readonly highlights: readonly Highlight[];
  };
  /** The Dashboard's bookkeeping, hidden: the tab ids, then the chart's cells. */
  readonly hidden: { readonly first: number; readonly count: number };
  /** The team chart's first week column, and the column of the chart choice (the last). */
  readonly weeksColumn: number;
  readonly choiceColumn: number;
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A hidden column: which tab a row reads, so a refresh knows the tabs it lists. */
export const TAB_ID_HEADER = 'Tab';

interface Column {
  readonly header: string;
  readonly format: string;
  readonly formula: (tab: (column: ColumnName) => string) => string;
}

export function dashboardColumns(workouts: readonly Workout[]): Column[] {
  const blocks = [...new Set(workouts.flatMap((w) => w.blocks.map((b) => b.name)))];
  const mainLifts = [
    ...new Set(
      workouts.flatMap((w) =>
        w.blocks
          .filter((b) => /main lift/i.test(b.name))
          .flatMap((b) => b.exercises.map((e) => e.name)),
      ),
    ),
  ];
  // Block and exercise names come from the coach's Template: they are compared with `=`, which
  // matches text literally in every engine, and never put in a COUNTIF-style criterion, where
  // `~ * ?` would be wildcards and a leading `< > =` an operator.
  const loggedRir = (block: string) => (tab: (c: ColumnName) => string) =>
    `=IFERROR(AVERAGE(FILTER(${tab('rir')},${tab('block')}=${quoted(block)},${tab('rir')}<>"")),"")`;
  return [
    {
      header: 'Sessions logged',
      format: '0',
      formula: (tab) => `=SUMIF(${tab('kind')},"session",${tab('signal')})`,
    },
    { header: 'Planned', format: '0', formula: (tab) => `=COUNTIF(${tab('kind')},"session")` },
    {
      header: 'Target RIR',
      format: '0.0',
      formula: (tab) =>
        `=INDEX(${tab('prescription')},MATCH(${quoted(settingKey('targetRir'))},${tab('key')},0))`,
    },
    ...blocks.map((block) => ({
      header: `RIR: ${block}`,
      format: '0.0',
      formula: loggedRir(block),
    })),
    ...mainLifts.map((lift) => ({
      header: `${lift} load`,
      format: 'General',
      formula: (tab: (c: ColumnName) => string) =>
        `=IFERROR(SPARKLINE(FILTER(${tab('load')},${tab('exercise')}=${quoted(lift)},(${tab('kind')}="load")+(${tab('kind')}="double"),${tab('load')}<>"")),"")`,
    })),
    {
      header: 'Hold the load',
      // Not the text format: a formula written into a text cell stays text on the next refresh.
      format: 'General',
      formula: (tab) =>
        `=IFERROR(TEXTJOIN(", ",TRUE,UNIQUE(FILTER(${tab('signal')},${tab('signal')}<>"",${tab('kind')}<>"session",${tab('kind')}<>"progress"))),"")`,
    },
  ];
}

export function dashboardLayout(
  tabs: readonly ListedTab[],
  programs: readonly Program[],
  rows: number,
  choice: ChartChoice,
): DashboardLayout {
  const columns = dashboardColumns(programs.flatMap((p) => p.workouts));
  const chart = chartCells(programs);
  const header = [
    'Athlete',
    ...columns.map((c) => c.header),
    TAB_ID_HEADER,
    ...chart.headers,
    CHART_CHOICES[choice],
  ];
  const lines = tabs.map(({ name, athlete, id }) => {
    const tab = (column: ColumnName) =>
      `${sheetRef(name)}$${letter(COLUMN[column])}:$${letter(COLUMN[column])}`;
    return [
      `'${athlete}`,
      ...columns.map((c) => c.formula(tab)),
      `'${id}`,
      ...chart.formulas(sheetRef(name)),
      '',
    ];
  });
  const rirColumns = columns.flatMap((c, i) => (c.header.startsWith('RIR: ') ? [i + 2] : []));
  const first = rirColumns[0] ?? 2;
  const targetColumn = columns.findIndex((c) => c.header === 'Target RIR') + 2;
  const rir = `${letter(first)}2`;
  const target = `$${letter(targetColumn)}2`;
  const below = rows - 1;
  const area = { row: 2, column: first, rows: below, columns: rirColumns.length };
  const holdColumn = columns.length + 1;
  const tabColumn = holdColumn + 1;
  return {
    values: [header, ...lines],
    format: {
      // Names and ids go in behind an apostrophe (text stays text): a text format would keep it.
      numberFormats: [
        'General',
        ...columns.map((c) => c.format),
        'General',
        ...chart.formats,
        'General',
      ],
      fontWeights: header.map((_, i) => (i === 0 ? 'bold' : 'normal')),
      highlights: [
        { formula: `=AND(ISNUMBER(${rir}),${rir}<${target}-1)`, background: '#f4c7c3', area },
        { formula: `=AND(ISNUMBER(${rir}),${rir}>=${target}+1)`, background: '#b7e1cd', area },
        {
          formula: `=LEN(${letter(holdColumn)}2)>0`,
          background: '#fce8b2',
          area: { row: 2, column: holdColumn, rows: below, columns: 1 },
        },
      ],
    },
    hidden: { first: tabColumn, count: header.length - tabColumn },
    weeksColumn: tabColumn + 1,
    choiceColumn: header.length,
  };
}

/** Whether two header rows have the same columns, whichever chart each chose. */
export function sameColumns(a: readonly unknown[], b: readonly unknown[]): boolean {
  const plain = (row: readonly unknown[]) => row.map((v) => (isChartChoice(v) ? '' : v));
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/**
 * The tabs a dashboard lists now, by id, under their names as they are now: Sheets rewrites a
 * formula's sheet name when the tab is renamed (and writes `#REF!` when it is deleted), so the
 * formulas the dashboard wrote are where the current names are, read in one call.
 */
export function listedTabs(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
): Map<string, string> {
  const header = values[0] ?? [];
  const idColumn = header.indexOf(TAB_ID_HEADER);
  const listed = new Map<string, string>();
  if (idColumn < 0) return listed;
  values.slice(1).forEach((row, i) => {
    const id = String(row[idColumn] ?? '');
    const name = (formulas[i + 1] ?? []).map(sheetNameIn).find((n) => n !== undefined);
    if (id !== '' && name !== undefined) listed.set(id, name);
  });
  return listed;
}

/** The sheet a formula reads: `'Ana''s'!` or `Ana!` (Sheets drops quotes a name doesn't need). */
export function sheetNameIn(formula: string): string | undefined {
  const outside = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const match = /(?:'((?:[^']|'')+)'|([^\s'!(),=&"<>+\-*/^;{}]+))!/.exec(outside);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}
