import { el } from '../../src/ui/dom';
import type { CellView, RowView, SheetView } from '../types';

/** Height of the column-letter row; style.css uses the same number for `--header-height`. */
export const HEADER_HEIGHT = 24;

/**
 * The tab as a table: the sheet's column widths, its frozen rows sticky under the letters and its
 * frozen columns sticky beside the row numbers, and every cell's text as a text node. A cell's
 * text runs on over empty neighbours, as in Sheets, unless it wraps (then its row grows).
 */
export function drawTable(sheet: SheetView): HTMLTableElement {
  const width = sheet.columns.reduce((sum, c) => sum + c.width, 0);
  const table = el('table', { class: 'cells', role: 'grid', 'aria-label': sheet.name });
  table.style.width = `calc(var(--gutter) + ${width}px)`;
  const lefts = frozenLefts(sheet);
  table.append(
    el(
      'colgroup',
      {},
      el('col', { class: 'gutter' }),
      ...sheet.columns.map((c) => {
        const col = el('col');
        col.style.width = `${c.width}px`;
        return col;
      }),
    ),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { class: 'corner gutter', 'aria-hidden': 'true' }),
        ...sheet.columns.map((c, i) => stick(el('th', { scope: 'col' }, c.letter), lefts[i])),
      ),
    ),
  );
  let frozenTop = HEADER_HEIGHT;
  const body = el('tbody');
  for (const row of sheet.rows) {
    const tr = drawRow(sheet, row, lefts);
    if (row.index <= sheet.frozenRows) {
      tr.classList.add('frozen');
      for (const cell of tr.children) (cell as HTMLElement).style.top = `${frozenTop}px`;
      frozenTop += row.height;
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** Where each frozen column sticks: after the row numbers and the frozen columns before it. */
function frozenLefts(sheet: SheetView): (string | undefined)[] {
  let left = 0;
  return sheet.columns.map((c) => {
    if (c.index > sheet.frozenColumns) return undefined;
    const at = `calc(var(--gutter) + ${left}px)`;
    left += c.width;
    return at;
  });
}

function stick<T extends HTMLElement>(cell: T, left: string | undefined): T {
  if (left === undefined) return cell;
  cell.classList.add('frozen-column');
  cell.style.left = left;
  return cell;
}

function drawRow(
  sheet: SheetView,
  row: RowView,
  lefts: readonly (string | undefined)[],
): HTMLTableRowElement {
  const tr = el(
    'tr',
    { 'data-row': row.index },
    el('th', { class: 'gutter', scope: 'row' }, String(row.index)),
  );
  tr.style.height = `${row.height}px`;
  row.cells.forEach((cell, i) => {
    const column = sheet.columns[i];
    if (!column) return;
    const next = row.cells[i + 1];
    tr.append(
      stick(
        drawCell(`${column.letter}${row.index}`, cell, next === undefined || next.text === ''),
        lefts[i],
      ),
    );
  });
  return tr;
}

function drawCell(a1: string, cell: CellView, nextIsEmpty: boolean): HTMLTableCellElement {
  const spills = cell.text !== '' && nextIsEmpty && !cell.wrap && (cell.align ?? 'left') === 'left';
  // Spilled text is drawn over the empty neighbour (text paints after backgrounds), so it must
  // not take the neighbour's taps: Sheets edits the cell whose box was tapped (I3 beside a long H3).
  const text: Node | string = cell.link
    ? el('a', { class: 'link', href: cell.link, 'data-link': cell.link }, cell.text)
    : spills
      ? el('span', { class: 'spilled' }, cell.text)
      : cell.text;
  const td = el('td', { 'data-cell': a1, tabindex: -1 }, text);
  const style = td.style;
  if (cell.background) style.backgroundColor = cell.background;
  if (cell.color) style.color = cell.color;
  if (cell.bold) style.fontWeight = 'bold';
  if (cell.italic) style.fontStyle = 'italic';
  if (cell.size) style.fontSize = `${(cell.size * 4) / 3}px`;
  if (cell.line) style.textDecoration = cell.line;
  if (cell.align) style.textAlign = cell.align;
  if (cell.borders?.right) style.borderRightColor = cell.borders.right;
  if (cell.borders?.bottom) style.borderBottomColor = cell.borders.bottom;
  const tips = [cell.error, cell.note].filter((t): t is string => Boolean(t));
  if (tips.length > 0) td.title = tips.join('\n\n');
  if (cell.note) td.classList.add('has-note');
  if (cell.error) td.classList.add('error');
  if (cell.wrap) td.classList.add('wrap');
  if (spills) td.classList.add('spill');
  return td;
}
