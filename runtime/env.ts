import type { AuthState } from './core/auth';
import type { CallCounter } from './core/counter';
import type { Exposer } from './core/expose';
import type { GridRect } from './core/grid';
import type { SheetModel } from './engine/model';
import type { Workbook } from './engine/workbook';
import type { LockTable } from './services/lock';
import type { FakeProtection } from './services/protection';
import type { FakeRange } from './services/range';
import type { FakeRangeList } from './services/rangeList';
import type { FakeSheet } from './services/sheet';
import type { FakeSpreadsheet } from './services/spreadsheet';
import type { UiLog } from './services/ui';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  source: 'Logger' | 'console';
  message: string;
}

/** Builds fakes for each other without import cycles between their modules. */
export interface Factory {
  spreadsheet(): FakeSpreadsheet;
  sheet(model: SheetModel): FakeSheet;
  range(model: SheetModel, rect: GridRect): FakeRange;
  rangeList(ranges: FakeRange[]): FakeRangeList;
  protection(id: number): FakeProtection;
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
  user(): string;
  /** Throws an Error of the vm's realm, so `e instanceof Error` holds inside the script. */
  fail(message: string): never;
  /** A Date of the vm's realm. */
  makeDate(ms: number): Date;
  /** Evaluates compiled template code in the vm, where the script's globals are in scope. */
  evaluateTemplate(code: string, vars: object): string;
  /** Throws Google's protection error when the current user may not edit these cells. */
  guard(sheet: SheetModel, rect: GridRect): void;
  /** Structural edits (rows, sheet name, deletion) need edit rights to the whole sheet. */
  guardStructure(sheet: SheetModel, rows?: GridRect): void;
}
