import type { GridRect } from '../core/grid';
import type { MetadataRecord, SheetModel } from '../engine/model';
import type { Workbook } from '../engine/workbook';
import type { Env } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas } from './gas';

type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type GVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetModel }
  | { type: 'ROW'; sheet: SheetModel; row: number }
  | { type: 'COLUMN'; sheet: SheetModel; col: number };

interface Located {
  record: MetadataRecord;
  location: MetadataLocation;
  /** The array holding the record, so remove() is a splice. */
  list: MetadataRecord[];
}

/** Row metadata lives in the row's attributes, so row inserts and deletes carry it along. */
export function allMetadata(wb: Workbook): Located[] {
  const out: Located[] = wb.metadata.map((record) => ({
    record,
    location: { type: 'SPREADSHEET' },
    list: wb.metadata,
  }));
  for (const sheet of wb.sheets) {
    for (const record of sheet.metadata)
      out.push({ record, location: { type: 'SHEET', sheet }, list: sheet.metadata });
    sheet.rows.forEach((row, r) => {
      for (const record of row?.metadata ?? []) {
        out.push({ record, location: { type: 'ROW', sheet, row: r }, list: row?.metadata ?? [] });
      }
    });
    for (const [col, list] of sheet.columnMetadata) {
      for (const record of list)
        out.push({ record, location: { type: 'COLUMN', sheet, col }, list });
    }
  }
  return out;
}

/** Where Range.addDeveloperMetadata may attach: one whole row or one whole column. */
export function rangeLocation(env: Env, sheet: SheetModel, rect: GridRect): MetadataLocation {
  if (rect.col === 0 && rect.cols === sheet.maxCols && rect.rows === 1)
    return { type: 'ROW', sheet, row: rect.row };
  if (rect.row === 0 && rect.rows === sheet.maxRows && rect.cols === 1)
    return { type: 'COLUMN', sheet, col: rect.col };
  return env.fail(env.msg.metadataLocation);
}

/** Applies Apps Script's (key[, value][, visibility]) overloads. */
export function addMetadata(
  env: Env,
  location: MetadataLocation,
  key: string,
  a?: unknown,
  b?: unknown,
): void {
  const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
  const value = a === undefined || isVisibility(a) ? null : String(a);
  const visibility = (
    isVisibility(a) ? a : isVisibility(b) ? b : 'DOCUMENT'
  ) as MetadataRecord['visibility'];
  const record: MetadataRecord = {
    id: env.wb.nextMetadataId++,
    key: String(key),
    value,
    visibility,
  };
  if (location.type === 'SPREADSHEET') env.wb.metadata.push(record);
  else if (location.type === 'SHEET') location.sheet.metadata.push(record);
  else if (location.type === 'ROW') {
    const row = location.sheet.row(location.row);
    row.metadata = [...(row.metadata ?? []), record];
  } else {
    const list = location.sheet.columnMetadata.get(location.col) ?? [];
    list.push(record);
    location.sheet.columnMetadata.set(location.col, list);
  }
}

export function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'SPREADSHEET' || b.type === 'SPREADSHEET') return true;
  if (a.sheet !== b.sheet) return false;
  if (a.type === 'ROW' && b.type === 'ROW') return a.row === b.row;
  if (a.type === 'COLUMN' && b.type === 'COLUMN') return a.col === b.col;
  return true;
}

const LOCATION_API = [
  'getColumn',
  'getLocationType',
  'getRow',
  'getSheet',
  'getSpreadsheet',
] as const satisfies readonly (keyof GLocation)[];

export class FakeDeveloperMetadataLocation
  implements Pick<GLocation, (typeof LOCATION_API)[number]>
{
  static readonly gas: GasInfo = { name: 'DeveloperMetadataLocation', methods: LOCATION_API };

  constructor(
    private readonly env: Env,
    private readonly location: MetadataLocation,
  ) {}

  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const l = this.location;
    return l.type === 'COLUMN'
      ? asGas(this.env.make.range(l.sheet, { row: 0, col: l.col, rows: l.sheet.maxRows, cols: 1 }))
      : null;
  }

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return asEnum(this.location.type);
  }

  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const l = this.location;
    return l.type === 'ROW'
      ? asGas(this.env.make.range(l.sheet, { row: l.row, col: 0, rows: 1, cols: l.sheet.maxCols }))
      : null;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.location.type === 'SPREADSHEET'
      ? null
      : asGas(this.env.make.sheet(this.location.sheet));
  }

  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? asGas(this.env.make.spreadsheet()) : null;
  }
}

