import { readFileSync } from 'node:fs';
import type { RawCellContent } from 'hyperformula';
import { cellA1, rectA1 } from './core/a1';
import type { UserAuthMode } from './core/auth';
import { AuthState } from './core/auth';
import { CallCounter, customFunctionKey, isSheetsCall } from './core/counter';
import { dateToSerial, isDate, serialToInstant } from './core/dates';
import { Exposer } from './core/expose';
import type { Language, Messages } from './core/googleErrors';
import { messages } from './core/googleErrors';
import type { GridRect } from './core/grid';
import { cellsOf } from './core/grid';
import { TIME_LIMIT_MS, type TimeLimit, type TimeLimitKind } from './core/limits';
import { DATE_FORMAT, DATE_TIME_FORMAT, isDateFormat } from './core/numberFormat';
import { grantOf } from './core/scopes';
import { type ChartTable, chartTable } from './engine/charts';
import { type ConditionalFormat, conditionalFormatAt } from './engine/conditional';
import type { CallOutcome } from './engine/customFunctions';
import { customFunctionPlugin, discoverCustomFunctions } from './engine/customFunctions';
import type { CellAttrs, SheetModel } from './engine/model';
import { mayEditProtected } from './engine/protections';
import type { SerializedState } from './engine/serialize';
import { checkState, restoreWorkbook, serializeWorkbook } from './engine/serialize';
import { SpillTracker } from './engine/spill';
import { satisfies, shiftFormula } from './engine/validation';
import { toContent } from './engine/values';
import { Workbook } from './engine/workbook';
import { Executions, type ServiceCall, type Started } from './executions';
import { FakeCharts } from './services/chart';
import type { Env, Factory, LogEntry, RangeHandle, SheetHandle } from './services/env';
import { asGas } from './services/gas';
import { escapeHtml, FakeHtmlService } from './services/html';
import { FakeLockService } from './services/lock';
import type { LockKind, LockRequest } from './services/lockTable';
import { LockTable } from './services/lockTable';
import { FakeLogger, fakeConsole } from './services/logger';
import { FakePropertiesService } from './services/properties';
import { FakeProtection } from './services/protection';
import { FakeRange } from './services/range';
import { FakeRangeList } from './services/rangeList';
import { resolveRange } from './services/resolve';
import { FakeScriptApp } from './services/scriptApp';
import { FakeSession, FakeUser } from './services/session';
import { FakeSheet } from './services/sheet';
import { FakeSpreadsheet } from './services/spreadsheet';
import { FakeSpreadsheetApp } from './services/spreadsheetApp';
import { UiLog } from './services/uiLog';
import { FakeUtilities } from './services/utilities';
import type { Realm } from './vm';
import { createRealm } from './vm';

/** The parts of `appsscript.json` the runtime reads. */
export interface Manifest {
  /** Without it, Apps Script grants what the code uses; with it, exactly these. */
  oauthScopes?: readonly string[];
  [key: string]: unknown;
}

export interface RuntimeOptions {
  /** The bundle source (normally dist/Code.js). */
  code: string;
  /**
   * The project's manifest (`appsscript.json`), as an object or a file path: a call needing a
   * scope its `oauthScopes` doesn't grant throws Google's permission error. Default: a manifest
   * without `oauthScopes`, which Apps Script treats as "every scope the code uses".
   */
  manifest?: Manifest | string;
  /** HTML files by name without `.html`, for createHtmlOutputFromFile / createTemplateFromFile. */
  htmlFiles?: Record<string, string>;
  /**
   * The user's language: Apps Script words its service exceptions in it. `en` (default), `es`
   * or `pt`; `Session.getActiveUserLocale()` returns it.
   */
  language?: Language;
  /** Default FULL; change later with setAuthMode. */
  authMode?: UserAuthMode;
  /** The active user's email, default coach@example.com. The first user owns the spreadsheet. */
  user?: string;
  /**
   * The spreadsheet sits on a shared drive: `getOwner()` is null and nobody bypasses protections
   * as an owner would. The first user still made it (protections' domain is theirs). Default false.
   */
  sharedDrive?: boolean;
  /** Spreadsheet and script time zone, default Europe/London. */
  timeZone?: string;
  /** Clock for `new Date()` / `Date.now()` inside the script. */
  now?: () => Date;
  /**
   * Google's time for a call, which local calls don't take: a number is the ms each Sheets call
   * takes (`isSheetsCall`: the spreadsheet's objects, not rule builders), a function the ms of
   * any counted call by `Class.method`. It advances the simulated clock the script's `Date` reads
   * and Google's time limits are measured on. Default 0: only real time elapses.
   */
  latency?: number | ((call: string) => number);
  /** Start from a snapshot taken with serialize(). */
  state?: SerializedState;
  /**
   * Run the bundle's top level again for every custom-function call, as Sheets does (slow;
   * for benchmarks that must see that cost). Default false: one context, loaded once.
   */
  freshContextPerCustomFunction?: boolean;
}

