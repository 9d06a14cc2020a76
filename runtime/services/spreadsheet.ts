import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../engine/model';
import { ensureCellRoom } from './cellLimit';
import { addMetadata, FakeDeveloperMetadataFinder, metadataAt } from './developerMetadata';
import type { Env } from './env';
import { rangeHandle, sheetHandle } from './env';
import type { GasInfo } from './gas';
import { asGas, emailOf } from './gas';
import { FakeNamedRange } from './namedRange';
import { resolveRange } from './resolve';
import { FakeUser } from './session';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const SPREADSHEET_API = [
  'addDeveloperMetadata',
  'addEditor',
  'addEditors',
  'createDeveloperMetadataFinder',
  'deleteSheet',
  'getActiveRange',
  'getActiveSheet',
  'getCurrentCell',
  'getDeveloperMetadata',
  'getEditors',
  'getId',
  'getName',
  'getNamedRanges',
  'getNumSheets',
  'getOwner',
  'getProtections',
  'getRange',
  'getRangeByName',
  'getRangeList',
  'getSheetById',
  'getSheetByName',
  'getSheets',
  'getSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'getUrl',
  'insertSheet',
  'moveActiveSheet',
  'removeEditor',
  'removeNamedRange',
  'rename',
  'setActiveRange',
  'setActiveSheet',
  'setNamedRange',
  'setSpreadsheetTimeZone',
  'toast',
] as const satisfies readonly (keyof GSpreadsheet)[];

export class FakeSpreadsheet implements Pick<GSpreadsheet, (typeof SPREADSHEET_API)[number]> {
  static readonly gas: GasInfo = { name: 'Spreadsheet', methods: SPREADSHEET_API };

  constructor(private readonly env: Env) {}

  private sheet(model: Parameters<Env['make']['sheet']>[0]): GSheet {
    return asGas(this.env.make.sheet(model));
  }

  getId(): string {
    return this.env.wb.id;
  }

  getName(): string {
    return this.env.wb.name;
  }

  rename(newName: string): void {
    this.env.wb.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.env.wb.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.env.wb.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.env.wb.timeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return 'en_GB';
  }

  /** "The owner of the document, or null for a document in a shared drive" (reference/spreadsheet/spreadsheet#getOwner()). */
  getOwner(): GoogleAppsScript.Base.User | null {
    const owner = this.env.wb.ownerEmail();
    return owner === undefined ? null : asGas(new FakeUser(owner));
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return [...this.env.wb.editors].map((e) => asGas(new FakeUser(e)));
  }

  addEditor(user: unknown): GSpreadsheet {
    this.env.wb.editors.add(emailOf(user).toLowerCase());
    return asGas(this);
  }

  addEditors(emailAddresses: string[]): GSpreadsheet {
    for (const e of emailAddresses) this.env.wb.editors.add(emailOf(e).toLowerCase());
    return asGas(this);
  }

  removeEditor(user: unknown): GSpreadsheet {
    const email = emailOf(user).toLowerCase();
    if (email !== this.env.wb.ownerEmail()?.toLowerCase()) this.env.wb.editors.delete(email);
    return asGas(this);
  }

  // ---- sheets -------------------------------------------------------------------------------

  getSheets(): GSheet[] {
    return this.env.wb.sheets.map((s) => this.sheet(s));
  }

  getNumSheets(): number {
    return this.env.wb.sheets.length;
  }

  getSheetByName(name: string): GSheet | null {
    const model = this.env.wb.sheetByName(String(name));
    return model ? this.sheet(model) : null;
  }

  getSheetById(id: number): GSheet | null {
    const model = this.env.wb.sheetById(id);
    return model ? this.sheet(model) : null;
  }

  getActiveSheet(): GSheet {
    return this.sheet(this.env.wb.activeSheet());
  }

  setActiveSheet(sheet: GSheet): GSheet {
    return sheetHandle(sheet).activate();
  }

  moveActiveSheet(pos: number): void {
    this.env.wb.moveSheet(this.env.wb.activeSheet(), pos - 1);
  }