const METADATA_API = [
  'getId',
  'getKey',
  'getLocation',
  'getValue',
  'getVisibility',
  'remove',
  'setKey',
  'setValue',
  'setVisibility',
] as const satisfies readonly (keyof GMetadata)[];

/** Looks its record up by id on each call: rows may have moved since it was handed out. */
export class FakeDeveloperMetadata implements Pick<GMetadata, (typeof METADATA_API)[number]> {
  static readonly gas: GasInfo = { name: 'DeveloperMetadata', methods: METADATA_API };

  constructor(
    private readonly env: Env,
    readonly id: number,
  ) {}

  private located(): Located {
    const found = allMetadata(this.env.wb).find((m) => m.record.id === this.id);
    if (!found) return this.env.fail(this.env.msg.metadataRemoved);
    return found;
  }

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.located().record.key;
  }

  getLocation(): GLocation {
    return asGas(new FakeDeveloperMetadataLocation(this.env, this.located().location));
  }

  getValue(): string | null {
    return this.located().record.value;
  }

  getVisibility(): GVisibility {
    return asEnum(this.located().record.visibility);
  }

  remove(): void {
    const { list, record } = this.located();
    list.splice(list.indexOf(record), 1);
  }

  setKey(key: string): GMetadata {
    this.located().record.key = String(key);
    return asGas(this);
  }

  setValue(value: string): GMetadata {
    this.located().record.value = value === null ? null : String(value);
    return asGas(this);
  }

  setVisibility(visibility: GVisibility): GMetadata {
    this.located().record.visibility = String(visibility) as MetadataRecord['visibility'];
    return asGas(this);
  }
}

export type FinderScope =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetModel }
  | { type: 'RANGE'; sheet: SheetModel; rect: GridRect };

function inScope(scope: FinderScope, loc: MetadataLocation, intersecting: boolean): boolean {
  if (scope.type === 'SPREADSHEET') return true;
  if (loc.type === 'SPREADSHEET' || loc.sheet !== scope.sheet) return false;
  if (scope.type === 'SHEET') return true;
  const { rect, sheet } = scope;
  if (loc.type === 'SHEET') return false;
  if (loc.type === 'ROW') {
    const inRows = loc.row >= rect.row && loc.row < rect.row + rect.rows;
    return inRows && (intersecting || (rect.col === 0 && rect.cols === sheet.maxCols));
  }
  const inCols = loc.col >= rect.col && loc.col < rect.col + rect.cols;
  return inCols && (intersecting || (rect.row === 0 && rect.rows === sheet.maxRows));
}

const FINDER_API = [
  'find',
  'onIntersectingLocations',
  'withId',
  'withKey',
  'withLocationType',
  'withValue',
  'withVisibility',
] as const satisfies readonly (keyof GFinder)[];

export class FakeDeveloperMetadataFinder implements Pick<GFinder, (typeof FINDER_API)[number]> {
  static readonly gas: GasInfo = { name: 'DeveloperMetadataFinder', methods: FINDER_API };
  private readonly filters: ((l: Located) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly env: Env,
    private readonly scope: FinderScope,
  ) {}

  private with(filter: (l: Located) => boolean): GFinder {
    this.filters.push(filter);
    return asGas(this);
  }

  find(): GMetadata[] {
    return allMetadata(this.env.wb)
      .filter((l) => inScope(this.scope, l.location, this.intersecting))
      .filter((l) => this.filters.every((f) => f(l)))
      .map((l) => asGas(new FakeDeveloperMetadata(this.env, l.record.id)));
  }

  onIntersectingLocations(): GFinder {
    this.intersecting = true;
    return asGas(this);
  }

  withId(id: number): GFinder {
    return this.with((l) => l.record.id === id);
  }

  withKey(key: string): GFinder {
    return this.with((l) => l.record.key === key);
  }

  withLocationType(
    locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): GFinder {
    return this.with((l) => l.location.type === String(locationType));
  }

  withValue(value: string): GFinder {
    return this.with((l) => l.record.value === value);
  }

  withVisibility(visibility: GVisibility): GFinder {
    return this.with((l) => l.record.visibility === String(visibility));
  }
}

/** Metadata attached exactly at a location (what getDeveloperMetadata returns). */
export function metadataAt(env: Env, location: MetadataLocation): GMetadata[] {
  return allMetadata(env.wb)
    .filter((l) => sameLocation(l.location, location))
    .map((l) => asGas(new FakeDeveloperMetadata(env, l.record.id)));
}
