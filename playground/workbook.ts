import type {
  CellAttrs,
  ConditionalFormat,
  Runtime,
  SerializedSheet,
  SerializedState,
} from '../runtime';
import { columnLetters } from '../runtime/core/a1';
import { a1Of } from './a1';
import type { CellView, ColumnView, RowView, SheetView, TabView } from './types';

/** Sheets' defaults for a column nobody sized and a row nobody sized. */
const DEFAULT_WIDTH = 100;
const DEFAULT_HEIGHT = 21;
/** Empty rows and columns drawn past the data, so there is somewhere to type. */
const SPARE_ROWS = 20;
const MIN_ROWS = 40;
const MIN_COLUMNS = 26;

export function tabsOf(state: SerializedState): TabView[] {
  return state.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    hidden: s.hidden,
    color: s.tabColor,
  }));
}

/** The active tab as the page draws it, read with the runtime's uncounted reads. */
export function activeSheet(rt: Runtime, state: SerializedState): SheetView {
  const sheet =
    state.sheets.find((s) => s.id === state.spreadsheet.activeSheetId) ?? state.sheets[0];
  if (!sheet) throw new Error('The spreadsheet has no sheets.');
  const { rows, cols } = extent(sheet);
  const hiddenColumns = new Set(sheet.columns.hidden);
  const widths = new Map(sheet.columns.widths);
  const columns: ColumnView[] = [];
  for (let c = 0; c < cols; c++) {
    if (hiddenColumns.has(c)) continue;
    columns.push({ index: c + 1, letter: columnLetters(c), width: widths.get(c) ?? DEFAULT_WIDTH });
  }
  const range = a1Of(sheet.name, `A1:${columnLetters(cols - 1)}${rows}`);
  const shown = rt.displayValues(range);
  const values = rt.values(range);
  const formats = rt.formats(range);
  const conditional = rt.conditionalFormats(range);
  const rowAttrs = new Map(sheet.rows);
  const out: RowView[] = [];
  for (let r = 0; r < rows; r++) {
    const attrs = rowAttrs.get(r);
    if (attrs?.hidden) continue;
    out.push({
      index: r + 1,
      height: attrs?.height ?? DEFAULT_HEIGHT,
      cells: columns.map((column, i) => {
        const c = column.index - 1;
        const a1 = a1Of(sheet.name, `${column.letter}${r + 1}`);
        const view = cellView(
          shown[r]?.[c] ?? '',
          values[r]?.[c],
          sheet.contents[r]?.[c],
          shownFormat(formats[r]?.[c] ?? {}, conditional[r]?.[c] ?? null),
          { error: () => rt.errorMessage(a1), link: () => rt.hyperlink(a1) },
        );
        const borders = edges(formats, r, c, (columns[i + 1]?.index ?? c + 2) - 1);
        return borders ? { ...view, borders } : view;
      }),
    });
  }
  return {
    name: sheet.name,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    columns,
    rows: out,
  };
}

function extent(sheet: SerializedSheet): { rows: number; cols: number } {
  let usedRows = sheet.contents.length;
  let usedCols = Math.max(0, ...sheet.contents.map((row) => row.length));
  for (const [r, c] of sheet.cells) {
    usedRows = Math.max(usedRows, r + 1);
    usedCols = Math.max(usedCols, c + 1);
  }
  return {
    rows: Math.min(sheet.maxRows, Math.max(MIN_ROWS, usedRows + SPARE_ROWS)),
    cols: Math.min(sheet.maxCols, Math.max(MIN_COLUMNS, usedCols)),
  };
}

/**
 * The borders on a cell's right and bottom edges. Sheets draws one line between two cells, set
 * on either: the next shown column's left border and the lower neighbour's top border count too.
 */
function edges(formats: CellAttrs[][], r: number, c: number, next: number): CellView['borders'] {
  const own = formats[r]?.[c]?.borders;
  const right = own?.right?.color ?? formats[r]?.[next]?.borders?.left?.color;
  const bottom = own?.bottom?.color ?? formats[r + 1]?.[c]?.borders?.top?.color;
  if (!right && !bottom) return undefined;
  return { ...(right ? { right } : {}), ...(bottom ? { bottom } : {}) };
}

/** A conditional format that holds paints over the cell's own format, as in Sheets. */
function shownFormat(attrs: CellAttrs, conditional: ConditionalFormat | null): CellAttrs {
  if (!conditional) return attrs;
  const shown = { ...attrs };
  if (conditional.background) shown.background = conditional.background;
  if (conditional.fontColor) shown.fontColor = conditional.fontColor;
  if (conditional.bold !== undefined) shown.fontWeight = conditional.bold ? 'bold' : 'normal';
  if (conditional.italic !== undefined) shown.fontStyle = conditional.italic ? 'italic' : 'normal';
  if (conditional.strikethrough) shown.fontLine = 'line-through';
  if (conditional.underline) shown.fontLine = 'underline';
  return shown;
}

const ALIGN: Readonly<Record<string, CellView['align']>> = {
  left: 'left',
  center: 'center',
  right: 'right',
  normal: undefined,
};

/** Lookups that cost more than a read, made only for the cells that need them. */
interface CellLookups {
  error(): string | undefined;
  link(): string | undefined;
}

const FONT_LINES: readonly string[] = ['underline', 'line-through'];

function cellView(
  text: string,
  value: unknown,
  content: unknown,
  attrs: CellAttrs,
  lookups: CellLookups,
): CellView {
  const input = content === null || content === undefined ? '' : String(content);
  // Only an error's display starts with '#', so the (slower) lookup runs for those alone.
  const error = text.startsWith('#') ? lookups.error() : undefined;
  const link = /^=.*HYPERLINK\(/i.test(input) ? lookups.link() : undefined;
  const cell: { -readonly [K in keyof CellView]: CellView[K] } = { text };
  if (input !== text) cell.input = input;
  if (attrs.background && attrs.background !== '#ffffff') cell.background = attrs.background;
  if (attrs.fontColor && attrs.fontColor !== '#000000') cell.color = attrs.fontColor;
  if (attrs.fontWeight === 'bold') cell.bold = true;
  if (attrs.fontStyle === 'italic') cell.italic = true;
  if (attrs.fontSize !== undefined && attrs.fontSize !== 10) cell.size = attrs.fontSize;
  if (attrs.fontLine && FONT_LINES.includes(attrs.fontLine))
    cell.line = attrs.fontLine as CellView['line'];
  // Sheets wraps text; a number that does not fit its column never wraps.
  if ((attrs.wrap || attrs.wrapStrategy === 'WRAP') && typeof value === 'string') cell.wrap = true;
  if (link) cell.link = link;
  if (attrs.note) cell.note = attrs.note;
  if (error !== undefined) cell.error = error || text;
  // Sheets' automatic alignment: numbers and dates right, booleans centred, text left.
  const align =
    ALIGN[attrs.horizontalAlignment?.toLowerCase() ?? 'normal'] ??
    (typeof value === 'number' || value instanceof Date
      ? 'right'
      : typeof value === 'boolean' || error !== undefined
        ? 'center'
        : undefined);
  if (align) cell.align = align;
  return cell;
}
