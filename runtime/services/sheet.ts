import type { GridRect } from '../core/grid';
import type { SheetModel } from '../engine/model';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from '../engine/model';
import { unwritable } from '../engine/values';
import { ensureCellRoom } from './cellLimit';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, newChartSpec } from './chart';
import { normalizeColor } from './colors';
import { FakeConditionalFormatRule } from './conditionalFormat';
import { addMetadata, FakeDeveloperMetadataFinder, metadataAt } from './developerMetadata';
import type { Env, RangeHandle } from './env';
import { rangeHandle } from './env';
import type { GasInfo } from './gas';
import { asGas } from './gas';
import { FakeNamedRange } from './namedRange';
import { checkedRect } from './range';
import { resolveRange } from './resolve';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const SHEET_API = [
  'activate',
  'addDeveloperMetadata',
  'appendRow',
  'clear',
  'clearConditionalFormatRules',
  'clearContents',
  'clearFormats',
  'clearNotes',
  'copyTo',
  'createDeveloperMetadataFinder',
  'deleteColumn',
  'deleteColumns',
  'deleteRow',
  'deleteRows',
  'getActiveRange',
  'getCharts',
  'getColumnWidth',
  'getConditionalFormatRules',
  'getCurrentCell',
  'getDataRange',
  'getDeveloperMetadata',
  'getFrozenColumns',
  'getFrozenRows',
  'getIndex',
  'getLastColumn',
  'getLastRow',
  'getMaxColumns',
  'getMaxRows',
  'getName',
  'getNamedRanges',
  'getParent',
  'getProtections',
  'getRange',
  'getRangeList',
  'getRowHeight',
  'getSheetId',
  'getSheetName',
  'getSheetValues',
  'getTabColor',
  'hideColumns',
  'hideRows',
  'hideSheet',
  'insertChart',
  'insertRowAfter',
  'insertRowBefore',
  'insertRows',
  'insertRowsAfter',
  'insertRowsBefore',
  'isColumnHiddenByUser',
  'isRowHiddenByUser',
  'isSheetHidden',
  'newChart',
  'protect',
  'removeChart',
  'setActiveRange',
  'setActiveSelection',
  'setColumnWidth',
  'setColumnWidths',
  'setConditionalFormatRules',
  'setFrozenColumns',
  'setFrozenRows',
  'setName',
  'setRowHeight',
  'setRowHeights',
  'setTabColor',
  'showColumns',
  'showRows',
  'showSheet',
  'sort',
  'updateChart',
] as const satisfies readonly (keyof GSheet)[];

export class FakeSheet implements Pick<GSheet, (typeof SHEET_API)[number]> {
  static readonly gas: GasInfo = { name: 'Sheet', methods: SHEET_API };

  constructor(
    private readonly env: Env,
    readonly model: SheetModel,
  ) {}

  private self(): GSheet {
    if (!this.env.wb.isLive(this.model)) this.env.fail(this.env.msg.sheetDeleted);
    return asGas(this);
  }

  private range(rect: GridRect): RangeHandle {
    return this.env.make.range(this.model, rect);
  }

  private whole(): GridRect {
    return { row: 0, col: 0, rows: this.model.maxRows, cols: this.model.maxCols };
  }

  // ---- identity -----------------------------------------------------------------------------

  getName(): string {
    this.self();
    return this.model.name;
  }

  getSheetName(): string {
    return this.getName();
  }

  getSheetId(): number {
    this.self();
    return this.model.id;
  }

  getIndex(): number {
    this.self();
    return this.env.wb.sheets.indexOf(this.model) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.self();
    return asGas(this.env.make.spreadsheet());
  }

  setName(name: string): GSheet {
    const self = this.self();
    const other = this.env.wb.sheetByName(String(name));
    if (other && other !== this.model) this.env.fail(this.env.msg.sheetExists(String(name)));
    this.env.guardStructure(this.model);
    this.env.wb.renameSheet(this.model, String(name));
    return self;
  }

  getTabColor(): string | null {
    this.self();
    return this.model.tabColor;
  }

