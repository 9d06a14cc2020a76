import type {
  CellValue,
  ExportedChange,
  FunctionPluginDefinition,
  RawCellContent,
  SimpleCellAddress,
  SimpleCellRange,
} from 'hyperformula';
import { DetailedCellError, ExportedCellChange, HyperFormula } from 'hyperformula';
import { absoluteA1, cellA1, parseA1, quoteSheetName, resolveA1 } from '../core/a1';
import {
  engineSheetName,
  formulaFromEngine,
  formulaToEngine,
  sheetNameOfEngine,
} from '../core/formulaText';
import type { Messages } from '../core/googleErrors';
import { messages } from '../core/googleErrors';
import type { GridRect } from '../core/grid';
import {
  cellsOf,
  shiftForDeletedColumns,
  shiftForDeletedRows,
  shiftForInsertedRows,
} from '../core/grid';
import { formatDisplay } from '../core/numberFormat';
import type { CellAttrs, MetadataRecord, ProtectionRecord, RowAttrs } from './model';
import { CELL_LIMIT, MAX_COLUMNS, SheetModel } from './model';
import type { EditCheck, Editors } from './protections';
import { checkEdit, domainOf } from './protections';
import { sheetsFunctionsPlugin } from './sheetsFunctions';
import type { SortKey } from './sorting';
import { sortOrder } from './sorting';
import { SpillTracker } from './spill';
import { defaultFormatFor, errorMessage, errorText, fromValue } from './values';

/** Named expressions the engine needs but a script must not see as named ranges. */
const INTERNAL_NAMES = new Set(['TRUE', 'FALSE']);

export interface WorkbookInit {
  id: string;
  name: string;
  timeZone: string;
  owner: string;
  /** On a shared drive: Sheets reports no owner and no one bypasses protections. */
  sharedDrive?: boolean;
  customFunctions?: FunctionPluginDefinition;
  spill?: SpillTracker;
  /** Skip creating `Sheet1` (a restore adds its own sheets). */
  empty?: boolean;
  /** Google's messages in the user's language, for error cells' hover texts. */
  messages?: Messages;
}

export interface NamedRangeInfo {
  name: string;
  sheet: SheetModel;
  rect: GridRect;
}

/**
 * The spreadsheet's state: a HyperFormula engine for contents plus the side data Sheets keeps
 * (formats, notes, protections, metadata, properties). Knows nothing of the vm or of users'
 * permissions beyond the protection records; the fakes enforce policy on top of it.
 */
export class Workbook {
  readonly hf: HyperFormula;
  readonly spill: SpillTracker;
  readonly msg: Messages;
  id: string;
  name: string;
  timeZone: string;
  /** Who made the spreadsheet: its owner, unless it sits on a shared drive. */
  owner: string;
  sharedDrive: boolean;
  readonly editors = new Set<string>();
  sheets: SheetModel[] = [];
  protections: ProtectionRecord[] = [];
  metadata: MetadataRecord[] = [];
  activeSheetId = 0;
  selection: { sheetId: number; rect: GridRect } | undefined;
  readonly properties = {
    document: new Map<string, string>(),
    script: new Map<string, string>(),
    user: new Map<string, Map<string, string>>(),
  };
  nextGid = 0;
  nextMetadataId = 1;
  nextProtectionId = 1;
  nextChartId = 1;
  private readonly hfIds = new Map<number, number>();
  /** How formulas spell sheets that don't exist (the engine's names ignore case). */
  private readonly spellings = new Map<string, string>();

