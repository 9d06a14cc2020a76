import { el } from '../../src/ui/dom';
import type { CellView, SheetView } from '../types';
import { drawTable } from './table';

export interface GridEvents {
  /** The user moved to a cell (Sheets' active range follows). */
  select(sheet: string, cell: string, view: CellView | undefined): void;
  /** The user typed a new value and committed it; the grid is redrawn when the server answers. */
  commit(sheet: string, cell: string, value: string): void;
  /** The user followed a `HYPERLINK` cell's link. */
  follow(url: string): void;
  /** The grid was drawn (what floats over it is drawn again). */
  drawn?(): void;
}

type Move = 'up' | 'down' | 'left' | 'right';

const STEP: Readonly<Record<Move, readonly [rows: number, cols: number]>> = {
  up: [-1, 0],
  down: [1, 0],
  left: [0, -1],
  right: [0, 1],
};

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

interface Editor {
  readonly cell: string;
  readonly input: HTMLInputElement;
  readonly original: string;
  done: boolean;
}

/**
 * The active tab, edited as a person edits on a phone: tap (or move to) a cell, type, Enter.
 * Enter commits and moves down, Tab commits and moves right, Escape cancels, leaving the cell
 * commits. A redraw that arrives mid-edit waits until the edit ends, so typing is never lost.
 */
export class Grid {
  private sheet: SheetView | undefined;
  private selected: string | undefined;
  private editor: Editor | undefined;
  private waiting: SheetView | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly events: GridEvents,
  ) {
    root.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-link]');
      if (link) {
        event.preventDefault();
        this.events.follow(link.dataset.link ?? '');
        return;
      }
      const td = (event.target as Element).closest<HTMLElement>('td[data-cell]');
      if (!td || td.classList.contains('editing')) return;
      const cell = td.dataset.cell ?? '';
      this.select(cell, false);
      this.edit(cell, this.inputOf(cell));
    });
    root.addEventListener('keydown', (event) => this.onKey(event));
  }

  render(sheet: SheetView): void {
    if (this.editor) {
      this.waiting = sheet;
      return;
    }
    const hadFocus = this.root.contains(document.activeElement);
    const keep = this.sheet?.name === sheet.name ? this.selected : undefined;
    const { scrollTop, scrollLeft } = this.root;
    this.sheet = sheet;
    this.root.replaceChildren(drawTable(sheet));
    this.events.drawn?.();
    this.root.scrollTop = scrollTop;
    this.root.scrollLeft = scrollLeft;
    this.selected = keep && this.td(keep) ? keep : undefined;
    this.mark(hadFocus);
  }

  /** Selects a cell and brings it into view, as following a link to it does in Sheets. */
  reveal(cell: string): void {
    const td = this.td(cell);
    if (!td) return;
    this.select(cell, true);
    td.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor || !this.sheet) return;
    const cell = this.selected ?? 'A1';
    const arrow = ARROWS[event.key];
    if (arrow) this.move(arrow);
    else if (event.key === 'Tab') this.move(event.shiftKey ? 'left' : 'right');
    else if (event.key === 'Enter' || event.key === 'F2') this.edit(cell, this.inputOf(cell));
    else if (event.key === 'Delete' || event.key === 'Backspace')
      this.events.commit(this.sheet.name, cell, '');
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
      this.edit(cell, event.key);
    else return;
    event.preventDefault();
  }

  private td(cell: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(cell)}"]`);
  }

  /** Where a cell is in the drawn rows and columns (hidden ones are not drawn). */
  private locate(cell: string): { rowAt: number; colAt: number } | undefined {
    const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    const rowAt = this.sheet?.rows.findIndex((r) => String(r.index) === row) ?? -1;
    const colAt = this.sheet?.columns.findIndex((c) => c.letter === letters) ?? -1;
    return rowAt < 0 || colAt < 0 ? undefined : { rowAt, colAt };
  }

  private viewOf(cell: string): CellView | undefined {
    const at = this.locate(cell);
    return at && this.sheet?.rows[at.rowAt]?.cells[at.colAt];
  }

  private inputOf(cell: string): string {
    const view = this.viewOf(cell);
    return view?.input ?? view?.text ?? '';
  }

  private select(cell: string, focus: boolean): void {
    if (!this.sheet || !this.td(cell)) return;
    this.selected = cell;
    this.mark(focus);
    this.events.select(this.sheet.name, cell, this.viewOf(cell));
  }

  /** Roving focus: only the selected cell (else A1) is a Tab stop. */
  private mark(focus: boolean): void {
    for (const old of this.root.querySelectorAll('td[aria-selected], td[tabindex="0"]')) {
      old.removeAttribute('aria-selected');
      old.setAttribute('tabindex', '-1');
    }
    const td = this.td(this.selected ?? 'A1');
    if (!td) return;
    td.setAttribute('tabindex', '0');
    if (this.selected) td.setAttribute('aria-selected', 'true');
    if (focus) td.focus();
  }

  private move(direction: Move): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const at = this.locate(this.selected ?? 'A1') ?? { rowAt: 0, colAt: 0 };
    const [dr, dc] = STEP[direction];
    const row = sheet.rows[Math.min(Math.max(at.rowAt + dr, 0), sheet.rows.length - 1)];
    const column = sheet.columns[Math.min(Math.max(at.colAt + dc, 0), sheet.columns.length - 1)];
    if (row && column) this.select(`${column.letter}${row.index}`, true);
  }

  private edit(cell: string, initial: string): void {
    const td = this.td(cell);
    if (!td || !this.sheet) return;
    const input = el('input', {
      class: 'editor',
      'aria-label': `Edit ${cell}`,
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      enterkeyhint: 'done',
    });
    input.value = initial;
    const editor: Editor = { cell, input, original: this.inputOf(cell), done: false };
    this.editor = editor;
    td.classList.add('editing');
    td.append(input);
    input.focus({ preventScroll: true });
    td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    input.setSelectionRange(initial.length, initial.length);
    input.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Enter') this.finish(editor, true, 'down');
      else if (event.key === 'Tab') this.finish(editor, true, event.shiftKey ? 'left' : 'right');
      else if (event.key === 'Escape') this.finish(editor, false, undefined);
      else return;
      event.preventDefault();
    });
    input.addEventListener('blur', () => this.finish(editor, true, undefined));
  }

  private finish(editor: Editor, commit: boolean, then: Move | undefined): void {
    if (editor.done || !this.sheet) return;
    editor.done = true;
    this.editor = undefined;
    const sheet = this.sheet.name;
    const value = editor.input.value;
    editor.input.parentElement?.classList.remove('editing');
    editor.input.remove();
    // Keyboard endings keep the keyboard in the grid; a blur means the user went elsewhere.
    if (then) this.move(then);
    else if (!commit) this.select(editor.cell, true);
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) this.render(waiting);
    if (commit && value !== editor.original) this.events.commit(sheet, editor.cell, value);
  }
}
