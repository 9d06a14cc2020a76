import type { AuthState } from '../core/auth';
import type { CallCounter } from '../core/counter';
import type { Exposer } from '../core/expose';
import type { Messages } from '../core/googleErrors';
import type { GridRect } from '../core/grid';
import type { SheetModel } from '../engine/model';
import type { Workbook } from '../engine/workbook';
import type { LockTable } from './lockTable';
import type { UiLog } from './uiLog';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  source: 'Logger' | 'console';
  message: string;
}

/** A sheet fake as the other fakes see it: its Apps Script API, and the sheet it stands for. */
export type SheetHandle = GSheet & { readonly model: SheetModel };
/** A range fake as the other fakes see it: its Apps Script API, and where it is. */
export type RangeHandle = GRange & { readonly model: SheetModel; readonly rect: GridRect };

/**
 * A Sheet or Range the script hands back to a fake is always one of ours (the exposer unwraps its
 * proxies before a fake sees it), so its location can be read without importing its class.
 */
export const sheetHandle = (sheet: unknown): SheetHandle => sheet as SheetHandle;
export const rangeHandle = (range: unknown): RangeHandle => range as RangeHandle;

/** Ranges kept as sheet ids and rectangles (rules, charts), as Range fakes; a deleted sheet's drop out. */
export function rangesAt(
  env: Env,
  ranges: readonly { sheetId: number; rect: GridRect }[],
): GRange[] {
  return ranges.flatMap((r) => {
    const sheet = env.wb.sheetById(r.sheetId);
    return sheet ? [env.make.range(sheet, r.rect)] : [];
  });
}

/**
 * Builds fakes for each other. runtime.ts wires it to the classes, so the service modules never
 * import each other in a circle (core ← engine ← services ← runtime.ts).
 */
export interface Factory {
  spreadsheet(): GSpreadsheet;
  sheet(model: SheetModel): SheetHandle;
  range(model: SheetModel, rect: GridRect): RangeHandle;
  rangeList(ranges: RangeHandle[]): GRangeList;
  protection(id: number): GProtection;
}

/** What every fake shares: the workbook, the current user and mode, and the vm's realm. */
export interface Env {
  wb: Workbook;
  counter: CallCounter;
  auth: AuthState;
  exposer: Exposer;
  make: Factory;
  ui: UiLog;
  logs: LogEntry[];
  locks: LockTable;
  htmlFiles: Record<string, string>;
  /** Google's messages in the user's language: every message a fake throws comes from here. */
  msg: Messages;
  user(): string;
  /** Throws an Error of the vm's realm, so `e instanceof Error` holds inside the script. */
  fail(message: string): never;
  /** A Date of the vm's realm. */
  makeDate(ms: number): Date;
  /** Lets simulated time pass in the running execution, against its time limit. */
  elapse(ms: number): void;
  /** Evaluates compiled template code in the vm, where the script's globals are in scope. */
  evaluateTemplate(code: string, vars: object): string;
  /** Throws Google's protection error when the current user may not edit these cells. */
  guard(sheet: SheetModel, rect: GridRect): void;
  /** Structural edits (rows, sheet name, deletion) need edit rights to the whole sheet. */
  guardStructure(sheet: SheetModel, rows?: GridRect): void;
}
