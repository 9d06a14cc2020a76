import { letter, WIDTH } from '../sheet/columns';
import { PROGRAM_METADATA_KEY } from './program-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `'O''Brien'!A:O`: a sheet-qualified A1 range, with the name quoted the way Sheets wants. */
export const a1 = (sheetName: string, range: string): string =>
  `'${sheetName.replace(/'/g, "''")}'!${range}`;

/** Every column of a program tab, whole: one read gets keys, inputs, targets and helpers. */
export const WHOLE_TAB = `A:${letter(WIDTH)}`;

/** A program tab as its developer metadata describes it. */
export interface ProgramTab {
  /** Made when the tab was generated; the dashboard keeps it beside the tab's row. */
  readonly id: string;
  readonly athlete: string;
  /** The tab's name when it was generated (a coach may have renamed it since). */
  readonly name: string;
  /** The athlete's email when the tab's inputs are theirs alone (a hint: protections decide). */
  readonly email: string;
  /** The tab itself, asked for only when its name is needed now. */
  readonly sheet: () => GoogleAppsScript.Spreadsheet.Sheet | null;
}

/**
 * The program tabs, found by their developer metadata in one search: id, athlete and name come
 * with it, so listing them costs no call per tab. A deleted tab takes its metadata with it.
 */
export function programRegistry(ss: Spreadsheet): ProgramTab[] {
  const found = ss.createDeveloperMetadataFinder().withKey(PROGRAM_METADATA_KEY).find();
  return found.map((meta) => {
    const value = JSON.parse(meta.getValue() ?? '{}') as Partial<Record<string, string>>;
    return {
      id: value.tab ?? String(meta.getId()),
      athlete: value.athlete ?? '',
      name: value.name ?? '',
      email: value.email ?? '',
      sheet: () => meta.getLocation().getSheet(),
    };
  });
}

/** The program tabs under their names as they are now, for a list a person picks from. */
export function programTabs(ss: Spreadsheet): { name: string; athlete: string; email: string }[] {
  return programRegistry(ss).flatMap((tab) => {
    const sheet = tab.sheet();
    if (!sheet) return [];
    const name = sheet.getName();
    return [{ name, athlete: tab.athlete || name, email: tab.email }];
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