  constructor(init: WorkbookInit) {
    this.id = init.id;
    this.name = init.name;
    this.timeZone = init.timeZone;
    this.owner = init.owner;
    this.sharedDrive = init.sharedDrive ?? false;
    this.editors.add(init.owner.toLowerCase());
    this.spill = init.spill ?? new SpillTracker();
    this.msg = init.messages ?? messages('en');
    const plugins = [...HyperFormula.getAllFunctionPlugins(), sheetsFunctionsPlugin()];
    if (init.customFunctions) plugins.push(init.customFunctions);
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      functionPlugins: plugins,
      // Sheets in an en_GB spreadsheet reads these as dates when typed or written as strings.
      dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
      currencySymbol: ['£', '$', '€'],
      // Scripts read full doubles from Sheets; rounding is for display only.
      smartRounding: false,
      // Sheets limits a spreadsheet by cells, not rows (services check CELL_LIMIT); a sheet may be
      // one column of ten million rows, and at most 18,278 columns (ZZZ).
      maxRows: CELL_LIMIT,
      maxColumns: MAX_COLUMNS,
    });
    // `=TRUE`/`=FALSE` without parentheses are valid in Sheets; the engine wants TRUE().
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    if (!init.empty) this.addSheet('Sheet1');
  }

  // ---- sheets -------------------------------------------------------------------------------

  /** Every sheet's whole grid, empty cells included: what Google's cell limit counts. */
  cellCount(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxCols, 0);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  hfSheet(sheet: SheetModel): number {
    const id = this.hfIds.get(sheet.id);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} has been deleted.`);
    return id;
  }

  sheetOfHf(hfId: number): SheetModel | undefined {
    for (const [gid, h] of this.hfIds) if (h === hfId) return this.sheetById(gid);
    return undefined;
  }

  isLive(sheet: SheetModel): boolean {
    return this.hfIds.has(sheet.id);
  }

  activeSheet(): SheetModel {
    const sheet = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets.');
    return sheet;
  }

  /** Sheets names a new sheet "SheetN" with the smallest N not taken. */
  freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  addSheet(name: string, index = this.sheets.length, gid?: number): SheetModel {
    const id = gid ?? this.allocateGid();
    const sheet = new SheetModel(id, name);
    const hfName = this.hf.addSheet(engineSheetName(name));
    const hfId = this.hf.getSheetId(hfName);
    if (hfId === undefined) throw new Error(`Could not add sheet ${name}`);
    this.hfIds.set(id, hfId);
    this.sheets.splice(index, 0, sheet);
    if (this.sheets.length === 1) this.activeSheetId = id;
    this.nextGid = Math.max(this.nextGid, id + 1);
    return sheet;
  }

  private allocateGid(): number {
    // Sheets gives the first sheet gid 0 and later ones large numbers; deterministic here.
    const gid = this.nextGid === 0 ? 0 : this.nextGid;
    this.nextGid = gid === 0 ? 1_000_001 : gid + 1;
    return gid;
  }

  removeSheet(sheet: SheetModel): void {
    const hfId = this.hfSheet(sheet);
    this.spill.forgetSheet(hfId);
    this.mutate(() => this.hf.removeSheet(hfId));
    this.hfIds.delete(sheet.id);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheetId !== sheet.id);
    for (const other of this.sheets)
      for (const chart of other.charts)
        chart.ranges = chart.ranges.filter((r) => r.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? 0;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    // The engine's name ignores case, so a change of case leaves it as it is.
    if (engineSheetName(name) !== engineSheetName(sheet.name)) {
      this.mutate(() => this.hf.renameSheet(this.hfSheet(sheet), engineSheetName(name)));
    }
    sheet.name = name;
  }

  // ---- formula text -------------------------------------------------------------------------
  // The engine never sees a sheet's own name (core/sheetRefs.ts): formulas are rewritten on the
  // way in and back on the way out, so every quoted name Sheets reads, the engine reads too.

  /** Cell input as the engine holds it: sheet references rewritten to engine names. */
  toEngine(content: RawCellContent): RawCellContent {
    if (!isFormula(content)) return content;
    return formulaToEngine(content, (name) => {
      // A sheet that doesn't exist yet keeps the spelling it was written with.
      if (!this.sheetByName(name)) this.spellings.set(name.toLowerCase(), name);
      return engineSheetName(name);
    });
  }

  /** Cell input as Sheets shows it: each engine name back to its sheet's name, quoted if needed. */
  fromEngine(content: RawCellContent): RawCellContent {
    if (!isFormula(content)) return content;
    return formulaFromEngine(content, (engineName) => {
      const lower = sheetNameOfEngine(engineName);
      if (lower === undefined) return undefined;
      return quoteSheetName(this.sheetByName(lower)?.name ?? this.spellings.get(lower) ?? lower);
    });
  }

  /** Evaluates a formula (a validation or conditional-format rule) as if in `sheet`. */
  calculate(formula: string, sheet: SheetModel): ReturnType<HyperFormula['calculateFormula']> {
    return this.hf.calculateFormula(String(this.toEngine(formula)), this.hfSheet(sheet));
  }

  moveSheet(sheet: SheetModel, index: number): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
  }

  // ---- reading ------------------------------------------------------------------------------

  hfRange(sheet: SheetModel, rect: GridRect): SimpleCellRange {
    const hfId = this.hfSheet(sheet);
    return {
      start: { sheet: hfId, row: rect.row, col: rect.col },
      end: { sheet: hfId, row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 },
    };
  }

  rawValues(sheet: SheetModel, rect: GridRect): CellValue[][] {
    const raw = this.hf.getRangeValues(this.hfRange(sheet, rect));
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => raw[r]?.[c] ?? null),
    );
  }

  /** Cell input as typed. Spilled values are not input: the engine reports them, so they are dropped. */
  serialized(sheet: SheetModel, rect: GridRect): RawCellContent[][] {
    return this.engineSerialized(sheet, rect).map((row) => row.map((v) => this.fromEngine(v)));
  }

  private engineSerialized(sheet: SheetModel, rect: GridRect): RawCellContent[][] {
    const hfId = this.hfSheet(sheet);
    const raw = this.hf.getRangeSerialized(this.hfRange(sheet, rect));
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => {
        const v = raw[r]?.[c] ?? null;
        if (v === null) return null;
        const addr = { sheet: hfId, row: rect.row + r, col: rect.col + c };
        return this.hf.getCellType(addr) === 'ARRAY' ? null : v;
      }),
    );
  }

  /** The whole sheet's input, for copies and snapshots. */
  sheetContents(sheet: SheetModel): RawCellContent[][] {
    const raw = this.hf.getSheetSerialized(this.hfSheet(sheet));
    const cols = Math.max(0, ...raw.map((row) => row.length));
    return this.serialized(sheet, { row: 0, col: 0, rows: raw.length, cols }).map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      return row.slice(0, end);
    });
  }

  private detailedType(sheet: SheetModel, row: number, col: number): string {
    return this.hf.getCellValueDetailedType({ sheet: this.hfSheet(sheet), row, col });
  }

  values(sheet: SheetModel, rect: GridRect, makeDate: (ms: number) => Date): unknown[][] {
    return this.rawValues(sheet, rect).map((row, r) =>
      row.map((v, c) => {
        const rr = rect.row + r;
        const cc = rect.col + c;
        return fromValue(
          v,
          sheet.attrs(rr, cc)?.numberFormat,
          () => this.detailedType(sheet, rr, cc),
          this.timeZone,
          makeDate,
        );
      }),
    );
  }

  formulas(sheet: SheetModel, rect: GridRect): string[][] {
    const raw = this.hf.getRangeFormulas(this.hfRange(sheet, rect));
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => String(this.fromEngine(raw[r]?.[c] ?? ''))),
    );
  }

  displayValues(sheet: SheetModel, rect: GridRect): string[][] {
    return this.rawValues(sheet, rect).map((row, r) =>
      row.map((v, c) => {
        if (v instanceof DetailedCellError) return errorText(v);
        const rr = rect.row + r;
        const cc = rect.col + c;
        let fmt = sheet.attrs(rr, cc)?.numberFormat;
        if (fmt === undefined && typeof v === 'number') {
          fmt = defaultFormatFor(this.detailedType(sheet, rr, cc));
        }
        return formatDisplay(v, fmt);
      }),
    );
  }

  /** True when a number in this cell reads as a date (custom functions receive a Date). */
  isDateCell(addr: SimpleCellAddress): boolean {
    const sheet = this.sheetOfHf(addr.sheet);
    if (!sheet) return false;
    const fmt = sheet.attrs(addr.row, addr.col)?.numberFormat;
    const effective = fmt ?? defaultFormatFor(this.hf.getCellValueDetailedType(addr));
    return effective !== undefined && /[dy]|h|s/i.test(effective.replace(/"[^"]*"/g, ''));
  }

  errorMessageAt(sheet: SheetModel, row: number, col: number): string | undefined {
    const addr = { sheet: this.hfSheet(sheet), row, col };
    const v = this.hf.getCellValue(addr);
    if (!(v instanceof DetailedCellError)) return undefined;
    if (v.type === 'SPILL') {
      const size = this.spill
        .blockedCells()
        .find((b) => b.addr.sheet === addr.sheet && b.addr.row === row && b.addr.col === col)?.size;
      if (size) {
        for (const [r, c] of cellsOf({ row, col, rows: size.rows, cols: size.cols })) {
          if (
            (r !== row || c !== col) &&
            this.hf.getCellType({ ...addr, row: r, col: c }) !== 'EMPTY'
          ) {
            return this.msg.spillBlocked(cellA1(r, c));
          }
        }
      }
    }
    return errorMessage(v, this.msg);
  }

  /** 1-based last row and column holding content (a value, a formula or a spilled value). */
  extent(sheet: SheetModel): { lastRow: number; lastCol: number } {
    const hfId = this.hfSheet(sheet);
    const ser = this.hf.getSheetSerialized(hfId);
    const vals = this.hf.getSheetValues(hfId);
    let lastRow = 0;
    let lastCol = 0;
    const scan = (grid: unknown[][]) => {
      grid.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v === null || v === undefined) return;
          lastRow = Math.max(lastRow, r + 1);
          lastCol = Math.max(lastCol, c + 1);
        });
      });
    };
    scan(ser);
    scan(vals);
    return { lastRow, lastCol };
  }

  // ---- writing ------------------------------------------------------------------------------

  /** Runs engine edits as one batch, then lets custom functions settle their spill sizes. */
  mutate<T>(fn: () => T): T {
    let result: T | undefined;
    const changes = this.hf.batch(() => {
      result = fn();
    });
    this.settle(changes);
    return result as T;
  }

  /** Writes cell input as a script or a person gives it (formulas name sheets as Sheets does). */
  writeContents(sheet: SheetModel, row: number, col: number, contents: RawCellContent[][]): void {
    this.writeEngine(
      sheet,
      row,
      col,
      Array.from(contents, (r) => Array.from(r, (v) => this.toEngine(v ?? null))),
    );
  }

  /** Writes cell input already in the engine's terms (read from the engine). */
  private writeEngine(sheet: SheetModel, row: number, col: number, rows: RawCellContent[][]): void {
    const hfId = this.hfSheet(sheet);
    this.mutate(() => this.hf.setCellContents({ sheet: hfId, row, col }, rows));
  }

  /** A whole sheet's input as Sheets shows it, in the engine's terms (copies and restores). */
  setSheetContents(sheet: SheetModel, contents: RawCellContent[][]): void {
    const rows = contents.map((r) => r.map((v) => this.toEngine(v ?? null)));
    this.hf.setSheetContent(this.hfSheet(sheet), rows);
  }

  /** Copies contents as a paste does (relative references follow), tiling over `dst`. */
  fillFrom(
    src: { sheet: SheetModel; rect: GridRect },
    dst: { sheet: SheetModel; rect: GridRect },
  ): void {
    // offsetsFromTarget: tile from the target's top-left, as a paste does.
    const data = this.hf.getFillRangeData(
      this.hfRange(src.sheet, src.rect),
      this.hfRange(dst.sheet, dst.rect),
      true,
    );
    this.writeEngine(dst.sheet, dst.rect.row, dst.rect.col, data);
  }

  private settle(changes: ExportedChange[]): void {
    this.noteSpills(changes);
    for (let round = 0; round < 10; round++) {
      const todo = this.spill.takePending();
      for (const b of this.spill.blockedCells()) {
        if (b.size && this.areaFree(b.addr, b.size.rows, b.size.cols)) todo.push(b.addr);
      }
      if (todo.length === 0) return;
      const formulas = todo.map((addr) => ({ addr, formula: this.hf.getCellFormula(addr) }));
      const more = this.hf.batch(() => {
        for (const { addr, formula } of formulas) {
          if (formula) this.hf.setCellContents(addr, [[formula]]);
        }
      });
      for (const { addr, formula } of formulas) {
        const v = formula ? this.hf.getCellValue(addr) : null;
        if (!(v instanceof DetailedCellError && v.type === 'SPILL')) this.spill.unblock(addr);
      }
      this.noteSpills(more);
    }
  }

  private noteSpills(changes: ExportedChange[]): void {
    for (const ch of changes) {
      if (!(ch instanceof ExportedCellChange)) continue;
      const v = ch.newValue;
      if (v instanceof DetailedCellError && v.type === 'SPILL') this.spill.markBlocked(ch.address);
    }
  }

  private areaFree(addr: SimpleCellAddress, rows: number, cols: number): boolean {
    for (const [r, c] of cellsOf({ row: addr.row, col: addr.col, rows, cols })) {
      if (r === addr.row && c === addr.col) continue;
      if (this.hf.getCellType({ sheet: addr.sheet, row: r, col: c }) !== 'EMPTY') return false;
    }
    return true;
  }

  insertRows(sheet: SheetModel, at: number, count: number): void {
    const hfId = this.hfSheet(sheet);
    this.spill.shiftRows(hfId, at, count);
    this.mutate(() => this.hf.addRows(hfId, [at, count]));
    if (at < sheet.rows.length) {
      sheet.rows.splice(at, 0, ...new Array<RowAttrs | undefined>(count));
    }
    sheet.maxRows += count;
    this.shiftRects(sheet, (r) => shiftForInsertedRows(r, at, count));
  }

  deleteRows(sheet: SheetModel, at: number, count: number): void {
    const hfId = this.hfSheet(sheet);
    this.spill.shiftRows(hfId, at, -count);
    this.mutate(() => this.hf.removeRows(hfId, [at, count]));
    sheet.rows.splice(at, count);
    sheet.maxRows -= count;
    this.shiftRects(sheet, (r) => shiftForDeletedRows(r, at, count));
  }

  /**
   * Deletes whole columns: contents (formulas elsewhere follow, as in Sheets), cell attributes,
   * widths, hidden flags and column metadata to the right move left; ranges shrink or move.
   */
  deleteColumns(sheet: SheetModel, at: number, count: number): void {
    const hfId = this.hfSheet(sheet);
    this.spill.forgetSheet(hfId);
    this.mutate(() => this.hf.removeColumns(hfId, [at, count]));
    for (const row of sheet.rows) row?.cells.splice(at, count);
    sheet.maxCols -= count;
    const left = <T>(map: Map<number, T>): Map<number, T> =>
      new Map(
        [...map].flatMap(([c, v]): [number, T][] =>
          c < at ? [[c, v]] : c >= at + count ? [[c - count, v]] : [],
        ),
      );
    sheet.columnWidths = left(sheet.columnWidths);
    sheet.columnMetadata = left(sheet.columnMetadata);
    sheet.hiddenColumns = new Set(
      [...sheet.hiddenColumns].flatMap((c) => (c < at ? [c] : c >= at + count ? [c - count] : [])),
    );
    this.shiftRects(sheet, (r) => shiftForDeletedColumns(r, at, count));
  }

  private shiftRects(sheet: SheetModel, shift: (r: GridRect) => GridRect | undefined): void {
    const keep = <T>(items: T[], fix: (item: T) => T | undefined): T[] =>
      items.map(fix).filter((x): x is T => x !== undefined);
    sheet.merges = keep(sheet.merges, shift);
    for (const rule of sheet.conditionalRules) {
      rule.ranges = keep(rule.ranges, (r) => {
        if (r.sheetId !== sheet.id) return r;
        const rect = shift(r.rect);
        return rect && { ...r, rect };
      });
    }
    this.protections = keep(this.protections, (p) => {
      if (p.sheetId !== sheet.id) return p;
      const unprotected = keep(p.unprotected, shift);
      if (p.type === 'SHEET') return { ...p, unprotected };
      const rect = p.rect && shift(p.rect);
      return rect && { ...p, rect, unprotected };
    });
    // Charts read ranges of any sheet, and are anchored to a cell of their own (moving with it).
    for (const other of this.sheets) {
      for (const chart of other.charts) {
        chart.ranges = keep(chart.ranges, (r) => {
          if (r.sheetId !== sheet.id) return r;
          const rect = shift(r.rect);
          return rect && { ...r, rect };
        });
      }
    }
    for (const chart of sheet.charts) {
      const { row, col } = chart.anchor;
      const moved = shift({ row, col, rows: 1, cols: 1 });
      if (moved) chart.anchor = { ...chart.anchor, row: moved.row, col: moved.col };
    }
    if (this.selection?.sheetId === sheet.id) {
      const rect = shift(this.selection.rect);
      this.selection = rect && { sheetId: sheet.id, rect };
    }
  }

  /**
   * Sorts whole rows of a rectangle by value. Formulas move like a paste (relative references
   * follow their row); cell formats and notes move with their cells. Row metadata stays put.
   */
  sortRows(sheet: SheetModel, rect: GridRect, keys: readonly SortKey[]): void {
    const order = sortOrder(this.rawValues(sheet, rect), keys);
    if (order.every((src, i) => src === i)) return;
    const contents = this.engineSerialized(sheet, rect);
    const rowRect = (r: number): GridRect => ({
      row: rect.row + r,
      col: rect.col,
      rows: 1,
      cols: rect.cols,
    });
    const next = order.map((src, i) => {
      const row = contents[src] ?? [];
      const hasFormula = row.some((c) => typeof c === 'string' && c.startsWith('='));
      if (!hasFormula || src === i) return row;
      const filled = this.hf.getFillRangeData(
        this.hfRange(sheet, rowRect(src)),
        this.hfRange(sheet, rowRect(i)),
        true,
      );
      return filled[0] ?? row;
    });
    const attrs = order.map((src) =>
      Array.from({ length: rect.cols }, (_, c) => sheet.attrs(rect.row + src, rect.col + c)),
    );
    this.spill.forget(this.hfSheet(sheet), rect.row, rect.rows);
    this.writeEngine(sheet, rect.row, rect.col, next);
    attrs.forEach((row, r) => {
      row.forEach((a, c) => {
        sheet.setAttrs(rect.row + r, rect.col + c, a);
      });
    });
  }

  // ---- named ranges -------------------------------------------------------------------------

  namedRanges(): NamedRangeInfo[] {
    const out: NamedRangeInfo[] = [];
    for (const name of this.hf.listNamedExpressions()) {
      if (INTERNAL_NAMES.has(name.toUpperCase())) continue;
      const info = this.namedRange(name);
      if (info) out.push(info);
    }
    return out;
  }

  namedRange(name: string): NamedRangeInfo | undefined {
    if (INTERNAL_NAMES.has(name.toUpperCase())) return undefined;
    const formula = this.hf.getNamedExpressionFormula(name);
    if (!formula) return undefined;
    const ref = parseA1(String(this.fromEngine(formula)).replace(/^=/, ''));
    const sheet = ref?.sheetName === undefined ? undefined : this.sheetByName(ref.sheetName);
    if (!ref || !sheet) return undefined;
    const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
    const stored = this.hf
      .listNamedExpressions()
      .find((n) => n.toLowerCase() === name.toLowerCase());
    return rect && { name: stored ?? name, sheet, rect };
  }

  setNamedRange(name: string, sheet: SheetModel, rect: GridRect): void {
    const expression = String(this.toEngine(`=${absoluteA1(sheet.name, rect)}`));
    this.mutate(() => {
      if (this.hf.getNamedExpressionFormula(name) !== undefined) {
        this.hf.changeNamedExpression(name, expression);
      } else {
        this.hf.addNamedExpression(name, expression);
      }
    });
  }

  removeNamedRange(name: string): boolean {
    if (this.namedRange(name) === undefined) return false;
    this.mutate(() => this.hf.removeNamedExpression(name));
    return true;
  }

  isValidName(name: string): boolean {
    return (
      !INTERNAL_NAMES.has(name.toUpperCase()) &&
      /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) &&
      !/^[A-Za-z]{1,3}\d+$/.test(name) &&
      !/^R\d*C\d*$/i.test(name) &&
      this.hf.isItPossibleToAddNamedExpression(name, '=1')
    );
  }

  // ---- protections --------------------------------------------------------------------------

  who(): Editors {
    return {
      owner: this.ownerEmail() ?? '',
      domain: domainOf(this.owner),
      spreadsheetEditors: this.editors,
    };
  }

  /** The owner Sheets reports: none on a shared drive (reference/spreadsheet/spreadsheet#getOwner()). */
  ownerEmail(): string | undefined {
    return this.sharedDrive ? undefined : this.owner;
  }

  checkEdit(user: string, sheet: SheetModel, rect: GridRect): EditCheck {
    return checkEdit(this.protections, sheet.id, rect, user, this.who());
  }

  // ---- attributes ---------------------------------------------------------------------------

  setAttr<K extends keyof CellAttrs>(
    sheet: SheetModel,
    rect: GridRect,
    key: K,
    value: (r: number, c: number) => CellAttrs[K] | undefined,
  ): void {
    for (const [r, c] of cellsOf(rect)) {
      const v = value(r - rect.row, c - rect.col);
      if (v === undefined || v === null) {
        const attrs = sheet.attrs(r, c);
        if (attrs && key in attrs) {
          const copy = { ...attrs };
          delete copy[key];
          sheet.setAttrs(r, c, copy);
        }
      } else {
        sheet.editAttrs(r, c)[key] = v;
      }
    }
  }
}

function isFormula(content: RawCellContent): content is string {
  return typeof content === 'string' && content.startsWith('=');
}
