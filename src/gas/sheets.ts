type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `insertSheet` throws when the name is taken (reference/spreadsheet), so trying it costs one
 * call where looking first would cost two.
 */
const taken = (error: unknown): boolean =>
  /already exists/i.test(String((error as Error)?.message ?? error));

/** A new sheet named `name`, or undefined when one exists: never a second one, never an overwrite. */
export function insertIfMissing(ss: Spreadsheet, name: string): Sheet | undefined {
  try {
    return ss.insertSheet(name);
  } catch (error) {
    if (taken(error)) return undefined;
    throw error;
  }
}

const MAX_SHEET_NAME = 100;

/** A new sheet named `wanted`, or "wanted (2)", "wanted (3)"… when taken or reserved. */
export function insertUnique(
  ss: Spreadsheet,
  wanted: string,
  reserved: ReadonlySet<string>,
): { sheet: Sheet; name: string } {
  const base = wanted
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SHEET_NAME - 6);
  for (let n = reserved.has(base.toLowerCase()) ? 2 : 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const sheet = insertIfMissing(ss, name);
    if (sheet) return { sheet, name };
  }
}

/** A sheet-qualified range's values, or undefined when that sheet does not exist. */
export function valuesIfPresent(ss: Spreadsheet, a1: string): unknown[][] | undefined {
  try {
    return ss.getRange(a1).getValues();
  } catch (error) {
    if (/range not found/i.test(String((error as Error)?.message ?? error))) return undefined;
    throw error;
  }
}
