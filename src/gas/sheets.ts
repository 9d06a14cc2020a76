type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MAX_SHEET_NAME = 100;

/**
 * What this run knows of the spreadsheet's tabs, to create tabs without ever overwriting one.
 * Nothing is decided from an exception's words: Google words them in the user's language ("Ya
 * existe una hoja con el nombre…"). Two ways to know, same answers: `listed` asks once (one
 * `getSheets()` and a `getName()` per tab), for a run that creates many tabs (a roster: nothing
 * more per athlete); `asking` asks `getSheetByName` per name it needs to read (the dialog:
 * Template and the prototype) and, for a name it only wants to create, tries `insertSheet` first:
 * Google refuses a taken name, and only then is the name asked for, so a refusal is told apart
 * from any other failure by asking, never by its message, and the common case costs no look-up.
 * Tabs the run creates join what it knows. Sheets compares tab names ignoring case, and so does
 * this. A run that creates tabs holds the document lock, so no other run adds one meanwhile.
 */
export class Tabs {
  private readonly known = new Map<string, Sheet | null>();

  private constructor(
    private readonly ss: Spreadsheet,
    private readonly listedAll: boolean,
  ) {}

  static listed(ss: Spreadsheet): Tabs {
    const tabs = new Tabs(ss, true);
    for (const sheet of ss.getSheets()) tabs.known.set(sheet.getName().toLowerCase(), sheet);
    return tabs;
  }

  static asking(ss: Spreadsheet): Tabs {
    return new Tabs(ss, false);
  }

  get(name: string): Sheet | undefined {
    const key = name.toLowerCase();
    if (!this.listedAll && !this.known.has(key)) this.known.set(key, this.ss.getSheetByName(name));
    return this.known.get(key) ?? undefined;
  }

  /**
   * A new tab named `name`, or undefined when one exists: never a second one, never an overwrite.
   * With a `template`, the new tab is a copy of it ("all data from the template sheet object will
   * be copied to the new sheet", reference/spreadsheet/spreadsheet#insertSheet(String,Object)).
   * A name not known yet is tried: `insertSheet` throws when the name is taken (and creates
   * nothing: the self-test checks it on Google); only then is the name looked up, and any other
   * failure is thrown as it came.
   */
  insertIfMissing(name: string, template?: Sheet): Sheet | undefined {
    const key = name.toLowerCase();
    if (this.listedAll || this.known.has(key)) {
      return this.known.get(key) ? undefined : this.insert(name, template);
    }
    try {
      return this.insert(name, template);
    } catch (error) {
      if (this.get(name)) return undefined;
      throw error;
    }
  }

  private insert(name: string, template: Sheet | undefined): Sheet {
    const sheet = template ? this.ss.insertSheet(name, { template }) : this.ss.insertSheet(name);
    this.known.set(name.toLowerCase(), sheet);
    return sheet;
  }

  /** Deletes a tab this run made, by the name it was given. */
  remove(sheet: Sheet, name: string): void {
    this.ss.deleteSheet(sheet);
    this.known.set(name.toLowerCase(), null);
  }

  /** A new tab named `wanted`, or "wanted (2)", "wanted (3)"… when taken or reserved. */
  insertUnique(
    wanted: string,
    reserved: ReadonlySet<string>,
    template?: Sheet,
  ): { sheet: Sheet; name: string } {
    const base = wanted
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_SHEET_NAME - 6);
    for (let n = reserved.has(base.toLowerCase()) ? 2 : 1; ; n++) {
      const name = n === 1 ? base : `${base} (${n})`;
      const sheet = this.insertIfMissing(name, template);
      if (sheet) return { sheet, name };
    }
  }
}

/** A new sheet's columns (reference/spreadsheet/spreadsheet#insertSheet(String)). */
const NEW_SHEET_COLUMNS = 26;

/**
 * Keeps the first `columns` of a sheet just made: a spreadsheet holds 10 million cells, empty
 * ones included, so a tab keeps only the columns it writes.
 */
export function keepColumns(sheet: Sheet, columns: number): void {
  sheet.deleteColumns(columns + 1, NEW_SHEET_COLUMNS - columns);
}
