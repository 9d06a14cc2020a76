import type { GridRect } from '../core/grid';

export interface BorderSide {
  color: string;
  style: string;
}

/** Everything Sheets keeps on a cell besides its content. All optional: absent means default. */
export interface CellAttrs {
  numberFormat?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontFamily?: string;
  fontSize?: number;
  fontLine?: string;
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  note?: string;
  validation?: ValidationSpec;
  borders?: { top?: BorderSide; left?: BorderSide; bottom?: BorderSide; right?: BorderSide };
}

export type CellAttrKey = keyof CellAttrs;

export interface ValidationSpec {
  criteria: string;
  args: (string | number | boolean | string[])[];
  allowInvalid: boolean;
  helpText: string | null;
  /**
   * The cell a custom formula was written for: the top-left cell of the range the rule was set on
   * (Sheets keeps one rule per range, its formula relative to that corner). A cell checks the
   * formula shifted by its distance from this corner. Rows inserted or deleted later move the
   * cells and, in Sheets, the formula's references alike, so the distance from the corner the
   * formula was written for stays right and the corner is never moved; a sort does not change it.
   */
  anchor?: { row: number; col: number };
}

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

export interface RowAttrs {
  cells: (CellAttrs | undefined)[];
  height?: number;
  hidden?: boolean;
  metadata?: MetadataRecord[];
}

export interface ConditionalRuleSpec {
  ranges: { sheetId: number; rect: GridRect }[];
  condition:
    | { kind: 'boolean'; type: string; values: (string | number)[] }
    | { kind: 'gradient'; points: unknown[] };
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
}

export interface ProtectionRecord {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For RANGE protections; a SHEET protection covers the whole sheet. */
  rect?: GridRect;
  description: string;
  /** Until a script changes the editor list, a protection mirrors the spreadsheet's editors. */
  customEditors: boolean;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: GridRect[];
}

/**
 * An embedded chart as Sheets keeps it: its data ranges (on any sheet of the spreadsheet), where
 * it is anchored on its own sheet, and the builder's settings, options as the script set them.
 */
export interface ChartSpec {
  /** Unique across the spreadsheet (EmbeddedChart.getChartId). */
  id: number;
  /** A Charts.ChartType name: LINE, COMBO, COLUMN… */
  type: string;
  ranges: { sheetId: number; rect: GridRect }[];
  /** 0-based anchor cell, and the offset in pixels from its top-left corner. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  /** setOption paths (`title`, `series.1.targetAxisIndex`, `vAxes.0.title`) and their values. */
  options: Record<string, unknown>;
  /** Rows (or columns) of the ranges that are headers; -1 lets Sheets guess. */
  numHeaders: number;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  transpose: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/**
 * A spreadsheet holds at most 10 million cells, counted over every sheet's whole grid (rows ×
 * columns, empty or not), and a sheet at most 18,278 columns: "Files you can store in Google
 * Drive", https://support.google.com/drive/answer/37603 (raised from 5 million in March 2022:
 * workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html).
 */
export const CELL_LIMIT = 10_000_000;
export const MAX_COLUMNS = 18_278;

/** A sheet's side data, kept in row-major arrays so row inserts and deletes are one splice. */
export class SheetModel {
  maxRows = NEW_SHEET_ROWS;
  maxCols = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  hidden = false;
  rows: (RowAttrs | undefined)[] = [];
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  columnMetadata = new Map<number, MetadataRecord[]>();
  conditionalRules: ConditionalRuleSpec[] = [];
  merges: GridRect[] = [];
  metadata: MetadataRecord[] = [];
  charts: ChartSpec[] = [];

  constructor(
    /** Sheets' gid: stable across renames and moves. */
    readonly id: number,
    public name: string,
  ) {}

  row(r: number): RowAttrs {
    let row = this.rows[r];
    if (!row) {
      row = { cells: [] };
      this.rows[r] = row;
    }
    return row;
  }

  attrs(r: number, c: number): CellAttrs | undefined {
    return this.rows[r]?.cells[c];
  }

  editAttrs(r: number, c: number): CellAttrs {
    const row = this.row(r);
    let cell = row.cells[c];
    if (!cell) {
      cell = {};
      row.cells[c] = cell;
    }
    return cell;
  }

  setAttrs(r: number, c: number, attrs: CellAttrs | undefined): void {
    if (!attrs && !this.rows[r]) return;
    this.row(r).cells[c] = attrs && Object.keys(attrs).length > 0 ? attrs : undefined;
  }
}
