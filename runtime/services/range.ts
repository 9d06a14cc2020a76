import type { RawCellContent } from 'hyperformula';
import { rectA1 } from '../core/a1';
import type { GridRect } from '../core/grid';
import { cellsOf, rectsIntersect } from '../core/grid';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  DEFAULT_NUMBER_FORMAT,
  isDateFormat,
} from '../core/numberFormat';
import type { BorderSide, CellAttrs, SheetModel, ValidationSpec } from '../engine/model';
import type { SortKey } from '../engine/sorting';
import { toContent, unwritable } from '../engine/values';
import { normalizeColor } from './colors';
import { FakeDataValidation } from './dataValidation';
import {
  addMetadata,
  FakeDeveloperMetadataFinder,
  metadataAt,
  rangeLocation,
} from './developerMetadata';
import type { Env } from './env';
import type { BorderArgs, GasInfo } from './gas';
import { asEnum, asGas } from './gas';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

const RANGE_API = [
  'activate',
  'addDeveloperMetadata',
  'breakApart',
  'canEdit',
  'check',
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'copyTo',
  'createDeveloperMetadataFinder',
  'getA1Notation',
  'getBackground',
  'getBackgrounds',
  'getCell',
  'getColumn',
  'getDataValidation',
  'getDataValidations',
  'getDeveloperMetadata',
  'getDisplayValue',
  'getDisplayValues',
  'getFontColor',
  'getFontColors',
  'getFontFamilies',
  'getFontFamily',
  'getFontSize',
  'getFontSizes',
  'getFontStyle',
  'getFontStyles',
  'getFontWeight',
  'getFontWeights',
  'getFormula',
  'getFormulas',
  'getGridId',
  'getHeight',
  'getHorizontalAlignment',
  'getHorizontalAlignments',
  'getLastColumn',
  'getLastRow',
  'getMergedRanges',
  'getNote',
  'getNotes',
  'getNumColumns',
  'getNumRows',
  'getNumberFormat',
  'getNumberFormats',
  'getRow',
  'getRowIndex',
  'getSheet',
  'getValue',
  'getValues',
  'getVerticalAlignment',
  'getVerticalAlignments',
  'getWidth',
  'getWrap',
  'getWrapStrategies',
  'getWrapStrategy',
  'getWraps',
  'insertCheckboxes',
  'isBlank',
  'isChecked',
  'isPartOfMerge',
  'merge',
  'mergeAcross',
  'mergeVertically',
  'offset',
  'protect',
  'removeCheckboxes',
  'setBackground',
  'setBackgrounds',
  'setBorder',
  'setDataValidation',
  'setDataValidations',
  'setFontColor',
  'setFontColors',
  'setFontFamilies',
  'setFontFamily',
  'setFontLine',
  'setFontSize',
  'setFontSizes',
  'setFontStyle',
  'setFontStyles',
  'setFontWeight',
  'setFontWeights',
  'setFormula',
  'setFormulas',
  'setHorizontalAlignment',
  'setHorizontalAlignments',
  'setNote',
  'setNotes',
  'setNumberFormat',
  'setNumberFormats',
  'setValue',
  'setValues',
  'setVerticalAlignment',
  'setVerticalAlignments',
  'setWrap',
  'setWrapStrategies',
  'setWrapStrategy',
  'setWraps',
  'sort',
  'uncheck',
] as const satisfies readonly (keyof GRange)[];

const FORMAT_KEYS: (keyof CellAttrs)[] = [
  'numberFormat',
  'fontWeight',
  'fontColor',
  'fontStyle',
  'fontFamily',
  'fontSize',
  'fontLine',
  'background',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapStrategy',
  'borders',
];

/** Checks a 2-D argument's shape against the range, with Google's messages. */
export function checkShape(env: Env, data: unknown, rect: GridRect, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    env.fail(
      env.msg.badParameters(
        Array.isArray(data) ? 'Object[]' : typeof data,
        method,
        env.msg.expected('a two-dimensional array'),
      ),
    );
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.rows) env.fail(env.msg.rowsMismatch(rows.length, rect.rows));
  for (const row of rows)
    if (row.length !== rect.cols) env.fail(env.msg.columnsMismatch(row.length, rect.cols));
  return rows;
}

