/**
 * The playground's JSON API, shared by the server and the page. Everything from the sheet is
 * plain data here; the page renders it as text.
 */

/** One cell of the grid as the page draws it. Absent fields mean Sheets' default. */
export interface CellView {
  /** What the cell shows (its display value). */
  readonly text: string;
  /** What an editor starts from (a formula, or a value typed differently), when not `text`. */
  readonly input?: string;
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points, when not Sheets' default 10. */
  readonly size?: number;
  readonly line?: 'underline' | 'line-through';
  /** Border colours on the cell's right and bottom edges (a neighbour's left/top border included). */
  readonly borders?: { readonly right?: string; readonly bottom?: string };
  /** Text wraps inside the cell and the row grows, as Sheets' wrap strategy WRAP does. */
  readonly wrap?: boolean;
  /** A `HYPERLINK(url, label)` cell's url: `#gid=…&range=…` jumps inside the spreadsheet. */
  readonly link?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly note?: string;
  /** An error cell's hover text (`#ERROR!`, `#REF!`…). */
  readonly error?: string;
}

export interface ColumnView {
  /** 1-based, as in A1 notation. */
  readonly index: number;
  readonly letter: string;
  readonly width: number;
}

export interface RowView {
  readonly index: number;
  readonly height: number;
  /** One cell per visible column, in the order of `SheetView.columns`. */
  readonly cells: readonly CellView[];
}

/** The active tab, hidden rows and columns left out. */
export interface SheetView {
  readonly name: string;
  readonly frozenRows: number;
  /** Columns 1 to this one stay on screen when the grid scrolls sideways. */
  readonly frozenColumns: number;
  readonly columns: readonly ColumnView[];
  readonly rows: readonly RowView[];
}

export interface TabView {
  /** The sheet's gid, as `#gid=` links name it. */
  readonly id: number;
  readonly name: string;
  readonly hidden: boolean;
  readonly color: string | null;
}

/** An entry of the add-on's menu, as the script built it. */
export type MenuItemView =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly caption: string; readonly items: readonly MenuItemView[] };

/** Something the script showed the user, numbered so the page shows each once. */
export type UiEvent =
  | {
      readonly seq: number;
      readonly kind: 'modal' | 'modeless' | 'sidebar';
      readonly title: string;
      /** `/view/<id>`: the HTML the script showed, with `google.script.run` bridged. */
      readonly url: string;
      readonly width: number | null;
      readonly height: number | null;
    }
  | {
      readonly seq: number;
      readonly kind: 'alert' | 'prompt';
      readonly title: string | null;
      readonly prompt: string;
      readonly buttons: string;
      /** The local runtime answers at once (the first button): the script has already moved on. */
      readonly answer: string;
    }
  | {
      readonly seq: number;
      readonly kind: 'toast';
      readonly title: string;
      readonly message: string;
    };

/** One series of a chart: a line or bars, on the left axis (0) or the right one (1). */
export interface SeriesDrawing {
  readonly label: string;
  readonly kind: 'line' | 'bars';
  readonly axis: 0 | 1;
  readonly color: string;
  /** One value per category; null where the cell is blank or not a number. */
  readonly values: readonly (number | null)[];
}

/** An embedded chart as the page draws it over the grid, at its anchor cell. */
export interface ChartDrawing {
  readonly id: number;
  readonly title: string;
  /** The cell it is anchored to (A1), and the offset from its top-left corner. */
  readonly anchor: string;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
  /** The domain: one label per category (the chart table's first column). */
  readonly categories: readonly string[];
  readonly series: readonly SeriesDrawing[];
  readonly axisTitles: readonly [string, string];
}

/** Someone the page can act as (`POST /api/user`). */
export interface PersonView {
  readonly email: string;
  /** "Coach", the athlete's name on the roster, or the email. */
  readonly label: string;
}

/** `GET /api/state?since=<seq>` */
export interface WorkbookView {
  readonly spreadsheet: string;
  /** Whom the runtime acts as now (the active user), and whom it can act as. */
  readonly user: string;
  readonly people: readonly PersonView[];
  /** Where Save state and Load state go. */
  readonly stateFile: string;
  /** The add-on's menu (Extensions → Offseason). */
  readonly menu: readonly MenuItemView[];
  readonly tabs: readonly TabView[];
  readonly active: SheetView;
  /** The active tab's embedded charts. */
  readonly charts: readonly ChartDrawing[];
  /** UI events after `since`; the newest `seq` is `lastSeq`. */
  readonly events: readonly UiEvent[];
  readonly lastSeq: number;
}

/** `POST /api/edit` `{ sheet, cell, value }`: `rt.edit`'s answer. */
export type EditReply =
  | { readonly ok: true; readonly warning?: string; readonly triggerError?: string }
  | { readonly ok: false; readonly reason: string; readonly message: string };

/** `POST /api/menu`, `/api/select`, `/api/user`, `/api/state/save`, `/api/state/load`. */
export type ActionReply = { readonly ok: true; readonly path?: string } | ActionRefusal;
export interface ActionRefusal {
  readonly ok: false;
  readonly message: string;
}
