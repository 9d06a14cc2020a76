import { letter, WIDTH } from '../sheet/columns';
import { PROGRAM_METADATA_KEY } from './program-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `'O''Brien'!A:O`: a sheet-qualified A1 range, with the name quoted the way Sheets wants. */
export const a1 = (sheetName: string, range: string): string =>
  `'${sheetName.replace(/'/g, "''")}'!${range}`;

/** Every column of a program tab, whole: one read gets keys, inputs, targets and helpers. */
export const WHOLE_TAB = `A:${letter(WIDTH)}`;

/** The program tabs, found by their developer metadata rather than by reading every tab. */
export function programTabs(ss: Spreadsheet): { name: string; athlete: string }[] {
  const found = ss.createDeveloperMetadataFinder().withKey(PROGRAM_METADATA_KEY).find();
  return found.flatMap((meta) => {
    const sheet = meta.getLocation().getSheet();
    if (!sheet) return [];
    const { athlete } = JSON.parse(meta.getValue() ?? '{}') as { athlete?: string };
    return [{ name: sheet.getName(), athlete: athlete ?? sheet.getName() }];
  });
}

/** Values that can cross `google.script.run`: Google drops a whole result holding a Date. */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