/** Sheet.getRange's argument checks, shared by getRange, offset and getCell. */
export function checkedRect(
  env: Env,
  sheet: SheetModel,
  row1: number,
  col1: number,
  rows: number,
  cols: number,
): GridRect {
  if (row1 < 1) env.fail(env.msg.startRowTooSmall);
  if (col1 < 1) env.fail(env.msg.startColumnTooSmall);
  if (rows < 1) env.fail(env.msg.rowsAtLeastOne);
  if (cols < 1) env.fail(env.msg.columnsAtLeastOne);
  if (row1 - 1 + rows > sheet.maxRows || col1 - 1 + cols > sheet.maxCols)
    env.fail(env.msg.outsideSheet);
  return { row: row1 - 1, col: col1 - 1, rows, cols };
}

export class FakeRange implements Pick<GRange, (typeof RANGE_API)[number]> {
  static readonly gas: GasInfo = { name: 'Range', methods: RANGE_API };

  constructor(
    private readonly env: Env,
    readonly model: SheetModel,
    readonly rect: GridRect,
  ) {}

  private self(): GRange {
    if (!this.env.wb.isLive(this.model)) this.env.fail(this.env.msg.rangeSheetDeleted);
    return asGas(this);
  }

  private grid<T>(at: (r: number, c: number) => T): T[][] {
    this.self();
    const { row, col, rows, cols } = this.rect;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => at(row + r, col + c)),
    );
  }

  private attrGrid<K extends keyof CellAttrs>(
    key: K,
    fallback: NonNullable<CellAttrs[K]>,
  ): NonNullable<CellAttrs[K]>[][] {
    return this.grid((r, c) => this.model.attrs(r, c)?.[key] ?? fallback);
  }

  private first<T>(grid: T[][]): T {
    return grid[0]?.[0] as T;
  }

  private setAll<K extends keyof CellAttrs>(key: K, value: CellAttrs[K] | undefined): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    this.env.wb.setAttr(this.model, this.rect, key, () => value);
    return self;
  }

  private setGrid<K extends keyof CellAttrs>(
    key: K,
    data: unknown,
    method: string,
    convert: (v: unknown) => CellAttrs[K] | undefined,
  ): GRange {
    const self = this.self();
    const rows = checkShape(this.env, data, this.rect, `SpreadsheetApp.Range.${method}`);
    this.env.guard(this.model, this.rect);
    this.env.wb.setAttr(this.model, this.rect, key, (r, c) => convert(rows[r]?.[c]));
    return self;
  }

  // ---- geometry -----------------------------------------------------------------------------

  getA1Notation(): string {
    return rectA1(this.rect, this.model.maxRows, this.model.maxCols);
  }

  getRow(): number {
    return this.rect.row + 1;
  }

  getRowIndex(): number {
    return this.rect.row + 1;
  }

  getColumn(): number {
    return this.rect.col + 1;
  }

  getNumRows(): number {
    return this.rect.rows;
  }

  getNumColumns(): number {
    return this.rect.cols;
  }

  getHeight(): number {
    return this.rect.rows;
  }

  getWidth(): number {
    return this.rect.cols;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.rows;
  }

  getLastColumn(): number {
    return this.rect.col + this.rect.cols;
  }

  getGridId(): number {
    return this.model.id;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.self();
    return asGas(this.env.make.sheet(this.model));
  }

  getCell(row: number, column: number): GRange {
    this.self();
    if (row < 1 || row > this.rect.rows || column < 1 || column > this.rect.cols)
      this.env.fail(this.env.msg.outsideSheet);
    return asGas(
      this.env.make.range(this.model, {
        row: this.rect.row + row - 1,
        col: this.rect.col + column - 1,
        rows: 1,
        cols: 1,
      }),
    );
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    this.self();
    const rect = checkedRect(
      this.env,
      this.model,
      this.rect.row + 1 + rowOffset,
      this.rect.col + 1 + columnOffset,
      numRows ?? this.rect.rows,
      numColumns ?? this.rect.cols,
    );
    return asGas(this.env.make.range(this.model, rect));
  }

  activate(): GRange {
    const self = this.self();
    this.env.wb.activeSheetId = this.model.id;
    this.env.wb.selection = { sheetId: this.model.id, rect: { ...this.rect } };
    return self;
  }

  canEdit(): boolean {
    this.self();
    return this.env.wb.checkEdit(this.env.user(), this.model, this.rect).blocking === undefined;
  }

  isBlank(): boolean {
    this.self();
    const contents = this.env.wb.serialized(this.model, this.rect);
    const values = this.env.wb.rawValues(this.model, this.rect);
    return (
      contents.every((row) => row.every((v) => v === null)) &&
      values.every((row) => row.every((v) => v === null))
    );
  }

  // ---- values and formulas ------------------------------------------------------------------

  getValues(): unknown[][] {
    this.self();
    return this.env.wb.values(this.model, this.rect, this.env.makeDate);
  }

  getValue(): unknown {
    this.self();
    const cell = { row: this.rect.row, col: this.rect.col, rows: 1, cols: 1 };
    return this.first(this.env.wb.values(this.model, cell, this.env.makeDate));
  }

  getDisplayValues(): string[][] {
    this.self();
    return this.env.wb.displayValues(this.model, this.rect);
  }

  getDisplayValue(): string {
    this.self();
    return this.first(this.env.wb.displayValues(this.model, { ...this.rect, rows: 1, cols: 1 }));
  }

  getFormulas(): string[][] {
    this.self();
    return this.env.wb.formulas(this.model, this.rect);
  }

  getFormula(): string {
    this.self();
    return this.first(this.env.wb.formulas(this.model, { ...this.rect, rows: 1, cols: 1 }));
  }

  /** Writes script values: strings parse like typed input, Dates become date serials with a date format. */
  private writeValues(values: unknown[][]): void {
    const tz = this.env.wb.timeZone;
    this.env.guard(this.model, this.rect);
    const contents: RawCellContent[][] = values.map((row, r) =>
      row.map((v, c) => {
        const rr = this.rect.row + r;
        const cc = this.rect.col + c;
        const fmt = this.model.attrs(rr, cc)?.numberFormat;
        const written = toContent(v, tz, fmt === '@');
        if (written.date && !isDateFormat(fmt)) {
          this.model.editAttrs(rr, cc).numberFormat =
            written.date === 'date' ? DATE_FORMAT : DATE_TIME_FORMAT;
        }
        return written.content;
      }),
    );
    this.env.wb.writeContents(this.model, this.rect.row, this.rect.col, contents);
  }

  private checkWritable(value: unknown, method: string, where: string): void {
    const why = unwritable(value);
    if (why) {
      this.env.fail(
        this.env.msg.badParameters(
          method === 'setValues' ? 'Object[][]' : 'Object',
          `SpreadsheetApp.Range.${method}`,
          this.env.msg.unwritable(where, why),
        ),
      );
    }
  }

  setValues(values: unknown[][]): GRange {
    const self = this.self();
    const rows = checkShape(this.env, values, this.rect, 'SpreadsheetApp.Range.setValues');
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        this.checkWritable(v, 'setValues', `values[${r}][${c}]`);
      });
    });
    this.writeValues(rows);
    return self;
  }

  /** On a multi-cell range, Sheets writes the value into every cell. */
  setValue(value: unknown): GRange {
    const self = this.self();
    this.checkWritable(value, 'setValue', 'The value');
    this.writeValues(this.grid(() => value));
    return self;
  }

  setFormulas(formulas: string[][]): GRange {
    const self = this.self();
    const rows = checkShape(this.env, formulas, this.rect, 'SpreadsheetApp.Range.setFormulas');
    for (const row of rows) {
      for (const f of row) {
        if (typeof f !== 'string') {
          this.env.fail(
            this.env.msg.badParameters(
              'Object[][]',
              'SpreadsheetApp.Range.setFormulas',
              this.env.msg.formulasMustBeStrings,
            ),
          );
        }
      }
    }
    this.env.guard(this.model, this.rect);
    const contents = rows.map((row) => row.map((f) => (f === '' ? null : (f as string))));
    this.env.wb.writeContents(this.model, this.rect.row, this.rect.col, contents);
    return self;
  }

  /** On a multi-cell range the formula is filled, relative references following each cell. */
  setFormula(formula: string): GRange {
    const self = this.self();
    if (typeof formula !== 'string') {
      this.env.fail(
        this.env.msg.badParameters(
          typeof formula,
          'SpreadsheetApp.Range.setFormula',
          this.env.msg.expected('a string'),
        ),
      );
    }
    this.env.guard(this.model, this.rect);
    const { row, col } = this.rect;
    this.env.wb.writeContents(this.model, row, col, [[formula === '' ? null : formula]]);
    if (this.rect.rows > 1 || this.rect.cols > 1) {
      this.env.wb.fillFrom(
        { sheet: this.model, rect: { row, col, rows: 1, cols: 1 } },
        { sheet: this.model, rect: this.rect },
      );
    }
    return self;
  }

  clearContent(): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    this.env.wb.writeContents(
      this.model,
      this.rect.row,
      this.rect.col,
      this.grid(() => null),
    );
    return self;
  }

  clearFormat(): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    for (const key of FORMAT_KEYS) this.env.wb.setAttr(this.model, this.rect, key, () => undefined);
    return self;
  }

  clearNote(): GRange {
    return this.setAll('note', undefined);
  }

  clearDataValidations(): GRange {
    return this.setAll('validation', undefined);
  }

  /** clear() empties contents and formats; options narrow it as in Apps Script. */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): GRange {
    const self = this.self();
    const o = options ?? {};
    const narrowed = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!narrowed || o.contentsOnly) this.clearContent();
    if (!narrowed || o.formatOnly) this.clearFormat();
    if (o.commentsOnly) this.clearNote();
    if (o.validationsOnly) this.clearDataValidations();
    return self;
  }

  copyTo(destination: GRange, options?: unknown): void {
    this.self();
    const dst = destination as unknown as FakeRange;
    const opts = (typeof options === 'object' && options !== null ? options : {}) as {
      contentsOnly?: boolean;
      formatOnly?: boolean;
    };
    // A single-cell destination takes the source's size, as a paste does.
    const rect =
      dst.rect.rows === 1 && dst.rect.cols === 1
        ? { ...dst.rect, rows: this.rect.rows, cols: this.rect.cols }
        : dst.rect;
    this.env.guard(dst.model, rect);
    if (!opts.formatOnly)
      this.env.wb.fillFrom({ sheet: this.model, rect: this.rect }, { sheet: dst.model, rect });
    if (!opts.contentsOnly) {
      for (const [r, c] of cellsOf(rect)) {
        const src = this.model.attrs(
          this.rect.row + ((r - rect.row) % this.rect.rows),
          this.rect.col + ((c - rect.col) % this.rect.cols),
        );
        const copy = src && structuredClone(src);
        // A pasted rule moves its formula's anchor by as much as the paste moves the cell.
        const anchor = copy?.validation?.anchor;
        if (anchor) {
          anchor.row += r - (this.rect.row + ((r - rect.row) % this.rect.rows));
          anchor.col += c - (this.rect.col + ((c - rect.col) % this.rect.cols));
        }
        dst.model.setAttrs(r, c, copy);
      }
    }
  }

  sort(sortSpecObj: unknown): GRange {
    const self = this.self();
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((s) => {
      const column = typeof s === 'number' ? s : Number((s as { column?: unknown })?.column);
      const ascending =
        typeof s === 'object' && s !== null && 'ascending' in s
          ? Boolean((s as { ascending: unknown }).ascending)
          : true;
      const col = column - 1 - this.rect.col;
      if (!Number.isInteger(col) || col < 0 || col >= this.rect.cols) {
        this.env.fail(this.env.msg.columnNotInRange(column));
      }
      return { col, ascending };
    });
    this.env.guard(this.model, this.rect);
    this.env.wb.sortRows(this.model, this.rect, keys);
    return self;
  }

  // ---- formats ------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.attrGrid('numberFormat', DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.first(this.getNumberFormats());
  }

  setNumberFormat(numberFormat: string): GRange {
    return this.setAll('numberFormat', String(numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    return this.setGrid('numberFormat', numberFormats, 'setNumberFormats', (v) =>
      v == null ? undefined : String(v),
    );
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.attrGrid('fontWeight', 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first(this.getFontWeights());
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this.setAll('fontWeight', fontWeight ?? undefined);
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GRange {
    return this.setGrid('fontWeight', fontWeights, 'setFontWeights', (v) =>
      v == null ? undefined : String(v),
    );
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.attrGrid('fontStyle', 'normal') as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first(this.getFontStyles());
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this.setAll('fontStyle', fontStyle ?? undefined);
  }

  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): GRange {
    return this.setGrid('fontStyle', fontStyles, 'setFontStyles', (v) =>
      v == null ? undefined : String(v),
    );
  }

  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRange {
    return this.setAll('fontLine', fontLine ?? undefined);
  }

  getFontFamilies(): string[][] {
    return this.attrGrid('fontFamily', 'Arial');
  }

  getFontFamily(): string {
    return this.first(this.getFontFamilies());
  }

  setFontFamily(fontFamily: string | null): GRange {
    return this.setAll('fontFamily', fontFamily ?? undefined);
  }

  setFontFamilies(fontFamilies: (string | null)[][]): GRange {
    return this.setGrid('fontFamily', fontFamilies, 'setFontFamilies', (v) =>
      v == null ? undefined : String(v),
    );
  }

  getFontSizes(): number[][] {
    return this.attrGrid('fontSize', 10);
  }

  getFontSize(): number {
    return this.first(this.getFontSizes());
  }

  setFontSize(size: number): GRange {
    return this.setAll('fontSize', Number(size));
  }

  setFontSizes(sizes: number[][]): GRange {
    return this.setGrid('fontSize', sizes, 'setFontSizes', (v) =>
      v == null ? undefined : Number(v),
    );
  }

  getFontColors(): string[][] {
    return this.attrGrid('fontColor', '#000000');
  }

  getFontColor(): string {
    return this.first(this.getFontColors());
  }

  setFontColor(color: string | null): GRange {
    return this.setAll('fontColor', normalizeColor(color));
  }

  setFontColors(colors: unknown[][]): GRange {
    return this.setGrid('fontColor', colors, 'setFontColors', (v) =>
      normalizeColor(v as string | null),
    );
  }

  getBackgrounds(): string[][] {
    return this.attrGrid('background', '#ffffff');
  }

  getBackground(): string {
    return this.first(this.getBackgrounds());
  }

  setBackground(color: string | null): GRange {
    return this.setAll('background', normalizeColor(color));
  }

  setBackgrounds(color: (string | null)[][]): GRange {
    return this.setGrid('background', color, 'setBackgrounds', (v) =>
      normalizeColor(v as string | null),
    );
  }

  getHorizontalAlignments(): string[][] {
    return this.attrGrid('horizontalAlignment', 'general');
  }

  getHorizontalAlignment(): string {
    return this.first(this.getHorizontalAlignments());
  }

  setHorizontalAlignment(alignment: HAlign): GRange {
    return this.setAll('horizontalAlignment', alignment ?? undefined);
  }

  setHorizontalAlignments(alignments: HAlign[][]): GRange {
    return this.setGrid('horizontalAlignment', alignments, 'setHorizontalAlignments', (v) =>
      v == null ? undefined : String(v),
    );
  }

  getVerticalAlignments(): string[][] {
    return this.attrGrid('verticalAlignment', 'bottom');
  }

  getVerticalAlignment(): string {
    return this.first(this.getVerticalAlignments());
  }

  setVerticalAlignment(alignment: VAlign): GRange {
    return this.setAll('verticalAlignment', alignment ?? undefined);
  }

  setVerticalAlignments(alignments: VAlign[][]): GRange {
    return this.setGrid('verticalAlignment', alignments, 'setVerticalAlignments', (v) =>
      v == null ? undefined : String(v),
    );
  }

  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.attrGrid('wrapStrategy', 'OVERFLOW').map((row) => row.map((s) => asEnum(s)));
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.first(this.getWrapStrategies());
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this.setAll('wrapStrategy', String(strategy));
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): GRange {
    return this.setGrid('wrapStrategy', strategies, 'setWrapStrategies', (v) =>
      v == null ? undefined : String(v),
    );
  }

  getWraps(): boolean[][] {
    return this.attrGrid('wrapStrategy', 'OVERFLOW').map((row) => row.map((s) => s === 'WRAP'));
  }

  getWrap(): boolean {
    return this.first(this.getWraps());
  }

  setWrap(isWrapEnabled: boolean): GRange {
    return this.setAll('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this.setGrid('wrapStrategy', isWrapEnabled, 'setWraps', (v) =>
      v ? 'WRAP' : 'OVERFLOW',
    );
  }

  /** Outer edges take top/left/bottom/right, inner edges vertical/horizontal; null leaves an edge as is. */
  setBorder(...[top, left, bottom, right, vertical, horizontal, color, style]: BorderArgs): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    const side: BorderSide = {
      color: normalizeColor(color ?? null) ?? '#000000',
      style: style ? String(style) : 'SOLID',
    };
    const { row, col, rows, cols } = this.rect;
    for (const [r, c] of cellsOf(this.rect)) {
      const flags = {
        top: r === row ? top : horizontal,
        bottom: r === row + rows - 1 ? bottom : horizontal,
        left: c === col ? left : vertical,
        right: c === col + cols - 1 ? right : vertical,
      };
      const attrs = this.model.editAttrs(r, c);
      const borders = { ...attrs.borders };
      for (const [edge, flag] of Object.entries(flags) as [keyof typeof flags, boolean | null][]) {
        if (flag === true) borders[edge] = { ...side };
        else if (flag === false) delete borders[edge];
      }
      if (Object.keys(borders).length > 0) attrs.borders = borders;
      else delete attrs.borders;
    }
    return self;
  }

  // ---- notes and validation -----------------------------------------------------------------

  getNotes(): string[][] {
    return this.attrGrid('note', '');
  }

  getNote(): string {
    return this.first(this.getNotes());
  }

  setNote(note: string | null): GRange {
    return this.setAll('note', note ? String(note) : undefined);
  }

  setNotes(notes: (string | null)[][]): GRange {
    return this.setGrid('note', notes, 'setNotes', (v) => (v ? String(v) : undefined));
  }

  getDataValidations(): (GValidation | null)[][] {
    return this.grid((r, c) => {
      const spec = this.model.attrs(r, c)?.validation;
      return spec
        ? asGas<GValidation>(new FakeDataValidation(this.env, structuredClone(spec)))
        : null;
    });
  }

  getDataValidation(): GValidation | null {
    return this.first(this.getDataValidations());
  }

  private specOf(rule: unknown): ValidationSpec | undefined {
    if (rule === null || rule === undefined) return undefined;
    if (!(rule instanceof FakeDataValidation)) {
      return this.env.fail(
        this.env.msg.badParameters(
          typeof rule,
          'SpreadsheetApp.Range.setDataValidation',
          this.env.msg.expected('a DataValidation'),
        ),
      );
    }
    return structuredClone(rule.spec);
  }

  setDataValidation(rule: GValidation | null): GRange {
    const spec = this.specOf(rule);
    // One rule for the whole range: a custom formula is relative to the range's top-left cell
    // (help: "Data validation", custom formula), however the rows inside it move later.
    if (spec?.criteria === 'CUSTOM_FORMULA')
      spec.anchor = { row: this.rect.row, col: this.rect.col };
    return this.setAll('validation', spec);
  }

  setDataValidations(rules: (GValidation | null)[][]): GRange {
    return this.setGrid('validation', rules, 'setDataValidations', (v) => this.specOf(v));
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const self = this.self();
    const args = [checkedValue, uncheckedValue].filter(
      (v) => v !== undefined,
    ) as ValidationSpec['args'];
    this.setAll('validation', { criteria: 'CHECKBOX', args, allowInvalid: false, helpText: null });
    const unchecked = uncheckedValue ?? false;
    const values = this.env.wb.serialized(this.model, this.rect);
    const contents = values.map((row) =>
      row.map((v) => (v === null ? (unchecked as RawCellContent) : v)),
    );
    this.env.wb.writeContents(this.model, this.rect.row, this.rect.col, contents);
    return self;
  }

  removeCheckboxes(): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    for (const [r, c] of cellsOf(this.rect)) {
      const attrs = this.model.attrs(r, c);
      if (attrs?.validation?.criteria === 'CHECKBOX') {
        const { validation: _drop, ...rest } = attrs;
        this.model.setAttrs(r, c, rest);
      }
    }
    return self;
  }

  private checkboxStates(): ('checked' | 'unchecked' | 'other')[][] {
    const values = this.env.wb.rawValues(this.model, this.rect);
    return this.grid((r, c) => {
      const spec = this.model.attrs(r, c)?.validation;
      if (spec?.criteria !== 'CHECKBOX') return 'other';
      const v = values[r - this.rect.row]?.[c - this.rect.col];
      const [on = true, off = false] = spec.args;
      if (v === on) return 'checked';
      if (v === off || v === null) return 'unchecked';
      return 'other';
    });
  }

  private setChecks(checked: boolean): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    const states = this.checkboxStates();
    const current = this.env.wb.serialized(this.model, this.rect);
    const contents = states.map((row, r) =>
      row.map((s, c) => {
        if (
          s === 'other' &&
          this.model.attrs(this.rect.row + r, this.rect.col + c)?.validation?.criteria !==
            'CHECKBOX'
        ) {
          return current[r]?.[c] ?? null;
        }
        const [on = true, off = false] =
          this.model.attrs(this.rect.row + r, this.rect.col + c)?.validation?.args ?? [];
        return (checked ? on : off) as RawCellContent;
      }),
    );
    this.env.wb.writeContents(this.model, this.rect.row, this.rect.col, contents);
    return self;
  }

  check(): GRange {
    return this.setChecks(true);
  }

  uncheck(): GRange {
    return this.setChecks(false);
  }

  isChecked(): boolean | null {
    const states = this.checkboxStates().flat();
    if (states.every((s) => s === 'checked')) return true;
    if (states.every((s) => s === 'unchecked')) return false;
    return null;
  }

  // ---- merges -------------------------------------------------------------------------------

  private mergeRects(rects: GridRect[]): GRange {
    const self = this.self();
    this.env.guard(this.model, this.rect);
    const inside = (m: GridRect) =>
      m.row >= this.rect.row &&
      m.col >= this.rect.col &&
      m.row + m.rows <= this.rect.row + this.rect.rows &&
      m.col + m.cols <= this.rect.col + this.rect.cols;
    if (this.model.merges.some((m) => rectsIntersect(m, this.rect) && !inside(m)))
      this.env.fail(this.env.msg.partialMerge);
    this.model.merges = this.model.merges.filter((m) => !inside(m));
    for (const rect of rects) {
      if (rect.rows === 1 && rect.cols === 1) continue;
      this.model.merges.push(rect);
      // Sheets keeps only the top-left value of a merged block.
      const blank = Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => (r === 0 && c === 0 ? undefined : null)),
      );
      const current = this.env.wb.serialized(this.model, rect);
      const contents = blank.map((row, r) =>
        row.map((v, c) => (v === undefined ? (current[r]?.[c] ?? null) : v)),
      );
      this.env.wb.writeContents(this.model, rect.row, rect.col, contents);
    }
    return self;
  }

  merge(): GRange {
    return this.mergeRects([{ ...this.rect }]);
  }

  mergeAcross(): GRange {
    return this.mergeRects(
      Array.from({ length: this.rect.rows }, (_, r) => ({
        ...this.rect,
        row: this.rect.row + r,
        rows: 1,
      })),
    );
  }

  mergeVertically(): GRange {
    return this.mergeRects(
      Array.from({ length: this.rect.cols }, (_, c) => ({
        ...this.rect,
        col: this.rect.col + c,
        cols: 1,
      })),
    );
  }

  breakApart(): GRange {
    return this.mergeRects([]);
  }

  getMergedRanges(): GRange[] {
    this.self();
    return this.model.merges
      .filter((m) => rectsIntersect(m, this.rect))
      .map((m) => asGas(this.env.make.range(this.model, m)));
  }

  isPartOfMerge(): boolean {
    this.self();
    return this.model.merges.some((m) => rectsIntersect(m, this.rect));
  }

  // ---- protection and metadata --------------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.self();
    const wb = this.env.wb;
    const id = wb.nextProtectionId++;
    wb.protections.push({
      id,
      type: 'RANGE',
      sheetId: this.model.id,
      rect: { ...this.rect },
      description: '',
      customEditors: false,
      editors: [],
      warningOnly: false,
      domainEdit: false,
      unprotected: [],
    });
    return asGas(this.env.make.protection(id));
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GRange {
    const self = this.self();
    addMetadata(this.env, rangeLocation(this.env, this.model, this.rect), key, a, b);
    return self;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.self();
    const { rect, model } = this;
    if (rect.col === 0 && rect.cols === model.maxCols && rect.rows === 1) {
      return metadataAt(this.env, { type: 'ROW', sheet: model, row: rect.row });
    }
    if (rect.row === 0 && rect.rows === model.maxRows && rect.cols === 1) {
      return metadataAt(this.env, { type: 'COLUMN', sheet: model, col: rect.col });
    }
    return [];
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.self();
    return asGas(
      new FakeDeveloperMetadataFinder(this.env, {
        type: 'RANGE',
        sheet: this.model,
        rect: this.rect,
      }),
    );
  }
}
