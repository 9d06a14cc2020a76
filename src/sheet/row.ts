import type { ColumnName } from './columns';

/** What the layout says about one row of the tab; `grid.ts` turns a list of these into arrays. */
export type RowKind = 'header' | 'setting' | 'session' | 'note' | 'block' | 'exercise' | 'progress';

/** A formula (with its leading `=`), or a plain value. */
export type Content = string | number | { readonly formula: string };

/** Data validation, described without Apps Script so it can be tested and built once per kind. */
export type Validation =
  | { readonly kind: 'between'; readonly min: number; readonly max: number; readonly help: string }
  | { readonly kind: 'formula'; readonly formula: string; readonly help: string };

export interface Row {
  readonly kind: RowKind;
  readonly key: string;
  readonly cells: Partial<Record<ColumnName, Content>>;
  readonly formats?: Partial<Record<ColumnName, string>>;
  readonly validations?: Partial<Record<ColumnName, Validation>>;
  /** The exercise's cue, as the exercise cell's note. */
  readonly note?: string;
  /** The cells of a header or setting row someone types into, when not its style's. */
  readonly open?: readonly ColumnName[];
  /** Notes on other cells (a continued block says on week 1's target where the load came from). */
  readonly notes?: Partial<Record<ColumnName, string>>;
}
