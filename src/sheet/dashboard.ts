import type { Workout } from '../core/workout';
import { COLUMN, type ColumnName, letter } from './columns';
import { settingKey } from './keys';

/**
 * The coach's Dashboard: one row per athlete, every cell a native formula over that athlete's tab,
 * so it stays live while athletes log on their phones. It reads the tab by kind, block and key
 * (hidden columns), never by position.
 */
export const DASHBOARD_SHEET = 'Dashboard';

export interface DashboardLayout {
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  /** Formulas relative to the area's top-left cell, as Sheets reads conditional formats. */
  readonly highlights: readonly {
    readonly formula: string;
    readonly background: string;
    readonly area: {
      readonly row: number;
      readonly column: number;
      readonly rows: number;
      readonly columns: number;
    };
  }[];
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

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
        `=IFERROR(SPARKLINE(FILTER(${tab('load')},${tab('exercise')}=${quoted(lift)},${tab('kind')}="load",${tab('load')}<>"")),"")`,
    })),
    {
      header: 'Hold the load',
      format: '@',
      formula: (tab) =>
        `=IFERROR(TEXTJOIN(", ",TRUE,UNIQUE(FILTER(${tab('signal')},${tab('signal')}<>"",${tab('kind')}<>"session"))),"")`,
    },
  ];
}

export function dashboardLayout(
  tabs: readonly { name: string; athlete: string }[],
  workouts: readonly Workout[],
): DashboardLayout {
  const columns = dashboardColumns(workouts);
  const header = ['Athlete', ...columns.map((c) => c.header)];
  const rows = tabs.map(({ name, athlete }) => {
    const tab = (column: ColumnName) =>
      `${sheetRef(name)}$${letter(COLUMN[column])}:$${letter(COLUMN[column])}`;
    return [`'${athlete}`, ...columns.map((c) => c.formula(tab))];
  });
  const rirColumns = columns.flatMap((c, i) => (c.header.startsWith('RIR: ') ? [i + 2] : []));
  const first = rirColumns[0] ?? 2;
  const targetColumn = columns.findIndex((c) => c.header === 'Target RIR') + 2;
  const rir = `${letter(first)}2`;
  const target = `$${letter(targetColumn)}2`;
  const area = {
    row: 2,
    column: first,
    rows: Math.max(tabs.length, 1),
    columns: rirColumns.length,
  };
  const holdColumn = header.length;
  return {
    values: [header, ...rows],
    numberFormats: [
      header.map(() => 'General'),
      ...rows.map(() => ['@', ...columns.map((c) => c.format)]),
    ],
    fontWeights: [
      header.map(() => 'bold' as const),
      ...rows.map((r) => r.map((_, i) => (i === 0 ? 'bold' : 'normal') as 'bold' | 'normal')),
    ],
    highlights: [
      { formula: `=AND(ISNUMBER(${rir}),${rir}<${target}-1)`, background: '#f4c7c3', area },
      { formula: `=AND(ISNUMBER(${rir}),${rir}>=${target}+1)`, background: '#b7e1cd', area },
      {
        formula: `=LEN(${letter(holdColumn)}2)>0`,
        background: '#fce8b2',
        area: { row: 2, column: holdColumn, rows: Math.max(tabs.length, 1), columns: 1 },
      },
    ],
  };
}
