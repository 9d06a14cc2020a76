import type { GasInfo } from '../core/expose';

export type { GasInfo };

/** Fakes implement only a Pick of the real interface, so returning them needs this one cast. */
export function asGas<T>(fake: object): T {
  return fake as unknown as T;
}

/** Enum members are strings here; the typings declare numeric enums. */
export function asEnum<T>(member: string): T {
  return member as unknown as T;
}

function enumOf<const K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

// Apps Script enums are objects whose members print as their names; strings compare the same way.
export const ENUMS = {
  ProtectionType: enumOf('RANGE', 'SHEET'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  DataValidationCriteria: enumOf(
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  ),
  BooleanCriteria: enumOf(
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'CUSTOM_FORMULA',
  ),
  DeveloperMetadataVisibility: enumOf('DOCUMENT', 'PROJECT'),
  DeveloperMetadataLocationType: enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'),
  Dimension: enumOf('COLUMNS', 'ROWS'),
  AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
  AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
  Button: enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO'),
  ButtonSet: enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'),
  SandboxMode: enumOf('EMULATED', 'IFRAME', 'NATIVE'),
  XFrameOptionsMode: enumOf('ALLOWALL', 'DEFAULT'),
  // reference/charts: the enums of the Charts service.
  ChartType: enumOf(
    'TIMELINE',
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'RADAR',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TREEMAP',
    'WATERFALL',
  ),
  ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
  CurveStyle: enumOf('NORMAL', 'SMOOTH'),
  PointStyle: enumOf('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'),
  Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
} as const;

/** Range.setBorder's arguments: the six edges, then an optional colour and style. */
export type BorderArgs = [
  top: boolean | null,
  left: boolean | null,
  bottom: boolean | null,
  right: boolean | null,
  vertical: boolean | null,
  horizontal: boolean | null,
  color?: string | null,
  style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
];

/** Accepts a User-like object or an email, as Protection.addEditor and friends do. */
export function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  if (typeof user === 'object' && user !== null && 'getEmail' in user) {
    return String((user as { getEmail(): unknown }).getEmail());
  }
  return String(user);
}

export function isGasInfo(x: unknown): x is GasInfo {
  return typeof x === 'object' && x !== null && 'methods' in x;
}
