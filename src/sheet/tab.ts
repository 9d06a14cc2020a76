import { COLUMN, type ColumnName } from './columns';
import { settingKey } from './keys';

/**
 * A program tab as read back with one `getValues` (columns A to the last hidden one): the rows
 * that carry a key, wherever sorting or inserted rows have moved them.
 */
export interface TabRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly key: string;
  readonly kind: string;
  readonly cells: readonly unknown[];
}

export const cellOf = (row: TabRow, name: ColumnName): unknown => row.cells[COLUMN[name] - 1];

export function readRows(values: readonly (readonly unknown[])[]): TabRow[] {
  return values.flatMap((cells, i) => {
    const key = String(cells[COLUMN.key - 1] ?? '');
    return key === ''
      ? []
      : [{ row: i + 1, key, kind: String(cells[COLUMN.kind - 1] ?? ''), cells }];
  });
}

export const indexByKey = (rows: readonly TabRow[]): Map<string, TabRow> =>
  new Map(rows.map((r) => [r.key, r]));

/** The settings an athlete tab was generated with, as the sheet holds them now. */
export interface TabSettings {
  readonly athlete: string;
  readonly units: string;
  readonly targetRir: number;
}

export function settingsOf(rows: readonly TabRow[]): TabSettings | undefined {
  const byKey = indexByKey(rows);
  const value = (id: string) => {
    const row = byKey.get(settingKey(id));
    return row?.kind === 'setting' ? cellOf(row, 'prescription') : undefined;
  };
  const athlete = value('athlete');
  if (athlete === undefined) return undefined;
  return {
    athlete: String(athlete),
    units: String(value('units') ?? ''),
    targetRir: Number(value('targetRir') ?? 2),
  };
}
