import type { ProtectionRecord } from '../engine/model';
import { mayEditProtected } from '../engine/protections';
import type { Env } from './env';
import { rangeHandle } from './env';
import type { GasInfo } from './gas';
import { asEnum, asGas, emailOf } from './gas';
import { FakeUser } from './session';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GUser = GoogleAppsScript.Base.User;

const PROTECTION_API = [
  'addEditor',
  'addEditors',
  'canDomainEdit',
  'canEdit',
  'getDescription',
  'getEditors',
  'getProtectionType',
  'getRange',
  'getUnprotectedRanges',
  'isWarningOnly',
  'remove',
  'removeEditor',
  'removeEditors',
  'setDescription',
  'setDomainEdit',
  'setRange',
  'setUnprotectedRanges',
  'setWarningOnly',
] as const satisfies readonly (keyof GProtection)[];

/** A handle on a protection record (records live in the workbook, so they serialize). */
export class FakeProtection implements Pick<GProtection, (typeof PROTECTION_API)[number]> {
  static readonly gas: GasInfo = { name: 'Protection', methods: PROTECTION_API };

  constructor(
    private readonly env: Env,
    readonly id: number,
  ) {}

  private record(): ProtectionRecord {
    const p = this.env.wb.protections.find((x) => x.id === this.id);
    if (!p) return this.env.fail(this.env.msg.protectionRemoved);
    return p;
  }

  /** Only someone who may edit the protected cells may change the protection. */
  private editable(): ProtectionRecord {
    const p = this.record();
    if (!mayEditProtected(p, this.env.user(), this.env.wb.who()))
      this.env.fail(this.env.msg.protected);
    return p;
  }

  /** The first change to the editor list starts from the spreadsheet's editors, then narrows. */
  private customize(p: ProtectionRecord): void {
    if (!p.customEditors) {
      p.customEditors = true;
      p.editors = [...this.env.wb.editors];
    }
  }

  addEditor(user: unknown): GProtection {
    return this.addEditors([emailOf(user)]);
  }

  addEditors(emailAddresses: string[]): GProtection {
    const p = this.editable();
    this.customize(p);
    for (const e of emailAddresses.map(emailOf)) {
      if (!p.editors.includes(e.toLowerCase())) p.editors.push(e.toLowerCase());
    }
    return asGas(this);
  }

  canDomainEdit(): boolean {
    return this.record().domainEdit;
  }

  canEdit(): boolean {
    return mayEditProtected(this.record(), this.env.user(), this.env.wb.who());
  }

  getDescription(): string {
    return this.record().description;
  }

  getEditors(): GUser[] {
    const p = this.record();
    const owner = this.env.wb.ownerEmail();
    const emails = new Set([
      ...(owner === undefined ? [] : [owner.toLowerCase()]),
      ...(p.customEditors ? p.editors : this.env.wb.editors),
    ]);
    return [...emails].map((e) => asGas(new FakeUser(e)));
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asEnum(this.record().type);
  }

  getRange(): GRange {
    const p = this.record();
    const sheet = this.env.wb.sheetById(p.sheetId);
    if (!sheet) return this.env.fail(this.env.msg.protectedSheetDeleted);
    const rect = p.rect ?? { row: 0, col: 0, rows: sheet.maxRows, cols: sheet.maxCols };
    return asGas(this.env.make.range(sheet, rect));
  }

  getUnprotectedRanges(): GRange[] {
    const p = this.record();
    const sheet = this.env.wb.sheetById(p.sheetId);
    return sheet ? p.unprotected.map((rect) => asGas(this.env.make.range(sheet, rect))) : [];
  }

  isWarningOnly(): boolean {
    return this.record().warningOnly;
  }

  remove(): void {
    this.editable();
    this.env.wb.protections = this.env.wb.protections.filter((p) => p.id !== this.id);
  }

  removeEditor(user: unknown): GProtection {
    return this.removeEditors([emailOf(user)]);
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(users: unknown[]): GProtection {
    const p = this.editable();
    this.customize(p);
    const keep = new Set([this.env.wb.ownerEmail()?.toLowerCase(), this.env.user().toLowerCase()]);
    const drop = new Set(users.map((u) => emailOf(u).toLowerCase()));
    p.editors = p.editors.filter((e) => keep.has(e) || !drop.has(e));
    return asGas(this);
  }

  setDescription(description: string): GProtection {
    this.editable().description = String(description);
    return asGas(this);
  }

  setDomainEdit(editable: boolean): GProtection {
    this.editable().domainEdit = Boolean(editable);
    return asGas(this);
  }

  setRange(range: GRange): GProtection {
    const p = this.editable();
    const r = rangeHandle(range);
    p.sheetId = r.model.id;
    p.rect = { ...r.rect };
    return asGas(this);
  }

  setUnprotectedRanges(ranges: GRange[]): GProtection {
    const p = this.editable();
    p.unprotected = ranges.map((range) => ({ ...rangeHandle(range).rect }));
    return asGas(this);
  }

  setWarningOnly(warningOnly: boolean): GProtection {
    this.editable().warningOnly = Boolean(warningOnly);
    return asGas(this);
  }
}
