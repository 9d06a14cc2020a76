import type { RawCellContent } from 'hyperformula';
import type { GridRect } from '../core/grid';
import type {
  CellAttrs,
  ChartSpec,
  ConditionalRuleSpec,
  MetadataRecord,
  ProtectionRecord,
  RowAttrs,
} from './model';
import type { Workbook } from './workbook';

export interface SerializedSheet {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  tabColor: string | null;
  hidden: boolean;
  /** Cell input as typed: formulas as `=...` text, values as written. */
  contents: RawCellContent[][];
  cells: [row: number, col: number, attrs: CellAttrs][];
  rows: [row: number, attrs: Omit<RowAttrs, 'cells'>][];
  columns: {
    widths: [col: number, width: number][];
    hidden: number[];
    metadata: [col: number, records: MetadataRecord[]][];
  };
  conditionalRules: ConditionalRuleSpec[];
  merges: GridRect[];
  metadata: MetadataRecord[];
  /** Embedded charts (absent in states saved before charts existed). */
  charts?: ChartSpec[];
}

/** Everything a spreadsheet holds, as plain JSON (the playground saves it to a file). */
export interface SerializedState {
  format: 'offseason-runtime-state';
  version: 1;
  spreadsheet: {
    id: string;
    name: string;
    timeZone: string;
    owner: string;
    /** Absent in states saved before shared drives were modelled: false. */
    sharedDrive?: boolean;
    editors: string[];
    activeSheetId: number;
    selection: { sheetId: number; rect: GridRect } | null;
    nextGid: number;
    nextMetadataId: number;
    nextProtectionId: number;
    nextChartId?: number;
    metadata: MetadataRecord[];
  };
  sheets: SerializedSheet[];
  namedRanges: { name: string; sheetId: number; rect: GridRect }[];
  protections: ProtectionRecord[];
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function serializeWorkbook(wb: Workbook): SerializedState {
  const sheets = wb.sheets.map((s): SerializedSheet => {
    const cells: SerializedSheet['cells'] = [];
    const rows: SerializedSheet['rows'] = [];
    s.rows.forEach((row, r) => {
      if (!row) return;
      const { cells: rowCells, ...rest } = row;
      if (Object.values(rest).some((v) => v !== undefined)) rows.push([r, jsonCopy(rest)]);
      rowCells.forEach((attrs, c) => {
        if (attrs && Object.keys(attrs).length > 0) cells.push([r, c, jsonCopy(attrs)]);
      });
    });
    return {
      id: s.id,
      name: s.name,
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      tabColor: s.tabColor,
      hidden: s.hidden,
      contents: jsonCopy(wb.sheetContents(s)),
      cells,
      rows,
      columns: {
        widths: [...s.columnWidths],
        hidden: [...s.hiddenColumns],
        metadata: jsonCopy([...s.columnMetadata]),
      },
      conditionalRules: jsonCopy(s.conditionalRules),
      merges: jsonCopy(s.merges),
      metadata: jsonCopy(s.metadata),
      charts: jsonCopy(s.charts),
    };
  });
  return {
    format: 'offseason-runtime-state',
    version: 1,
    spreadsheet: {
      id: wb.id,
      name: wb.name,
      timeZone: wb.timeZone,
      owner: wb.owner,
      sharedDrive: wb.sharedDrive,
      editors: [...wb.editors],
      activeSheetId: wb.activeSheetId,
      selection: wb.selection ? jsonCopy(wb.selection) : null,
      nextGid: wb.nextGid,
      nextMetadataId: wb.nextMetadataId,
      nextProtectionId: wb.nextProtectionId,
      nextChartId: wb.nextChartId,
      metadata: jsonCopy(wb.metadata),
    },
    sheets,
    namedRanges: wb
      .namedRanges()
      .map((n) => ({ name: n.name, sheetId: n.sheet.id, rect: { ...n.rect } })),
    protections: jsonCopy(wb.protections),
    properties: {
      document: Object.fromEntries(wb.properties.document),
      script: Object.fromEntries(wb.properties.script),
      user: Object.fromEntries([...wb.properties.user].map(([u, m]) => [u, Object.fromEntries(m)])),
    },
  };
}

/**
 * Fills an empty workbook from a snapshot. Sheets first, then names, then every sheet's contents
 * in one batch, so formulas across sheets and names resolve whatever the order.
 */
export function checkState(state: unknown): asserts state is SerializedState {
  const s = state as Partial<SerializedState> | null;
  if (
    s?.format !== 'offseason-runtime-state' ||
    s.version !== 1 ||
    !s.spreadsheet ||
    !Array.isArray(s.sheets)
  ) {
    throw new Error('Not an Offseason runtime state (format/version mismatch).');
  }
}

export function restoreWorkbook(wb: Workbook, state: SerializedState): void {
  checkState(state);
  const s = state.spreadsheet;
  Object.assign(wb, {
    id: s.id,
    name: s.name,
    timeZone: s.timeZone,
    owner: s.owner,
    sharedDrive: s.sharedDrive ?? false,
  });
  wb.editors.clear();
  for (const e of s.editors) wb.editors.add(e);
  wb.metadata = jsonCopy(s.metadata);
  for (const [i, saved] of state.sheets.entries()) {
    const sheet = wb.addSheet(saved.name, i, saved.id);
    Object.assign(sheet, {
      maxRows: saved.maxRows,
      maxCols: saved.maxCols,
      frozenRows: saved.frozenRows,
      frozenCols: saved.frozenCols,
      tabColor: saved.tabColor,
      hidden: saved.hidden,
      columnWidths: new Map(saved.columns.widths),
      hiddenColumns: new Set(saved.columns.hidden),
      columnMetadata: new Map(jsonCopy(saved.columns.metadata)),
      conditionalRules: jsonCopy(saved.conditionalRules),
      merges: jsonCopy(saved.merges),
      metadata: jsonCopy(saved.metadata),
      charts: jsonCopy(saved.charts ?? []),
    });
    for (const [r, attrs] of saved.rows) Object.assign(sheet.row(r), jsonCopy(attrs));
    for (const [r, c, attrs] of saved.cells) sheet.setAttrs(r, c, jsonCopy(attrs));
  }
  for (const n of state.namedRanges) {
    const sheet = wb.sheetById(n.sheetId);
    if (sheet) wb.setNamedRange(n.name, sheet, n.rect);
  }
  wb.mutate(() => {
    for (const saved of state.sheets) {
      const sheet = wb.sheetById(saved.id);
      if (sheet) wb.setSheetContents(sheet, saved.contents);
    }
  });
  wb.protections = jsonCopy(state.protections);
  wb.activeSheetId = s.activeSheetId;
  wb.selection = s.selection ? jsonCopy(s.selection) : undefined;
  wb.nextGid = s.nextGid;
  wb.nextMetadataId = s.nextMetadataId;
  wb.nextProtectionId = s.nextProtectionId;
  wb.nextChartId =
    s.nextChartId ??
    1 + Math.max(0, ...state.sheets.flatMap((x) => (x.charts ?? []).map((c) => c.id)));
  wb.properties.document = new Map(Object.entries(state.properties.document));
  wb.properties.script = new Map(Object.entries(state.properties.script));
  wb.properties.user = new Map(
    Object.entries(state.properties.user).map(([u, p]) => [u, new Map(Object.entries(p))]),
  );
}