/** An embedded chart as a reader sees it: settings, 1-based anchor, A1 ranges, and its data. */
export interface ChartView {
  readonly id: number;
  readonly type: string;
  readonly anchor: { row: number; column: number; offsetX: number; offsetY: number };
  readonly ranges: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly hiddenDimensionStrategy: string;
  readonly table: ChartTable;
}

export type EditResult =
  | { ok: true; warning?: string; triggerError?: string }
  | { ok: false; reason: 'protected' | 'validation'; message: string };

export interface LockControl {
  /** Marks a lock as held by another execution: tryLock returns false, waitLock throws. */
  holdElsewhere(kind?: LockKind): void;
  releaseElsewhere(kind?: LockKind): void;
  /** True while any execution holds the lock (the script's own are released when it ends). */
  isHeldByScript(kind?: LockKind): boolean;
  readonly requests: readonly LockRequest[];
}

export interface Runtime {
  /** The same Spreadsheet object the script gets; calls through it are counted. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly calls: CallCounter;
  readonly ui: UiLog;
  readonly logs: readonly LogEntry[];
  readonly locks: LockControl;
  /** Names of the bundle's @customfunction functions, as declared. */
  readonly customFunctions: readonly string[];
  readonly authMode: UserAuthMode;
  readonly user: string;
  /** Calls a top-level function of the bundle; arguments and result pass as they are. */
  call(name: string, ...args: unknown[]): unknown;
  /** google.script.run semantics: private (`name_`) functions hidden, arguments and result copied. */
  runFromClient(name: string, ...args: unknown[]): unknown;
  /** Opens the document: runs onOpen(e) with the current auth mode, if the bundle has one. */
  open(): unknown;
  /** A person typing into cells: obeys protections and validation, never counted, fires onEdit. */
  edit(a1: string, value: unknown): EditResult;
  /** Moves the user's selection (getActiveRange / getCurrentCell). */
  select(a1: string): void;
  values(a1: string): unknown[][];
  formulas(a1: string): string[][];
  displayValues(a1: string): string[][];
  /** Cell attributes (formats, note, validation) of each cell; empty objects where unset. */
  formats(a1: string): CellAttrs[][];
  /** The hover text of an error cell (e.g. a custom function's thrown message). */
  errorMessage(a1: string): string | undefined;
  /** The url of a cell whose formula is `HYPERLINK(url, label)` (its value is the label). */
  hyperlink(a1: string): string | undefined;
  /** The embedded charts of a sheet (the active one when unnamed), with the table each draws now. */
  charts(sheetName?: string): ChartView[];
  /** The conditional format each cell shows (the first rule that holds), or null. */
  conditionalFormats(a1: string): (ConditionalFormat | null)[][];
  setAuthMode(mode: UserAuthMode): void;
  setUser(email: string): void;
  serialize(): SerializedState;
  /**
   * Runs `hook` before and after every service call of the running execution (not of the hook's
   * own calls, which are neither counted nor hooked): it may act as other people and executions
   * (`as`, `edit`, `start`), let time pass (`advance`), or throw (`serviceError()`) to make that
   * call fail. `undefined` removes it.
   */
  between(hook: ((call: ServiceCall) => void) | undefined): void;
  /** Runs `work` as `user` (a person typing, another athlete's action), then switches back. */
  as<T>(user: string, work: () => T): T;
  /**
   * A `google.script.run` call by `user`, started now: it runs at once when nothing else runs,
   * else when the running execution ends (the document lock would have held it); the time it
   * waited counts against its first lock request's timeout.
   */
  start(user: string, name: string, ...args: unknown[]): Started;
  /** The simulated clock in ms: the `now` option (or the host clock) plus every `advance`. */
  readonly clock: number;
  advance(ms: number): void;
  /** Google's transient service failure, for a hook to throw. */
  serviceError(): Error;
}

