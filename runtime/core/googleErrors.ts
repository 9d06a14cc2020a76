// Google's own error texts, so tests written against the fake hold against Sheets.

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
export function rowsMismatch(dataRows: number, rangeRows: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`;
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
export function columnsMismatch(dataCols: number, rangeCols: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${dataCols} but the range has ${rangeCols}.`;
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
export function sheetExists(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
export const RANGE_NOT_FOUND = 'Range not found';

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
export const START_ROW_TOO_SMALL = 'The starting row of the range is too small.';
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
export const START_COLUMN_TOO_SMALL = 'The starting column of the range is too small.';
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
export const ROWS_AT_LEAST_ONE = 'The number of rows in the range must be at least 1.';
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
export const COLUMNS_AT_LEAST_ONE = 'The number of columns in the range must be at least 1.';
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
export const OUTSIDE_SHEET =
  'The coordinates of the range are outside the dimensions of the sheet.';

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
export const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
export const DELETE_ALL_ROWS = 'Sorry, it is not possible to delete all non-frozen rows.';
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)
export const DELETE_LAST_SHEET = "You can't remove all the sheets in a document.";

// https://developers.google.com/apps-script/reference/spreadsheet/protection
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

// https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String)
export const METADATA_LOCATION =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

// https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

// https://developers.google.com/apps-script/guides/html/reference/run
export function functionNotFound(name: string): string {
  return `Script function not found: ${name}`;
}

// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
export function htmlFileNotFound(name: string): string {
  return `No HTML file named ${name} was found.`;
}

// https://developers.google.com/apps-script/guides/services/authorization and
// guides/support/troubleshooting#authorization-is: alternatives print as `(a || b)`, and Google
// adds where to read more, e.g. "You do not have permission to call
// SpreadsheetApp.getActiveSpreadsheet. Required permissions:
// (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets).
// For more information, see …#authorization-is" (quoted in public bug reports).
export const AUTHORIZATION_HELP =
  'https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

export function noPermission(method: string, scopes: readonly string[] = []): string {
  const base = `You do not have permission to call ${method}.`;
  if (scopes.length === 0) return base;
  const list = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `${base} Required permissions: ${list}. For more information, see ${AUTHORIZATION_HELP}`;
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
export function badParameters(signature: string, method: string, detail: string): string {
  return `The parameters (${signature}) don't match the method signature for ${method}. ${detail}`;
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
export function dataValidationViolation(a1: string): string {
  return `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
}

// https://developers.google.com/apps-script/guides/sheets/functions#arrays
export function spillBlocked(a1?: string): string {
  return a1
    ? `Array result was not expanded because it would overwrite data in ${a1}.`
    : 'Array result was not expanded because it would overwrite data.';
}