  /** All of Apps Script's overloads: ([name][, index][, {template}]). The new sheet becomes active. */
  insertSheet(...args: unknown[]): GSheet {
    const wb = this.env.wb;
    const name = typeof args[0] === 'string' ? args.shift() : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : undefined;
    const options = args[0] as { template?: unknown } | undefined;
    if (name !== undefined && wb.sheetByName(name as string))
      this.env.fail(this.env.msg.sheetExists(name as string));
    if (index !== undefined && (index < 0 || index > wb.sheets.length)) {
      this.env.fail(
        this.env.msg.badParameters(
          'Integer',
          'SpreadsheetApp.Spreadsheet.insertSheet',
          this.env.msg.sheetIndexOutOfRange(index),
        ),
      );
    }
    if (options?.template) {
      const template = sheetHandle(options.template);
      const copy = sheetHandle(template.copyTo(asGas(this)));
      if (name !== undefined) wb.renameSheet(copy.model, name as string);
      wb.moveSheet(copy.model, index ?? wb.sheets.length);
      copy.activate();
      // A copy of a hidden template is hidden too, though it is the active sheet: scripts show it
      // themselves (github.com/labnol/code/pull/1, "show sheet if created from template": the
      // template was hidden, so the sheets made from it were). Google's reference is silent.
      copy.model.hidden = template.model.hidden;
      return asGas(copy);
    }
    ensureCellRoom(this.env, NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const created = this.sheet(
      wb.addSheet((name as string | undefined) ?? wb.freeSheetName(), index ?? wb.sheets.length),
    );
    return sheetHandle(created).activate();
  }

  deleteSheet(sheet: GSheet): void {
    const model = sheetHandle(sheet).model;
    if (this.env.wb.sheets.length <= 1) this.env.fail(this.env.msg.deleteLastSheet);
    this.env.guardStructure(model);
    this.env.wb.removeSheet(model);
  }

  // ---- ranges -------------------------------------------------------------------------------

  getRange(a1Notation: string): GRange {
    const { sheet, rect } = resolveRange(this.env, a1Notation, this.env.wb.activeSheet());
    return asGas(this.env.make.range(sheet, rect));
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a1) => {
      const { sheet, rect } = resolveRange(this.env, a1, this.env.wb.activeSheet());
      return this.env.make.range(sheet, rect);
    });
    return asGas(this.env.make.rangeList(ranges));
  }

  getActiveRange(): GRange | null {
    return this.env.make.sheet(this.env.wb.activeSheet()).getActiveRange();
  }

  getCurrentCell(): GRange | null {
    return this.env.make.sheet(this.env.wb.activeSheet()).getCurrentCell();
  }

  setActiveRange(range: GRange): GRange {
    return rangeHandle(range).activate();
  }

  getRangeByName(name: string): GRange | null {
    const info = this.env.wb.namedRange(String(name));
    return info ? asGas(this.env.make.range(info.sheet, info.rect)) : null;
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.env.wb.namedRanges().map((n) => asGas(new FakeNamedRange(this.env, n.name)));
  }

  setNamedRange(name: string, range: GRange): void {
    if (!this.env.wb.isValidName(String(name)))
      this.env.fail(this.env.msg.invalidNamedRange(String(name)));
    const r = rangeHandle(range);
    this.env.wb.setNamedRange(String(name), r.model, r.rect);
  }

  removeNamedRange(name: string): void {
    this.env.wb.removeNamedRange(String(name));
  }

  // ---- the rest -----------------------------------------------------------------------------

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.env.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.env.wb.protections
      .filter((p) => p.type === String(type))
      .map((p) => asGas(this.env.make.protection(p.id)));
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSpreadsheet {
    addMetadata(this.env, { type: 'SPREADSHEET' }, key, a, b);
    return asGas(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this.env, { type: 'SPREADSHEET' });
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return asGas(new FakeDeveloperMetadataFinder(this.env, { type: 'SPREADSHEET' }));
  }
}