const DEFAULT_USER = 'coach@example.com';
const DEFAULT_TIME_ZONE = 'Europe/London';

function manifestOf(manifest: Manifest | string | undefined): Manifest {
  if (typeof manifest !== 'string') return manifest ?? {};
  return JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
}

function latencyOf(latency: RuntimeOptions['latency']): (call: string) => number {
  if (typeof latency === 'function') return latency;
  const ms = latency ?? 0;
  if (!(ms >= 0 && Number.isFinite(ms))) throw new Error(`latency must be ms ≥ 0: ${latency}`);
  return (call) => (isSheetsCall(call) ? ms : 0);
}

function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

function hasIllegal(value: unknown, path: string): string | undefined {
  if (
    isDate(value) ||
    typeof value === 'function' ||
    typeof value === 'symbol' ||
    typeof value === 'bigint'
  ) {
    return path || 'value';
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = hasIllegal(v, `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const bad = hasIllegal(v, path ? `${path}.${k}` : k);
      if (bad) return bad;
    }
  }
  return undefined;
}

class LocalRuntime implements Runtime {
  readonly calls = new CallCounter();
  readonly ui = new UiLog();
  readonly logs: LogEntry[] = [];
  readonly customFunctions: readonly string[];
  readonly locks: LockControl;
  private readonly auth: AuthState;
  private currentUser: string;
  private readonly lockTable = new LockTable();
  private readonly realm: Realm;
  private readonly wb: Workbook;
  private readonly env: Env;
  private readonly globals: Record<string, unknown>;
  private readonly rawSpreadsheet: FakeSpreadsheet;
  private readonly msg: Messages;
  private readonly executions: Executions;

  constructor(private readonly opts: RuntimeOptions) {
    if (opts.state !== undefined) checkState(opts.state);
    this.auth = new AuthState(
      opts.authMode ?? 'FULL',
      grantOf(manifestOf(opts.manifest).oauthScopes),
    );
    this.currentUser = opts.user ?? DEFAULT_USER;
    this.msg = messages(opts.language);
    this.realm = createRealm(() => new Date(this.clock));
    this.customFunctions = discoverCustomFunctions(opts.code);
    const timeZone = opts.timeZone ?? opts.state?.spreadsheet.timeZone ?? DEFAULT_TIME_ZONE;
    const spill = new SpillTracker();
    this.wb = new Workbook({
      id: 'offseason-local-spreadsheet',
      name: 'Offseason (local)',
      timeZone,
      owner: this.currentUser,
      sharedDrive: opts.sharedDrive ?? false,
      spill,
      empty: opts.state !== undefined,
      messages: this.msg,
      customFunctions:
        this.customFunctions.length > 0
          ? customFunctionPlugin(this.customFunctions, {
              call: (name, args) => this.callCustomFunction(name, args),
              isDateCell: (addr) => this.wb.isDateCell(addr),
              serialToDate: (serial) =>
                this.realm.makeDate(serialToInstant(serial, this.wb.timeZone)),
              dateToSerial: (date) => dateToSerial(date.getTime(), this.wb.timeZone),
              spill,
            })
          : undefined,
    });
    this.env = this.makeEnv();
    this.executions = new Executions(
      this.lockTable,
      this.env.exposer,
      () => this.currentUser,
      () => (opts.now ? opts.now().getTime() : Date.now()),
      { latency: latencyOf(opts.latency), fail: (m) => this.realm.fail(m) },
    );
    this.rawSpreadsheet = new FakeSpreadsheet(this.env);
    this.locks = this.lockControl();
    this.globals = this.makeGlobals(timeZone);
    Object.assign(this.realm.context, this.globals);
    this.realm.run(opts.code, 'Code.js');
    if (opts.state) {
      restoreWorkbook(this.wb, opts.state);
      this.currentUser = opts.user ?? this.wb.owner;
    }
    this.wb.editors.add(this.currentUser.toLowerCase());
  }

  // ---- wiring -------------------------------------------------------------------------------

  private makeEnv(): Env {
    const env: Env = {
      wb: this.wb,
      counter: this.calls,
      auth: this.auth,
      exposer: new Exposer(
        this.calls,
        this.auth,
        (m) => this.realm.fail(m),
        this.realm.adopt,
        this.msg,
      ),
      make: undefined as unknown as Factory,
      ui: this.ui,
      logs: this.logs,
      locks: this.lockTable,
      htmlFiles: this.opts.htmlFiles ?? {},
      msg: this.msg,
      user: () => this.currentUser,
      fail: (m) => this.realm.fail(m),
      makeDate: (ms) => this.realm.makeDate(ms),
      elapse: (ms) => this.executions.elapse(ms),
      evaluateTemplate: (code, vars) => {
        const fn = this.realm.run(code, 'template.html') as (
          vars: object,
          escapeValue: (v: unknown) => string,
          rawValue: (v: unknown) => string,
        ) => string;
        return fn(this.realm.adopt(vars), escapeHtml, (v) =>
          v === null || v === undefined ? '' : String(v),
        );
      },
      guard: (sheet, rect) => {
        if (this.wb.checkEdit(this.currentUser, sheet, rect).blocking)
          this.realm.fail(this.msg.protected);
      },
      guardStructure: (sheet, rows) => {
        const who = this.wb.who();
        const blocked = this.wb.protections.some(
          (p) =>
            p.sheetId === sheet.id &&
            p.type === 'SHEET' &&
            !p.warningOnly &&
            !mayEditProtected(p, this.currentUser, who),
        );
        if (blocked) this.realm.fail(this.msg.protected);
        if (rows) env.guard(sheet, rows);
      },
    };
    env.make = {
      spreadsheet: () => asGas(this.rawSpreadsheet),
      sheet: (model) => asGas<SheetHandle>(new FakeSheet(env, model)),
      range: (model, rect) => asGas<RangeHandle>(new FakeRange(env, model, rect)),
      rangeList: (ranges) => asGas(new FakeRangeList(env, ranges)),
      protection: (id) => asGas(new FakeProtection(env, id)),
    };
    return env;
  }

  private makeGlobals(timeZone: string): Record<string, unknown> {
    const expose = <T>(x: T) => this.env.exposer.expose(x);
    return {
      SpreadsheetApp: expose(new FakeSpreadsheetApp(this.env)),
      Charts: expose(new FakeCharts()),
      HtmlService: expose(new FakeHtmlService(this.env)),
      PropertiesService: expose(new FakePropertiesService(this.env)),
      LockService: expose(new FakeLockService(this.env)),
      Session: expose(new FakeSession(this.env, timeZone, this.opts.language ?? 'en')),
      Utilities: expose(new FakeUtilities(this.env)),
      ScriptApp: expose(new FakeScriptApp(this.env)),
      Logger: expose(new FakeLogger(this.env)),
      console: fakeConsole(this.logs),
    };
  }

  private lockControl(): LockControl {
    const table = this.lockTable;
    return {
      holdElsewhere: (kind = 'document') => {
        table.heldElsewhere.add(kind);
      },
      releaseElsewhere: (kind = 'document') => {
        table.heldElsewhere.delete(kind);
      },
      isHeldByScript: (kind = 'document') => table.isHeld(kind),
      requests: table.requests,
    };
  }

  /** Sheets runs each custom function anonymously, with read-only access; errors become the cell's message. */
  private callCustomFunction(name: string, args: unknown[]): CallOutcome {
    this.calls.inc(customFunctionKey(name));
    return this.auth.within('CUSTOM_FUNCTION', () => {
      try {
        // Each cell's call is an execution of its own, with its own 30 seconds.
        const value = this.executions.timed(this.limit('customFunction'), () => {
          const fn = this.functionIn(
            name,
            this.opts.freshContextPerCustomFunction ? this.freshContext() : this.realm,
          );
          return fn(...this.realm.adopt(args));
        });
        return { ok: true, value };
      } catch (e) {
        return { ok: false, message: messageOf(e) };
      }
    });
  }

  private freshContext(): Realm {
    const realm = createRealm(() => new Date(this.clock));
    Object.assign(realm.context, this.globals);
    realm.run(this.opts.code, 'Code.js');
    return realm;
  }

  private functionIn(name: string, realm: Realm): (...args: unknown[]) => unknown {
    const fn = (realm.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(this.msg.functionNotFound(name));
    return fn as (...args: unknown[]) => unknown;
  }

  private resolve(a1: string): { sheet: SheetModel; rect: GridRect } {
    try {
      return resolveRange(this.env, a1, this.wb.activeSheet());
    } catch (e) {
      throw new Error(`${messageOf(e)}: ${a1}`);
    }
  }

  // ---- running the script -------------------------------------------------------------------

  get authMode(): UserAuthMode {
    return this.auth.base;
  }

  get user(): string {
    return this.currentUser;
  }

  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.env.exposer.expose(
      this.rawSpreadsheet,
    ) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  call(name: string, ...args: unknown[]): unknown {
    return this.invoke(name, args, 0);
  }

  /** Google's time limit of an execution of this kind, in this runtime's language. */
  private limit(kind: TimeLimitKind): TimeLimit {
    return {
      ms: TIME_LIMIT_MS[kind],
      message:
        kind === 'customFunction'
          ? this.msg.customFunctionMaxExecutionTime
          : this.msg.maxExecutionTime,
    };
  }

  /** One execution: Apps Script releases its locks when it ends (executions.ts). */
  private invoke(
    name: string,
    args: unknown[],
    queuedMs: number,
    kind: TimeLimitKind = 'execution',
  ): unknown {
    const fn = this.functionIn(name, this.realm);
    return this.executions.run(() => fn(...args), this.limit(kind), queuedMs);
  }

  runFromClient(name: string, ...args: unknown[]): unknown {
    return this.fromClient(name, args, 0);
  }

  private fromClient(name: string, args: unknown[], queuedMs: number): unknown {
    if (name.endsWith('_')) throw new Error(this.msg.functionNotFound(name));
    const bad = hasIllegal(args, '');
    if (bad) throw new Error(this.msg.illegalValue(bad));
    const copied = this.realm.adopt(JSON.parse(JSON.stringify(args)) as unknown[]);
    const result = this.invoke(name, copied, queuedMs);
    // A result holding a Date or function reaches the client as null.
    if (result === undefined || hasIllegal(result, ''))
      return result === undefined ? undefined : null;
    return JSON.parse(JSON.stringify(result)) as unknown;
  }

  private eventUser(): unknown {
    return this.env.exposer.expose(new FakeUser(this.currentUser));
  }

  open(): unknown {
    const onOpen = (this.realm.context as Record<string, unknown>).onOpen;
    if (typeof onOpen !== 'function') return undefined;
    const mode = this.auth.base;
    const event: Record<string, unknown> = { authMode: mode, user: this.eventUser() };
    if (mode !== 'NONE') event.source = this.spreadsheet;
    return this.invoke('onOpen', [this.realm.adopt(event)], 0, 'simpleTrigger');
  }

  edit(a1: string, value: unknown): EditResult {
    const { sheet, rect } = this.resolve(a1);
    const check = this.wb.checkEdit(this.currentUser, sheet, rect);
    if (check.blocking) return { ok: false, reason: 'protected', message: this.msg.protected };
    const before = this.wb.serialized(sheet, rect);
    const oldValue = this.wb.values(
      sheet,
      { ...rect, rows: 1, cols: 1 },
      (ms) => new Date(ms),
    )[0]?.[0];
    const written = toContent(value === undefined ? null : value, this.wb.timeZone, false);
    // Typed text parses as the UI parses it (numbers, dates, `=formulas`).
    const content: RawCellContent = typeof value === 'string' ? value || null : written.content;
    this.wb.writeContents(
      sheet,
      rect.row,
      rect.col,
      Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => content)),
    );
    const refusal = this.validationRefusal(sheet, rect);
    if (refusal) {
      this.wb.writeContents(sheet, rect.row, rect.col, before);
      return { ok: false, reason: 'validation', message: refusal };
    }
    if (written.date) {
      const fallback = written.date === 'date' ? DATE_FORMAT : DATE_TIME_FORMAT;
      for (const [r, c] of cellsOf(rect)) {
        if (!isDateFormat(sheet.attrs(r, c)?.numberFormat))
          sheet.editAttrs(r, c).numberFormat = fallback;
      }
    }
    const warning = check.warning
      ? this.msg.protectedRangeWarning(check.warning.description)
      : undefined;
    if (warning) this.ui.warnings.push(warning);
    const triggerError = this.fireOnEdit(sheet, rect, value, oldValue);
    const result: EditResult = { ok: true };
    if (warning) result.warning = warning;
    if (triggerError) result.triggerError = triggerError;
    return result;
  }

  private validationRefusal(sheet: SheetModel, rect: GridRect): string | undefined {
    const values = this.wb.rawValues(sheet, rect);
    for (const [r, c] of cellsOf(rect)) {
      const spec = sheet.attrs(r, c)?.validation;
      if (!spec || spec.allowInvalid) continue;
      const anchor = this.validationAnchor(sheet, r, c);
      const ok = satisfies(spec, values[r - rect.row]?.[c - rect.col] ?? '', {
        valuesInRange: (ref) => this.values(ref).flat(),
        formulaHolds: (formula) => {
          const v = this.wb.calculate(shiftFormula(formula, r - anchor.row, c - anchor.col), sheet);
          return v === true || (typeof v === 'number' && v !== 0);
        },
      });
      if (!ok) return spec.helpText || this.msg.dataValidationViolation(cellA1(r, c));
    }
    return undefined;
  }

  /**
   * A custom-formula rule is written for the top-left cell of the range it was set on; a rule
   * set cell by cell (setDataValidations), for the top-left cell of the block that shares it.
   */
  private validationAnchor(
    sheet: SheetModel,
    row: number,
    col: number,
  ): { row: number; col: number } {
    const anchor = sheet.attrs(row, col)?.validation?.anchor;
    if (anchor) return anchor;
    const spec = JSON.stringify(sheet.attrs(row, col)?.validation);
    let r = row;
    let c = col;
    while (r > 0 && JSON.stringify(sheet.attrs(r - 1, col)?.validation) === spec) r--;
    while (c > 0 && JSON.stringify(sheet.attrs(r, c - 1)?.validation) === spec) c--;
    return { row: r, col: c };
  }

  /** The simple trigger runs in LIMITED mode; its errors are logged, never shown to the editor. */
  private fireOnEdit(
    sheet: SheetModel,
    rect: GridRect,
    value: unknown,
    oldValue: unknown,
  ): string | undefined {
    const onEdit = (this.realm.context as Record<string, unknown>).onEdit;
    if (typeof onEdit !== 'function') return undefined;
    const event: Record<string, unknown> = {
      authMode: 'LIMITED',
      range: this.env.exposer.expose(new FakeRange(this.env, sheet, rect)),
      source: this.spreadsheet,
      user: this.eventUser(),
    };
    if (rect.rows === 1 && rect.cols === 1) {
      event.value = value;
      if (oldValue !== '') event.oldValue = oldValue;
    }
    try {
      this.auth.within('LIMITED', () =>
        this.invoke('onEdit', [this.realm.adopt(event)], 0, 'simpleTrigger'),
      );
      return undefined;
    } catch (e) {
      const message = messageOf(e);
      this.logs.push({ level: 'error', source: 'console', message: `onEdit: ${message}` });
      return message;
    }
  }

  select(a1: string): void {
    const { sheet, rect } = this.resolve(a1);
    this.wb.activeSheetId = sheet.id;
    this.wb.selection = { sheetId: sheet.id, rect };
  }

  // ---- inspecting ---------------------------------------------------------------------------

  values(a1: string): unknown[][] {
    const { sheet, rect } = this.resolve(a1);
    return this.wb.values(sheet, rect, (ms) => new Date(ms));
  }

  charts(sheetName?: string): ChartView[] {
    const sheet = sheetName === undefined ? this.wb.activeSheet() : this.wb.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    return sheet.charts.map((spec) => ({
      id: spec.id,
      type: spec.type,
      anchor: {
        row: spec.anchor.row + 1,
        column: spec.anchor.col + 1,
        offsetX: spec.anchor.offsetX,
        offsetY: spec.anchor.offsetY,
      },
      ranges: spec.ranges.flatMap((r) => {
        const on = this.wb.sheetById(r.sheetId);
        return on ? [`'${on.name.replace(/'/g, "''")}'!${rectA1(r.rect)}`] : [];
      }),
      options: structuredClone(spec.options),
      hiddenDimensionStrategy: spec.hiddenDimensionStrategy,
      table: chartTable(this.wb, spec, (ms) => new Date(ms)),
    }));
  }

  formulas(a1: string): string[][] {
    const { sheet, rect } = this.resolve(a1);
    return this.wb.formulas(sheet, rect);
  }

  displayValues(a1: string): string[][] {
    const { sheet, rect } = this.resolve(a1);
    return this.wb.displayValues(sheet, rect);
  }

  formats(a1: string): CellAttrs[][] {
    const { sheet, rect } = this.resolve(a1);
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) =>
        structuredClone(sheet.attrs(rect.row + r, rect.col + c) ?? {}),
      ),
    );
  }

  conditionalFormats(a1: string): (ConditionalFormat | null)[][] {
    const { sheet, rect } = this.resolve(a1);
    if (sheet.conditionalRules.length === 0)
      return Array.from({ length: rect.rows }, () => new Array(rect.cols).fill(null));
    const values = this.wb.rawValues(sheet, rect);
    const evaluate = (formula: string) => this.wb.calculate(formula, sheet);
    return values.map((line, r) =>
      line.map(
        (value, c) =>
          conditionalFormatAt(sheet, rect.row + r, rect.col + c, value ?? '', evaluate) ?? null,
      ),
    );
  }

  hyperlink(a1: string): string | undefined {
    const { sheet, rect } = this.resolve(a1);
    return this.wb.hf.getCellHyperlink({
      sheet: this.wb.hfSheet(sheet),
      row: rect.row,
      col: rect.col,
    });
  }

  errorMessage(a1: string): string | undefined {
    const { sheet, rect } = this.resolve(a1);
    return this.wb.errorMessageAt(sheet, rect.row, rect.col);
  }

  setAuthMode(mode: UserAuthMode): void {
    this.auth.base = mode;
  }

  between(hook: ((call: ServiceCall) => void) | undefined): void {
    this.executions.hook = hook;
  }

  as<T>(user: string, work: () => T): T {
    const previous = this.currentUser;
    this.currentUser = user;
    try {
      return work();
    } finally {
      this.currentUser = previous;
    }
  }

  start(user: string, name: string, ...args: unknown[]): Started {
    return this.executions.start(user, name, (queuedMs) =>
      this.as(user, () => this.fromClient(name, args, queuedMs)),
    );
  }

  get clock(): number {
    return this.executions === undefined
      ? (this.opts.now?.() ?? new Date()).getTime()
      : this.executions.now();
  }

  advance(ms: number): void {
    this.executions.advance(ms);
  }

  serviceError(): Error {
    return new Error(this.msg.serviceFailed(this.wb.id));
  }

  setUser(email: string): void {
    this.currentUser = email;
    this.wb.editors.add(email.toLowerCase());
  }

  serialize(): SerializedState {
    return serializeWorkbook(this.wb);
  }
}

export function createRuntime(opts: RuntimeOptions): Runtime {
  return new LocalRuntime(opts);
}

/** A runtime whose spreadsheet starts as `state` (from serialize(), e.g. loaded from a JSON file). */
export function restoreRuntime(state: SerializedState, opts: RuntimeOptions): Runtime {
  return new LocalRuntime({ ...opts, state });
}