  setTabColor(color: string | null): GSheet {
    const self = this.self();
    this.model.tabColor = normalizeColor(color) ?? null;
    return self;
  }

  activate(): GSheet {
    const self = this.self();
    this.env.wb.activeSheetId = this.model.id;
    if (this.env.wb.selection?.sheetId !== this.model.id) {
      this.env.wb.selection = {
        sheetId: this.model.id,
        rect: { row: 0, col: 0, rows: 1, cols: 1 },
      };
    }
    this.model.hidden = false;
    return self;
  }

  hideSheet(): GSheet {
    const self = this.self();
    this.model.hidden = true;
    return self;
  }

  showSheet(): GSheet {
    const self = this.self();
    this.model.hidden = false;
    return self;
  }

  isSheetHidden(): boolean {
    this.self();
    return this.model.hidden;
  }

  // ---- ranges -------------------------------------------------------------------------------

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    this.self();
    if (typeof a === 'string') {
      const { sheet, rect } = resolveRange(this.env, a, this.model);
      return asGas(this.env.make.range(sheet, rect));
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      return this.env.fail(
        this.env.msg.badParameters(
          typeof a,
          'SpreadsheetApp.Sheet.getRange',
          this.env.msg.expected('(row, column[, numRows[, numColumns]]) or an A1 string'),
        ),
      );
    }
    return asGas(
      this.range(checkedRect(this.env, this.model, a, column, numRows ?? 1, numColumns ?? 1)),
    );
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.self();
    const ranges = a1Notations.map((a1) => {
      const { sheet, rect } = resolveRange(this.env, a1, this.model);
      return this.env.make.range(sheet, rect);
    });
    return asGas(this.env.make.rangeList(ranges));
  }

  getDataRange(): GRange {
    this.self();
    const { lastRow, lastCol } = this.env.wb.extent(this.model);
    return asGas(
      this.range({ row: 0, col: 0, rows: Math.max(1, lastRow), cols: Math.max(1, lastCol) }),
    );
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    this.self();
    const rect = checkedRect(this.env, this.model, startRow, startColumn, numRows, numColumns);
    return this.env.wb.values(this.model, rect, this.env.makeDate);
  }

  getLastRow(): number {
    this.self();
    return this.env.wb.extent(this.model).lastRow;
  }

  getLastColumn(): number {
    this.self();
    return this.env.wb.extent(this.model).lastCol;
  }

  getMaxRows(): number {
    this.self();
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    this.self();
    return this.model.maxCols;
  }

  getActiveRange(): GRange | null {
    this.self();
    const sel = this.env.wb.selection;
    const rect = sel?.sheetId === this.model.id ? sel.rect : { row: 0, col: 0, rows: 1, cols: 1 };
    return asGas(this.range(rect));
  }

  getCurrentCell(): GRange | null {
    this.self();
    const sel = this.env.wb.selection;
    const rect =
      sel?.sheetId === this.model.id
        ? { ...sel.rect, rows: 1, cols: 1 }
        : { row: 0, col: 0, rows: 1, cols: 1 };
    return asGas(this.range(rect));
  }

  setActiveRange(range: GRange): GRange {
    this.self();
    return rangeHandle(range).activate();
  }

  setActiveSelection(range: GRange | string): GRange {
    this.self();
    if (typeof range === 'string') {
      const { sheet, rect } = resolveRange(this.env, range, this.model);
      return this.env.make.range(sheet, rect).activate();
    }
    return rangeHandle(range).activate();
  }

  // ---- rows ---------------------------------------------------------------------------------

  private insertAt(at: number, count: number): void {
    if (at < 0 || at > this.model.maxRows || count < 1) this.env.fail(this.env.msg.rowsOutOfBounds);
    this.env.guardStructure(this.model);
    ensureCellRoom(this.env, count * this.model.maxCols);
    this.env.wb.insertRows(this.model, at, count);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.self();
    this.insertAt(rowIndex - 1, numRows);
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    const self = this.self();
    this.insertAt(beforePosition - 1, howMany);
    return self;
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    const self = this.self();
    this.insertAt(afterPosition, howMany);
    return self;
  }

  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.self();
    if (rowPosition < 1 || howMany < 1 || rowPosition - 1 + howMany > this.model.maxRows)
      this.env.fail(this.env.msg.rowsOutOfBounds);
    if (this.model.maxRows - howMany <= this.model.frozenRows)
      this.env.fail(this.env.msg.deleteAllRows);
    const rows = { row: rowPosition - 1, col: 0, rows: howMany, cols: this.model.maxCols };
    this.env.guardStructure(this.model, rows);
    this.env.wb.deleteRows(this.model, rowPosition - 1, howMany);
  }

  /** Deletes columns, as `deleteRows` does rows (reference/spreadsheet/sheet#deleteColumns). */
  deleteColumns(columnPosition: number, howMany: number): void {
    this.self();
    if (columnPosition < 1 || howMany < 1 || columnPosition - 1 + howMany > this.model.maxCols)
      this.env.fail(this.env.msg.columnsOutOfBounds);
    if (this.model.maxCols - howMany <= this.model.frozenCols)
      this.env.fail(this.env.msg.deleteAllColumns);
    const columns = { row: 0, col: columnPosition - 1, rows: this.model.maxRows, cols: howMany };
    this.env.guardStructure(this.model, columns);
    this.env.wb.deleteColumns(this.model, columnPosition - 1, howMany);
  }

  deleteColumn(columnPosition: number): GSheet {
    const self = this.self();
    this.deleteColumns(columnPosition, 1);
    return self;
  }

  deleteRow(rowPosition: number): GSheet {
    const self = this.self();
    this.deleteRows(rowPosition, 1);
    return self;
  }

  /** Writes after the last row with content, growing the sheet when it is full (as Sheets does). */
  appendRow(rowContents: unknown[]): GSheet {
    const self = this.self();
    if (!Array.isArray(rowContents)) {
      this.env.fail(
        this.env.msg.badParameters(
          typeof rowContents,
          'SpreadsheetApp.Sheet.appendRow',
          this.env.msg.expected('an array'),
        ),
      );
    }
    rowContents.forEach((v, i) => {
      const why = unwritable(v);
      if (why) {
        this.env.fail(
          this.env.msg.badParameters(
            'Object[]',
            'SpreadsheetApp.Sheet.appendRow',
            this.env.msg.unwritable(`rowContents[${i}]`, why),
          ),
        );
      }
    });
    const row = this.env.wb.extent(this.model).lastRow;
    const cols = Math.max(1, rowContents.length);
    this.env.guard(this.model, { row, col: 0, rows: 1, cols });
    const maxRows = Math.max(this.model.maxRows, row + 1);
    const maxCols = Math.max(this.model.maxCols, cols);
    ensureCellRoom(this.env, maxRows * maxCols - this.model.maxRows * this.model.maxCols);
    this.model.maxRows = maxRows;
    this.model.maxCols = maxCols;
    if (rowContents.length === 0) return self;
    this.range({ row, col: 0, rows: 1, cols }).setValues([rowContents]);
    return self;
  }

  getRowHeight(rowPosition: number): number {
    this.self();
    return this.model.rows[rowPosition - 1]?.height ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): GSheet {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    const self = this.self();
    for (let r = startRow - 1; r < startRow - 1 + numRows; r++) this.model.row(r).height = height;
    return self;
  }

  hideRows(rowIndex: number, numRows = 1): void {
    this.self();
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) this.model.row(r).hidden = true;
  }

  showRows(rowIndex: number, numRows = 1): void {
    this.self();
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) {
      const row = this.model.rows[r];
      if (row) delete row.hidden;
    }
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    this.self();
    return this.model.rows[rowPosition - 1]?.hidden === true;
  }

  getFrozenRows(): number {
    this.self();
    return this.model.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.self();
    this.model.frozenRows = rows;
  }

  // ---- columns ------------------------------------------------------------------------------

  getFrozenColumns(): number {
    this.self();
    return this.model.frozenCols;
  }

  setFrozenColumns(columns: number): void {
    this.self();
    this.model.frozenCols = columns;
  }

  getColumnWidth(columnPosition: number): number {
    this.self();
    return this.model.columnWidths.get(columnPosition - 1) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    const self = this.self();
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++)
      this.model.columnWidths.set(c, width);
    return self;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.self();
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++)
      this.model.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.self();
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++)
      this.model.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.self();
    return this.model.hiddenColumns.has(columnPosition - 1);
  }

  // ---- whole-sheet edits --------------------------------------------------------------------

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const self = this.self();
    this.range(this.whole()).clear(options ?? {});
    return self;
  }

  clearContents(): GSheet {
    const self = this.self();
    this.range(this.whole()).clearContent();
    return self;
  }

  clearFormats(): GSheet {
    const self = this.self();
    this.range(this.whole()).clearFormat();
    return self;
  }

  clearNotes(): GSheet {
    const self = this.self();
    this.range(this.whole()).clearNote();
    return self;
  }

  sort(columnPosition: number, ascending = true): GSheet {
    const self = this.self();
    const { lastRow, lastCol } = this.env.wb.extent(this.model);
    const top = this.model.frozenRows;
    if (lastRow <= top) return self;
    const rect = { row: top, col: 0, rows: lastRow - top, cols: Math.max(lastCol, columnPosition) };
    this.range(rect).sort({ column: columnPosition, ascending });
    return self;
  }

  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GSheet {
    this.self();
    if (spreadsheet === undefined)
      this.env.fail(
        this.env.msg.badParameters(
          'undefined',
          'SpreadsheetApp.Sheet.copyTo',
          this.env.msg.expected('a Spreadsheet'),
        ),
      );
    ensureCellRoom(this.env, this.model.maxRows * this.model.maxCols);
    const wb = this.env.wb;
    let name = `Copy of ${this.model.name}`;
    for (let n = 2; wb.sheetByName(name); n++) name = `Copy of ${this.model.name} ${n}`;
    const copy = wb.addSheet(name);
    const contents = wb.sheetContents(this.model);
    wb.mutate(() => wb.setSheetContents(copy, contents));
    Object.assign(copy, {
      maxRows: this.model.maxRows,
      maxCols: this.model.maxCols,
      frozenRows: this.model.frozenRows,
      frozenCols: this.model.frozenCols,
      tabColor: this.model.tabColor,
      rows: this.model.rows.map(
        (row) =>
          row && { cells: structuredClone(row.cells), height: row.height, hidden: row.hidden },
      ),
      columnWidths: new Map(this.model.columnWidths),
      hiddenColumns: new Set(this.model.hiddenColumns),
      merges: structuredClone(this.model.merges),
      charts: this.model.charts.map((chart) => ({
        ...structuredClone(chart),
        id: wb.nextChartId++,
        ranges: chart.ranges.map((r) => ({
          sheetId: r.sheetId === this.model.id ? copy.id : r.sheetId,
          rect: { ...r.rect },
        })),
      })),
      conditionalRules: this.model.conditionalRules.map((rule) => ({
        ...structuredClone(rule),
        ranges: rule.ranges.map((r) => ({
          sheetId: r.sheetId === this.model.id ? copy.id : r.sheetId,
          rect: { ...r.rect },
        })),
      })),
    });
    return asGas(this.env.make.sheet(copy));
  }

  // ---- charts (reference/spreadsheet/sheet#newChart(), #insertChart, #getCharts, #updateChart,
  // #removeChart) ------------------------------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.self();
    return asGas(new FakeEmbeddedChartBuilder(this.env, newChartSpec()));
  }

  /** A chart is an object on the sheet: a protected sheet refuses it as it refuses a cell. */
  private chartArg(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart, method: string) {
    if (!(chart instanceof FakeEmbeddedChart)) {
      return this.env.fail(
        this.env.msg.badParameters(
          typeof chart,
          `SpreadsheetApp.Sheet.${method}`,
          this.env.msg.expected('an EmbeddedChart'),
        ),
      );
    }
    this.env.guardStructure(this.model);
    return chart;
  }

  /**
   * A chart anchored past the sheet's last row or column is refused. Google's reference
   * (reference/spreadsheet/embedded-chart-builder#setPosition, sheet#insertChart, #updateChart,
   * container-info) says nothing of an anchor past the grid: refusing it, as Google refuses a range
   * there, is the conservative assumption (the add-on grows a sheet before anchoring past it, so
   * it works either way), with the range's message; Run self-test reports what Google does.
   */
  private anchorInside(chart: FakeEmbeddedChart): void {
    const { row, col } = chart.spec.anchor;
    if (row >= this.model.maxRows || col >= this.model.maxCols)
      this.env.fail(this.env.msg.outsideSheet);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.self();
    const built = this.chartArg(chart, 'insertChart');
    this.anchorInside(built);
    const id = this.env.wb.nextChartId++;
    this.model.charts.push({ ...structuredClone(built.spec), id });
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.self();
    return this.model.charts.map((spec) =>
      asGas(new FakeEmbeddedChart(this.env, structuredClone(spec))),
    );
  }

  /** Google documents no error for a chart that isn't on this sheet; the runtime refuses it. */
  private indexOf(chart: FakeEmbeddedChart, method: string): number {
    const at = this.model.charts.findIndex((c) => c.id === chart.spec.id && chart.spec.id !== 0);
    if (at < 0) this.env.fail(this.env.msg.chartNotOnSheet(method, this.model.name));
    return at;
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.self();
    const built = this.chartArg(chart, 'updateChart');
    this.anchorInside(built);
    this.model.charts[this.indexOf(built, 'updateChart')] = structuredClone(built.spec);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.self();
    const built = this.chartArg(chart, 'removeChart');
    this.model.charts.splice(this.indexOf(built, 'removeChart'), 1);
  }

  // ---- rules, protections, metadata, names --------------------------------------------------

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.self();
    return this.model.conditionalRules.map((spec) =>
      asGas(new FakeConditionalFormatRule(this.env, structuredClone(spec))),
    );
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.self();
    this.model.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof FakeConditionalFormatRule)) {
        return this.env.fail(
          this.env.msg.badParameters(
            typeof rule,
            'SpreadsheetApp.Sheet.setConditionalFormatRules',
            this.env.msg.expected('ConditionalFormatRule[]'),
          ),
        );
      }
      return structuredClone(rule.spec);
    });
  }

  clearConditionalFormatRules(): void {
    this.self();
    this.model.conditionalRules = [];
  }

  /** A sheet has at most one sheet protection; protect() returns it when it exists. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.self();
    const wb = this.env.wb;
    const existing = wb.protections.find((p) => p.type === 'SHEET' && p.sheetId === this.model.id);
    if (existing) return asGas(this.env.make.protection(existing.id));
    const id = wb.nextProtectionId++;
    wb.protections.push({
      id,
      type: 'SHEET',
      sheetId: this.model.id,
      description: '',
      customEditors: false,
      editors: [],
      warningOnly: false,
      domainEdit: false,
      unprotected: [],
    });
    return asGas(this.env.make.protection(id));
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.self();
    return this.env.wb.protections
      .filter((p) => p.sheetId === this.model.id && p.type === String(type))
      .map((p) => asGas(this.env.make.protection(p.id)));
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSheet {
    const self = this.self();
    addMetadata(this.env, { type: 'SHEET', sheet: this.model }, key, a, b);
    return self;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.self();
    return metadataAt(this.env, { type: 'SHEET', sheet: this.model });
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.self();
    return asGas(new FakeDeveloperMetadataFinder(this.env, { type: 'SHEET', sheet: this.model }));
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.self();
    return this.env.wb
      .namedRanges()
      .filter((n) => n.sheet === this.model)
      .map((n) => asGas(new FakeNamedRange(this.env, n.name)));
  }
}
